// Pure. validateField(spec, raw, lang) → the parsed value, or a message saying what was expected and what
// was found. Runs on every keystroke; the form saves only when every field is valid.
import type { PropertyValue } from '../../engine/model/index.ts';
import type { FieldSpec } from './types.ts';

export type FieldResult = { ok: true; value: PropertyValue } | { ok: false; message: string };

export function validateField(spec: FieldSpec, raw: string | boolean, lang: 'zh' | 'en', codes?: ReadonlySet<string>): FieldResult {
  const zh = lang === 'zh';
  const name = zh ? `${spec.title}（${spec.name}）` : `${spec.titleEn ?? spec.title} (${spec.name})`;
  if (spec.type === 'boolean') return { ok: true, value: raw === true || raw === 'true' };
  const text = String(raw).trim();
  if (text === '') {
    return spec.required
      ? { ok: false, message: zh ? `${name} 为必填项，当前为空。` : `${name} is required but empty.` }
      : { ok: true, value: null };
  }
  if (spec.type === 'number' || spec.type === 'integer') {
    const n = Number(text);
    if (!Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n))) {
      return {
        ok: false,
        message: zh
          ? `${name} 应为${spec.type === 'integer' ? '整数' : '数字'}，当前为「${text}」。`
          : `${name} must be ${spec.type === 'integer' ? 'an integer' : 'a number'}, found "${text}".`,
      };
    }
    if (spec.minimum !== undefined && n < spec.minimum)
      return { ok: false, message: zh ? `${name} 应 ≥ ${spec.minimum}，当前为 ${n}。` : `${name} must be ≥ ${spec.minimum}, found ${n}.` };
    if (spec.exclusiveMinimum !== undefined && n <= spec.exclusiveMinimum)
      return {
        ok: false,
        message: zh ? `${name} 应 > ${spec.exclusiveMinimum}，当前为 ${n}。` : `${name} must be > ${spec.exclusiveMinimum}, found ${n}.`,
      };
    if (spec.maximum !== undefined && n > spec.maximum)
      return { ok: false, message: zh ? `${name} 应 ≤ ${spec.maximum}，当前为 ${n}。` : `${name} must be ≤ ${spec.maximum}, found ${n}.` };
    if (spec.enum && !spec.enum.includes(n))
      return {
        ok: false,
        message: zh
          ? `${name} 应为 ${spec.enum.join('、')} 之一，当前为 ${n}。`
          : `${name} must be one of ${spec.enum.join(', ')}, found ${n}.`,
      };
    return { ok: true, value: n };
  }
  if (spec.enum && !spec.enum.includes(text)) {
    return {
      ok: false,
      message: zh
        ? `${name} 应为 ${spec.enum.join('、')} 之一，当前为「${text}」。`
        : `${name} must be one of ${spec.enum.join(', ')}, found "${text}".`,
    };
  }
  if (spec.minLength !== undefined && text.length < spec.minLength) {
    return {
      ok: false,
      message: zh
        ? `${name} 至少 ${spec.minLength} 个字符，当前 ${text.length} 个。`
        : `${name} needs at least ${spec.minLength} characters, found ${text.length}.`,
    };
  }
  if (spec.maxLength !== undefined && text.length > spec.maxLength) {
    return {
      ok: false,
      message: zh
        ? `${name} 最多 ${spec.maxLength} 个字符，当前 ${text.length} 个。`
        : `${name} takes at most ${spec.maxLength} characters, found ${text.length}.`,
    };
  }
  if (spec.pattern && !new RegExp(spec.pattern, 'u').test(text)) {
    // In words when the schema gives them (x-formatZh / x-formatEn), as the import report says it.
    const expected = (zh ? spec.formatZh : spec.formatEn) ?? spec.pattern;
    return {
      ok: false,
      message: zh
        ? `${name} 格式不符（应为 ${expected}），当前为「${text}」。`
        : `${name} has the wrong format (${expected}), found "${text}".`,
    };
  }
  if (spec.codeTable && codes && !codes.has(text)) {
    return {
      ok: false,
      message: zh
        ? `${name}「${text}」不在分类代码表中，请从列表中选择。`
        : `${name} "${text}" is not in the code table: pick one from the list.`,
    };
  }
  return { ok: true, value: text };
}

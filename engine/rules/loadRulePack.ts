// Pure. Takes unknown JSON, returns the rule pack or Chinese (and English) errors naming the rule and the
// place: the generated schema validator first (schemas/rulepack.schema.json), then what a schema cannot
// say (unique rule ids, selectors each relation needs, known message placeholders).
import { validateSchema, type SchemaError } from '../validate/validateSchema.ts';
import { PLACEHOLDERS } from './renderMessage.ts';
import type { RulePack } from './types.ts';
import { say } from '../i18n/index.ts';

export interface PackError {
  path: string;
  zh: string;
  en: string;
}

export type PackLoad = { ok: true; pack: RulePack } | { ok: false; errors: PackError[] };

const NEEDS_OBJECT = new Set(['overlaps', 'crosses', 'withinDistance', 'outside', 'useMismatch']);
const NEEDS_SUBJECT = new Set(['overlaps', 'crosses', 'withinDistance', 'outside', 'useMismatch', 'coverage', 'sliver', 'quality']);

export function loadRulePack(data: unknown): PackLoad {
  const schema = validateSchema('rulepack', data);
  if (!schema.valid) return { ok: false, errors: dedupe(schema.errors.map((e) => schemaError(data, e))) };
  const pack = data as RulePack;
  const errors: PackError[] = [];
  const seen = new Set<string>();
  pack.rules.forEach((rule, i) => {
    const at = `/rules/${i}`;
    const who = `规则 ${rule.id}`;
    if (seen.has(rule.id))
      errors.push({ path: `${at}/id`, ...say('rules.loadRulePack.loadRulePack', { who: { zh: String(who), en: String(rule.id) } }) });
    seen.add(rule.id);
    const t = rule.relation.type;
    if (NEEDS_SUBJECT.has(t) && !rule.subject) {
      errors.push({
        path: `${at}/subject`,
        ...say('rules.loadRulePack.loadRulePack-2', { text: t, who: { zh: String(who), en: String(rule.id) } }),
      });
    }
    if (NEEDS_OBJECT.has(t) && !rule.object) {
      errors.push({
        path: `${at}/object`,
        ...say('rules.loadRulePack.loadRulePack-3', { text: t, who: { zh: String(who), en: String(rule.id) } }),
      });
    }
    for (const [field, text] of [
      ['message', rule.message],
      ['messageEn', rule.messageEn],
    ] as const) {
      if (text === undefined) continue;
      for (const m of text.matchAll(/\{([a-zA-Z0-9.]+)\}/g)) {
        if (!PLACEHOLDERS.includes(m[1]!)) {
          errors.push({
            path: `${at}/${field}`,
            ...say('rules.loadRulePack.loadRulePack-4', {
              match: String(m[1]),
              who: { zh: String(who), en: String(rule.id) },
              v: { zh: String(PLACEHOLDERS.join('、')), en: String(field) },
            }),
          });
        }
      }
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}

function ruleLabel(data: unknown, path: string): string {
  const m = /^\/rules\/(\d+)/.exec(path);
  if (!m) return '规则包';
  const rules = (data as { rules?: unknown[] }).rules;
  const rule = rules?.[Number(m[1])] as { id?: unknown } | undefined;
  return typeof rule?.id === 'string' ? `规则 ${rule.id}（第 ${Number(m[1]) + 1} 条）` : `第 ${Number(m[1]) + 1} 条规则`;
}

function schemaError(data: unknown, e: SchemaError): PackError {
  const where = `${ruleLabel(data, e.instancePath)} ${e.instancePath || '/'}`;
  const p = e.params as Record<string, unknown>;
  let zh: string;
  switch (e.keyword) {
    case 'required':
      zh = `缺少必填字段 ${String(p['missingProperty'])}`;
      break;
    case 'additionalProperties':
      zh = `不允许的字段 ${String(p['additionalProperty'])}`;
      break;
    case 'type':
      zh = `类型应为 ${String(p['type'])}`;
      break;
    case 'enum':
      zh = `取值应为 ${JSON.stringify(p['allowedValues'])} 之一`;
      break;
    case 'const':
      zh = `取值应为 ${JSON.stringify(p['allowedValue'])}`;
      break;
    case 'pattern':
      zh = `格式不符（应匹配 ${String(p['pattern'])}）`;
      break;
    case 'minItems':
      zh = `至少需要 ${String(p['limit'])} 项`;
      break;
    case 'minLength':
      zh = `不能为空`;
      break;
    case 'minimum':
    case 'exclusiveMinimum':
      zh = `数值应 ${String(p['comparison'])} ${String(p['limit'])}`;
      break;
    case 'maximum':
    case 'exclusiveMaximum':
      zh = `数值应 ${String(p['comparison'])} ${String(p['limit'])}`;
      break;
    case 'minProperties':
      zh = `至少需要 ${String(p['limit'])} 个字段`;
      break;
    case 'oneOf':
    case 'anyOf':
      zh = `不符合任何一种允许的写法`;
      break;
    case 'if':
      zh = `不符合该关系类型的要求`;
      break;
    default:
      zh = `不符合规则包格式（${e.keyword}）`;
  }
  return { path: e.instancePath, zh: `${where}：${zh}`, en: `${e.instancePath || '/'}: ${e.message ?? e.keyword}` };
}

function dedupe(errors: PackError[]): PackError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.zh) ? false : (seen.add(e.zh), true)));
}

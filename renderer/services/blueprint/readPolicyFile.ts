// Pure. readPolicyFile(bytes, fileName, ruleIds) → the precedence policy a loaded JSON file holds, checked
// like one edited in the dialog (validatePolicy: schema, then tiers, layers and rule ids), or one message
// naming the file and what is wrong with it (not JSON, not a policy) in Chinese and English.
import { decodeJsonBytes } from '../../../engine/validate/index.ts';
import type { PolicyIssue } from '../../../engine/resolutions/index.ts';
import type { Policy } from '../../../engine/resolutions/index.ts';
import { validatePolicy } from '../../../engine/resolutions/index.ts';

export type PolicyFileReading =
  | { ok: true; policy: Policy; warnings: PolicyIssue[] }
  | { ok: false; zh: string; en: string };

const MAX_LISTED = 5;

export function readPolicyFile(bytes: Uint8Array, fileName: string, ruleIds: ReadonlySet<string> | null): PolicyFileReading {
  const decoded = decodeJsonBytes(bytes);
  if (decoded.value === undefined) {
    const why = decoded.findings.filter((f) => f.level === 'fatal').map((f) => f.message.zh).join('；');
    const whyEn = decoded.findings.filter((f) => f.level === 'fatal').map((f) => f.message.en).join('; ');
    return { ok: false, zh: `「${fileName}」不是有效的 JSON 文件${why ? `：${why}` : ''}，工作区未改变。`, en: `"${fileName}" is not a valid JSON file${whyEn ? `: ${whyEn}` : ''}; the workspace is unchanged.` };
  }
  const v = validatePolicy(decoded.value, ruleIds);
  if (!v.ok) {
    const more = v.errors.length > MAX_LISTED ? `（另有 ${v.errors.length - MAX_LISTED} 处）` : '';
    const moreEn = v.errors.length > MAX_LISTED ? ` (and ${v.errors.length - MAX_LISTED} more)` : '';
    return {
      ok: false,
      zh: `「${fileName}」不是有效的优先级策略（schemas/policy.schema.json）：${v.errors.slice(0, MAX_LISTED).map((e) => e.zh).join('；')}${more}，工作区未改变。`,
      en: `"${fileName}" is not a valid precedence policy (schemas/policy.schema.json): ${v.errors.slice(0, MAX_LISTED).map((e) => e.en).join('; ')}${moreEn}; the workspace is unchanged.`,
    };
  }
  return { ok: true, policy: v.policy, warnings: v.warnings };
}

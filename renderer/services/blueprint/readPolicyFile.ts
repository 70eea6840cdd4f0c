// Pure. readPolicyFile(bytes, fileName, ruleIds) → the precedence policy a loaded JSON file holds, checked
// like one edited in the dialog (validatePolicy: schema, then tiers, layers and rule ids), or one message
// naming the file and what is wrong with it (not JSON, not a policy) in Chinese and English.
import { decodeJsonBytes } from '../../../engine/validate/index.ts';
import type { PolicyIssue } from '../../../engine/resolutions/index.ts';
import type { Policy } from '../../../engine/resolutions/index.ts';
import { validatePolicy } from '../../../engine/resolutions/index.ts';
import { messages } from '../../i18n/message.ts';

export type PolicyFileReading = { ok: true; policy: Policy; warnings: PolicyIssue[] } | { ok: false; zh: string; en: string };

const MAX_LISTED = 5;

export function readPolicyFile(bytes: Uint8Array, fileName: string, ruleIds: ReadonlySet<string> | null): PolicyFileReading {
  const decoded = decodeJsonBytes(bytes);
  if (decoded.value === undefined) {
    const fatal = decoded.findings.filter((f) => f.level === 'fatal');
    const reasons = { zh: fatal.map((f) => f.message.zh).join('；'), en: fatal.map((f) => f.message.en).join('; ') };
    return {
      ok: false,
      ...(fatal.length > 0
        ? messages('policyFileNotJsonBecause', { file: fileName, reasons })
        : messages('policyFileNotJson', { file: fileName })),
    };
  }
  const v = validatePolicy(decoded.value, ruleIds);
  if (!v.ok) {
    const listed = v.errors.slice(0, MAX_LISTED);
    const reasons = { zh: listed.map((e) => e.zh).join('；'), en: listed.map((e) => e.en).join('; ') };
    const more = v.errors.length - MAX_LISTED;
    return {
      ok: false,
      ...(more > 0
        ? messages('policyFileInvalidMore', { file: fileName, reasons, more })
        : messages('policyFileInvalid', { file: fileName, reasons })),
    };
  }
  return { ok: true, policy: v.policy, warnings: v.warnings };
}

// Pure. readResolutionsFile(value, file) → the resolutions of a parsed resolutions file
// (`{ schemaVersion, resolutions: [...] }`), each checked for the members every resolution must have and, when
// it changes data (has edits), a well-formed maintenance-log number (yyyymmdd + 6-digit sequence); or the first
// problem found. Records of older versions that gave 暂缓/例外 a log number are repaired (repairResolution).
import { isMaintenanceLogNumber } from '../resolutions/maintenanceLogNumber.ts';
import { repairResolution } from '../resolutions/repairResolution.ts';
import type { Message, Resolution } from '../resolutions/types.ts';

const REQUIRED = ['conflictKey', 'regionHash', 'kind', 'status', 'decidedBy', 'decidedAt', 'edits'];

export function readResolutionsFile(value: unknown, file: string): { resolutions: Resolution[] } | { error: Message } {
  const list = value && typeof value === 'object' ? (value as { resolutions?: unknown }).resolutions : undefined;
  if (!Array.isArray(list))
    return {
      error: { zh: `${file}：不是处置记录文件（缺少 resolutions 数组）`, en: `${file}: not a resolutions file (no resolutions array)` },
    };
  for (const [i, r] of list.entries()) {
    const o = r as Record<string, unknown> | null;
    const missing = REQUIRED.filter((k) => !o || o[k] === undefined);
    if (missing.length > 0)
      return {
        error: {
          zh: `${file}：第 ${i + 1} 条处置记录缺少字段 ${missing.join('、')}`,
          en: `${file}: resolution ${i + 1} lacks ${missing.join(', ')}`,
        },
      };
    if (!Array.isArray(o!['edits']))
      return {
        error: {
          zh: `${file}：第 ${i + 1} 条处置记录的 edits 应为数组`,
          en: `${file}: resolution ${i + 1} has edits that are not an array`,
        },
      };
    const logged = (o!['edits'] as unknown[]).length > 0;
    const logNumber = o!['logNumber'];
    if ((logged || logNumber !== undefined) && (typeof logNumber !== 'string' || !isMaintenanceLogNumber(logNumber))) {
      return {
        error: {
          zh: `${file}：第 ${i + 1} 条处置记录的维护日志编号应为 yyyymmdd + 6 位序号`,
          en: `${file}: resolution ${i + 1} has a malformed or missing log number`,
        },
      };
    }
  }
  return { resolutions: (list as Resolution[]).map(repairResolution) };
}

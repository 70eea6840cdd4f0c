// Pure. readResolutionsFile(value, file) → the resolutions of a parsed resolutions file
// (`{ schemaVersion, resolutions: [...] }`), each checked for the members every resolution must have and, when
// it changes data (has edits), a well-formed maintenance-log number (yyyymmdd + 6-digit sequence); or the first
// problem found. Records of older versions that gave 暂缓/例外 a log number are repaired (repairResolution).
import { isMaintenanceLogNumber } from '../resolutions/maintenanceLogNumber.ts';
import { repairResolution } from '../resolutions/repairResolution.ts';
import type { Message, Resolution } from '../resolutions/types.ts';
import { say } from '../i18n/index.ts';

const REQUIRED = ['conflictKey', 'regionHash', 'kind', 'status', 'decidedBy', 'decidedAt', 'edits'];

export function readResolutionsFile(value: unknown, file: string): { resolutions: Resolution[] } | { error: Message } {
  const list = value && typeof value === 'object' ? (value as { resolutions?: unknown }).resolutions : undefined;
  if (!Array.isArray(list))
    return {
      error: say('export.readResolutionsFile.readResolutionsFile', { file }),
    };
  for (const [i, r] of list.entries()) {
    const o = r as Record<string, unknown> | null;
    const missing = REQUIRED.filter((k) => !o || o[k] === undefined);
    if (missing.length > 0)
      return {
        error: say('export.readResolutionsFile.readResolutionsFile-4', {
          file,
          index: i + 1,
          v: { zh: String(missing.join('、')), en: String(missing.join(', ')) },
        }),
      };
    if (!Array.isArray(o!['edits']))
      return {
        error: say('export.readResolutionsFile.readResolutionsFile-2', { file, index: i + 1 }),
      };
    const logged = (o!['edits'] as unknown[]).length > 0;
    const logNumber = o!['logNumber'];
    if ((logged || logNumber !== undefined) && (typeof logNumber !== 'string' || !isMaintenanceLogNumber(logNumber))) {
      return {
        error: say('export.readResolutionsFile.readResolutionsFile-3', { file, index: i + 1 }),
      };
    }
  }
  return { resolutions: (list as Resolution[]).map(repairResolution) };
}

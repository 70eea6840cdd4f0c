// Pure. repairResolution(r) → the record as this version writes it: a record without edits (暂缓, a 例外
// without 补划) drops the change type and maintenance-log number older versions gave it (they logged
// 暂缓 and 例外 as "2 属性变更" although nothing changed). Returns the same object when nothing is to repair.
import type { Resolution } from './types.ts';

export function repairResolution(r: Resolution): Resolution {
  if (r.edits.length > 0 || (r.logNumber === undefined && r.changeType === undefined)) return r;
  const { logNumber: _logNumber, changeType: _changeType, ...rest } = r;
  return rest;
}

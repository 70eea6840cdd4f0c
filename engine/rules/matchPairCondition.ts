// Pure. Takes a pair condition (escalation or exemption), the two features' properties and a lazy test
// "the footprints share ≥ 1 m²", returns whether it holds. All present members must hold.
import type { Properties } from '../model/types.ts';
import { matchCondition, type CodeGroupOf } from './matchCondition.ts';
import type { PairCondition } from './types.ts';

export interface PairValues {
  subject: Properties | null;
  object: Properties | null;
  overlaps: () => boolean;
}

export function matchPairCondition(c: PairCondition, v: PairValues, groupOf: CodeGroupOf): boolean {
  if (c.subject !== undefined && !(v.subject !== null && matchCondition(v.subject, c.subject, groupOf))) return false;
  if (c.object !== undefined && !(v.object !== null && matchCondition(v.object, c.object, groupOf))) return false;
  if (c.overlaps !== undefined && v.overlaps() !== c.overlaps) return false;
  if (c.any !== undefined && !c.any.some((x) => matchPairCondition(x, v, groupOf))) return false;
  if (c.not !== undefined && matchPairCondition(c.not, v, groupOf)) return false;
  return true;
}

// Pure. Takes a feature's properties and an attribute condition, returns whether it holds.
// `group` needs the code's 用地用海 group, passed in so the rules stay independent of the code table.
import type { Properties, PropertyValue } from '../model/types.ts';
import type { AttributeCondition, AttributeTest } from './types.ts';

export type CodeGroupOf = (code: string) => string | undefined;

export function matchCondition(props: Properties, cond: AttributeCondition, groupOf: CodeGroupOf): boolean {
  if ('all' in cond) return cond.all.every((c) => matchCondition(props, c, groupOf));
  if ('any' in cond) return cond.any.some((c) => matchCondition(props, c, groupOf));
  if ('not' in cond) return !matchCondition(props, cond.not, groupOf);
  return matchTest(props[cond.field], cond, groupOf);
}

function matchTest(value: PropertyValue | undefined, t: AttributeTest, groupOf: CodeGroupOf): boolean {
  const present = value !== undefined && value !== null && value !== '';
  if (t.exists !== undefined && t.exists !== present) return false;
  if (t.eq !== undefined && value !== t.eq) return false;
  if (t.ne !== undefined && value === t.ne) return false;
  if (t.in !== undefined && (value === undefined || !t.in.includes(value))) return false;
  if (t.prefix !== undefined) {
    if (typeof value !== 'string' || !t.prefix.some((p) => value.startsWith(p))) return false;
  }
  if (t.group !== undefined) {
    const g = typeof value === 'string' ? groupOf(value) : undefined;
    if (g === undefined || !t.group.includes(g)) return false;
  }
  const n = typeof value === 'number' ? value : Number.NaN;
  if (t.gt !== undefined && !(n > t.gt)) return false;
  if (t.gte !== undefined && !(n >= t.gte)) return false;
  if (t.lt !== undefined && !(n < t.lt)) return false;
  if (t.lte !== undefined && !(n <= t.lte)) return false;
  return true;
}

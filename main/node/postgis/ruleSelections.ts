// The SQL rules' feature selections as small ids: each distinct selector list (a rule's subject, object or coverage
// `within`) gets an id, and every slot lists the ids of the selections it is in (the features table's `sels`). A
// tile query then names its selection by id (`$1 = ANY(s.sels)`) instead of sending every selected slot: at 1M
// parcels each of ~1,000 tile queries of a rule shipped two 1M-element arrays, so the work grew as tiles × features.
import type { PreparedFeature, Rule, Selector } from '../../../engine/rules/index.ts';
import { selectSlots } from './selectSlots.ts';

export interface RuleSelection {
  rule: Rule;
  /** Ascending slots of the subject, object (rule.object ?? rule.subject) and coverage `within` selections. */
  subjectSlots: number[];
  objectSlots: number[];
  withinSlots?: number[];
  /** The same selections' ids in the features table's `sels` column. */
  subjectSel: number;
  objectSel: number;
  withinSel?: number;
}

export interface RuleSelections {
  selected: RuleSelection[];
  /** By slot: the ids of the selections the slot is in, ascending. */
  selsBySlot: number[][];
}

export function ruleSelections(features: readonly PreparedFeature[], rules: readonly Rule[]): RuleSelections {
  const selsBySlot: number[][] = features.map(() => []);
  const ids = new Map<string, { id: number; slots: number[] }>();
  const intern = (selectors: readonly Selector[] | undefined) => {
    // The same selectors select the same slots: one id, one pass over the features.
    const key = JSON.stringify(selectors ?? null);
    let known = ids.get(key);
    if (!known) {
      known = { id: ids.size + 1, slots: selectSlots(features, selectors) };
      ids.set(key, known);
      for (const slot of known.slots) selsBySlot[slot]!.push(known.id);
    }
    return known;
  };
  const selected = rules.map((rule) => {
    const subject = intern(rule.subject);
    const object = intern(rule.object ?? rule.subject);
    const within = rule.relation.type === 'coverage' ? intern(rule.relation.within) : null;
    return {
      rule,
      subjectSlots: subject.slots,
      objectSlots: object.slots,
      subjectSel: subject.id,
      objectSel: object.id,
      ...(within ? { withinSlots: within.slots, withinSel: within.id } : {}),
    };
  });
  return { selected, selsBySlot };
}

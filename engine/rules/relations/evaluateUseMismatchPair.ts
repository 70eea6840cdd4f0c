// Pure. The `useMismatch` relation: overlapping features of two plans whose classification codes are not
// compatible (compatible = one code is a prefix of the other). First-level (2-digit) classes differ →
// `firstLevelSeverity`; same first level, finer class differs → `finerSeverity`. From `minAreaM2`.
import { say } from '../../i18n/index.ts';
import type { Finding } from '../finding.ts';
import { overlapOf } from '../overlapOf.ts';
import { footprintAreaM2, type RulesState } from '../rulesState.ts';
import type { Relation } from '../types.ts';

type UseMismatch = Extract<Relation, { type: 'useMismatch' }>;

export function evaluateUseMismatchPair(state: RulesState, rel: UseMismatch, s: number, o: number): Finding | null {
  const sf = state.features[s]!;
  const of = state.features[o]!;
  if (sf.plan.id === of.plan.id) return null;
  const a = sf.properties[rel.field];
  const b = of.properties[rel.objectField ?? rel.field];
  if (typeof a !== 'string' || typeof b !== 'string' || a === '' || b === '') return null;
  if (a.startsWith(b) || b.startsWith(a)) return null;
  const ov = overlapOf(state, sf, of);
  if (!ov || ov.areaM2 < rel.minAreaM2) return null;
  const sArea = footprintAreaM2(state, sf);
  const oArea = footprintAreaM2(state, of);
  return {
    subject: sf,
    object: of,
    region: ov.region,
    measure: { areaM2: ov.areaM2 },
    shares: { subject: sArea > 0 ? ov.areaM2 / sArea : 0, object: oArea > 0 ? ov.areaM2 / oArea : 0 },
    severity: a.slice(0, 2) !== b.slice(0, 2) ? rel.firstLevelSeverity : rel.finerSeverity,
    detail: say('rules.evaluateUseMismatchPair.codes', { a, b }),
  };
}

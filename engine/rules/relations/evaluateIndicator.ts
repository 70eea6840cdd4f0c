// Pure. The `indicator` relation: each computed indicator value (whole territory or one town) among the
// rule's indicators whose status is `violated` against its target becomes a finding with value and target.
import type { IndicatorValue } from '../../indicators/types.ts';
import { say } from '../../i18n/index.ts';
import type { Finding } from '../finding.ts';
import type { Relation } from '../types.ts';

type IndicatorRelation = Extract<Relation, { type: 'indicator' }>;

const UNIT_ZH: Readonly<Record<IndicatorValue['unit'], string>> = { ha: '公顷', percent: '%', ratio: '倍' };

export function evaluateIndicator(
  rel: IndicatorRelation,
  values: readonly IndicatorValue[],
  names: (id: string, language?: 'zh' | 'en') => string,
): Finding[] {
  const wanted = new Set<string>(rel.indicators);
  const out: Finding[] = [];
  for (const v of values) {
    if (!wanted.has(v.indicator) || v.status !== 'violated' || v.target === undefined) continue;
    const f: Finding = {
      subject: null,
      object: null,
      region: null,
      measure: { value: v.value, target: v.target, unit: UNIT_ZH[v.unit] },
      shares: {},
      label: `${v.indicator}:${v.townCode ?? 'all'}`,
      detail: say('rules.evaluateIndicator.detail', {
        indicator: { zh: names(v.indicator), en: names(v.indicator, 'en') },
        town: v.townName ?? v.townCode ?? say('rules.evaluateIndicator.whole-territory'),
      }),
    };
    if (v.townCode !== null) f.town = { code: v.townCode, name: v.townName ?? v.townCode };
    out.push(f);
  }
  return out;
}

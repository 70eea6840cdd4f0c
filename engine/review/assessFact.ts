// Pure. assessFact(fact, measurement, facts, pack) → whether a review pack's fact holds for a project, with the
// evidence in both languages (features by layer, name and BSM; areas in 公顷 and 亩). A fact that needs a
// project fact the document lacks (NYDYT for compatibility) holds as "unknown": `missing` names the fields.
import { codeInfo, ydyhGroup } from '../model/codes.ts';
import type { Properties } from '../model/types.ts';
import { matchCondition } from '../rules/matchCondition.ts';
import { incompatibleLandUse } from './incompatibleLandUse.ts';
import { isProjectCode } from './isProjectCode.ts';
import type { ProjectField } from './projectFields.ts';
import { areaText, featureText, listText, metres, type Text } from './reviewText.ts';
import type { OverlappedFeature, ProjectFacts, ProjectMeasurement, ReviewFact, ReviewPack } from './types.ts';
import { say } from '../i18n/index.ts';

export type FactAssessment = { holds: false } | { holds: true; evidence: Text; missing: ProjectField[] };

/** Overlaps smaller than this are slivers of digitising, not occupation (the measurement keeps ≥ 1 m² too). */
const DEFAULT_MIN_AREA_M2 = 1;

const NOT: FactAssessment = { holds: false };

export function assessFact(fact: ReviewFact, m: ProjectMeasurement, facts: ProjectFacts, pack: ReviewPack): FactAssessment {
  const minAreaM2 = 'minAreaM2' in fact && fact.minAreaM2 !== undefined ? fact.minAreaM2 : DEFAULT_MIN_AREA_M2;
  const yes = (evidence: Text, missing: ProjectField[] = []): FactAssessment => ({ holds: true, evidence, missing });
  switch (fact.type) {
    case 'overlaps': {
      if (fact.layer === 'GHYDYH') {
        // Planned land use is measured per code (measurement.landUse), not per feature.
        const shares = m.landUse.filter(
          (s) => !fact.where || matchCondition({ YDYHFLDM: s.code, YDYHFLMC: s.nameZh }, fact.where, ydyhGroup),
        );
        const areaM2 = sum(shares.map((s) => s.areaM2));
        if (shares.length === 0 || areaM2 < minAreaM2) return NOT;
        const list = withTotal(
          shares.map((s) => landUseText(s.code, s.nameZh, s.areaM2)),
          areaM2,
        );
        return yes(say('review.assessFact.overlaps', { list }));
      }
      const overlap = m.layers.find((l) => l.layer === fact.layer);
      if (!overlap) return NOT;
      const features = overlap.features.filter((f) => !fact.where || matchCondition(f.properties as Properties, fact.where, ydyhGroup));
      if (features.length === 0) return NOT;
      const areaM2 = fact.where ? sum(features.map((f) => f.areaM2)) : overlap.areaM2;
      const lengthM = sum(features.map((f) => f.lengthM ?? 0));
      if (areaM2 < minAreaM2 && lengthM <= 0) return NOT;
      const list = withTotal(features.map(overlappedText), areaM2);
      return yes(say('review.assessFact.overlaps-2', { list }));
    }
    case 'outsideDevelopmentBoundary': {
      if (m.outsideDevelopmentBoundaryM2 < minAreaM2) return NOT;
      const a = areaText(m.outsideDevelopmentBoundaryM2);
      return yes(say('review.assessFact.outsideDevelopmentBoundary', { first: a }));
    }
    case 'landUseIncompatible': {
      const intended = facts.NYDYT;
      if (intended === undefined || intended === null || intended === '') {
        return m.landUse.length === 0 ? NOT : yes(say('review.assessFact.landUseIncompatible'), ['NYDYT']);
      }
      const bad = incompatibleLandUse(m.landUse, intended, pack.compatibility);
      const areaM2 = sum(bad.map((s) => s.areaM2));
      if (bad.length === 0 || areaM2 < minAreaM2) return NOT;
      const list = withTotal(
        bad.map((s) => landUseText(s.code, s.nameZh, s.areaM2)),
        areaM2,
      );
      const use = landUseName(intended);
      return yes(say('review.assessFact.landUseIncompatible-2', { use, list }));
    }
    case 'withinSetback': {
      const hits = m.setbacks.filter((s) => fact.kind === undefined || s.kind === fact.kind);
      if (hits.length === 0) return NOT;
      const list = listText(
        hits.map((s) => {
          const f = featureText('JTXL', s.name, s.bsm);
          const setting = s.setting ? { zh: `，${s.setting}`, en: `, ${SETTING_EN[s.setting] ?? s.setting}` } : { zh: '', en: '' };
          const inside = areaText(s.insideAreaM2);
          return say('review.assessFact.list-2', {
            feature: f,
            setting,
            requiredM: metres(s.requiredM),
            distanceM: metres(s.distanceM),
            inside,
            grade: { zh: String(s.grade), en: String(GRADE_EN[s.grade] ?? s.grade) },
          });
        }),
      );
      return yes(list);
    }
    case 'outsideParks': {
      const inParksM2 = m.layers.find((l) => l.layer === 'CYYQ')?.areaM2 ?? 0;
      const outsideM2 = m.areaM2 - inParksM2;
      if (outsideM2 < minAreaM2) return NOT;
      const a = areaText(outsideM2);
      return yes(say('review.assessFact.outsideParks', { first: a }));
    }
    case 'touchesConflict': {
      const hits = m.conflicts.filter((c) => !fact.severities || fact.severities.includes(c.severity));
      if (hits.length === 0) return NOT;
      const list = listText(
        hits.map((c) => ({
          zh: `${c.title}（${c.ruleId}，${areaText(c.areaM2).zh}）`,
          en: `${c.title} (${c.ruleId}, ${areaText(c.areaM2).en})`,
        })),
      );
      return yes(say('review.assessFact.touchesConflict', { list }));
    }
    case 'touchesUndetermined': {
      if (m.undetermined.length === 0) return NOT;
      const a = areaText(sum(m.undetermined.map((u) => u.areaM2)));
      return yes(say('review.assessFact.touchesUndetermined', { length: m.undetermined.length, first: a }));
    }
    case 'indicatorViolated': {
      const hits = m.indicators.filter((i) => i.violatesTarget && (!fact.indicators || fact.indicators.includes(i.indicator)));
      if (hits.length === 0) return NOT;
      const list = listText(
        hits.map((i) =>
          say('review.assessFact.list', {
            nameZh: { zh: i.nameZh, en: i.nameEn },
            before: i.before,
            after: i.after,
            target: i.target ?? '—',
            unit: i.unit,
          }),
        ),
      );
      return yes(say('review.assessFact.indicatorViolated', { list }));
    }
    case 'projectCodeMalformed': {
      const code = facts.XMDM;
      if (code === undefined || code === null || code === '') {
        return yes({ zh: '', en: '' }, ['XMDM']);
      }
      if (isProjectCode(code)) return NOT;
      return yes(say('review.assessFact.projectCodeMalformed', { code }));
    }
    case 'always':
      return yes({ zh: '', en: '' });
  }
}

const GRADE_EN: Readonly<Record<string, string>> = {
  高速: 'expressway',
  国道: 'national road',
  省道: 'provincial road',
  县道: 'county road',
  乡道: 'township road',
  高铁: 'high-speed railway',
  普速铁路: 'conventional railway',
  城际: 'intercity railway',
};

const SETTING_EN: Readonly<Record<string, string>> = { 市区: 'urban area', 郊区: 'suburb', 村镇: 'town or village', 其他: 'elsewhere' };

/** The list, and "合计 …" when it has more than one item. */
function withTotal(items: readonly Text[], areaM2: number): Text {
  const list = listText(items);
  if (items.length < 2) return list;
  const total = areaText(areaM2);
  return say('review.assessFact.withTotal', { list, total });
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

function overlappedText(f: OverlappedFeature): Text {
  const name = featureText(f.layer, f.name, f.bsm);
  if (f.lengthM !== undefined && f.areaM2 === 0) return say('review.assessFact.overlappedText', { name, lengthM: metres(f.lengthM) });
  const a = areaText(f.areaM2);
  return { zh: `${name.zh} ${a.zh}`, en: `${name.en} ${a.en}` };
}

function landUseName(code: string, nameZh?: string | null): Text {
  const name = nameZh ?? codeInfo('ydyh2023', code)?.name ?? null;
  // In English the code table's English name; a code it lacks stands alone (its stored name is Chinese).
  const nameEn = codeInfo('ydyh2023', code)?.nameEn;
  return { zh: name ? `${code} ${name}` : code, en: nameEn ? `${code} ${nameEn}` : code };
}

function landUseText(code: string, nameZh: string | null, areaM2: number): Text {
  const n = landUseName(code, nameZh);
  const a = areaText(areaM2);
  return { zh: `${n.zh} ${a.zh}`, en: `${n.en} ${a.en}` };
}

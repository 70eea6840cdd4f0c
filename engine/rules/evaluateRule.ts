// Pure (geometry through the port). Takes the rules state, one rule and its context, and optionally a scope
// of changed slots; returns the rule's findings (before exemptions and escalations). With a scope only
// pairs and features involving those slots are evaluated: the incremental re-check.
import { describeGeometryError } from '../geometry/describeGeometryError.ts';
import { GeometryError } from '../geometry/port.ts';
import type { IndicatorValue } from '../indicators/types.ts';
import { candidatePairs } from './candidatePairs.ts';
import type { Finding } from './finding.ts';
import { coverageCleanTest, coverageGaps } from './relations/coverageGaps.ts';
import { evaluateCrossesPair } from './relations/evaluateCrossesPair.ts';
import { evaluateIndicator } from './relations/evaluateIndicator.ts';
import { evaluateOutside, unionKey } from './relations/evaluateOutside.ts';
import { evaluateOverlapsPair } from './relations/evaluateOverlapsPair.ts';
import { evaluateQuality } from './relations/evaluateQuality.ts';
import { evaluateSliver } from './relations/evaluateSliver.ts';
import { evaluateUseMismatchPair } from './relations/evaluateUseMismatchPair.ts';
import { evaluateWithinDistancePair, zoneMarginM } from './relations/evaluateWithinDistancePair.ts';
import { featureName } from './featureName.ts';
import { featureNameEn } from './featureNameEn.ts';
import type { PreparedFeature } from './prepareFeature.ts';
import type { RulesState } from './rulesState.ts';
import { selectFeatures } from './selectFeatures.ts';
import type { PlanQualityFindings, Rule } from './types.ts';
import { say } from '../i18n/index.ts';

export interface RuleContext {
  qualityFindings: readonly PlanQualityFindings[];
  /** Computed on first use (only indicator rules need it), then reused for the run. */
  indicatorValues: () => readonly IndicatorValue[];
  indicatorName: (id: string, language?: 'zh' | 'en') => string;
  /** Awaited every 256 pairs or features: reports progress, lets a worker see a cancel, throws to cancel. */
  checkpoint: () => Promise<void> | void;
}

export async function evaluateRule(state: RulesState, rule: Rule, ctx: RuleContext, scope?: ReadonlySet<number>): Promise<Finding[]> {
  const rel = rule.relation;
  const subjects = selectFeatures(state, rule.subject);
  const objects = selectFeatures(state, rule.object ?? rule.subject);
  const out: Finding[] = [];
  const push = (f: Finding | null): void => {
    if (f) out.push(f);
  };
  // GEOS may still fail on a pathological pair: that pair is reported (without a measure), never dropped.
  const guarded = (s: number, o: number | null, fn: () => Finding | null): Finding | null => {
    try {
      return fn();
    } catch (error) {
      if (!(error instanceof GeometryError)) throw error;
      return {
        subject: state.features[s]!,
        object: o === null ? null : state.features[o]!,
        region: null,
        measure: {},
        shares: {},
        failure: geometryFailureText(rule, state.features[s]!, o === null ? null : state.features[o]!, error),
      };
    }
  };
  const eachPair = async (pairs: readonly number[], fn: (s: number, o: number) => Finding | null): Promise<void> => {
    for (let i = 0; i < pairs.length; i += 2) {
      if ((i & 511) === 510) await ctx.checkpoint();
      const s = pairs[i]!;
      const o = pairs[i + 1]!;
      push(guarded(s, o, () => fn(s, o)));
    }
  };
  const eachSubject = async (fn: (s: number) => Finding | null): Promise<void> => {
    let i = 0;
    const slots = scope ? [...scope].filter((s) => subjects.mask[s] === 1).sort((a, b) => a - b) : subjects.slots;
    for (const s of slots) {
      if ((++i & 255) === 0) await ctx.checkpoint();
      push(guarded(s, null, () => fn(s)));
    }
  };
  switch (rel.type) {
    case 'overlaps':
      await eachPair(candidatePairs(state, subjects, objects, { scope }), (s, o) => evaluateOverlapsPair(state, rel, s, o));
      break;
    case 'crosses':
      await eachPair(candidatePairs(state, subjects, objects, { scope }), (s, o) => evaluateCrossesPair(state, rel, s, o));
      break;
    case 'withinDistance':
      await eachPair(
        candidatePairs(state, subjects, objects, { scope, outerSide: rel.zoneAround, marginM: (slot) => zoneMarginM(state, rel, slot) }),
        (s, o) => evaluateWithinDistancePair(state, rule.id, rel, s, o),
      );
      break;
    case 'useMismatch':
      await eachPair(candidatePairs(state, subjects, objects, { scope }), (s, o) => evaluateUseMismatchPair(state, rel, s, o));
      break;
    case 'outside':
      await eachSubject((s) => evaluateOutside(state, unionKey(rule.object), rel, s, objects));
      break;
    case 'sliver':
      await eachSubject((s) => evaluateSliver(state, rel, s));
      break;
    case 'coverage': {
      // Gaps first: they build the edge counts and the territory union the clean-tile test reads.
      const withinKey = unionKey(rel.within);
      const gaps = coverageGaps(state, rule.id, subjects, selectFeatures(state, rel.within), withinKey, rel.minAreaM2);
      // Below half a square metre the tiles' slack could matter: then every pair goes to GEOS.
      const isClean = rel.minAreaM2 >= 0.5 ? coverageCleanTest(state, rule.id, subjects, withinKey) : null;
      const overlapRel = { type: 'overlaps' as const, minAreaM2: rel.minAreaM2 };
      await eachPair(candidatePairs(state, subjects, subjects, { scope }), (s, o) => {
        if (isClean && isClean(state.features[s]!.box!, state.features[o]!.box!)) return null;
        const f = evaluateOverlapsPair(state, overlapRel, s, o);
        if (f) {
          const a = f.subject!.properties['YDYHFLMC'] ?? f.subject!.properties['YDYHFLDM'] ?? '';
          const b = f.object!.properties['YDYHFLMC'] ?? f.object!.properties['YDYHFLDM'] ?? '';
          f.detail = say('rules.evaluateRule.coverage-overlap', { a: String(a), b: String(b) });
        }
        return f;
      });
      out.push(...gaps);
      break;
    }
    case 'quality':
      out.push(...evaluateQuality(state, rel, subjects, ctx.qualityFindings, scope));
      break;
    case 'indicator':
      out.push(...evaluateIndicator(rel, ctx.indicatorValues(), ctx.indicatorName));
      break;
  }
  return out;
}

/** "Who" in a failure message: plan, name and BSM of the feature (index when it has no BSM). */
function featureLabel(f: PreparedFeature): { zh: string; en: string } {
  const name = featureName(f.layer, f.properties);
  const nameEn = featureNameEn(f.layer, f.properties, f.plan.classification);
  const bsm = f.properties['BSM'];
  const key = typeof bsm === 'string' && bsm !== '' ? `BSM ${bsm}` : `${f.layer} ${f.id}`;
  return say('rules.evaluateRule.featureLabel', {
    title: f.plan.title,
    key,
    value: { zh: String(name ? `「${name}」` : ''), en: String(nameEn ? `"${nameEn}" ` : '') },
  });
}

/** A pair GEOS could not measure, in both languages, naming the rule and the features; GEOS's words only in English. */
function geometryFailureText(rule: Rule, s: PreparedFeature, o: PreparedFeature | null, error: GeometryError): { zh: string; en: string } {
  const a = featureLabel(s);
  const b = o ? featureLabel(o) : null;
  const why = describeGeometryError(error);
  // The English names the rule by its English title when it has one; the Chinese always by its title.
  const title = { zh: rule.title, en: rule.titleEn ? ` (${rule.titleEn})` : '' };
  return b
    ? say('rules.evaluateRule.geos-pair', { id: rule.id, title, a, b, why })
    : say('rules.evaluateRule.geos-one', { id: rule.id, title, a, why });
}

// Pure. Takes the territory's indicator values and what a project occupies (farmland, red line, 用地用海 per
// code) and returns the indicators it would move: the whole site takes the project's 拟用途 (NYDYT; without one,
// construction land), so a class loses what the site held of it and gains the site when the use belongs to it.
// Moves under 1 m² are left out; catalogue order.
import { m2ToHectares } from '../geometry/areaUnits.ts';
import { CONSTRUCTION_PREFIXES, INDICATOR_DEFINITIONS, URBAN_RURAL_CONSTRUCTION_PREFIXES } from '../indicators/definitions.ts';
import type { IndicatorId, IndicatorValue } from '../indicators/types.ts';
import type { IndicatorImpact, LandUseShare } from './types.ts';

export interface OccupiedAreas {
  /** Project ∩ ∪永久基本农田, m². */
  permanentFarmlandM2: number;
  /** Project ∩ ∪生态保护红线, m². */
  ecoRedLineM2: number;
  /** Project ∩ coverage per code. */
  landUse: readonly LandUseShare[];
  /** 拟用途 (a 用地用海 code) or null. */
  projectUse: string | null;
}

/** Coverage-based indicators and the code prefixes they count. */
const CLASS_PREFIXES: Partial<Record<IndicatorId, readonly string[]>> = {
  cultivatedLand: ['01'],
  forestLand: ['03'],
  wetland: ['05'],
  constructionLand: CONSTRUCTION_PREFIXES,
  urbanRuralConstructionLand: URBAN_RURAL_CONSTRUCTION_PREFIXES,
};

const NOISE_M2 = 1;

const matches = (code: string, prefixes: readonly string[]): boolean => prefixes.some((p) => code.startsWith(p));
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

/** Change in m² of a coverage class when the whole site takes the project's use. */
function classDeltaM2(id: IndicatorId, prefixes: readonly string[], occupied: OccupiedAreas): number | null {
  let lost = 0;
  let covered = 0;
  for (const share of occupied.landUse) {
    covered += share.areaM2;
    if (matches(share.code, prefixes)) lost += share.areaM2;
  }
  const use = occupied.projectUse;
  // Without a 拟用途 the project is taken as construction land, but which kind (urban–rural or regional) is unknown.
  if (use === null && id === 'urbanRuralConstructionLand') return null;
  const gains = use === null ? id === 'constructionLand' : matches(use, prefixes);
  return (gains ? covered : 0) - lost;
}

export function indicatorImpacts(values: ReadonlyMap<IndicatorId, IndicatorValue>, occupied: OccupiedAreas): IndicatorImpact[] {
  const deltas = new Map<IndicatorId, number>();
  deltas.set('permanentFarmland', -occupied.permanentFarmlandM2);
  deltas.set('ecoRedLine', -occupied.ecoRedLineM2);
  for (const [id, prefixes] of Object.entries(CLASS_PREFIXES) as [IndicatorId, readonly string[]][]) {
    const d = classDeltaM2(id, prefixes, occupied);
    if (d !== null) deltas.set(id, d);
  }
  const construction = deltas.get('constructionLand');
  if (construction !== undefined) deltas.set('developmentIntensity', construction);
  const out: IndicatorImpact[] = [];
  for (const definition of INDICATOR_DEFINITIONS) {
    const delta = deltas.get(definition.id);
    const value = values.get(definition.id);
    if (delta === undefined || value === undefined || !(delta >= NOISE_M2 || delta <= -NOISE_M2)) continue;
    let after: number;
    if (definition.unit === 'ha') after = m2ToHectares(value.areaM2 + delta);
    else if (definition.unit === 'percent' && value.denominatorM2) after = round4(((value.areaM2 + delta) / value.denominatorM2) * 100);
    else if (definition.unit === 'ratio' && value.denominatorM2) after = round4((value.areaM2 + delta) / value.denominatorM2);
    else continue;
    const target = value.target ?? null;
    out.push({
      indicator: definition.id,
      nameZh: definition.nameZh,
      nameEn: definition.nameEn,
      unit: definition.unit,
      before: value.value,
      after,
      target,
      violatesTarget: target !== null && (definition.direction === '>=' ? after < target : after > target),
    });
  }
  return out;
}

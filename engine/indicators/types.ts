// Pure. The indicator model (product.md §8): definitions (formula as data), targets and baselines
// (data per plan version and per town, 下达 vs 落实) and computed values with a status.
// Areas are ellipsoidal (GRS80) on dissolved geometry; values are reported in the definition's unit.
import type { LayerCode, PropertyValue } from '../model/types.ts';

/** Stable indicator ids. Rule packs (the `indicator` relation) and targets files refer to these. */
export type IndicatorId =
  | 'territory' // 国土面积 (∪XZQ): the denominator of the shares, reported for reference
  | 'cultivatedLand' // 耕地保有量
  | 'permanentFarmland' // 永久基本农田保护面积
  | 'ecoRedLine' // 生态保护红线面积
  | 'urbanBoundary' // 城镇开发边界面积
  | 'urbanBoundaryExpansion' // 城镇开发边界扩展倍数 (≤ 1.3 × 2020 城镇建设用地)
  | 'urbanSpaceShare' // 城镇空间占比 (≤ 6 %)
  | 'developmentIntensity' // 国土开发强度
  | 'constructionLand' // 建设用地总面积
  | 'urbanRuralConstructionLand' // 城乡建设用地
  | 'industrialLandShare' // 城乡工业用地占比
  | 'forestLand' // 林地面积
  | 'wetland' // 湿地面积
  | 'redLineConstruction'; // 生态保护红线内建设用地面积 (should be 0)

/** Baseline ids (values from the targets file, never computed). */
export type BaselineId = 'urbanConstructionLand2020';

/** `ha` = 公顷 (areas); `percent` = value in percent (5.83 means 5.83 %); `ratio` = a multiple (1.27). */
export type IndicatorUnit = 'ha' | 'percent' | 'ratio';

/** `>=`: the value must reach the target (farmland); `<=`: the value must not exceed it (urban space). */
export type TargetDirection = '>=' | '<=';

/**
 * Which features feed an indicator: one layer, optionally narrowed by a code field with prefixes
 * ("prefix P" matches a code equal to P or starting with P) and by exact attribute values.
 */
export interface SourceSelector {
  layer: LayerCode;
  /** Field holding the classification code (default `YDYHFLDM`); used with `codePrefixes`. */
  codeField?: string;
  codePrefixes?: readonly string[];
  /** Every listed attribute must equal the given value. */
  equals?: Readonly<Record<string, PropertyValue>>;
}

/**
 * An area measure: the ellipsoidal area of the union of every feature matched by `of`, optionally
 * intersected with the union of `within`. Per town, both are further clipped to the town polygon.
 */
export interface AreaMeasure {
  of: readonly SourceSelector[];
  within?: readonly SourceSelector[];
}

export type IndicatorFormula =
  | { kind: 'area'; measure: AreaMeasure }
  /** numerator / denominator, both areas (× 100 when the unit is `percent`). */
  | { kind: 'areaRatio'; numerator: AreaMeasure; denominator: AreaMeasure }
  /** area / baseline (the baseline comes from the targets file, in hectares). */
  | { kind: 'baselineRatio'; numerator: AreaMeasure; baseline: BaselineId };

export interface IndicatorDefinition {
  id: IndicatorId;
  nameZh: string;
  nameEn: string;
  /** The formula in words, for planners and reports. */
  formulaZh: string;
  formulaEn: string;
  formula: IndicatorFormula;
  unit: IndicatorUnit;
  /** How a target for this indicator is read. */
  direction: TargetDirection;
}

/** Where a target or baseline applies: the whole territory, or one town by its 9-digit XZQDM. */
export type Scope = { town: null } | { town: string };

/** One target: the 下达 (assigned by the upper-level plan) figure binds; 落实 is what the plan text commits. */
export interface TargetEntry {
  indicator: IndicatorId;
  /** Absent: the whole territory. */
  townCode?: string;
  townName?: string;
  /** Absent: every plan version; present: only that version of the land plan (overrides the general entry). */
  planVersion?: string;
  /** 下达 value in the indicator's unit. */
  assigned: number;
  /** 落实 value declared by the plan, in the indicator's unit (reported, not used for the status). */
  committed?: number;
  /** Where the figure comes from (document, table). */
  source?: string;
  /** True when the figure is invented for the demo. */
  demo?: boolean;
}

export interface BaselineEntry {
  id: BaselineId;
  townCode?: string;
  townName?: string;
  planVersion?: string;
  /** Hectares. */
  valueHa: number;
  year: number;
  source?: string;
  demo?: boolean;
}

/** The targets file (`schemas/targets.schema.json`). */
export interface Targets {
  schemaVersion: string;
  id: string;
  title: string;
  /** A value within this many percent of its target (on the permitted side) is "at risk". */
  atRiskMarginPercent: number;
  baselines: readonly BaselineEntry[];
  targets: readonly TargetEntry[];
}

export type IndicatorStatus = 'met' | 'atRisk' | 'violated' | 'noTarget';

export interface IndicatorValue {
  indicator: IndicatorId;
  /** null for the whole territory. */
  townCode: string | null;
  townName: string | null;
  /** In `unit`; rounded to 4 decimals (ha: 1 m²). */
  value: number;
  unit: IndicatorUnit;
  direction: TargetDirection;
  /** Area of the (numerator) measure in m², unrounded. */
  areaM2: number;
  /** Denominator in m² for `areaRatio`, the baseline in m² for `baselineRatio`. */
  denominatorM2?: number;
  /** 下达 target in `unit`, when the targets file has one for this scope. */
  target?: number;
  /** 落实 figure declared by the plan, when given. */
  committed?: number;
  status: IndicatorStatus;
  /** value − target in `unit` (negative = below target). */
  gap?: number;
  /** True when the target or baseline is a demo figure. */
  demo?: boolean;
}

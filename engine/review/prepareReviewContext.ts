// Pure (geometry through the port). prepareReviewContext({ blueprint, conflicts, …, port }) → what
// measureProject needs, built ONCE per blueprint: a flatbush index per blueprint layer, over the integrated
// 用地用海 coverage, the 待定 areas and the open conflicts' regions, and the territory's indicator values.
// Geometries are held in the port lazily as projects reach them; `disposeReviewContext` frees them.
import type { Geometry, LayerCode } from '../model/types.ts';
import type { Blueprint, BlueprintFeature, CoverageFeature, UndeterminedArea } from '../model/blueprint.ts';
import type { GeometryPort } from '../geometry/port.ts';
import type { IndicatorId, IndicatorValue } from '../indicators/types.ts';
import { conflictStatus, isHandled } from '../resolutions/conflictStatus.ts';
import { latestByKey } from '../resolutions/openConflicts.ts';
import type { Resolution } from '../resolutions/types.ts';
import type { Conflict } from '../rules/types.ts';
import { CORRIDOR_WIDTH_FIELD } from '../rules/prepareFeature.ts';
import { createSpatialCollection, releaseCollection, type SpatialCollection } from './spatialCollection.ts';

/** What the review needs of a conflict: a check's `Conflict` or a package's `conflicts.json` entry. */
export type ReviewConflict = Pick<Conflict, 'key' | 'regionHash' | 'ruleId' | 'title' | 'severity' | 'region'> & {
  measure?: Conflict['measure'];
};

export interface ReviewContextInput {
  blueprint: Blueprint;
  /** Conflicts of the latest check (engine/rules). Only open ones count (see `resolutions`, `openConflictKeys`). */
  conflicts?: readonly ReviewConflict[];
  /** Handling records: a conflict counts when its status (conflictStatus) is neither 已处置 nor 例外（已批准）. */
  resolutions?: readonly Resolution[];
  /** yyyy-mm-dd for exceptions' expiry (default: none expires). */
  asOfDate?: string;
  /** The open conflicts' keys as a package lists them; when given it decides instead of `resolutions`. */
  openConflictKeys?: readonly string[];
  /** Indicator values (computeIndicators); the whole territory's (townCode null) are used. */
  indicators?: readonly IndicatorValue[];
  port: GeometryPort;
}

export interface ReviewContext {
  port: GeometryPort;
  /** Every blueprint layer but GHYDYH (the coverage stands for it), in the blueprint's order (catalogue). */
  layers: Map<LayerCode, SpatialCollection<BlueprintFeature>>;
  coverage: SpatialCollection<CoverageFeature>;
  undetermined: SpatialCollection<UndeterminedArea>;
  conflicts: SpatialCollection<ReviewConflict>;
  indicators: Map<IndicatorId, IndicatorValue>;
  /** Half the widest JTXL corridor (KD/2), m: with the widest setback, how far a line can reach a project. */
  maxHalfCorridorM: number;
}

const isPolygonal = (g: Geometry | null): boolean => g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon');

export function prepareReviewContext(input: ReviewContextInput): ReviewContext {
  const { blueprint, port } = input;
  const layers = new Map<LayerCode, SpatialCollection<BlueprintFeature>>();
  let maxHalfCorridorM = 0;
  for (const layer of blueprint.layers) {
    if (layer.layer === 'GHYDYH') continue;
    layers.set(
      layer.layer,
      createSpatialCollection(layer.features, (f) => f.geometry),
    );
    if (layer.layer === 'JTXL') {
      for (const f of layer.features) {
        const kd = f.properties[CORRIDOR_WIDTH_FIELD];
        if (typeof kd === 'number' && kd > 0 && kd / 2 > maxHalfCorridorM) maxHalfCorridorM = kd / 2;
      }
    }
  }
  const all = input.conflicts ?? [];
  let open: readonly ReviewConflict[];
  if (input.openConflictKeys) {
    const keys = new Set(input.openConflictKeys);
    open = all.filter((c) => keys.has(c.key));
  } else {
    // The one definition of open (openConflicts): status neither 已处置 nor 例外（已批准）.
    const byKey = latestByKey(input.resolutions ?? []);
    const asOfDate = input.asOfDate ?? '0000-00-00';
    open = all.filter((c) => !isHandled(conflictStatus({ conflict: c, resolution: byKey.get(c.key), asOfDate }).status));
  }
  // Sorted by key, so touched conflicts come out in a stable order; only polygonal regions can be entered.
  const regions = open.filter((c) => isPolygonal(c.region)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const indicators = new Map<IndicatorId, IndicatorValue>();
  for (const v of input.indicators ?? []) if (v.townCode === null && !indicators.has(v.indicator)) indicators.set(v.indicator, v);
  return {
    port,
    layers,
    coverage: createSpatialCollection(blueprint.coverage, (c) => c.geometry),
    undetermined: createSpatialCollection(blueprint.undetermined, (u) => u.geometry),
    conflicts: createSpatialCollection(regions, (c) => c.region),
    indicators,
    maxHalfCorridorM,
  };
}

/** Frees every geometry the context holds in the port; the context can still be used (it re-holds lazily). */
export function disposeReviewContext(context: ReviewContext): void {
  const { port } = context;
  for (const collection of context.layers.values()) releaseCollection(port, collection);
  releaseCollection(port, context.coverage);
  releaseCollection(port, context.undetermined);
  releaseCollection(port, context.conflicts);
}

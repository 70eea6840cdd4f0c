// The PostGIS executor's contract for one relation compiled to SQL: the open connections, the loaded features table
// (featuresTable.ts) and the rule with its selected slots in; the seam's plain records (engine RelationRecord) out,
// the same records the embedded engine gives for that rule. One module per relation kind implements it.
import type pg from 'pg';
import type { RelationRecord, Rule } from '../../../engine/rules/index.ts';
import type { Tile } from './tiles.ts';

export interface RelationQuery {
  /** At least one open connection; tile queries are spread over all of them. */
  clients: readonly pg.ClientBase[];
  /** Escaped, schema-qualified name of the features table. */
  features: string;
  rule: Rule;
  /** Slots selected by rule.subject (engine selectFeatures semantics), ascending. */
  subjectSlots: readonly number[];
  /** Slots selected by rule.object ?? rule.subject, ascending. */
  objectSlots: readonly number[];
  /** The ids of those two selections in the features table's `sels` column (ruleSelections.ts): what SQL filters by. */
  subjectSel: number;
  objectSel: number;
  /** Escaped, schema-qualified name of the zones table (zonesTable.ts: withinDistance zones by rule_id and slot). */
  zones?: string;
  /**
   * The engine's distance between two features' footprints (else geometries), by slot, for the rows read back:
   * withinDistance reports it, so both executors give the same figure.
   */
  distanceM?: (subjectSlot: number, objectSlot: number) => number;
  /** The plans have an XZQ layer: records need townAt (townAtSql), else townAt = null. */
  hasTownLayer: boolean;
  /** Slots selected by a `coverage` rule's relation.within (engine selectFeatures semantics), ascending; absent otherwise. */
  withinSlots?: readonly number[];
  /** The id of the `within` selection in `sels`; given with withinSlots. */
  withinSel?: number;
  /**
   * Given by the executor: a tile of the subject grid (pairRows, outside's and sliver's tiles, coverage's pair half)
   * whose query PostGIS's GEOS could not compute (isGeometryError) is told here and contributes no rows, instead of
   * failing the whole query; the executor evaluates that tile's subjects in the embedded engine. Without it, and in
   * what spans tiles (outside's union, coverage's gaps), such an error is thrown.
   */
  onFailedTile?: (tile: Tile, error: unknown) => void;
}

export type RecordsOfRelation = (q: RelationQuery) => Promise<RelationRecord[]>;

// Node shell (PostGIS). The `coverage` relation in SQL, giving the embedded engine's records (coverageGaps.ts and the
// pairwise overlap of evaluateRule.ts): gaps are computed the engine's way so they round to the same vertices — the
// territory dissolved in slot order, then per 0.02° tile (∪ within ∩ tile) − (cover dissolved per 4 × 4 cell in id
// order, then across cells), the tiles' pieces dissolved in tile order and split into polygons —, tiles and subject
// pairs spread over the clients; overlaps between features of the layer as evaluateOverlapsPair does them.
import { bbox } from '../../../../engine/geometry/index.ts';
import { say } from '../../../../engine/i18n/index.ts';
import type { Properties } from '../../../../engine/model/index.ts';
import { OVERLAP_NOISE_M2, ruleTestsOverlaps, type RelationRecord } from '../../../../engine/rules/index.ts';
import type { RecordsOfRelation, RelationQuery } from '../relationQuery.ts';
import { unionWkb } from './outsideRecords.ts';
import { boxesMeetSql, townAtColumns, townAtOfRow } from '../featuresTable.ts';
import { overlapLateralSql } from '../overlapSql.ts';
import {
  FIRST_RULE_PARAM,
  pairRows,
  pairWhereSql,
  partiesOf,
  PARTY_COLUMNS,
  regionOf,
  tileSubjectsCte,
  TILE_SUBJECTS,
  type PartyRow,
} from '../pairSql.ts';
import { chunksOf, runOnClients } from './runOnClients.ts';

/** The engine's gap grid (coverageGaps.ts GAP_TILE_DEG) and its cells per tile side (SUB_CELLS). */
const GAP_TILE_DEG = 0.02;
const SUB_CELLS = 4;
const TILES_PER_QUERY = 16;
/** The engine's clean-tile slack (coverageCleanTiles.ts EXCESS_DEG2) and its most tiles per pair (MAX_TILES). */
const CLEAN_EXCESS_DEG2 = 1e-12;
const CLEAN_MAX_TILES = 16;

interface PieceRow {
  ord: number;
  piece: Buffer;
}

interface GapRow {
  region: Buffer;
  area_m2: number;
  town_x: number | null;
  town_y: number | null;
}

interface PairRow extends PartyRow {
  s_props: Properties;
  o_props: Properties;
  region: Buffer;
  area_m2: number;
  s_area_m2: number;
  o_area_m2: number;
  is_point: boolean;
  town_x: number | null;
  town_y: number | null;
}

export const coverageRecords: RecordsOfRelation = async (q) => {
  const rel = q.rule.relation;
  if (rel.type !== 'coverage') throw new Error(`coverageRecords: rule ${q.rule.id} is ${rel.type}`);
  if (q.withinSel === undefined) throw new Error(`coverageRecords: rule ${q.rule.id} needs the selection of relation.within`);
  const withOverlaps = ruleTestsOverlaps(q.rule);
  const { gaps, grid } = await gapRecords(q, q.withinSel, rel.minAreaM2);
  // Below half a square metre the tiles' slack could matter (evaluateRule.ts): then every pair is measured.
  const clean = grid && rel.minAreaM2 >= 0.5 ? await cleanTiles(q, grid) : null;
  const pairs = await overlapRecords(q, rel.minAreaM2, clean);
  const out: RelationRecord[] = [];
  for (const row of pairs) {
    const areaM2 = Number(row.area_m2);
    const sArea = Number(row.s_area_m2);
    const oArea = Number(row.o_area_m2);
    const a = row.s_props['YDYHFLMC'] ?? row.s_props['YDYHFLDM'] ?? '';
    const b = row.o_props['YDYHFLMC'] ?? row.o_props['YDYHFLDM'] ?? '';
    out.push({
      ruleId: q.rule.id,
      ...partiesOf(row),
      region: regionOf(row.region, row.is_point ? 0 : 2),
      measure: { areaM2 },
      shares: { subject: sArea > 0 ? areaM2 / sArea : 0, object: oArea > 0 ? areaM2 / oArea : 0 },
      townAt: townAtOfRow(row),
      ...(withOverlaps ? { overlaps: areaM2 >= OVERLAP_NOISE_M2 || row.is_point } : {}),
      detail: say('rules.evaluateRule.coverage-overlap', { a: String(a), b: String(b) }),
    });
  }
  for (const row of gaps) {
    out.push({
      ruleId: q.rule.id,
      subject: null,
      object: null,
      region: regionOf(row.region, 2),
      measure: { areaM2: Number(row.area_m2) },
      shares: {},
      townAt: townAtOfRow(row),
      ...(withOverlaps ? { overlaps: false } : {}),
      label: 'gap',
      detail: say('rules.coverageGaps.gap'),
    });
  }
  return out;
};

/** The engine's tiles over the territory's extent, row by row (its loop order, which is the dissolve order). */
function tilesOf(extent: readonly [number, number, number, number]): {
  ord: number[];
  tx: number[];
  ty: number[];
  x0: number[];
  y0: number[];
  x1: number[];
  y1: number[];
} {
  const t = {
    ord: [] as number[],
    tx: [] as number[],
    ty: [] as number[],
    x0: [] as number[],
    y0: [] as number[],
    x1: [] as number[],
    y1: [] as number[],
  };
  const floorDiv = (v: number) => Math.floor(v / GAP_TILE_DEG);
  for (let ty = floorDiv(extent[1]); ty <= floorDiv(extent[3]); ty++) {
    for (let tx = floorDiv(extent[0]); tx <= floorDiv(extent[2]); tx++) {
      t.ord.push(t.ord.length);
      t.tx.push(tx);
      t.ty.push(ty);
      t.x0.push(tx * GAP_TILE_DEG);
      t.y0.push(ty * GAP_TILE_DEG);
      t.x1.push((tx + 1) * GAP_TILE_DEG);
      t.y1.push((ty + 1) * GAP_TILE_DEG);
    }
  }
  return t;
}

/**
 * Which tiles need the overlay (indexes into `tiles`), as the engine decides it (coverageGaps.ts, coverageEdges.ts):
 * every directed ring edge (interior on the left: ST_ForcePolygonCCW) counts +1 for the layer and −1 for the territory
 * on its undirected key; a tile crossed by the box of an edge whose sum is not 0 may hold a gap's boundary. Any other
 * tile is wholly covered, outside, or wholly gap: only a tile whose centre lies in the territory and in no feature of
 * the layer is overlaid (its piece is then the whole tile inside the territory, as in the engine).
 */
async function tilesToOverlay(
  q: RelationQuery,
  within: Buffer,
  tiles: ReturnType<typeof tilesOf>,
): Promise<{ overlay: number[]; suspicious: Set<string> }> {
  const unmatched = await q.clients[0]!.query<{ tx: number; ty: number }>(
    `WITH edges AS (
       SELECT 1 AS sign, d.geom AS seg FROM ${q.features} f, ST_DumpSegments(ST_ForcePolygonCCW(f.footprint)) d
        WHERE $1::int = ANY(f.sels) AND f.footprint IS NOT NULL AND ST_Dimension(f.footprint) = 2
       UNION ALL
       SELECT -1, d.geom FROM ST_DumpSegments(ST_ForcePolygonCCW(ST_GeomFromWKB($2::bytea, 4490))) d),
     ends AS (SELECT sign, ST_X(ST_StartPoint(seg)) AS ax, ST_Y(ST_StartPoint(seg)) AS ay,
                     ST_X(ST_EndPoint(seg)) AS bx, ST_Y(ST_EndPoint(seg)) AS by FROM edges),
     directed AS (SELECT *, (ax < bx OR (ax = bx AND ay < by)) AS fwd FROM ends WHERE NOT (ax = bx AND ay = by)),
     keys AS (
       SELECT CASE WHEN fwd THEN ax ELSE bx END AS x1, CASE WHEN fwd THEN ay ELSE by END AS y1,
              CASE WHEN fwd THEN bx ELSE ax END AS x2, CASE WHEN fwd THEN by ELSE ay END AS y2
         FROM directed
        GROUP BY 1, 2, 3, 4 HAVING sum(CASE WHEN fwd THEN sign ELSE -sign END) <> 0)
     SELECT DISTINCT tx, ty FROM keys,
       generate_series(floor(LEAST(y1, y2) / $3::float8)::int, floor(GREATEST(y1, y2) / $3::float8)::int) AS ty,
       generate_series(floor(x1 / $3::float8)::int, floor(x2 / $3::float8)::int) AS tx`,
    [q.subjectSel, within, GAP_TILE_DEG],
  );
  const suspicious = new Set(unmatched.rows.map((r) => `${r.tx},${r.ty}`));
  const quiet = tiles.ord.filter((i) => !suspicious.has(`${tiles.tx[i]},${tiles.ty[i]}`));
  const uncovered = await q.clients[0]!.query<{ ord: number }>(
    `WITH w AS MATERIALIZED (SELECT ST_GeomFromWKB($1::bytea, 4490) AS g)
     SELECT c.ord FROM unnest($2::int[], $3::float8[], $4::float8[]) AS c(ord, x, y) CROSS JOIN w
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(c.x, c.y), 4490) AS p) pt
      WHERE ST_Intersects(w.g, pt.p)
        AND NOT EXISTS (SELECT 1 FROM ${q.features} f
                         WHERE f.footprint && pt.p AND $5::int = ANY(f.sels) AND ST_Intersects(f.footprint, pt.p))`,
    [
      within,
      quiet,
      quiet.map((i) => (tiles.tx[i]! + 0.5) * GAP_TILE_DEG),
      quiet.map((i) => (tiles.ty[i]! + 0.5) * GAP_TILE_DEG),
      q.subjectSel,
    ],
  );
  const overlay = new Set(uncovered.rows.map((r) => r.ord));
  return { overlay: tiles.ord.filter((i) => suspicious.has(`${tiles.tx[i]},${tiles.ty[i]}`) || overlay.has(i)), suspicious };
}

/** What the gap half leaves for the pair half's clean-tile test: the territory, its tiles and the unmatched ones. */
interface GapGrid {
  within: Buffer;
  all: ReturnType<typeof tilesOf>;
  suspicious: Set<string>;
}

async function gapRecords(q: RelationQuery, withinSel: number, minAreaM2: number): Promise<{ gaps: GapRow[]; grid: GapGrid | null }> {
  // Without any feature of the layer the plan simply lacks it: nothing to call a gap.
  if (q.subjectSlots.length === 0) return { gaps: [], grid: null };
  const within = await unionWkb(q, withinSel);
  const extent = within === null ? null : bbox(regionOf(within, 2));
  if (within === null || extent === null) return { gaps: [], grid: null };
  const all = tilesOf(extent);
  const { overlay: needed, suspicious } = await tilesToOverlay(q, within, all);
  const grid = { within, all, suspicious };
  const tiles = {
    ord: needed.map((i) => all.ord[i]!),
    x0: needed.map((i) => all.x0[i]!),
    y0: needed.map((i) => all.y0[i]!),
    x1: needed.map((i) => all.x1[i]!),
    y1: needed.map((i) => all.y1[i]!),
  };
  const cellDeg = GAP_TILE_DEG / SUB_CELLS;
  // A feature belongs to the tiles its exact box meets (the engine's index search) and, in each, to the cell holding
  // its box centre, clamped (coverageGaps.ts cellOf); box3d of a geometry is its exact double extent.
  const sql = `
    WITH w AS MATERIALIZED (SELECT ST_GeomFromWKB($1::bytea, 4490) AS g),
    tiles AS MATERIALIZED (
      SELECT t.ord, t.x0, t.y0, t.x1, t.y1,
             ST_SetSRID(ST_MakePolygon(ST_MakeLine(ARRAY[ST_MakePoint(t.x0, t.y0), ST_MakePoint(t.x1, t.y0),
               ST_MakePoint(t.x1, t.y1), ST_MakePoint(t.x0, t.y1), ST_MakePoint(t.x0, t.y0)])), 4490) AS box
        FROM unnest($2::int[], $3::float8[], $4::float8[], $5::float8[], $6::float8[]) AS t(ord, x0, y0, x1, y1)),
    inside AS MATERIALIZED (
      SELECT tiles.*, ST_CollectionExtract(ST_Intersection(w.g, tiles.box), 3) AS g FROM tiles CROSS JOIN w),
    members AS (
      SELECT i.ord, f.slot, f.id_rank, f.footprint,
             LEAST(${SUB_CELLS - 1}, GREATEST(0, floor(((f.box_ymin + f.box_ymax) / 2 - i.y0) / $8::float8))) * ${SUB_CELLS}
             + LEAST(${SUB_CELLS - 1}, GREATEST(0, floor(((f.box_xmin + f.box_xmax) / 2 - i.x0) / $8::float8))) AS cell
        FROM inside i
        JOIN ${q.features} f
          ON f.footprint && i.box AND $7::int = ANY(f.sels)
         AND f.box_xmin <= i.x1 AND f.box_xmax >= i.x0 AND f.box_ymin <= i.y1 AND f.box_ymax >= i.y0
       WHERE NOT ST_IsEmpty(i.g)),
    cells AS (
      SELECT ord, cell, ST_CollectionExtract(ST_Union(footprint ORDER BY id_rank, slot), 3) AS g
        FROM members GROUP BY ord, cell),
    covers AS (
      SELECT ord, count(*) AS n, (array_agg(g ORDER BY cell))[1] AS one, ST_CollectionExtract(ST_Union(g ORDER BY cell), 3) AS many
        FROM cells WHERE NOT ST_IsEmpty(g) GROUP BY ord)
    SELECT i.ord, ST_AsBinary(p.g) AS piece
      FROM inside i LEFT JOIN covers c ON c.ord = i.ord
      CROSS JOIN LATERAL (SELECT CASE WHEN c.ord IS NULL THEN i.g
                                      ELSE ST_CollectionExtract(ST_Difference(i.g, CASE WHEN c.n = 1 THEN c.one ELSE c.many END), 3)
                                 END AS g) p
     WHERE NOT ST_IsEmpty(i.g) AND NOT ST_IsEmpty(p.g)`;
  const batches = chunksOf(
    tiles.ord.map((_, i) => i),
    TILES_PER_QUERY,
  );
  const pieces = (
    await runOnClients(q.clients, batches, async (client, idx) => {
      const pick = (a: number[]) => idx.map((i) => a[i]!);
      const { rows } = await client.query<PieceRow>(sql, [
        within,
        pick(tiles.ord),
        pick(tiles.x0),
        pick(tiles.y0),
        pick(tiles.x1),
        pick(tiles.y1),
        q.subjectSel,
        cellDeg,
      ]);
      return rows;
    })
  )
    .flat()
    .sort((a, b) => a.ord - b.ord);
  if (pieces.length === 0) return { gaps: [], grid };
  // The pieces of all tiles dissolved at once, in tile order: a gap across a tile line is one gap.
  const { rows } = await q.clients[0]!.query<GapRow>(
    `SELECT ST_AsBinary(d.geom) AS region, ST_Area(d.geom::geography) AS area_m2, ${townAtColumns('d.geom', 'd', q.hasTownLayer)}
       FROM (SELECT ST_CollectionExtract(ST_Union(ST_GeomFromWKB(p.b, 4490) ORDER BY p.i), 3) AS g
               FROM unnest($1::bytea[]) WITH ORDINALITY AS p(b, i)) u
       CROSS JOIN LATERAL (SELECT geom, NULL::geometry AS footprint FROM ST_Dump(u.g)) d
      WHERE ST_Area(d.geom::geography) >= $2`,
    [pieces.map((p) => p.piece), minAreaM2],
  );
  return { gaps: rows, grid };
}

/** The clean tiles of the extent's grid (one byte per tile, 1 = clean, in tile order) and where that grid lies. */
interface CleanGrid {
  bytes: Buffer;
  tx0: number;
  ty0: number;
  cols: number;
  rows: number;
}

/**
 * The engine's clean-tile verdicts (coverageCleanTiles.ts) in SQL, for the tiles no unmatched edge and no edge of the
 * territory crosses: the centre lies in the territory and in a feature of the layer, and the planar areas of the
 * features (exact box meeting the tile) clipped to the tile add up to the tile's area within 1e-12 deg², so no two
 * features overlap there. Computed without any pairwise GEOS test: a box clip per feature and tile.
 */
async function cleanTiles(q: RelationQuery, grid: GapGrid): Promise<CleanGrid> {
  const { all, suspicious } = grid;
  const boundary = new Set<string>();
  const territory = regionOf(grid.within, 2);
  const polygons =
    territory?.type === 'Polygon' ? [territory.coordinates] : territory?.type === 'MultiPolygon' ? territory.coordinates : [];
  const floorDiv = (v: number) => Math.floor(v / GAP_TILE_DEG);
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        for (let ty = floorDiv(Math.min(ay!, by!)); ty <= floorDiv(Math.max(ay!, by!)); ty++)
          for (let tx = floorDiv(Math.min(ax!, bx!)); tx <= floorDiv(Math.max(ax!, bx!)); tx++) boundary.add(`${tx},${ty}`);
      }
  const candidates = all.ord.filter((i) => {
    const key = `${all.tx[i]},${all.ty[i]}`;
    return !suspicious.has(key) && !boundary.has(key);
  });
  const sql = `
    WITH w AS MATERIALIZED (SELECT ST_GeomFromWKB($1::bytea, 4490) AS g)
    SELECT c.ord FROM unnest($2::int[], $3::float8[], $4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::float8[])
                      AS c(ord, x0, y0, x1, y1, cx, cy)
      CROSS JOIN w
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(c.cx, c.cy), 4490) AS p,
                                 ST_MakeEnvelope(c.x0, c.y0, c.x1, c.y1, 4490) AS box) t
      CROSS JOIN LATERAL (
        SELECT COALESCE(bool_or(ST_Intersects(f.footprint, t.p)), false) AS covered,
               COALESCE(sum(ST_Area(ST_ClipByBox2D(f.footprint, t.box))), 0) AS area_deg2
          FROM ${q.features} f
         WHERE f.footprint && t.box AND $9::int = ANY(f.sels)
           AND f.box_xmin <= c.x1 AND f.box_xmax >= c.x0 AND f.box_ymin <= c.y1 AND f.box_ymax >= c.y0) a
     WHERE ST_Intersects(w.g, t.p) AND a.covered AND abs(a.area_deg2 - $10::float8) <= $11::float8`;
  const clean = (
    await runOnClients(q.clients, chunksOf(candidates, 256), async (client, idx) => {
      const { rows } = await client.query<{ ord: number }>(sql, [
        grid.within,
        idx,
        idx.map((i) => all.x0[i]!),
        idx.map((i) => all.y0[i]!),
        idx.map((i) => all.x1[i]!),
        idx.map((i) => all.y1[i]!),
        idx.map((i) => (all.tx[i]! + 0.5) * GAP_TILE_DEG),
        idx.map((i) => (all.ty[i]! + 0.5) * GAP_TILE_DEG),
        q.subjectSel,
        GAP_TILE_DEG * GAP_TILE_DEG,
        CLEAN_EXCESS_DEG2,
      ]);
      return rows;
    })
  ).flat();
  const bytes = Buffer.alloc(all.ord.length);
  for (const r of clean) bytes[r.ord] = 1;
  const cols = all.ty.filter((ty) => ty === all.ty[0]).length;
  return { bytes, tx0: all.tx[0]!, ty0: all.ty[0]!, cols, rows: all.ord.length / cols };
}

/** SQL true when every tile the two rows' common box meets is clean (at most CLEAN_MAX_TILES of them), as the
 *  engine's cleanBoxTest; the grid's parameters start at $first (cleanParams). */
function cleanPairSql(first: number): string {
  const [deg, bytes, tx0, ty0, cols, rows] = [0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`);
  const x0 = `floor(GREATEST(s.box_xmin, o.box_xmin) / ${deg}::float8)::int`;
  const x1 = `floor(LEAST(s.box_xmax, o.box_xmax) / ${deg}::float8)::int`;
  const y0 = `floor(GREATEST(s.box_ymin, o.box_ymin) / ${deg}::float8)::int`;
  const y1 = `floor(LEAST(s.box_ymax, o.box_ymax) / ${deg}::float8)::int`;
  return `((${x1} - ${x0} + 1) * (${y1} - ${y0} + 1) <= ${CLEAN_MAX_TILES}
    AND NOT EXISTS (SELECT 1 FROM generate_series(${y0}, ${y1}) AS ty, generate_series(${x0}, ${x1}) AS tx
      WHERE tx < ${tx0}::int OR ty < ${ty0}::int OR tx >= ${tx0}::int + ${cols}::int OR ty >= ${ty0}::int + ${rows}::int
         OR get_byte(${bytes}::bytea, (ty - ${ty0}::int) * ${cols}::int + (tx - ${tx0}::int)) = 0))`;
}

function cleanParams(g: CleanGrid): unknown[] {
  return [GAP_TILE_DEG, g.bytes, g.tx0, g.ty0, g.cols, g.rows];
}

/** Pairs of the layer's features whose footprints overlap by minAreaM2 (a point: any contact): pgexec's pair rules
 *  (candidatePairs: each pair once, the smaller feature id as subject) and overlapOf in SQL, with both features' fields
 *  for the message. A pair whose common box meets only clean tiles is skipped before any GEOS test, as the engine
 *  skips it. */
async function overlapRecords(q: RelationQuery, minAreaM2: number, clean: CleanGrid | null): Promise<PairRow[]> {
  const sql = `${tileSubjectsCte(q.features)}
    SELECT ${PARTY_COLUMNS}, s.props AS s_props, o.props AS o_props, ST_AsBinary(ov.ov_region) AS region,
      ov.ov_m2 AS area_m2, s.footprint_m2 AS s_area_m2, o.footprint_m2 AS o_area_m2,
      (s.geometry_class = 'point' OR o.geometry_class = 'point') AS is_point,
      ${townAtColumns('ov.ov_region', 's', q.hasTownLayer)}
    FROM ${TILE_SUBJECTS} s JOIN ${q.features} o
      ON o.footprint && s.footprint AND ${boxesMeetSql('s', 'o')}
     ${clean ? `AND NOT ${cleanPairSql(FIRST_RULE_PARAM + 1)}` : ''}
     AND ST_Intersects(s.footprint, o.footprint)
    ${overlapLateralSql('s', 'o', 'ov')}
    WHERE ${pairWhereSql()} AND ov.ov_region IS NOT NULL
      AND (s.geometry_class = 'point' OR o.geometry_class = 'point' OR ov.ov_m2 >= $${FIRST_RULE_PARAM}::float8)`;
  return pairRows<PairRow>({ ...q, objectSlots: q.subjectSlots, objectSel: q.subjectSel }, sql, [
    minAreaM2,
    ...(clean ? cleanParams(clean) : []),
  ]);
}

// SQL of the engine's overlapOf (engine/rules/overlapOf.ts) between two features rows, as LATERAL joins: a point and
// the other footprint give the points inside (area 0), two points nothing; two polygonal footprints whose interiors
// meet give the covered one itself when the larger-box one covers it (same shortcut, same region), else the polygonal
// intersection. Columns `<p>_kind` (0 none, 1 points, 2 covered, 3 intersection), `<p>_region` (NULL when none) and
// `<p>_m2` (ST_Area on the ellipsoid; the covered footprint's own area).
const isPoint = (g: string) => `(GeometryType(${g}) IN ('POINT', 'MULTIPOINT'))`;

export function overlapLateralSql(s: string, o: string, p: string): string {
  const sBig = `((${s}.box_xmax - ${s}.box_xmin) * (${s}.box_ymax - ${s}.box_ymin) >= (${o}.box_xmax - ${o}.box_xmin) * (${o}.box_ymax - ${o}.box_ymin))`;
  const big = `CASE WHEN ${sBig} THEN ${s}.footprint ELSE ${o}.footprint END`;
  const small = `CASE WHEN ${sBig} THEN ${o}.footprint ELSE ${s}.footprint END`;
  return `
    CROSS JOIN LATERAL (SELECT CASE
      WHEN ${s}.footprint IS NULL OR ${o}.footprint IS NULL THEN 0
      WHEN ${isPoint(`${s}.footprint`)} AND ${isPoint(`${o}.footprint`)} THEN 0
      WHEN ${isPoint(`${s}.footprint`)} OR ${isPoint(`${o}.footprint`)} THEN 1
      WHEN NOT ST_Relate(${big}, ${small}, 'T********') THEN 0
      WHEN ST_Covers(${big}, ${small}) THEN 2
      ELSE 3 END AS kind) ${p}_k
    CROSS JOIN LATERAL (SELECT CASE ${p}_k.kind
      WHEN 1 THEN ST_CollectionExtract(ST_Intersection(${s}.footprint, ${o}.footprint), 1)
      WHEN 2 THEN ${small}
      WHEN 3 THEN ST_CollectionExtract(ST_Intersection(${s}.footprint, ${o}.footprint), 3)
      END AS g) ${p}_g
    CROSS JOIN LATERAL (SELECT ${p}_k.kind AS ${p}_kind,
      CASE WHEN ${p}_g.g IS NULL OR ST_IsEmpty(${p}_g.g) THEN NULL ELSE ${p}_g.g END AS ${p}_region,
      CASE ${p}_k.kind WHEN 2 THEN (CASE WHEN ${sBig} THEN ${o}.footprint_m2 ELSE ${s}.footprint_m2 END)
        WHEN 3 THEN COALESCE(ST_Area(${p}_g.g::geography), 0) ELSE 0 END AS ${p}_m2) ${p}`;
}

/** The engine's footprintsOverlap (recordOf.ts) from overlapLateralSql's columns: ≥ 1 m², or any contact of a point. */
export function overlapsFlagSql(s: string, o: string, p: string): string {
  return `(${p}.${p}_region IS NOT NULL AND (${p}.${p}_m2 >= 1 OR ${s}.geometry_class = 'point' OR ${o}.geometry_class = 'point'))`;
}

// Pure. Takes the conflicts found on the resolved plans, the open keys and the resolutions, returns
// conflicts.json, conflicts.csv (UTF-8 BOM) and conflicts.geojson (the conflict regions), each conflict
// with its handling status as engine/resolutions/conflictStatus defines it for the editor too (未处置, 已处置,
// 例外（已批准）, 例外（已过期）, 暂缓, 重新打开).
import { CONFLICT_STATUS_LABEL, conflictStatus, type ConflictStatus } from '../resolutions/conflictStatus.ts';
import type { Resolution } from '../resolutions/types.ts';
import { encodeCsv } from './encodeCsv.ts';
import { featureCollectionBytes, jsonArrayBytes } from './featureCollectionBytes.ts';
import { SEVERITY_ZH } from './labels.ts';
import type { PackageConflict } from './types.ts';

export interface ConflictRow {
  conflict: PackageConflict;
  open: boolean;
  resolution: Resolution | null;
  status: ConflictStatus;
}

/** `asOfDate` (yyyy-mm-dd, the package's creation date) decides whether an exception has expired. */
export function conflictRows(
  conflicts: readonly PackageConflict[],
  openKeys: readonly string[],
  resolutions: readonly Resolution[],
  asOfDate: string,
): ConflictRow[] {
  const open = new Set(openKeys);
  const byKey = new Map(resolutions.map((r) => [r.conflictKey, r]));
  return conflicts.map((conflict) => {
    const resolution = byKey.get(conflict.key) ?? null;
    return { conflict, open: open.has(conflict.key), resolution, status: conflictStatus({ conflict, resolution, asOfDate }).status };
  });
}

export function handlingZh(row: Pick<ConflictRow, 'status'>): string {
  return CONFLICT_STATUS_LABEL[row.status].zh;
}

/** Each file on its own, so a package makes one at its turn and holds no other (the three are 260 MB at 300k parcels). */
export const CONFLICT_FILES = {
  'conflicts.csv': conflictsCsv,
  'conflicts.geojson': conflictsGeoJson,
  'conflicts.json': conflictsJson,
} as const satisfies Record<string, (rows: readonly ConflictRow[]) => Uint8Array>;

export function conflictFiles(rows: readonly ConflictRow[]): Record<string, Uint8Array> {
  return { 'conflicts.json': conflictsJson(rows), 'conflicts.csv': conflictsCsv(rows), 'conflicts.geojson': conflictsGeoJson(rows) };
}

function conflictsJson(rows: readonly ConflictRow[]): Uint8Array {
  return jsonArrayBytes(
    rows.map((r) => ({ ...r.conflict, open: r.open, handling: handlingZh(r), logNumber: r.resolution?.logNumber ?? null })),
  );
}

function conflictsCsv(rows: readonly ConflictRow[]): Uint8Array {
  return encodeCsv(
    [
      '冲突标识',
      '规则',
      '名称',
      '级别',
      '处置状态',
      '维护日志编号',
      '主体规划',
      '主体图层',
      '主体BSM',
      '主体名称',
      '客体规划',
      '客体图层',
      '客体BSM',
      '客体名称',
      '面积（平方米）',
      '长度（米）',
      '距离（米）',
      '乡镇代码',
      '乡镇名称',
      '说明',
    ],
    rows.map(({ conflict: c, ...r }) => [
      c.key,
      c.ruleId,
      c.title,
      SEVERITY_ZH[c.severity],
      handlingZh(r),
      r.resolution?.logNumber,
      c.subject?.planTitle,
      c.subject?.layer,
      c.subject?.bsm,
      c.subject?.name,
      c.object?.planTitle,
      c.object?.layer,
      c.object?.bsm,
      c.object?.name,
      c.measure.areaM2?.toFixed(2),
      c.measure.lengthM?.toFixed(2),
      c.measure.distanceM?.toFixed(2),
      c.town?.code,
      c.town?.name,
      c.message,
    ]),
  );
}

function conflictsGeoJson(rows: readonly ConflictRow[]): Uint8Array {
  return featureCollectionBytes(
    { name: 'conflicts', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4490' } } },
    rows
      .filter((r) => r.conflict.region !== null)
      .map(({ conflict: c, ...r }) => ({
        type: 'Feature',
        id: c.key,
        geometry: c.region,
        properties: {
          key: c.key,
          ruleId: c.ruleId,
          severity: c.severity,
          handling: handlingZh(r),
          areaM2: c.measure.areaM2 ?? null,
          subjectBsm: c.subject?.bsm ?? null,
          objectBsm: c.object?.bsm ?? null,
          town: c.town?.name ?? null,
          message: c.message,
        },
      })),
  );
}

// Pure. Takes the resolutions (statuses reconciled after the re-run), the conflicts of the re-run and the
// package date; returns resolutions.json (the file a rebuild reads) and resolutions.csv, the 冲突与处置台账 in
// the national maintenance-log shape. Only records that change data carry a change type and a log number;
// 暂缓 and 例外 keep their own record (who, when, why, approval document) with those columns empty. The
// status column is the conflict's status as engine/resolutions/conflictStatus defines it everywhere.
import { CONFLICT_STATUS_LABEL, conflictStatus } from '../resolutions/conflictStatus.ts';
import { compareResolutions } from '../resolutions/resolutionOrder.ts';
import { CHANGE_TYPE_ZH, RESOLUTION_KIND_ZH, type Resolution } from '../resolutions/types.ts';
import { encodeCsv } from './encodeCsv.ts';
import { jsonBytes } from './jsonBytes.ts';
import { SEVERITY_ZH } from './labels.ts';
import type { PackageConflict } from './types.ts';

export function resolutionFiles(
  resolutions: readonly Resolution[],
  conflicts: readonly Pick<PackageConflict, 'key' | 'regionHash'>[],
  asOfDate: string,
): Record<string, Uint8Array> {
  const ordered = [...resolutions].sort(compareResolutions);
  const byKey = new Map(conflicts.map((c) => [c.key, c]));
  const ha = (m2: number | undefined) => (m2 === undefined ? undefined : (m2 / 10_000).toFixed(4));
  const csv = encodeCsv(
    [
      '维护日志编号',
      '变更类型',
      '冲突标识',
      '规则',
      '级别',
      '处置方式',
      '状态',
      '重新打开原因',
      '处置人',
      '处置时间',
      '理由',
      '批准文号',
      '批准机关',
      '有效期至',
      '补划面积（公顷）',
      '占用面积（公顷）',
      '涉及要素BSM',
    ],
    ordered.map((r) => [
      r.logNumber,
      r.changeType === undefined ? undefined : `${r.changeType} ${CHANGE_TYPE_ZH[r.changeType]}`,
      r.conflictKey,
      r.ruleId,
      SEVERITY_ZH[r.severity],
      RESOLUTION_KIND_ZH[r.kind],
      CONFLICT_STATUS_LABEL[conflictStatus({ conflict: byKey.get(r.conflictKey) ?? null, resolution: r, asOfDate }).status].zh,
      r.reopenReason,
      r.decidedBy,
      r.decidedAt,
      r.reason,
      r.exception?.approvalNumber,
      r.exception?.authority,
      r.exception?.expiresOn,
      ha(r.compensation?.areaM2),
      ha(r.compensation?.requiredM2),
      r.edits.map((e) => String(e.before?.properties['BSM'] ?? e.after?.properties['BSM'] ?? e.featureId)).join(' '),
    ]),
  );
  return { 'resolutions.json': jsonBytes({ schemaVersion: '1.0.0', resolutions: ordered }), 'resolutions.csv': csv };
}

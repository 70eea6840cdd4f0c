// The status matrix: every resolution kind × every place a status is shown — the conflict
// list (conflictStatusOf), the resolve panel (resolutionStatus), the export preflight (openConflicts and its
// refusal text) and the package (conflicts.csv, resolutions.csv and resolutions.json) — on the real rules
// engine and GEOS, through the export pipeline's own steps (apply, re-run, reconcile).
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { conflictFiles, conflictRows } from '../../../engine/package/conflictFiles.ts';
import { preflight } from '../../../engine/package/packageFiles.ts';
import { resolutionFiles } from '../../../engine/package/resolutionFiles.ts';
import { readResolutionsFile } from '../../../engine/export/readResolutionsFile.ts';
import type { PackageInput } from '../../../engine/package/types.ts';
import {
  applyResolutions,
  CONFLICT_STATUS_LABEL,
  conflictStatus,
  createResolution,
  openConflicts,
  reconcileResolutions,
  repairResolution,
  type ConflictStatus,
  type Resolution,
  type ResolutionRequest,
} from '../../../engine/resolutions/index.ts';
import { runRules, type Conflict } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { conflictStatusOf, resolutionsByConflictKey } from '../../../renderer/components/conflictStatusOf.ts';
import { resolutionStatus } from '../../../renderer/services/blueprint/resolutionStatus.ts';
import { rect, resolutionPack, resolutionPlans } from './resolutionPlans.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const AS_OF = '2026-11-27';
const conflictsOf = async (plans: PlanDocument[]): Promise<Conflict[]> =>
  (await runRules({ plans, pack: resolutionPack() }, port)).report.conflicts;
const by = (conflicts: Conflict[], subjectBsm: string, ruleId: string) =>
  conflicts.find((c) => c.ruleId === ruleId && c.subject?.bsm === subjectBsm);
const exception = (expiresOn?: string) => ({
  approvalNumber: '豫政文〔2026〕12号',
  authority: '河南省人民政府',
  reason: '省重点项目',
  ...(expiresOn ? { expiresOn } : {}),
});

interface Case {
  name: string;
  ruleId: 'R08' | 'R14';
  bsm: string;
  request: Omit<ResolutionRequest, 'conflict' | 'decidedBy' | 'decidedAt' | 'logNumber' | 'reason'> | null;
  /** A re-import after the decision (the resolution's feature changed). */
  reimport?: boolean;
  status: ConflictStatus;
  /** Carries a national change type and a maintenance-log number. */
  logged: string | null;
}

const CASES: Case[] = [
  { name: 'no resolution', ruleId: 'R08', bsm: '419001000000000101', request: null, status: 'open', logged: null },
  {
    name: 'subject yields',
    ruleId: 'R08',
    bsm: '419001000000000101',
    request: { kind: 'subjectYields' },
    status: 'resolved',
    logged: '3 调出',
  },
  {
    name: 'object yields',
    ruleId: 'R08',
    bsm: '419001000000000101',
    request: { kind: 'objectYields' },
    status: 'resolved',
    logged: '3 调出',
  },
  {
    name: 'attribute change',
    ruleId: 'R14',
    bsm: '419001000000000103',
    request: { kind: 'changeAttribute', attribute: { side: 'subject', field: 'YDYHFLDM', value: '0701' } },
    status: 'resolved',
    logged: '2 属性变更',
  },
  {
    name: 'exception',
    ruleId: 'R08',
    bsm: '419001000000000101',
    request: { kind: 'exception', exception: exception('2027-12-31') },
    status: 'exceptionApproved',
    logged: null,
  },
  {
    name: 'expired exception',
    ruleId: 'R08',
    bsm: '419001000000000101',
    request: { kind: 'exception', exception: exception('2026-11-01') },
    status: 'exceptionExpired',
    logged: null,
  },
  { name: 'deferral', ruleId: 'R08', bsm: '419001000000000101', request: { kind: 'defer' }, status: 'deferred', logged: null },
  {
    name: 'yield undone by a re-import',
    ruleId: 'R08',
    bsm: '419001000000000101',
    request: { kind: 'subjectYields' },
    reimport: true,
    status: 'reopened',
    logged: '3 调出',
  },
];

/** The export pipeline's steps (prepareExport): apply, re-run the rules, reconcile. */
async function exported(c: Case) {
  const plans = resolutionPlans();
  const conflict = by(await conflictsOf(plans), c.bsm, c.ruleId)!;
  const resolutions: Resolution[] = [];
  if (c.request) {
    const made = createResolution(
      { conflict, decidedBy: '张三', decidedAt: '2026-11-26T10:00:00Z', logNumber: '20261126000001', reason: '测试理由', ...c.request },
      plans,
      port,
    );
    if (!made.ok) throw new Error(made.errors.map((e) => e.zh).join('; '));
    resolutions.push(made.resolution);
  }
  const source = c.reimport
    ? plans.map((p) => ({
        ...p,
        features: p.features.map((f) =>
          f.properties['BSM'] === c.bsm ? { ...f, properties: { ...f.properties, XMMC: '精密铸件二期' } } : f,
        ),
      }))
    : plans;
  const applied = applyResolutions(source, resolutions);
  const rerun = await conflictsOf(applied.plans);
  const reconciled = reconcileResolutions(resolutions, rerun, applied.skipped);
  return { conflict, resolutions, applied, rerun, reconciled, current: rerun.find((x) => x.key === conflict.key) ?? null };
}

const csvRows = (bytes: Uint8Array) =>
  strFromU8(bytes)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((l) => l.split(','));

describe('the status matrix', () => {
  it.each(CASES)('$name: one status in the list, the panel, the preflight and the package', async (c) => {
    const { conflict, resolutions, applied, reconciled, rerun, current } = await exported(c);
    const label = CONFLICT_STATUS_LABEL[c.status];

    // The definition itself, on the export's reconciled record.
    expect(conflictStatus({ conflict: current, resolution: reconciled[0], asOfDate: AS_OF }).status).toBe(c.status);

    // The conflict list: a row exists while the conflict is reported (the editor's data has the fix applied).
    if (current) expect(conflictStatusOf(current, new Set(), resolutionsByConflictKey(resolutions), AS_OF)).toBe(c.status);
    else expect(c.status).toBe('resolved');
    // The resolve panel shows the record, reported or not.
    if (resolutions[0]) expect(resolutionStatus(resolutions[0], rerun, AS_OF).conflictStatus).toBe(c.status);

    // The export preflight: open exactly when the status does not let a final package through.
    const open = openConflicts(rerun, reconciled, AS_OF).map((x) => x.key);
    const blocks = !['resolved', 'exceptionApproved'].includes(c.status);
    expect(open.includes(conflict.key)).toBe(blocks && current !== null);
    const input = {
      conflicts: rerun,
      openConflictKeys: open,
      blueprint: { undetermined: [] },
      resolutions: reconciled,
      created: `${AS_OF}T00:00:00Z`,
    } as unknown as PackageInput;
    const reasons = preflight(input).filter((r) => r.id === conflict.key);
    if (blocks && current && current.severity === 'blocker') {
      expect(reasons).toHaveLength(1);
      expect(reasons[0]!.zh).toContain(`（${label.zh}）`);
      expect(reasons[0]!.en).toContain(`(${label.en})`);
    } else expect(reasons).toEqual([]);

    // The package: conflicts.csv's 处置状态 and resolutions.csv's 状态, 变更类型 and 维护日志编号.
    const rows = conflictRows(rerun, open, reconciled, AS_OF);
    const conflictsCsv = csvRows(conflictFiles(rows)['conflicts.csv']!);
    const handling = conflictsCsv.find((r) => r[0] === conflict.key)?.[4];
    expect(handling).toBe(current ? label.zh : undefined);
    const files = resolutionFiles(reconciled, rerun, AS_OF);
    const [header, ...ledger] = csvRows(files['resolutions.csv']!);
    const json = JSON.parse(strFromU8(files['resolutions.json']!)) as { resolutions: Resolution[] };
    if (!c.request) {
      expect(ledger).toEqual([]);
      return;
    }
    const row = Object.fromEntries(header!.map((h, i) => [h, ledger[0]![i]]));
    expect(row['状态']).toBe(label.zh);
    expect(row['处置人']).toBe('张三');
    expect(row['理由']).toBe('测试理由');
    expect(row['变更类型']).toBe(c.logged ?? '');
    expect(row['维护日志编号']).toBe(c.logged ? '20261126000001' : '');
    if (c.request.kind === 'exception') expect(row['批准文号']).toBe('豫政文〔2026〕12号');
    expect('logNumber' in json.resolutions[0]!).toBe(c.logged !== null);
    expect('changeType' in json.resolutions[0]!).toBe(c.logged !== null);
    expect(applied.applied).toEqual(c.logged && !c.reimport ? ['20261126000001'] : []);
  });

  it('shows 待复核 in the list while a re-check is pending, whatever was decided', async () => {
    const { current, resolutions } = await exported(CASES.find((c) => c.name === 'deferral')!);
    expect(conflictStatusOf(current!, new Set([current!.key]), resolutionsByConflictKey(resolutions), AS_OF)).toBe('stale');
  });

  it('repairs a deferral or an exception an older version logged as "2 属性变更"; a logged yield keeps its number', async () => {
    const { resolutions } = await exported(CASES.find((c) => c.name === 'deferral')!);
    const old = { ...resolutions[0]!, logNumber: '20261126000007', changeType: 2 as const };
    const repaired = repairResolution(old);
    expect(repaired).not.toHaveProperty('logNumber');
    expect(repaired).not.toHaveProperty('changeType');
    expect(repaired).toMatchObject({ kind: 'defer', decidedBy: '张三', reason: '测试理由' });
    const yielded = (await exported(CASES[1]!)).resolutions[0]!;
    expect(repairResolution(yielded)).toBe(yielded);
  });

  it('keeps 补划 an exception makes in the maintenance log (调入): it changes data', async () => {
    const plans = resolutionPlans();
    const conflict = by(await conflictsOf(plans), '419001000000000102', 'R08')!;
    const made = createResolution(
      {
        conflict,
        kind: 'exception',
        decidedBy: '张三',
        decidedAt: '2026-11-26T10:00:00Z',
        logNumber: '20261126000001',
        reason: '国家重大项目',
        exception: exception(),
        compensation: { bsm: '419001000000000009', geometry: rect(0.02, 0.01, 0.002, 0.002) },
      },
      plans,
      port,
    );
    expect(made.ok && made.resolution).toMatchObject({ logNumber: '20261126000001', changeType: 1 });
  });
});

describe('a resolutions file', () => {
  const base = {
    conflictKey: 'R17:a:b',
    ruleId: 'R17',
    severity: 'minor',
    regionHash: 'f'.repeat(64),
    status: 'applied',
    decidedBy: '王工',
    decidedAt: '2026-11-27T08:00:00Z',
    reason: '待论证',
  };

  it('reads a 暂缓 without a log number, and repairs one an older version logged as "2 属性变更"', () => {
    const read = readResolutionsFile(
      {
        schemaVersion: '1.0.0',
        resolutions: [
          { ...base, kind: 'defer', edits: [] },
          { ...base, conflictKey: 'R17:c:d', kind: 'defer', logNumber: '20261127000004', changeType: 2, edits: [] },
        ],
      },
      'r.json',
    );
    if ('error' in read) throw new Error(read.error.zh);
    expect(read.resolutions.map((r) => [r.logNumber, r.changeType])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it('refuses a record that changes data without a log number, naming the file and the record', () => {
    const edit = { planId: 'p', featureId: 'f', layer: 'GYXM', changeType: 3, before: null, after: null };
    const read = readResolutionsFile(
      { schemaVersion: '1.0.0', resolutions: [{ ...base, kind: 'subjectYields', edits: [edit] }] },
      'r.json',
    );
    expect('error' in read && read.error.zh).toBe('r.json：第 1 条处置记录的维护日志编号应为 yyyymmdd + 6 位序号');
  });
});

// `lantu replay` rebuilds a `.lantu` from its history and reports it; `lantu export <workspace.lantu>` gives the
// package the editor's export gives for the same workspace, byte for byte (both go through engine/edit and
// engine/export workspaceExportOf). Older files (commands without metadata) open unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  WORKSPACE_PAYLOAD_FILE,
  planDocumentOf,
  resolutionToCommand,
  type WorkspaceData,
  type WorkspacePayload,
} from '../../../engine/edit/index.ts';
import { workspaceExportOf } from '../../../engine/export/index.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import type { SqlJsWriterPort } from '../../../engine/package/index.ts';
import { createResolution } from '../../../engine/resolutions/createResolution.ts';
import { runRules, type RulePack } from '../../../engine/rules/index.ts';
import { packWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { buildAppPackage } from '../../../renderer/services/blueprint/buildAppPackage.ts';
import { DEFAULT_POLICY } from '../../../renderer/services/blueprint/defaultPolicy.ts';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/services/review/defaultDepartments.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { workspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { fixturePlan, fixtureWorkspace } from '../../renderer/fixtures.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const CREATED = '2026-11-27T10:00:00.000Z';
let port: GeometryPort;
let sqlJs: SqlJsWriterPort;
let dir: string;
let live: WorkspaceData;
let payload: WorkspacePayload;

const plansOf = (ws: WorkspaceData): PlanDocument[] => ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
const lantuFile = (p: unknown) =>
  packWorkspaceFile(new Map([[WORKSPACE_PAYLOAD_FILE, new TextEncoder().encode(JSON.stringify(p))]]), {
    createdAt: CREATED,
    generator: 'test',
  });

beforeAll(async () => {
  port = await createGeometryPort();
  sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
  dir = mkdtempSync(join(tmpdir(), 'lantu-replay-'));
  const store = createEditorStore();
  store.getState().loadWorkspace({ ...fixtureWorkspace(['land', 'ecology', 'industry', 'transport']), rulePack: pack, targets });
  store.getState().setStationIdentity({ stationId: 'st-bureau', stationName: '自然资源局-王工' });
  const land = fixturePlan('land');
  const parcel = land.features[4]!;
  store.getState().execute({
    kind: 'setAttributes',
    planId: land.plan.id,
    featureId: parcel.id,
    before: parcel.properties,
    after: { ...parcel.properties, BZ: '手工修改' },
  });
  const conflicts = (await runRules({ plans: plansOf(store.getState().workspace), pack, targets }, port)).report.conflicts;
  const ws = store.getState().workspace;
  const result = createResolution(
    {
      conflict: conflicts.find((c) => c.ruleId === 'R08')!,
      kind: 'subjectYields',
      decidedBy: '王工',
      decidedAt: '2026-11-27T09:00:00.000Z',
      logNumber: '20261127000001',
      reason: '测试',
    },
    plansOf(ws),
    port,
  );
  if (!result.ok) throw new Error(result.errors.map((e) => e.zh).join('; '));
  store.getState().setStationIdentity({ stationId: 'st-eco', stationName: '生态环境局-张工' });
  store.getState().execute(resolutionToCommand(result.resolution, ws));
  // An undone edit: in the file's redo stack, not in the package.
  const other = land.features[6]!;
  store.getState().execute({
    kind: 'setAttributes',
    planId: land.plan.id,
    featureId: other.id,
    before: other.properties,
    after: { ...other.properties, BZ: '撤销的修改' },
  });
  store.getState().undo();
  live = store.getState().workspace;
  payload = workspacePayload(store.getState());
  writeFileSync(join(dir, 'ws.lantu'), lantuFile(payload));
});

afterAll(() => {
  port?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('lantu replay and lantu export <workspace.lantu>', () => {
  it('rebuilds the workspace from its history and reports plans, features, resolutions and who edited', async () => {
    const run = await runLantuInProcess(dir, ['replay', 'ws.lantu', '--json', '-', '-o', 'again.lantu', '--created', CREATED]);
    expect(run.stderr).toMatch(/已按编辑历史重建 ws\.lantu：4 个规划/);
    expect(run.status).toBe(0);
    const { output, ...report } = JSON.parse(run.stdout) as { output: string } & {
      plans: { id: string; features: number }[];
      features: number;
      resolutions: number;
      history: { past: number; future: number };
      stations: { station: string; author: string }[];
    };
    expect(report.plans.map((p) => [p.id, p.features])).toEqual(live.planOrder.map((id) => [id, live.plans.get(id)!.features.size]));
    expect(report.features).toBe([...live.plans.values()].reduce((n, p) => n + p.features.size, 0));
    expect(output).toBe('again.lantu');
    expect(report.resolutions).toBe(1);
    expect(report.history).toEqual({ past: 2, future: 1 });
    expect(report.stations).toEqual([
      { station: 'st-bureau', author: '自然资源局-王工' },
      { station: 'st-eco', author: '生态环境局-张工' },
    ]);
    // The rebuilt file holds the same history (metadata included) and the same base plans.
    const again = await runLantuInProcess(dir, ['replay', 'again.lantu', '--json', '-']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(report);
  });

  it('exports a .lantu to the package the editor exports for the same workspace, byte for byte', async () => {
    const input = workspaceExportOf(
      live,
      { policy: DEFAULT_POLICY, departments: DEFAULT_DEPARTMENTS },
      { created: CREATED, draft: true, toolVersion: VERSION },
    );
    const editor = await buildAppPackage(input!, port, sqlJs);
    if (!editor.ok) throw new Error(JSON.stringify(editor));
    const run = await runLantuInProcess(dir, ['export', 'ws.lantu', '--draft', '--created', CREATED, '-o', 'cli.zip']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const cli = readFileSync(join(dir, 'cli.zip'));
    expect(cli.length).toBe(editor.zip.length);
    expect(Buffer.compare(cli, Buffer.from(editor.zip))).toBe(0);
  }, 180_000);

  it('opens an older .lantu whose commands have no metadata, reporting them from an unknown station', async () => {
    const old = {
      ...payload,
      history: { past: payload.history.past.map(({ meta: _m, ...c }) => c), future: payload.history.future.map(({ meta: _m, ...c }) => c) },
    };
    writeFileSync(join(dir, 'old.lantu'), lantuFile(old));
    const run = await runLantuInProcess(dir, ['replay', 'old.lantu', '--json', '-', '--lang', 'en']);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/rebuilt old\.lantu from its history: 4 plans/);
    expect(JSON.parse(run.stdout)).toMatchObject({
      resolutions: 1,
      history: { past: 2, future: 1 },
      stations: [{ station: 'unknown', author: '' }],
    });
  });

  it('refuses a history whose edit no longer fits the plans, naming the entry, the feature and the field (exit 1)', async () => {
    const stale = JSON.parse(JSON.stringify(payload)) as { history: { past: { kind: string; before: Record<string, unknown> }[] } };
    stale.history.past[0]!.before['BZ'] = '别人的修改';
    writeFileSync(join(dir, 'stale.lantu'), lantuFile(stale));
    const zh = await runLantuInProcess(dir, ['replay', 'stale.lantu']);
    expect(zh.status).toBe(1);
    expect(zh.stderr).toMatch(/stale\.lantu/);
    expect(zh.stderr).toMatch(/编辑历史第 1 条（setAttributes）/);
    expect(zh.stderr).toMatch(/字段 BZ/);
    const exported = await runLantuInProcess(dir, ['export', 'stale.lantu', '-o', 'x.zip', '--lang', 'en']);
    expect(exported.status).toBe(1);
    expect(exported.stderr).toMatch(/history entry 1 \(setAttributes\)/);
  });

  it('refuses --policy with a workspace (its policy is its own) as a usage error', async () => {
    const run = await runLantuInProcess(dir, ['export', 'ws.lantu', '--policy', 'p.json', '-o', 'x.zip']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--policy/);
  });
});

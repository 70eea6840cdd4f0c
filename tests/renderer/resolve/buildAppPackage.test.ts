import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { unzipFiles, type SqlJsWriterPort } from '../../../engine/package/index.ts';
import { createResolution } from '../../../engine/resolutions/createResolution.ts';
import { runRules, type RulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { buildAppPackage, type AppPackageInput } from '../../../renderer/services/blueprint/buildAppPackage.ts';
import { DEFAULT_POLICY } from '../../../renderer/services/blueprint/defaultPolicy.ts';
import { packageSources } from '../../../engine/export/packageSources.ts';
import { isBlueprintPackage, packageToWorkspace } from '../../../renderer/services/blueprint/packageToWorkspace.ts';
import { checkWorkspacePayload } from '../../../renderer/services/persistence/checkWorkspacePayload.ts';
import { resolutionToCommand } from '../../../renderer/services/blueprint/resolutionToCommand.ts';
import { planDocumentOf, planEntryOf } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import type { WorkspaceData } from '../../../renderer/store/types.ts';
import { fixturePlan, fixtureWorkspace } from '../fixtures.ts';
import { JIYUAN_DEPARTMENTS, sampleConsultation, sampleJointOpinion, sampleOpinion, sampleProject } from '../review/sampleReview.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
let port: GeometryPort;
let sqlJs: SqlJsWriterPort;
let dir: string;
let input: AppPackageInput;

const plansOf = (ws: WorkspaceData): PlanDocument[] => ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));

beforeAll(async () => {
  port = await createGeometryPort();
  sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
  dir = mkdtempSync(join(tmpdir(), 'lantu-app-package-'));
  const store = createEditorStore();
  store.getState().loadWorkspace({ ...fixtureWorkspace(['land', 'ecology', 'industry', 'transport']), rulePack: pack, targets });
  // A manual edit before the resolutions: it must reach the package as part of the sources.
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
  const decide = (ruleId: string, kind: 'subjectYields' | 'exception', logNumber: string) => {
    const ws = store.getState().workspace;
    const result = createResolution(
      {
        conflict: conflicts.find((c) => c.ruleId === ruleId)!,
        kind,
        decidedBy: '王工',
        decidedAt: '2026-11-27T09:00:00.000Z',
        logNumber,
        reason: '测试',
        ...(kind === 'exception'
          ? { exception: { approvalNumber: '豫政土〔2026〕12号', authority: '河南省人民政府', reason: '省级项目' } }
          : {}),
      },
      plansOf(ws),
      port,
    );
    if (!result.ok) throw new Error(result.errors.map((e) => e.zh).join('; '));
    store.getState().execute(resolutionToCommand(result.resolution, ws));
  };
  decide('R08', 'subjectYields', '20261127000001');
  decide('R03', 'exception', '20261127000002');
  const ws = store.getState().workspace;
  input = {
    plans: plansOf(ws),
    resolutions: [...ws.resolutions!],
    pack,
    policy: DEFAULT_POLICY,
    targets,
    created: '2026-11-27T10:00:00.000Z',
    draft: true,
    toolVersion: '0.1.0',
  };
});

afterAll(() => {
  port?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('buildAppPackage', () => {
  it('takes the resolutions edits back out of the sources, keeping other edits', () => {
    const sources = packageSources(input.plans, input.resolutions);
    const edit = input.resolutions[0]!.edits[0]!;
    const source = sources.find((p) => p.plan.id === edit.planId)!.features.find((f) => f.id === edit.featureId)!;
    expect(source.geometry).toEqual(edit.before!.geometry);
    const land = fixturePlan('land');
    expect(sources.find((p) => p.plan.id === land.plan.id)!.features.find((f) => f.id === land.features[4]!.id)!.properties.BZ).toBe(
      '手工修改',
    );
  });

  it('builds a draft package of the workspace that lantu verify rebuilds byte for byte', async () => {
    const result = await buildAppPackage(input, port, sqlJs);
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.manifest.status).toBe('draft');
    const files = unzipFiles(result.zip);
    const ledger = JSON.parse(new TextDecoder().decode(files.get('resolutions.json')!)) as {
      resolutions: { logNumber?: string; kind: string; status: string }[];
    };
    // The second record changes no data: it carries no maintenance-log number.
    expect(ledger.resolutions.map((r) => [r.logNumber, r.status])).toEqual([
      ['20261127000001', 'applied'],
      [undefined, 'applied'],
    ]);
    const zip = join(dir, 'draft.zip');
    writeFileSync(zip, result.zip);
    // Throws (non-zero exit) when verify finds a difference.
    const out = execFileSync(process.execPath, [join(ROOT, 'bin', 'lantu.mjs'), 'verify', zip], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/✓|通过|一致/);
  }, 120_000);

  it('opens the package again as a workspace: same plans and resolutions, each resolution one undoable entry; a tampered package is refused', async () => {
    const result = await buildAppPackage(input, port, sqlJs);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const files = unzipFiles(result.zip);
    const opening = packageToWorkspace(files, 'draft.zip');
    if (!opening.ok) throw new Error(opening.reasonZh);
    expect(opening.status).toBe('draft');
    expect(opening.skipped).toEqual([]);
    // The editor opens it through the same whole-payload check as a .lantu file.
    const checked = checkWorkspacePayload(JSON.parse(JSON.stringify(opening.payload)), { fileName: 'draft.zip', lang: 'zh' });
    expect(checked.ok ? 'ok' : checked.message).toBe('ok');
    const store = createEditorStore();
    const base = new Map(opening.payload.plans.map((p) => [p.plan.id, planEntryOf(p)]));
    store
      .getState()
      .loadWorkspace({ plans: base, planOrder: [...base.keys()], rulePack: opening.payload.rulePack, targets: opening.payload.targets });
    for (const c of opening.payload.history.past) store.getState().execute(c);
    const ws = store.getState().workspace;
    expect(ws.resolutions!.map((r) => r.logNumber)).toEqual(input.resolutions.map((r) => r.logNumber));
    const byId = (plans: PlanDocument[]) => Object.fromEntries(plans.map((p) => [p.plan.id, JSON.parse(JSON.stringify(p.features))]));
    expect(byId(plansOf(ws))).toEqual(byId(input.plans));
    expect(store.getState().past).toHaveLength(input.resolutions.length);

    const tampered = new Map(files);
    tampered.set('resolutions.json', new TextEncoder().encode('{"schemaVersion":"1.0.0","resolutions":[]}\n'));
    const refused = packageToWorkspace(tampered, 'draft.zip');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reasonZh).toContain('resolutions.json');
    expect(isBlueprintPackage(new Map([['a.shp', new Uint8Array()]]))).toBe(false);
  }, 120_000);

  it('refuses a final package while blockers remain, naming them', async () => {
    const result = await buildAppPackage({ ...input, draft: false }, port, sqlJs);
    expect(result.ok).toBe(false);
    if (!result.ok && 'reasons' in result) expect(result.reasons.some((r) => r.kind === 'blocker' && r.zh.includes('阻断冲突'))).toBe(true);
  }, 120_000);

  it('carries the project register in the package, and opening the package gives the projects and opinions back', async () => {
    const project = sampleProject('p-0001', '济源某新材料项目');
    const review = {
      projects: [project],
      departments: JIYUAN_DEPARTMENTS,
      consultations: [sampleConsultation(project, 'zrzy')],
      opinions: [sampleOpinion(project, 'zrzy', 'conditional')],
      jointOpinions: [sampleJointOpinion(project, 'conditional')],
    };
    const result = await buildAppPackage({ ...input, review }, port, sqlJs);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const files = unzipFiles(result.zip);
    expect(files.has('review/projects.json')).toBe(true);
    const opening = packageToWorkspace(files, 'draft.zip');
    if (!opening.ok) throw new Error(opening.reasonZh);
    expect(opening.payload.projects).toEqual([project]);
    expect(opening.payload.departments).toEqual(JIYUAN_DEPARTMENTS);
    expect([opening.payload.consultations, opening.payload.opinions, opening.payload.jointOpinions]).toEqual([
      review.consultations,
      review.opinions,
      review.jointOpinions,
    ]);
    const checked = checkWorkspacePayload(JSON.parse(JSON.stringify(opening.payload)), { fileName: 'draft.zip', lang: 'zh' });
    if (!checked.ok) throw new Error(checked.message);
    expect(checked.workspace.projects).toEqual([project]);
    // A package without projects opens without them.
    const plain = packageToWorkspace(unzipFiles(((await buildAppPackage(input, port, sqlJs)) as { zip: Uint8Array }).zip), 'plain.zip');
    expect(plain.ok && plain.payload.projects).toBeUndefined();
  }, 120_000);
});

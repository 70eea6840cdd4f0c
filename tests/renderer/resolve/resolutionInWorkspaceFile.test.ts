import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Targets } from '../../../engine/indicators/types.ts';
import { createResolution } from '../../../engine/resolutions/createResolution.ts';
import { runRules, type RulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { resolutionToCommand } from '../../../renderer/services/blueprint/resolutionToCommand.ts';
import { applyCommand, planDocumentOf } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { workspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { fixtureWorkspace, snapshot } from '../fixtures.ts';
import { workspaceSchemaValidator } from '../workspaceSchemaValidator.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('resolutions in the workspace file', () => {
  it('writes resolution commands that follow schemas/workspace.schema.json and replay to the same resolutions', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const port = await createGeometryPort();
    const store = createEditorStore();
    store.getState().loadWorkspace({ ...fixtureWorkspace(['land', 'ecology', 'industry', 'transport']), rulePack: pack, targets });
    const ws = store.getState().workspace;
    const plans = ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
    const conflict = (await runRules({ plans, pack, targets }, port)).report.conflicts.find((c) => c.ruleId === 'R08')!;
    const result = createResolution(
      {
        conflict,
        kind: 'subjectYields',
        decidedBy: '王工',
        decidedAt: '2026-11-27T09:00:00.000Z',
        logNumber: '20261127000001',
        reason: '让步',
      },
      plans,
      port,
    );
    if (!result.ok) throw new Error('resolution refused');
    store.getState().execute(resolutionToCommand(result.resolution, ws));

    const payload = JSON.parse(JSON.stringify(workspacePayload(store.getState())));
    const validate = workspaceSchemaValidator();
    expect(validate(payload)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    const base = fixtureWorkspace(['land', 'ecology', 'industry', 'transport']);
    const replayed = payload.history.past.reduce(applyCommand, { ...base, rulePack: pack, targets });
    expect(replayed.resolutions).toEqual([result.resolution]);
    expect(snapshot(replayed)).toEqual(snapshot(store.getState().workspace));

    const tampered = structuredClone(payload);
    tampered.history.past[0].commands.at(-1).after.logNumber = '2026-11-27';
    expect(validate(tampered)).toBe(false);
    // A record that changes data must carry its log number and change type.
    const unlogged = structuredClone(payload);
    delete unlogged.history.past[0].commands.at(-1).after.logNumber;
    expect(validate(unlogged)).toBe(false);
    const untyped = structuredClone(payload);
    delete untyped.history.past[0].commands.at(-1).after.changeType;
    expect(validate(untyped)).toBe(false);
  });

  it('accepts a 暂缓 without change type or log number, and one an older version logged (repaired on load)', () => {
    const validate = workspaceSchemaValidator();
    const defer = {
      conflictKey: 'R14:a:b',
      ruleId: 'R14',
      severity: 'major',
      regionHash: 'f'.repeat(64),
      kind: 'defer',
      status: 'applied',
      decidedBy: '王工',
      decidedAt: '2026-11-27T08:00:00.000Z',
      reason: '等待规划修编',
      edits: [],
    };
    const payload = (after: object) => ({
      format: 'lantu-workspace',
      schemaVersion: '1.0.0',
      plans: [],
      rulePack: null,
      targets: null,
      history: { past: [{ kind: 'setResolution', conflictKey: 'R14:a:b', before: null, after }], future: [] },
      view: { language: 'zh', layerViews: {}, planOrder: [] },
    });
    expect(validate(payload(defer))).toBe(true);
    expect(validate(payload({ ...defer, logNumber: '20261127000001', changeType: 2 }))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { workspacePayload } from '../../../renderer/store/workspacePayload.ts';
import { applyCommand } from '../../../renderer/store/applyCommand.ts';
import type { WorkspaceData } from '../../../renderer/store/types.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../fixtures.ts';
import { workspaceSchemaValidator } from '../workspaceSchemaValidator.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('workspacePayload', () => {
  it('follows schemas/workspace.schema.json and replays to the current workspace', () => {
    const store = createEditorStore();
    const rulePack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8'));
    store.getState().loadWorkspace({ ...fixtureWorkspace(), rulePack });
    const land = fixturePlan('land');
    const parcel = land.features[0]!;
    const s = store.getState();
    s.execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, YDYHFLDM: '0901' },
    });
    s.execute({ kind: 'importPlan', plan: fixturePlan('transport'), index: 3 });
    s.execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[2]!, index: 2 });
    s.undo();
    const payload = workspacePayload(store.getState());
    const validate = workspaceSchemaValidator();
    const valid = validate(JSON.parse(JSON.stringify(payload)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(payload.plans.map((p) => p.plan.id)).toEqual(fixtureWorkspace().planOrder);
    const base: WorkspaceData = { ...fixtureWorkspace(), rulePack };
    const replayed = payload.history.past.reduce(applyCommand, base);
    expect(snapshot(replayed)).toEqual(snapshot(store.getState().workspace));
  });

  it('is refused by the schema when a command is malformed', () => {
    const validate = workspaceSchemaValidator();
    const payload = workspacePayload({ ...createEditorStore().getState(), workspace: fixtureWorkspace() });
    const bad = { ...JSON.parse(JSON.stringify(payload)), history: { past: [{ kind: 'setGeometry', planId: 'x' }], future: [] } };
    expect(validate(bad)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import type { HistoryEvent } from '../../../renderer/store/types.ts';
import type { FeatureId } from '../../../engine/model/types.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../fixtures.ts';

const land = fixturePlan('land');
const parcel = land.features[0]!;

function freshStore() {
  const store = createEditorStore();
  store.getState().loadWorkspace(fixtureWorkspace());
  return store;
}

describe('createEditorStore history', () => {
  it('undoes and redoes commands in order and reports each to listeners', () => {
    const store = freshStore();
    const events: HistoryEvent['type'][] = [];
    store.getState().onHistory((e) => events.push(e.type));
    const start = snapshot(store.getState().workspace);
    store.getState().execute({
      kind: 'setAttributes',
      planId: land.plan.id,
      featureId: parcel.id,
      before: parcel.properties,
      after: { ...parcel.properties, YDYHFLDM: '0901' },
    });
    const edited = snapshot(store.getState().workspace);
    store.getState().execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[2]!, index: 2 });
    expect(store.getState().past).toHaveLength(2);
    expect(store.getState().undo()).toBe(true);
    expect(snapshot(store.getState().workspace)).toEqual(edited);
    expect(store.getState().undo()).toBe(true);
    expect(snapshot(store.getState().workspace)).toEqual(start);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().redo()).toBe(true);
    expect(snapshot(store.getState().workspace)).toEqual(edited);
    expect(events).toEqual(['do', 'do', 'undo', 'undo', 'redo']);
  });

  it('drops the redo stack when a new command is executed', () => {
    const store = freshStore();
    store.getState().execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[2]!, index: 2 });
    store.getState().undo();
    expect(store.getState().future).toHaveLength(1);
    store.getState().execute({ kind: 'deleteFeature', planId: land.plan.id, feature: land.features[1]!, index: 1 });
    expect(store.getState().future).toHaveLength(0);
  });

  it('leaves state and history unchanged when a command is refused', () => {
    const store = freshStore();
    const before = store.getState().workspace;
    expect(() =>
      store.getState().execute({ kind: 'setAttributes', planId: land.plan.id, featureId: 'x' as FeatureId, before: {}, after: {} }),
    ).toThrow();
    expect(store.getState().workspace).toBe(before);
    expect(store.getState().past).toHaveLength(0);
  });

  it('marks conflicts of edited features stale and replaces them with re-check results', () => {
    const store = freshStore();
    const party = (id: string) => ({
      planId: land.plan.id,
      planTitle: 't',
      layer: 'GHYDYH' as const,
      featureId: id,
      bsm: null,
      name: null,
    });
    const conflict = (key: string, a: string, b: string) => ({
      key,
      regionHash: 'h',
      ruleId: 'R08',
      ruleVersion: 1,
      title: 't',
      severity: 'blocker' as const,
      subject: party(a),
      object: party(b),
      measure: { areaM2: 10 },
      shares: {},
      region: null,
      town: null,
      message: 'm',
    });
    store.getState().setConflicts([conflict('k1', 'a', 'b'), conflict('k2', 'c', 'd')]);
    store.getState().markStale(['a']);
    expect([...store.getState().staleKeys]).toEqual(['k1']);
    store.getState().replaceConflictsOf(['a'], []);
    expect(store.getState().conflicts.map((c) => c.key)).toEqual(['k2']);
    expect(store.getState().staleKeys.size).toBe(0);
  });
});

// Property tests of the one edit model: over random workspaces and random edit sequences, applying a
// command then its inverse is the identity, replaying a saved history gives the live state, and an attribute or
// geometry edit whose `before` no longer holds is refused, naming plan, feature and field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyCommand,
  checkWorkspacePayload,
  CommandError,
  invertCommand,
  payloadOf,
  planEntryOf,
  replayHistory,
  baseOf,
  type CommandBody,
  type WorkspaceData,
} from '../../../engine/edit/index.ts';
import type { FeatureId, PlanDocument, PlanFeature, PlanId, Properties } from '../../../engine/model/types.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import { fixturePlan, snapshot } from '../../renderer/fixtures.ts';

const land = fixturePlan('land');
const PLAN = land.plan.id;

/** A workspace of the fixture land plan cut to `size` features (real schema-valid features). */
function workspaceOf(size: number): WorkspaceData {
  const doc: PlanDocument = { ...land, features: land.features.slice(0, size) };
  return { plans: new Map([[PLAN, planEntryOf(doc)]]), planOrder: [PLAN], rulePack: null, targets: null };
}

type Step =
  | { kind: 'attr'; at: number; field: string; value: string }
  | { kind: 'geom'; at: number; dx: number }
  | { kind: 'add'; at: number; from: number }
  | { kind: 'delete'; at: number }
  | { kind: 'batch'; a: number; b: number; value: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('attr' as const),
    at: fc.nat(),
    field: fc.constantFrom('BZ', 'YDYHFLMC', 'GHDLMC'),
    value: fc.string({ maxLength: 6 }),
  }),
  fc.record({ kind: fc.constant('geom' as const), at: fc.nat(), dx: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('batch' as const), a: fc.nat(), b: fc.nat(), value: fc.string({ maxLength: 4 }) }),
);

let fresh = 0;

function shifted(f: PlanFeature, dx: number): PlanFeature['geometry'] {
  const move = (c: unknown): unknown =>
    typeof c === 'number'
      ? c
      : Array.isArray(c) && typeof c[0] === 'number'
        ? [(c[0] as number) + dx * 1e-6, c[1]]
        : (c as unknown[]).map(move);
  return { ...f.geometry, coordinates: move((f.geometry as { coordinates: unknown }).coordinates) } as PlanFeature['geometry'];
}

/** The command a step makes against the current state (null when the plan is empty). */
function commandFor(ws: WorkspaceData, s: Step): CommandBody | null {
  const features = [...ws.plans.get(PLAN)!.features.values()];
  const pick = (n: number) => features[n % features.length]!;
  const setAttr = (f: PlanFeature, field: string, value: string): CommandBody => ({
    kind: 'setAttributes',
    planId: PLAN,
    featureId: f.id,
    before: f.properties,
    after: { ...f.properties, [field]: value } as Properties,
  });
  if (s.kind === 'add') {
    const template = land.features[s.from % land.features.length]!;
    return {
      kind: 'addFeature',
      planId: PLAN,
      index: s.at % (features.length + 1),
      feature: { ...template, id: `added-${fresh++}` as FeatureId },
    };
  }
  if (features.length === 0) return null;
  switch (s.kind) {
    case 'attr':
      return setAttr(pick(s.at), s.field, s.value);
    case 'geom': {
      const f = pick(s.at);
      return { kind: 'setGeometry', planId: PLAN, featureId: f.id, before: f.geometry, after: shifted(f, s.dx) };
    }
    case 'delete':
      return { kind: 'deleteFeature', planId: PLAN, feature: pick(s.at), index: s.at % features.length };
    case 'batch': {
      const first = setAttr(pick(s.a), 'BZ', s.value);
      const mid = applyCommand(ws, first);
      const g = [...mid.plans.get(PLAN)!.features.values()][s.b % features.length]!;
      return {
        kind: 'batch',
        label: 'two edits',
        commands: [first, { kind: 'setGeometry', planId: PLAN, featureId: g.id, before: g.geometry, after: shifted(g, 3) }],
      };
    }
  }
}

describe('engine/edit, over random edit sequences', () => {
  it('applying a command and then its inverse gives back the same workspace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.array(step, { minLength: 1, maxLength: 25 }), (size, steps) => {
        let ws = workspaceOf(size);
        for (const s of steps) {
          const c = commandFor(ws, s);
          if (!c) continue;
          const after = applyCommand(ws, c);
          expect(snapshot(applyCommand(after, invertCommand(c)))).toEqual(snapshot(ws));
          ws = after;
        }
      }),
      { numRuns: 80 },
    );
  });

  it('replaying the saved history on the saved base gives the live state (undo and redo included)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.oneof(step, fc.constant('undo' as const), fc.constant('redo' as const)), { maxLength: 30 }),
        (size, steps) => {
          const store = createEditorStore();
          store.getState().loadWorkspace(workspaceOf(size));
          store.getState().setStationIdentity({ stationId: 'st-1', stationName: '生态环境局-张工' });
          for (const s of steps) {
            if (s === 'undo') store.getState().undo();
            else if (s === 'redo') store.getState().redo();
            else {
              const c = commandFor(store.getState().workspace, s);
              if (c) store.getState().execute(c);
            }
          }
          const live = store.getState();
          const payload = JSON.parse(
            JSON.stringify(
              payloadOf(live.workspace, live.past, live.future, {
                language: 'zh',
                layerViews: {},
                planOrder: [...live.workspace.planOrder],
              }),
            ),
          ) as unknown;
          const checked = checkWorkspacePayload(payload, { fileName: 'x.lantu', lang: 'zh' });
          if (!checked.ok) throw new Error(checked.message);
          expect(snapshot(checked.workspace)).toEqual(snapshot(live.workspace));
          expect(snapshot(replayHistory(checked.base, live.past))).toEqual(snapshot(live.workspace));
          expect(snapshot(baseOf(live.workspace, live.past))).toEqual(snapshot(workspaceOf(size)));
          expect(checked.past).toEqual(live.past);
          expect(live.past.every((c) => c.meta.station === 'st-1' && c.meta.author === '生态环境局-张工' && c.meta.id !== '')).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('refuses an attribute or geometry edit whose before no longer holds, naming plan, feature and field, and changes nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.nat(),
        fc.constantFrom('BZ', 'YDYHFLMC'),
        fc.string({ minLength: 1, maxLength: 5 }),
        (size, at, field, value) => {
          const ws = workspaceOf(size);
          const list = [...ws.plans.get(PLAN)!.features.values()];
          const f = list[at % list.length]!;
          const stale = { ...f.properties, [field]: `${String(f.properties[field] ?? '')}${value}` } as Properties;
          const attr: CommandBody = { kind: 'setAttributes', planId: PLAN, featureId: f.id, before: stale, after: f.properties };
          const before = snapshot(ws);
          let error: unknown = null;
          try {
            applyCommand(ws, attr);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(CommandError);
          const { message, en } = error as CommandError;
          expect(message).toContain(`规划「${land.plan.title}」`);
          expect(message).toContain(`BSM ${String(f.properties['BSM'])}`);
          expect(message).toContain(`字段 ${field}`);
          expect(en).toContain(`field ${field}`);
          const geom: CommandBody = { kind: 'setGeometry', planId: PLAN, featureId: f.id, before: shifted(f, 1), after: f.geometry };
          expect(() => applyCommand(ws, geom)).toThrow(/几何/);
          expect(snapshot(ws)).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('engine/edit refusals', () => {
  it('refuses a batch whose second edit is stale as a whole: the first edit does not stick', () => {
    const ws = workspaceOf(3);
    const [a, b] = [...ws.plans.get(PLAN)!.features.values()] as [PlanFeature, PlanFeature];
    const batch: CommandBody = {
      kind: 'batch',
      label: 'x',
      commands: [
        { kind: 'setAttributes', planId: PLAN, featureId: a.id, before: a.properties, after: { ...a.properties, BZ: 'new' } },
        { kind: 'setAttributes', planId: PLAN, featureId: b.id, before: { ...b.properties, BZ: 'stale' }, after: b.properties },
      ],
    };
    expect(() => applyCommand(ws, batch)).toThrow(CommandError);
    expect(ws.plans.get(PLAN)!.features.get(a.id)).toBe(a);
  });

  it('refuses to add a feature twice or delete a missing one, naming the plan', () => {
    const ws = workspaceOf(2);
    const f = ws.plans.get(PLAN)!.features.values().next().value as PlanFeature;
    expect(() => applyCommand(ws, { kind: 'addFeature', planId: PLAN, feature: f, index: 0 })).toThrow(
      `规划「${land.plan.title}」中已有要素`,
    );
    expect(() => applyCommand(ws, { kind: 'deleteFeature', planId: PLAN, feature: { ...f, id: 'gone' as FeatureId }, index: 0 })).toThrow(
      `规划「${land.plan.title}」中没有要素`,
    );
    expect(() => applyCommand(ws, { kind: 'deleteFeature', planId: 'nope' as PlanId, feature: f, index: 0 })).toThrow('规划 nope 不存在');
  });
});

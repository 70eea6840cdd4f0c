import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { Policy } from '../../../engine/resolutions/types.ts';
import { runRules, type Conflict, type RulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { DEFAULT_POLICY } from '../../../renderer/services/blueprint/defaultPolicy.ts';
import { planBulkProposals } from '../../../renderer/services/blueprint/planBulkProposals.ts';
import { planDocumentOf } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import type { WorkspaceData } from '../../../renderer/store/types.ts';
import { fixtureWorkspace, snapshot } from '../fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
let port: GeometryPort;

beforeAll(async () => {
  port = await createGeometryPort();
});

async function check(ws: WorkspaceData): Promise<Conflict[]> {
  const plans = ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
  return (await runRules({ plans, pack, targets }, port)).report.conflicts;
}

async function setup() {
  const store = createEditorStore();
  store.getState().loadWorkspace({ ...fixtureWorkspace(['land', 'ecology', 'industry', 'transport']), rulePack: pack, targets });
  const conflicts = await check(store.getState().workspace);
  return { store, conflicts };
}

const input = (ws: WorkspaceData, conflicts: Conflict[], policy: Policy = DEFAULT_POLICY) => ({
  conflicts,
  allConflicts: conflicts,
  workspace: ws,
  policy,
  decidedBy: '李工',
  decidedAt: '2026-11-27T10:00:00.000Z',
  port,
});

describe('planBulkProposals', () => {
  it('previews one outcome per conflict and applies the applicable proposals as one undoable entry', async () => {
    const { store, conflicts } = await setup();
    const before = snapshot(store.getState().workspace);
    const plan = planBulkProposals(input(store.getState().workspace, conflicts));
    expect(plan.items.map((i) => i.conflict.key)).toEqual(conflicts.map((c) => c.key));
    const kindOf = (ruleId: string) => plan.items.find((i) => i.conflict.ruleId === ruleId)!;
    expect(kindOf('R08').proposal.kind).toBe('subjectYields');
    expect(kindOf('R03').proposal.kind).toBe('objectYields');
    expect(kindOf('R14').proposal.kind).toBe('changeAttribute');
    expect(kindOf('R21').proposal.kind).toBe('defer');
    for (const ruleId of ['R08', 'R03', 'R14', 'R21']) expect(kindOf(ruleId).outcome.ok).toBe(true);
    const logNumbers = plan.items.flatMap((i) =>
      i.outcome.ok && i.outcome.resolution.logNumber !== undefined ? [i.outcome.resolution.logNumber] : [],
    );
    expect(logNumbers).toEqual(logNumbers.map((_, n) => `20261127${String(n + 1).padStart(6, '0')}`));
    // Planning is pure: nothing changed until the command is executed.
    expect(snapshot(store.getState().workspace)).toEqual(before);
    store.getState().execute(plan.command!);
    expect(store.getState().past).toHaveLength(1);
    expect(store.getState().workspace.resolutions).toHaveLength(plan.applied);
    const after = await check(store.getState().workspace);
    for (const ruleId of ['R08', 'R03', 'R14']) expect(after.some((c) => c.key === kindOf(ruleId).conflict.key)).toBe(false);
    store.getState().undo();
    expect(snapshot(store.getState().workspace)).toEqual(before);
    expect(store.getState().workspace.resolutions).toEqual([]);
  });

  it('leaves exceptions, 补划 and conflicts already resolved to the coordinator, saying why', async () => {
    const { store, conflicts } = await setup();
    const policy: Policy = {
      ...DEFAULT_POLICY,
      rules: [...DEFAULT_POLICY.rules, { ruleId: 'R03', action: 'exception', reasonZh: '须批准', requiresApproval: true }],
    };
    const first = planBulkProposals(
      input(
        store.getState().workspace,
        conflicts.filter((c) => c.ruleId === 'R25'),
      ),
    );
    store.getState().execute(first.command!);
    const plan = planBulkProposals(
      input(
        store.getState().workspace,
        conflicts.filter((c) => ['R03', 'R25'].includes(c.ruleId)),
        policy,
      ),
    );
    const r03 = plan.items.find((i) => i.conflict.ruleId === 'R03')!;
    const r25 = plan.items.find((i) => i.conflict.ruleId === 'R25')!;
    expect(r03.outcome.ok).toBe(false);
    if (!r03.outcome.ok) expect(r03.outcome.reasonZh).toContain('批准文件');
    expect(r25.outcome.ok).toBe(false);
    if (!r25.outcome.ok) expect(r25.outcome.reasonZh).toBe('已有处置：暂缓');
    expect(plan.command).toBeNull();
  });

  it('names a conflict kept as 暂缓 by its status, not as 已处置 with an undefined log number', async () => {
    const { store, conflicts } = await setup();
    const r21 = conflicts.filter((c) => c.ruleId === 'R21');
    expect(r21.length).toBeGreaterThan(0);
    store.getState().execute(planBulkProposals(input(store.getState().workspace, r21)).command!);
    const again = planBulkProposals(input(store.getState().workspace, r21));
    for (const item of again.items) {
      expect(item.outcome.ok).toBe(false);
      if (item.outcome.ok) continue;
      expect(item.outcome.reasonZh).toBe('已有处置：暂缓');
      expect(item.outcome.reasonEn).toBe('already decided: deferred');
    }
    expect(again.command).toBeNull();
  });

  it('says why in English without Chinese and labels the history entries in the chosen language', async () => {
    const { store, conflicts } = await setup();
    const policy: Policy = {
      ...DEFAULT_POLICY,
      rules: [...DEFAULT_POLICY.rules, { ruleId: 'R03', action: 'objectYields', reasonZh: '须补划', requiresCompensation: true }],
    };
    const plan = planBulkProposals({
      ...input(
        store.getState().workspace,
        conflicts.filter((c) => ['R03', 'R08'].includes(c.ruleId)),
        policy,
      ),
      language: 'en',
    });
    const r03 = plan.items.find((i) => i.conflict.ruleId === 'R03')!;
    expect(r03.outcome).toMatchObject({
      ok: false,
      reasonZh: '需要补划：请逐条处置',
      reasonEn: 'needs replacement farmland: resolve it individually',
    });
    const applied = plan.items.filter((i) => i.outcome.ok).length;
    expect(applied).toBeGreaterThan(0);
    expect(plan.command).toMatchObject({ kind: 'batch', label: `Apply the proposals in bulk (${applied})` });
    if (plan.command?.kind === 'batch') expect(plan.command.commands[0]).toMatchObject({ label: expect.stringMatching(/^Resolve /) });
    const inChinese = planBulkProposals(
      input(
        store.getState().workspace,
        conflicts.filter((c) => c.ruleId === 'R08'),
      ),
    );
    expect(inChinese.command).toMatchObject({ label: expect.stringMatching(/^批量应用处置建议（\d+ 条）$/) });
  });

  it("gives a department station's resolutions provisional log numbers that carry its station code", async () => {
    const { store, conflicts } = await setup();
    const plan = planBulkProposals({
      ...input(store.getState().workspace, conflicts),
      logIssuer: { role: 'department', stationCode: 'ST7Q' },
    });
    const logNumbers = plan.items.flatMap((i) =>
      i.outcome.ok && i.outcome.resolution.logNumber !== undefined ? [i.outcome.resolution.logNumber] : [],
    );
    expect(logNumbers.length).toBeGreaterThan(0);
    expect(logNumbers).toEqual(logNumbers.map((_, n) => `20261127-ST7Q-${String(n + 1).padStart(6, '0')}`));
  });
});

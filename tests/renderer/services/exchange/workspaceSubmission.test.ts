// The liaison's editor builds a 部门报送包 of one plan: the base is the version last imported (or accepted) in the
// undo history, the history the edits since, and the bytes are those `lantu submit`'s engine functions make.
import { describe, expect, it } from 'vitest';
import { buildSubmission, historyFromDiff, readSubmission, submittedResolutions } from '../../../../engine/exchange/index.ts';
import type { Resolution } from '../../../../engine/resolutions/index.ts';
import type { LoggedCommand, WorkspaceData } from '../../../../renderer/store/types.ts';
import { applyCommand, planDocumentOf } from '../../../../renderer/store/applyCommand.ts';
import { submissionBaseOf, workspaceSubmission } from '../../../../renderer/services/exchange/workspaceSubmission.ts';
import { packagePlans } from '../../../engine/package/packagePlans.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from '../../../engine/exchange/memoryStation.ts';

const liaison = memorySigner(5, 'st-zrzy', '自然资源局-李工');
const meta = (n: number) => ({ id: `c${n}`, author: '李工', station: 'st-zrzy', at: '2026-12-05T01:00:00Z' });
const EMPTY: WorkspaceData = { plans: new Map(), planOrder: [], rulePack: null, targets: null };

function edited() {
  const [land, industry] = packagePlans();
  const past: LoggedCommand[] = [
    { kind: 'importPlan', plan: land!, index: 0, meta: meta(1) },
    { kind: 'importPlan', plan: industry!, index: 1, meta: meta(2) },
  ] as LoggedCommand[];
  let ws = past.reduce<WorkspaceData>((w, c) => applyCommand(w, c), EMPTY);
  const feature = industry!.features[0]!;
  const edit = { kind: 'setAttributes', planId: industry!.plan.id, featureId: feature.id, before: feature.properties, after: { ...feature.properties, XMMC: '精密铸件项目（二期）' }, meta: meta(3) } as LoggedCommand;
  ws = applyCommand(ws, edit);
  return { ws, past: [...past, edit], industry: industry! };
}

describe('workspaceSubmission', () => {
  it('takes the last imported or accepted version of the plan as the base', () => {
    const { past, industry } = edited();
    expect(submissionBaseOf(past, industry.plan.id)).toBe(industry);
    const accepted = structuredClone(industry);
    accepted.plan.version = 'v9';
    const later = [...past, { kind: 'batch', label: 'x', commands: [{ kind: 'removePlan', plan: industry, index: 1 }, { kind: 'importPlan', plan: accepted, index: 1 }], meta: meta(4) } as LoggedCommand];
    expect(submissionBaseOf(later, industry.plan.id)?.plan.version).toBe('v9');
    expect(submissionBaseOf(past, 'no-such-plan')).toBeNull();
  });

  it('signs the edit since the import, readable by a bureau that trusts this station, byte for byte as the CLI builds it', async () => {
    const { ws, past, industry } = edited();
    const input = { workspace: ws, past, planId: industry.plan.id, author: '李工', sequence: 2, createdAt: '2026-12-05T02:00:00.000Z' };
    const made = await workspaceSubmission(input, liaison);
    if (!made) throw new Error('no submission');
    expect(made.edits).toBe(1);
    const read = readSubmission(made.zip, 'sub.zip', memoryTrust([trustedKeyOf(liaison)]));
    if (!read.ok) throw new Error(read.message.zh);
    expect(read.submission.manifest).toMatchObject({ author: '李工', sequence: 2, station: { stationId: 'st-zrzy', stationName: '自然资源局-李工' } });
    expect(read.submission.base).toEqual(industry);
    expect(read.submission.plan.features[0]!.properties['XMMC']).toBe('精密铸件项目（二期）');
    const plan = planDocumentOf(ws.plans.get(industry.plan.id)!);
    const history = historyFromDiff(industry, plan, { idPrefix: `st-zrzy-${industry.plan.id}-2`, author: '李工', station: 'st-zrzy', at: input.createdAt });
    const cli = await buildSubmission({ plan, base: industry, history, station: { stationId: 'st-zrzy', stationName: '自然资源局-李工' }, author: '李工', sequence: 2, createdAt: input.createdAt }, liaison);
    expect(made.zip).toEqual(cli);
    expect(await workspaceSubmission({ ...input, planId: 'no-such-plan' as never }, liaison)).toBeNull();
  });

  it('carries the resolutions that still have a provisional log number, for the bureau to number', async () => {
    const { ws, past, industry } = edited();
    const r = (conflictKey: string, logNumber: string) =>
      ({ conflictKey, ruleId: 'R08', regionHash: 'h', kind: 'subjectYields', status: 'applied', decidedBy: '李工', decidedAt: '2026-12-05T01:00:00Z', reason: 'r', edits: [], logNumber }) as unknown as Resolution;
    const workspace = { ...ws, resolutions: [r('a', '20261205-ST7Q-000001'), r('b', '20261204000009')] };
    const made = await workspaceSubmission({ workspace, past, planId: industry.plan.id, author: '李工', sequence: 1, createdAt: '2026-12-05T02:00:00.000Z' }, liaison);
    const read = readSubmission(made!.zip, 'sub.zip', memoryTrust([trustedKeyOf(liaison)]));
    if (!read.ok) throw new Error(read.message.zh);
    expect(submittedResolutions(read.submission.history).map((x) => x.logNumber)).toEqual(['20261205-ST7Q-000001']);
  });
});

// The bureau's editor reads a 部门报送包: refused when the key is unknown or the package a replay; otherwise the
// diff against the accepted version and the three-way merge with the workspace's own edits, applied as one
// undoable batch that keeps the bureau's edit and takes the department's.
import { describe, expect, it } from 'vitest';
import { buildSubmission, EMPTY_ACCEPTED_REGISTER, historyFromDiff, recordAccepted } from '../../../../engine/exchange/index.ts';
import type { PlanDocument } from '../../../../engine/model/types.ts';
import type { Resolution } from '../../../../engine/resolutions/index.ts';
import { applyCommand, planDocumentOf, planEntryOf } from '../../../../renderer/store/applyCommand.ts';
import type { WorkspaceData } from '../../../../renderer/store/types.ts';
import { acceptSubmissionCommand, submissionForWorkspace } from '../../../../renderer/services/exchange/submissionForWorkspace.ts';
import { packagePlans } from '../../../engine/package/packagePlans.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from '../../../engine/exchange/memoryStation.ts';

const liaison = memorySigner(3, 'st-fgw', '发展改革委-张工');

function workspaceOf(plans: PlanDocument[]): WorkspaceData {
  return {
    plans: new Map(plans.map((p) => [p.plan.id, planEntryOf(p)])),
    planOrder: plans.map((p) => p.plan.id),
    rulePack: null,
    targets: null,
  };
}

const resolution = (conflictKey: string, logNumber: string, decidedAt: string) =>
  ({
    conflictKey,
    ruleId: 'R08',
    regionHash: 'h',
    kind: 'subjectYields',
    status: 'applied',
    decidedBy: '张工',
    decidedAt,
    reason: 'r',
    edits: [],
    logNumber,
  }) as unknown as Resolution;

async function submission(resolutions: Resolution[] = []) {
  const [, base] = packagePlans();
  const plan = structuredClone(base!);
  plan.plan.version = 'v2';
  plan.features[0]!.properties['XMMC'] = '精密铸件项目（扩建）';
  const history = [
    ...historyFromDiff(base!, plan, { idPrefix: 'x', author: '张工', station: 'st-fgw', at: '2026-12-05T01:00:00Z' }),
    ...resolutions.map((after) => ({
      kind: 'batch',
      label: '处置',
      commands: [{ kind: 'setResolution', conflictKey: after.conflictKey, before: null, after }],
    })),
  ];
  return buildSubmission(
    {
      plan,
      base: base!,
      history,
      station: { stationId: 'st-fgw', stationName: '发展改革委-张工' },
      author: '张工',
      sequence: 1,
      createdAt: '2026-12-05T01:00:00.000Z',
    },
    liaison,
  );
}

describe('submissionForWorkspace', () => {
  it('merges the department’s change with the bureau’s own edit into one undoable batch', async () => {
    const [land, industry] = packagePlans();
    const ours = structuredClone(industry!);
    ours.features[0]!.properties['BZ'] = '局方核对';
    const ws = workspaceOf([land!, ours]);
    const view = submissionForWorkspace(await submission(), 'sub.zip', memoryTrust([trustedKeyOf(liaison)]), EMPTY_ACCEPTED_REGISTER, ws);
    if (!view.ok) throw new Error(view.message.zh);
    expect(view.diff.changed.map((c) => c.bsm)).toEqual(['419001000040000001']);
    expect(view.merge?.conflicts).toEqual([]);
    const command = acceptSubmissionCommand(view, ws, [], '2026-12-05T03:00:00Z', 'zh');
    expect(command).toMatchObject({ kind: 'batch', label: '接收报送 pkg-industry 第 1 号（发展改革委-张工）' });
    expect(acceptSubmissionCommand(view, ws, [], '2026-12-05T03:00:00Z', 'en')).toMatchObject({
      label: 'Accept submission no. 1 of pkg-industry (发展改革委-张工)',
    });
    const after = planDocumentOf(applyCommand(ws, command).plans.get('pkg-industry' as never)!);
    expect(after.features[0]!.properties).toMatchObject({ XMMC: '精密铸件项目（扩建）', BZ: '局方核对' });
    expect(after.plan.version).toBe('v2');
  });

  it('refuses an unknown key and a replay, in Chinese', async () => {
    const ws = workspaceOf(packagePlans());
    const bytes = await submission();
    const unknown = submissionForWorkspace(bytes, 'sub.zip', memoryTrust([]), EMPTY_ACCEPTED_REGISTER, ws);
    expect(unknown.ok || unknown.message.zh).toContain('不在本机的受信任密钥列表中');
    const view = submissionForWorkspace(bytes, 'sub.zip', memoryTrust([trustedKeyOf(liaison)]), EMPTY_ACCEPTED_REGISTER, ws);
    if (!view.ok) throw new Error(view.message.zh);
    const register = recordAccepted(EMPTY_ACCEPTED_REGISTER, view.submission.manifest, 'x', '2026-12-05T02:00:00Z');
    const replay = submissionForWorkspace(bytes, 'sub.zip', memoryTrust([trustedKeyOf(liaison)]), register, ws);
    expect(replay.ok || replay.message.zh).toContain('重放的旧报送');
  });

  it('records the submitted resolutions under the bureau’s official log numbers, keeping the provisional ones', async () => {
    const [land, industry] = packagePlans();
    const bureauOwn = resolution('own', '20261205000001', '2026-12-05T00:30:00Z');
    const ws = { ...workspaceOf([land!, industry!]), resolutions: [bureauOwn] };
    const bytes = await submission([
      resolution('a', '20261204-ST7Q-000001', '2026-12-04T08:00:00Z'),
      resolution('b', '20261204-ST7Q-000002', '2026-12-04T09:00:00Z'),
    ]);
    const view = submissionForWorkspace(bytes, 'sub.zip', memoryTrust([trustedKeyOf(liaison)]), EMPTY_ACCEPTED_REGISTER, ws);
    if (!view.ok) throw new Error(view.message.zh);
    const after = applyCommand(ws, acceptSubmissionCommand(view, ws, [], '2026-12-05T03:00:00Z', 'zh'));
    expect(after.resolutions?.map((r) => [r.conflictKey, r.logNumber, r.provisionalLogNumber])).toEqual([
      ['own', '20261205000001', undefined],
      ['a', '20261205000002', '20261204-ST7Q-000001'],
      ['b', '20261205000003', '20261204-ST7Q-000002'],
    ]);
  });
});

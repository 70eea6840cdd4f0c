// The history names a feature by its layer, BSM and name: in English, a name that comes from a code (工业用地,
// 水浇地) by the code table's English name, in an attribute edit as in a resolution; a name a user typed as written.
import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanId } from '../../../engine/model/types.ts';
import type { Resolution } from '../../../engine/resolutions/index.ts';
import type { Conflict } from '../../../engine/rules/index.ts';
import { describeCommand, type CommandContext } from '../../../renderer/components/describeCommand.ts';
import type { Command } from '../../../renderer/store/types.ts';
import { fixtureWorkspace } from '../fixtures.ts';

const workspace = fixtureWorkspace();
const LAND = 'fixture-land' as PlanId;
const INDUSTRIAL = '00000000-0000-5000-8000-000000000001' as FeatureId;
const CJK = /[\u3400-\u9fff]/;

const ctx = (language: 'zh' | 'en', conflicts: Conflict[] = []): CommandContext => ({
  workspace,
  conflicts,
  language,
  kindLabel: (kind) => kind,
  defaultPolicyLabel: '',
});

const industrial = workspace.plans.get(LAND)!.features.get(INDUSTRIAL)!;
const edit: Command = {
  kind: 'setAttributes',
  planId: LAND,
  featureId: INDUSTRIAL,
  before: industrial.properties,
  after: { ...industrial.properties, BZ: '备注' },
};

const conflict: Conflict = {
  key: 'R08|a|b',
  regionHash: 'h',
  ruleId: 'R08',
  ruleVersion: 1,
  title: '建设用地占用永久基本农田',
  severity: 'blocker',
  subject: { planId: LAND, planTitle: '土地', layer: 'GHYDYH', featureId: INDUSTRIAL, bsm: '419001000000000001', name: '工业用地' },
  object: { planId: 'fixture-ecology', planTitle: '生态', layer: 'YJJBNT', featureId: 'b', bsm: '419001000000000099', name: '水浇地' },
  measure: { areaM2: 12 },
  shares: {},
  region: null,
  town: null,
  message: '',
};

const resolution: Resolution = {
  conflictKey: conflict.key,
  ruleId: 'R08',
  severity: 'blocker',
  regionHash: 'h',
  kind: 'defer',
  status: 'open',
  decidedBy: 'x',
  decidedAt: '2026-01-01T00:00:00Z',
  reason: '',
  edits: [],
} as unknown as Resolution;

describe('describeCommand names coded features in the chosen language', () => {
  it('names an edited parcel by its class in English and as stored in Chinese', () => {
    expect(describeCommand(edit, ctx('en')).text).toBe('Planned land and sea use "Industrial land" (BSM 419001000000000001)');
    expect(describeCommand(edit, ctx('zh')).text).toContain('「工业用地」');
  });

  it('names both sides of a resolved conflict by their classes in English', () => {
    const command: Command = { kind: 'setResolution', conflictKey: conflict.key, before: null, after: resolution } as unknown as Command;
    const en = describeCommand(command, ctx('en', [conflict])).text;
    expect(en).toContain('"Industrial land"');
    expect(en).toContain('"Irrigated land"');
    // The fixture workspace has no rule pack, so the rule's title stays the conflict's own: only the sides are read.
    expect(en.slice(en.indexOf(': '))).not.toMatch(CJK);
    expect(describeCommand(command, ctx('zh', [conflict])).text).toContain('「水浇地」');
  });

  it('keeps a name the user typed as written', () => {
    const project = [...workspace.plans.values()].flatMap((p) => [...p.features.values()]).find((f) => f.layer === 'GYXM')!;
    const planId = [...workspace.plans.entries()].find(([, p]) => p.features.has(project.id))![0];
    const text = describeCommand({ kind: 'deleteFeature', planId, feature: project } as unknown as Command, ctx('en')).text;
    expect(text).toContain(`"${String(project.properties.XMMC)}"`);
  });
});

import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature, PlanId } from '../../../engine/model/types.ts';
import { applyCommand, CommandError } from '../../../renderer/store/applyCommand.ts';
import { invertCommand } from '../../../renderer/store/invertCommand.ts';
import type { Command } from '../../../renderer/store/types.ts';
import { fixturePlan, fixtureWorkspace, snapshot } from '../fixtures.ts';
import { sampleResolution } from '../resolve/sampleResolution.ts';
import { DEFAULT_POLICY } from '../../../renderer/services/blueprint/defaultPolicy.ts';
import { JIYUAN_DEPARTMENTS, sampleConsultation, sampleJointOpinion, sampleOpinion, sampleProject } from '../review/sampleReview.ts';

const ws = fixtureWorkspace();
const land = fixturePlan('land');
const planId = land.plan.id;
const parcel = land.features[0]!;
const newFeature: PlanFeature = {
  type: 'Feature',
  id: 'aaaaaaaa-0000-5000-8000-000000000001' as FeatureId,
  layer: 'GHYDYH',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [112.6, 35.1],
        [112.61, 35.1],
        [112.61, 35.11],
        [112.6, 35.1],
      ],
    ],
  },
  properties: { BSM: '419001100000009999', YDYHFLDM: '0701' },
};

const commands: Record<Command['kind'], Command> = {
  setAttributes: {
    kind: 'setAttributes',
    planId,
    featureId: parcel.id,
    before: parcel.properties,
    after: { ...parcel.properties, YDYHFLDM: '0901' },
  },
  setGeometry: {
    kind: 'setGeometry',
    planId,
    featureId: parcel.id,
    before: parcel.geometry,
    after: {
      type: 'Polygon',
      coordinates: [
        [
          [112.58, 35.08],
          [112.585, 35.08],
          [112.585, 35.084],
          [112.58, 35.08],
        ],
      ],
    },
  },
  addFeature: { kind: 'addFeature', planId, feature: newFeature, index: 2 },
  deleteFeature: { kind: 'deleteFeature', planId, feature: land.features[3]!, index: 3 },
  importPlan: { kind: 'importPlan', plan: fixturePlan('transport'), index: 1 },
  removePlan: { kind: 'removePlan', plan: fixturePlan('ecology'), index: 1 },
  batch: {
    kind: 'batch',
    label: 'two edits',
    commands: [
      { kind: 'deleteFeature', planId, feature: land.features[1]!, index: 1 },
      { kind: 'setAttributes', planId, featureId: parcel.id, before: parcel.properties, after: { ...parcel.properties, BZ: 'x' } },
    ],
  },
  setResolution: { kind: 'setResolution', conflictKey: 'R14:a:b', before: null, after: sampleResolution() },
  setPolicy: { kind: 'setPolicy', before: null, after: { ...DEFAULT_POLICY, id: 'edited-policy', rules: [] } },
  setProject: { kind: 'setProject', projectId: 'p-0001', index: 0, before: null, after: sampleProject() },
  setDepartments: { kind: 'setDepartments', before: null, after: JIYUAN_DEPARTMENTS },
  setConsultation: {
    kind: 'setConsultation',
    projectId: 'p-0001',
    department: 'zrzy',
    before: null,
    after: sampleConsultation(sampleProject(), 'zrzy'),
  },
  setOpinion: { kind: 'setOpinion', projectId: 'p-0001', department: 'zrzy', before: null, after: sampleOpinion(sampleProject(), 'zrzy') },
  setJointOpinion: { kind: 'setJointOpinion', projectId: 'p-0001', before: null, after: sampleJointOpinion(sampleProject()) },
};

describe('applyCommand and invertCommand', () => {
  for (const [kind, command] of Object.entries(commands)) {
    it(`restores the workspace when a ${kind} command is applied then inverted`, () => {
      const before = snapshot(ws);
      const after = applyCommand(ws, command);
      expect(snapshot(after)).not.toEqual(before);
      expect(snapshot(ws)).toEqual(before);
      expect(snapshot(applyCommand(after, invertCommand(command)))).toEqual(before);
    });
  }

  it('changes what the command says', () => {
    const edited = applyCommand(ws, commands.setAttributes);
    expect(edited.plans.get(planId)!.features.get(parcel.id)!.properties.YDYHFLDM).toBe('0901');
    const added = applyCommand(ws, commands.addFeature);
    expect([...added.plans.get(planId)!.features.keys()][2]).toBe(newFeature.id);
    const imported = applyCommand(ws, commands.importPlan);
    expect(imported.planOrder[1]).toBe(fixturePlan('transport').plan.id);
  });

  it('keeps untouched plans identical so their map layers do not redraw', () => {
    const edited = applyCommand(ws, commands.setAttributes);
    const eco = fixturePlan('ecology').plan.id;
    expect(edited.plans.get(eco)).toBe(ws.plans.get(eco));
  });

  it('refuses a command that does not fit the workspace', () => {
    expect(() => applyCommand(ws, { ...commands.setAttributes, featureId: 'missing' as FeatureId } as Command)).toThrow(CommandError);
    expect(() => applyCommand(ws, { kind: 'importPlan', plan: land, index: 0 })).toThrow(CommandError);
    expect(() => applyCommand(ws, { ...commands.addFeature, planId: 'nope' as PlanId } as Command)).toThrow(CommandError);
  });
});

import { describe, expect, it } from 'vitest';
import { geometryEditCommand, shapeEditOf } from '../../../renderer/store/geometryEditCommand.ts';
import { applyCommand } from '../../../renderer/store/applyCommand.ts';
import { invertCommand } from '../../../renderer/store/invertCommand.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { roundM2 } from '../../../engine/geometry/areaUnits.ts';
import type { Geometry, PlanFeature } from '../../../engine/model/types.ts';
import { fixtureWorkspace, snapshot } from '../fixtures.ts';

describe('geometryEditCommand', () => {
  const ws = fixtureWorkspace(['land']);
  const planId = ws.planOrder[0]!;
  const first = [...ws.plans.get(planId)!.features.values()].find((f) => f.layer === 'GHYDYH' && f.geometry.type === 'Polygon')!;
  const feature: PlanFeature = { ...first, properties: { ...first.properties, MJ: 1234.5 } };
  const ring = (feature.geometry as Extract<Geometry, { type: 'Polygon' }>).coordinates[0]!;
  const moved: Geometry = {
    type: 'Polygon',
    coordinates: [[[ring[0]![0] + 0.0003, ring[0]![1]], ...ring.slice(1, -1), [ring[0]![0] + 0.0003, ring[0]![1]]]],
  };

  it('makes one batch that sets the shape and MJ to the new shape’s ellipsoidal area, undone as one', () => {
    const command = geometryEditCommand(planId, feature, moved, 'zh');
    expect(command.kind).toBe('batch');
    expect(shapeEditOf(command)?.after).toEqual(moved);
    const base = applyCommand(ws, {
      kind: 'setAttributes',
      planId,
      featureId: feature.id,
      before: first.properties,
      after: feature.properties,
    });
    const after = applyCommand(base, command);
    const edited = after.plans.get(planId)!.features.get(feature.id) as PlanFeature;
    expect(edited.geometry).toEqual(moved);
    expect(edited.properties.MJ).toBe(roundM2(ellipsoidalAreaM2(moved)));
    expect(edited.properties.MJ).not.toBe(feature.properties.MJ);
    expect(snapshot(applyCommand(after, invertCommand(command)))).toEqual(snapshot(base));
  });

  it('is a plain setGeometry when MJ already matches the shape', () => {
    const exact = { ...feature, properties: { ...feature.properties, MJ: roundM2(ellipsoidalAreaM2(moved)) } };
    expect(geometryEditCommand(planId, exact, moved, 'en').kind).toBe('setGeometry');
  });
});

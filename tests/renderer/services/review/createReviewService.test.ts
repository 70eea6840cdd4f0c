// The review service on the editor fixture plans with GEOS (Node): a new project is reviewed against the
// blueprint; after the blueprint changes (a permanent-farmland parcel under the project, then the checks run
// again) the project is reviewed again and, its verdicts having changed, is flagged until looked at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../../engine/geometry/port.ts';
import type { FeatureId, PlanFeature, PlanId } from '../../../../engine/model/types.ts';
import { projectVersion } from '../../../../engine/review/projectVersion.ts';
import { createGeometryPort } from '../../../../main/node/createGeometryPort.ts';
import { createReviewService } from '../../../../renderer/services/review/createReviewService.ts';
import { createBlueprintKeeper } from '../../../../renderer/services/review/createBlueprintKeeper.ts';
import { createEditorStore } from '../../../../renderer/store/createEditorStore.ts';
import { fixtureWorkspace } from '../../fixtures.ts';
import { sampleProject } from '../../review/sampleReview.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port?.dispose());

describe('createReviewService', () => {
  it('reviews a new project, and flags it when a blueprint change moves its verdicts', async () => {
    const store = createEditorStore();
    store.getState().loadWorkspace(fixtureWorkspace(['land', 'ecology', 'industry', 'transport']));
    const keeper = createBlueprintKeeper(async () => port);
    const sent: boolean[] = [];
    const service = createReviewService(store, {
      review: (input) => {
        sent.push(input.plans !== undefined);
        return keeper.review(input);
      },
      reportHtml: (input) => keeper.reportHtml(input),
    });
    const project = sampleProject('p-1', '济源某新材料项目');
    store.getState().execute({ kind: 'setProject', projectId: 'p-1', index: 0, before: null, after: project });
    await service.idle();
    const first = store.getState().projectReviews['p-1']!;
    expect(first.projectVersion).toBe(projectVersion(project));
    expect(first.review.measurement.areaM2).toBeGreaterThan(40_000);
    expect(first.review.departments.map((d) => d.department)).toEqual(['zrzy', 'lyj', 'sthj', 'fgw', 'jtys', 'tl']);
    expect(first.changed).toBe(false);
    const farmlandBefore = first.review.measurement.layers.find((l) => l.layer === 'YJJBNT')?.areaM2 ?? 0;
    // A second project reuses the kept blueprint: the plans are not sent again.
    store.getState().execute({ kind: 'setProject', projectId: 'p-2', index: 1, before: null, after: sampleProject('p-2', '第二个项目') });
    await service.idle();
    expect(store.getState().projectReviews['p-2']!.review.measurement.areaM2).toBeCloseTo(first.review.measurement.areaM2, 0);
    expect(sent).toEqual([true, false]);
    // The report is written on the kept blueprint.
    await expect(service.reportHtml('p-1')).resolves.toContain('济源某新材料项目');

    // Permanent farmland under the whole project, then the checks run again: the blueprint changed.
    const farmland: PlanFeature = {
      type: 'Feature',
      id: 'aaaaaaaa-0000-5000-8000-0000000000f1' as FeatureId,
      layer: 'YJJBNT',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112.599, 35.099],
            [112.603, 35.099],
            [112.603, 35.103],
            [112.599, 35.103],
            [112.599, 35.099],
          ],
        ],
      },
      properties: { BSM: '419001000000000901', XZQDM: '419001100', XZQMC: '克井镇', DLBM: '0101', DLMC: '水田' },
    };
    store.getState().execute({ kind: 'addFeature', planId: 'fixture-land' as PlanId, feature: farmland, index: 0 });
    await service.idle();
    store.getState().setConflicts([]);
    await service.idle();
    const second = store.getState().projectReviews['p-1']!;
    expect(second.review.measurement.layers.find((l) => l.layer === 'YJJBNT')!.areaM2).toBeGreaterThan(farmlandBefore + 40_000);
    expect(second.review.departments.find((d) => d.department === 'zrzy')!.verdict).toBe('fail');
    expect(second.changed).toBe(true);
    store.getState().acknowledgeReview('p-1');
    expect(store.getState().projectReviews['p-1']!.changed).toBe(false);
    // The plans changed: the next run sent them (a new blueprint).
    expect(sent.slice(2)).toContain(true);
    service.dispose();
  });

  it('sends the plans again when the backend has lost its blueprint (a restarted worker)', async () => {
    const store = createEditorStore();
    store.getState().loadWorkspace(fixtureWorkspace(['land', 'ecology', 'industry', 'transport']));
    const sent: boolean[] = [];
    const service = createReviewService(store, {
      // A fresh keeper on every call: nothing is kept between runs.
      review: (input) => {
        sent.push(input.plans !== undefined);
        return createBlueprintKeeper(async () => port).review(input);
      },
      reportHtml: async () => null,
    });
    store.getState().execute({ kind: 'setProject', projectId: 'p-1', index: 0, before: null, after: sampleProject('p-1') });
    await service.idle();
    store.getState().execute({ kind: 'setProject', projectId: 'p-2', index: 1, before: null, after: sampleProject('p-2') });
    await service.idle();
    expect(sent).toEqual([true, false, true]);
    expect(Object.keys(store.getState().projectReviews).sort()).toEqual(['p-1', 'p-2']);
    service.dispose();
  });
});

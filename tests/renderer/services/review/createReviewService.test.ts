// The review service on the editor fixture plans with GEOS (Node): a new project is reviewed against the
// blueprint; after the blueprint changes (a permanent-farmland parcel under the project, then the checks run
// again) the project is reviewed again and, its verdicts having changed, is flagged until looked at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../../engine/geometry/port.ts';
import type { FeatureId, PlanFeature, PlanId } from '../../../../engine/model/types.ts';
import { projectVersion } from '../../../../engine/review/projectVersion.ts';
import { createGeometryPort } from '../../../../main/node/createGeometryPort.ts';
import { createReviewService } from '../../../../renderer/services/review/createReviewService.ts';
import { reviewProjects } from '../../../../renderer/services/review/reviewProjects.ts';
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
    let runs = 0;
    const service = createReviewService(store, {
      review: async (input) => {
        runs++;
        return reviewProjects(input, port);
      },
      reportHtml: async () => null,
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

    // Permanent farmland under the whole project, then the checks run again: the blueprint changed.
    const farmland: PlanFeature = {
      type: 'Feature', id: 'aaaaaaaa-0000-5000-8000-0000000000f1' as FeatureId, layer: 'YJJBNT',
      geometry: { type: 'Polygon', coordinates: [[[112.599, 35.099], [112.603, 35.099], [112.603, 35.103], [112.599, 35.103], [112.599, 35.099]]] },
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
    expect(runs).toBeGreaterThanOrEqual(2);
    service.dispose();
  });
});

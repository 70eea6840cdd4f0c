// Setbacks measured from the corridor edge (centreline ± KD/2): road grades (《公路安全保护条例》第十一条) and
// railway class × setting (《铁路安全管理条例》第二十七条), the setting decided from the blueprint at the project.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import {
  disposeReviewContext,
  measureProject,
  prepareReviewContext,
  railwaySetting,
  setbackDistanceM,
} from '../../../engine/review/index.ts';
import type { BlueprintFeature } from '../../../engine/model/blueprint.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { blueprintOf, coveragePiece, feature, line, polygon, projectOf, rect } from './reviewFixture.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port?.dispose());

/** A line along y = 0 from x = -2000 to 2000 m, a vertex every 100 m (a lon/lat segment is straight in lon/lat,
 *  not in the metric projection: a 4 km chord along a parallel would bow 0.2 m away from it). */
const vertices = Array.from({ length: 41 }, (_, k) => [-2000 + 100 * k, 0] as [number, number]);
const along = (DJ: string, KD: number | null, BSM = 'L1'): BlueprintFeature =>
  feature('JTXL', line(...vertices), { BSM, XLMC: `${DJ}线`, DJ, ...(KD !== null ? { KD } : {}) });

/** A 100 × 100 m project whose south edge lies `edgeM` north of the corridor edge of a KD-wide line. */
const projectAbove = (kd: number, edgeM: number) => projectOf([[rect(0, kd / 2 + edgeM, 100, kd / 2 + edgeM + 100)]]);

function measure(features: BlueprintFeature[], project = projectAbove(30, 10), coverage: Parameters<typeof blueprintOf>[1] = []) {
  const context = prepareReviewContext({ blueprint: blueprintOf(features, coverage), port });
  const m = measureProject(project, context);
  disposeReviewContext(context);
  return m;
}

describe('setbacks', () => {
  it('finds a project 10 m from the edge of a 国道 corridor inside its 20 m control zone', () => {
    const m = measure([along('国道', 30)]);
    expect(m.setbacks).toHaveLength(1);
    const s = m.setbacks[0]!;
    expect([s.kind, s.grade, s.requiredM, s.corridorWidthM, s.setting, s.bsm, s.name]).toEqual([
      'road',
      '国道',
      20,
      30,
      null,
      'L1',
      '国道线',
    ]);
    expect(s.distanceM).toBeCloseTo(10, 1);
    // Inside the zone: the strip from 10 to 20 m past the corridor edge.
    expect(s.insideAreaM2).toBeCloseTo(ellipsoidalAreaM2(polygon(rect(0, 25, 100, 35))), -1);
  });

  it('applies each road grade: 高速 30, 国道 20, 省道 15, 县道 10, 乡道 5 m', () => {
    for (const [grade, required] of [
      ['高速', 30],
      ['国道', 20],
      ['省道', 15],
      ['县道', 10],
      ['乡道', 5],
    ] as const) {
      expect(measure([along(grade, 20)], projectAbove(20, required - 1)).setbacks.map((s) => s.requiredM)).toEqual([required]);
      expect(measure([along(grade, 20)], projectAbove(20, required + 1)).setbacks).toEqual([]);
    }
  });

  it('gives distance 0 to a project inside the corridor and leaves out lines of no listed grade', () => {
    const inside = projectOf([[rect(0, -5, 100, 95)]]);
    const m = measure([along('县道', 12), along('机耕路', 12, 'L2')], inside);
    expect(m.setbacks.map((s) => [s.bsm, s.distanceM])).toEqual([['L1', 0]]);
    expect(m.layers.map((l) => l.layer)).toEqual(['JTXL']);
    const crossed = m.layers[0]!.features.find((f) => f.bsm === 'L1')!;
    expect(crossed.lengthM).toBeCloseTo(100, 1);
  });

  it('measures from the centreline when a line has no KD, and says so', () => {
    const m = measure([along('省道', null)], projectOf([[rect(0, 10, 100, 110)]]));
    expect(m.setbacks.map((s) => [s.requiredM, s.corridorWidthM])).toEqual([[15, null]]);
    expect(m.setbacks[0]!.distanceM).toBeCloseTo(10, 1);
  });

  it('takes the railway setting from the blueprint: 市区 10 m for 高铁 in 城镇集中建设区 of a 街道', () => {
    const street = feature('XZQ', polygon(rect(-3000, -3000, 3000, 3000)), { BSM: 'X1', XZQDM: '419001001', XZQMC: '沁园街道' });
    const core = feature('CZKFBJ', polygon(rect(-3000, -3000, 3000, 3000)), { BSM: 'B1', GHFQDM: '010', GHFQMC: '城镇集中建设区' });
    expect(measure([along('高铁', 30), street, core], projectAbove(30, 11)).setbacks).toEqual([]);
    const near = measure([along('高铁', 30), street, core], projectAbove(30, 9)).setbacks;
    expect(near.map((s) => [s.setting, s.requiredM])).toEqual([['市区', 10]]);
  });

  it('is 郊区 (12 / 10 m) elsewhere inside the boundary, 村镇 (15 / 12 m) on 07 land outside it, else 其他 (20 / 15 m)', () => {
    const town = feature('XZQ', polygon(rect(-3000, -3000, 3000, 3000)), { BSM: 'X1', XZQDM: '419001101', XZQMC: '五龙口镇' });
    const coreInTown = feature('CZKFBJ', polygon(rect(-3000, -3000, 3000, 3000)), { BSM: 'B1', GHFQDM: '010', GHFQMC: '城镇集中建设区' });
    const village = [coveragePiece('0703', '农村宅基地', polygon(rect(-3000, -3000, 3000, 3000)))];
    // A project 1 m inside the zone is found with its setting; 1 m outside it, not.
    const settingOf = (fs: BlueprintFeature[], cover: Parameters<typeof blueprintOf>[1], grade: string, edgeM: number) =>
      measure([along(grade, 30), ...fs], projectAbove(30, edgeM), cover).setbacks.map((s) => [s.setting, s.requiredM]);
    const cases = [
      [[town, coreInTown], [], '高铁', '郊区', 12],
      [[town, coreInTown], [], '普速铁路', '郊区', 10],
      [[town], village, '城际', '村镇', 15],
      [[town], village, '普速铁路', '村镇', 12],
      [[town], [], '高铁', '其他', 20],
      [[town], [], '普速铁路', '其他', 15],
    ] as const;
    for (const [fs, cover, grade, setting, required] of cases) {
      expect(settingOf([...fs], [...cover], grade, required - 1)).toEqual([[setting, required]]);
      expect(settingOf([...fs], [...cover], grade, required + 1)).toEqual([]);
    }
  });
});

describe('railwaySetting', () => {
  it('takes the largest part, a tie going to the more urban setting', () => {
    expect(railwaySetting({ urbanCoreM2: 60, insideBoundaryM2: 100, villageM2: 0, areaM2: 100 })).toBe('市区');
    expect(railwaySetting({ urbanCoreM2: 40, insideBoundaryM2: 100, villageM2: 0, areaM2: 100 })).toBe('郊区');
    expect(railwaySetting({ urbanCoreM2: 0, insideBoundaryM2: 30, villageM2: 20, areaM2: 100 })).toBe('其他');
    expect(railwaySetting({ urbanCoreM2: 0, insideBoundaryM2: 30, villageM2: 50, areaM2: 100 })).toBe('村镇');
    expect(railwaySetting({ urbanCoreM2: 50, insideBoundaryM2: 50, villageM2: 0, areaM2: 100 })).toBe('市区');
  });
});

describe('setbackDistanceM', () => {
  it('has no distance for a grade outside both tables', () => {
    expect(setbackDistanceM('机耕路', '其他')).toBeNull();
    expect(setbackDistanceM('城际', '市区')).toBe(10);
  });
});

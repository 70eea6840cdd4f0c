// measureProject on the demo as the export prepares it (prepareExport: the rules run, open conflicts, the merged
// blueprint, the indicators with seeds/jiyuan/targets.json): the farmland site moves 永久基本农田 by exactly its
// overlap and reports the 下达 target; the red-line site moves 生态保护红线; the open conflicts a site's area
// reaches are listed with their rule, and a conflict handled by an approved exception is not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m2ToHectares } from '../../../engine/geometry/areaUnits.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { prepareExport } from '../../../engine/export/prepareExport.ts';
import type { PackageInput } from '../../../engine/package/index.ts';
import { disposeReviewContext, measureProject, prepareReviewContext, type ProjectMeasurement } from '../../../engine/review/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { projectOf } from './reviewFixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const bytes = (...parts: string[]) => new Uint8Array(readFileSync(join(ROOT, ...parts)));
const reference = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'review', 'reference.json'), 'utf8')) as {
  projects: { name: string; geometry: { coordinates: [number, number][][][] } }[];
};
const siteOf = (name: string) => projectOf(reference.projects.find((p) => p.name === name)!.geometry.coordinates, { NYDYT: '1001' });

let port: GeometryPort;
let input: PackageInput;

beforeAll(async () => {
  port = await createGeometryPort();
  const prepared = await prepareExport(
    {
      sources: ['land', 'ecology', 'industry', 'transport'].map((k) => ({
        file: `${k}.json`,
        bytes: bytes('seeds', 'jiyuan', `${k}.json`),
      })),
      pack: { file: 'jiyuan-default.json', bytes: bytes('seeds', 'rules', 'jiyuan-default.json') },
      policy: { file: 'policy-default.json', bytes: bytes('seeds', 'rules', 'policy-default.json') },
      targets: { file: 'targets.json', bytes: bytes('seeds', 'jiyuan', 'targets.json') },
      resolutions: null,
      created: '2026-12-04T00:00:00Z',
      draft: true,
      toolVersion: '0.1.0',
    },
    // SQLite is used only by buildPackage, which prepareExport does not call.
    { geometry: port, sqlJs: null as never },
  );
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
  input = prepared.input;
}, 180_000);
afterAll(() => port?.dispose());

function measure(name: string, more: { openConflictKeys?: string[] } = {}): ProjectMeasurement {
  const context = prepareReviewContext({
    blueprint: input.blueprint,
    conflicts: input.conflicts,
    openConflictKeys: more.openConflictKeys ?? input.openConflictKeys,
    indicators: input.indicators,
    port,
  });
  try {
    return measureProject(siteOf(name), context);
  } finally {
    disposeReviewContext(context);
  }
}

describe('measureProject on the prepared demo', () => {
  it('moves 永久基本农田 by the farmland the site occupies and reports the 下达 target', () => {
    const m = measure('farmland');
    const farm = m.layers.find((l) => l.layer === 'YJJBNT')!;
    const impact = m.indicators.find((i) => i.indicator === 'permanentFarmland')!;
    const value = input.indicators.find((v) => v.indicator === 'permanentFarmland' && v.townCode === null)!;
    expect(impact.before).toBe(value.value);
    expect(impact.after).toBe(m2ToHectares(value.areaM2 - farm.areaM2));
    expect(impact.target).toBe(38740);
    expect(impact.violatesTarget).toBe(impact.after < 38740);
    expect(m.indicators.map((i) => i.indicator)).toContain('cultivatedLand');
  });

  it('moves 生态保护红线 by the part of the red line the site takes', () => {
    const m = measure('red-line');
    const red = m.layers.find((l) => l.layer === 'STBHHX')!;
    const impact = m.indicators.find((i) => i.indicator === 'ecoRedLine')!;
    const value = input.indicators.find((v) => v.indicator === 'ecoRedLine' && v.townCode === null)!;
    expect(red.areaM2).toBeGreaterThan(50_000);
    expect(impact.after).toBe(m2ToHectares(value.areaM2 - red.areaM2));
  });

  it('lists the open conflicts whose region reaches into the site, and not those handled', () => {
    // The site astride the county road crosses parcels and corridors that the demo's rules flag.
    const all = reference.projects.map((p) => [p.name, measure(p.name).conflicts] as const).filter(([, c]) => c.length > 0);
    expect(all.length).toBeGreaterThan(0);
    const [name, conflicts] = all[0]!;
    for (const c of conflicts) {
      expect(input.openConflictKeys).toContain(c.key);
      expect(c.areaM2).toBeGreaterThanOrEqual(1);
    }
    const handled = measure(name, { openConflictKeys: input.openConflictKeys.filter((k) => k !== conflicts[0]!.key) });
    expect(handled.conflicts.map((c) => c.key)).not.toContain(conflicts[0]!.key);
  });
});

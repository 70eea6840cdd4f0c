// Projects in the blueprint package (并联审批): the `projects` table in the GeoPackage read by GDAL, the
// layers/projects.geojson, projects.csv with each department's state and the joint result, the register's two
// input files, the same bytes twice, `lantu verify` rebuilding them (and catching a forged opinion), and a broken
// register refused before anything is built. A package without projects is the golden test's business.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, unzipFiles, type Manifest, type PackageResult } from '../../../engine/package/index.ts';
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import type { ProjectDocument } from '../../../engine/review/types.ts';
import { writeReviewRegisterFiles, type ReviewRegister } from '../../../engine/review/writeReviewRegisterFiles.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { runLantuInProcess } from '../../main/cli/runLantuInProcess.ts';
import { DEPARTMENTS } from '../review/reviewFixtures.ts';
import { buildFromPlans, CREATED, packagePlans } from './packagePlans.ts';

const square = (x: number, y: number): ProjectDocument['geometry'] => {
  const [a, b, c, d] = [112.6 + x * 0.001, 35.05 + y * 0.001, 112.6 + (x + 1) * 0.001, 35.05 + (y + 1) * 0.001];
  return {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [a, b],
          [c, b],
          [c, d],
          [a, d],
          [a, b],
        ],
      ],
    ],
  };
};
const doc = (id: string, name: string, x: number, more: Partial<ProjectDocument['properties']> = {}): ProjectDocument => ({
  type: 'Feature',
  project: {
    schemaVersion: '1.0.0',
    id,
    stage: '用地预审与选址',
    source: { format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] },
  },
  properties: { XMMC: name, XMLX: '工业', ...more },
  geometry: square(x, 1),
});
// Listed out of id order: the package sorts them.
const works = doc('p-2', '精密铸件二期', 7, {
  XMDM: '2026-419001-33-01-000042',
  JSDW: '济源精铸有限公司',
  NYDYT: '100101',
  ZDXM: '否',
  GYLB: '一类',
});
const depot = doc('p-1', '物流仓储中心', 6);
const vWorks = projectVersion(works);
const vDepot = projectVersion(depot);
const opinion = (projectId: string, projectVersion: string, department: string, verdict: 'pass' | 'conditional' | 'fail') => ({
  projectId,
  projectVersion,
  department,
  verdict,
  conditions: verdict === 'conditional' ? ['落实环评'] : [],
  basis: '—',
  reviewer: '审查人',
  date: '2026-11-25',
  documentNo: `${department}-7`,
});
const register: ReviewRegister = {
  projects: [works, depot],
  departments: DEPARTMENTS,
  consultations: [
    { projectId: 'p-1', projectVersion: vDepot, department: 'zrzy', sentOn: '2026-11-10', deadline: '2026-11-20' },
    { projectId: 'p-1', projectVersion: vDepot, department: 'sthj', sentOn: '2026-11-10', deadline: '2026-11-30' },
  ],
  opinions: [
    opinion('p-2', vWorks, 'zrzy', 'pass'),
    opinion('p-2', vWorks, 'sthj', 'conditional'),
    opinion('p-2', vWorks, 'jtys', 'pass'),
    opinion('p-1', '0123456789abcdef', 'jtys', 'pass'),
  ],
  jointOpinions: [
    {
      projectId: 'p-2',
      projectVersion: vWorks,
      verdict: 'conditional',
      documentNo: '济并审〔2026〕3号',
      date: '2026-11-26',
      coordinator: '李强',
    },
  ],
};
const reviewInput = () => {
  const files = writeReviewRegisterFiles(register);
  return {
    projects: { file: 'review/projects.json', bytes: files.projects },
    opinions: { file: 'review/opinions.json', bytes: files.opinions },
  };
};

let dir: string;
let result: Extract<PackageResult, { ok: true }>;
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-package-projects-'));
  const outcome = await buildFromPlans(packagePlans(), { review: reviewInput() });
  if (!outcome.ok || !outcome.result.ok) throw new Error(JSON.stringify(outcome));
  result = outcome.result;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a package with projects', () => {
  it('carries the register files, projects.csv and layers/projects.geojson, listed in a schema-valid manifest', () => {
    const m = result.manifest;
    expect(validateSchema('manifest', m).errors).toEqual([]);
    expect(m.featureCounts['projects']).toBe(2);
    for (const path of ['review/projects.json', 'review/opinions.json', 'projects.csv', 'layers/projects.geojson']) {
      expect(m.files.find((f) => f.path === path)?.sha256).toBe(sha256Hex(result.files.get(path)!));
    }
    expect(m.files.find((f) => f.path === 'projects.csv')?.titleZh).toBe('项目库');
    expect(result.files.get('review/opinions.json')).toEqual(reviewInput().opinions.bytes);
    expect(JSON.parse(text(result.files.get('build.json'))).review).toEqual({
      projects: 'review/projects.json',
      opinions: 'review/opinions.json',
    });
    const layer = JSON.parse(text(result.files.get('layers/projects.geojson')));
    expect(layer.features.map((f: { id: string }) => f.id)).toEqual(['p-1', 'p-2']);
    expect(Object.keys(layer.features[1].properties)).toEqual([
      'XMID',
      'XMDM',
      'XMMC',
      'JSDW',
      'XMLX',
      'NYDYT',
      'ZDXM',
      'DDXZ',
      'GYLB',
      'XMJD',
      'XMBB',
      'MJ',
      'LHJL',
      'LHWH',
      'LHRQ',
    ]);
    expect(layer.features[1].properties).toMatchObject({
      XMDM: '2026-419001-33-01-000042',
      XMBB: vWorks,
      LHJL: '有条件符合',
      LHWH: '济并审〔2026〕3号',
      LHRQ: '2026-11-26',
    });
    expect(layer.features[0].properties).toMatchObject({ XMMC: '物流仓储中心', XMDM: null, LHJL: null });
    // About 91 m × 111 m at 35°N.
    expect(layer.features[0].properties.MJ).toBeGreaterThan(10000);
    expect(layer.features[0].properties.MJ).toBeLessThan(10300);
  });

  it('writes projects.csv with each department’s state as of the package date and the joint result', () => {
    const lines = text(result.files.get('projects.csv'))
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      '项目标识,统一项目代码,项目名称,建设单位,项目类型,拟用途,国家重大建设项目,单独选址,工业类别,项目阶段,项目版本,面积（平方米）,自然资源意见,生态环境意见,交通运输意见,联合审查结论,联合审查文号,联合审查日期',
    );
    expect(lines[1]).toMatch(new RegExp(`^p-1,,物流仓储中心,,工业,,,,,用地预审与选址,${vDepot},[0-9.]+,逾期,已征求待复,意见已过期,,,$`));
    expect(lines[2]).toMatch(
      new RegExp(
        `^p-2,2026-419001-33-01-000042,精密铸件二期,济源精铸有限公司,工业,100101,否,,一类,用地预审与选址,${vWorks},[0-9.]+,符合,有条件符合,符合,有条件符合,济并审〔2026〕3号,2026-11-26$`,
      ),
    );
  });

  it('has a projects table GDAL reads in EPSG:4490 with the register’s fields', () => {
    const gpkg = join(dir, 'blueprint.gpkg');
    writeFileSync(gpkg, result.files.get('blueprint.gpkg')!);
    const summary = execFileSync('ogrinfo', ['-ro', '-so', gpkg], { encoding: 'utf8' });
    expect([...summary.matchAll(/^\d+: (\w+)/gm)].map((m) => m[1])).toContain('projects');
    const info = execFileSync('ogrinfo', ['-ro', '-so', gpkg, 'projects'], { encoding: 'utf8' });
    expect(info).toContain('Feature Count: 2');
    expect(info).toContain('Geometry: Multi Polygon');
    expect(info).toContain('ID["EPSG",4490]');
    for (const field of [
      'XMID: String',
      'XMDM: String',
      'XMMC: String',
      'JSDW: String',
      'XMLX: String',
      'NYDYT: String',
      'ZDXM: String',
      'GYLB: String',
      'XMJD: String',
      'XMBB: String',
      'MJ: Real',
      'LHJL: String',
    ])
      expect(info).toContain(field);
    const rows = execFileSync('ogrinfo', ['-ro', '-q', gpkg, 'projects', '-where', "XMID = 'p-2'"], { encoding: 'utf8' });
    expect(rows).toContain('LHJL (String) = 有条件符合');
    expect(rows).toContain('XMMC (String) = 精密铸件二期');
  });

  it('gives the same bytes for the same inputs', async () => {
    const again = await buildFromPlans(packagePlans(), { review: reviewInput() });
    if (!again.ok || !again.result.ok) throw new Error('build failed');
    expect(Buffer.from(again.result.zip).equals(Buffer.from(result.zip))).toBe(true);
  });

  it('verifies with lantu verify, and a forged opinion with a matching manifest hash is caught by the rebuild', async () => {
    writeFileSync(join(dir, 'bp.zip'), result.zip);
    const ok = await runLantuInProcess(dir, ['verify', 'bp.zip']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const files = unzipFiles(result.zip);
    const forged = new TextEncoder().encode(
      text(files.get('review/opinions.json')).replace('"verdict": "conditional"', '"verdict": "pass"'),
    );
    files.set('review/opinions.json', forged);
    const manifest = JSON.parse(text(files.get('manifest.json'))) as Manifest;
    const entry = manifest.files.find((e) => e.path === 'review/opinions.json')!;
    entry.sizeBytes = forged.length;
    entry.sha256 = sha256Hex(forged);
    files.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
    const { zipFiles } = await import('../../../engine/package/index.ts');
    writeFileSync(join(dir, 'forged.zip'), zipFiles(files, CREATED));
    const bad = await runLantuInProcess(dir, ['verify', 'forged.zip']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('✗ forged.zip: projects.csv 与从包内源文件重建的结果不一致');
  });

  it('refuses a broken register before building, naming the file and the field', async () => {
    const review = reviewInput();
    const broken = {
      ...review,
      opinions: {
        file: 'review/opinions.json',
        bytes: new TextEncoder().encode(text(review.opinions.bytes).replace('"verdict": "conditional"', '"verdict": "maybe"')),
      },
    };
    const outcome = await buildFromPlans(packagePlans(), { review: broken });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors).toEqual(['review/projects.json: 项目库无效']);
  });
});

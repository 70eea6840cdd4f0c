// `lantu review`: a surveyor's TXT on the demo's farmland and one in an industrial park, reviewed against the demo
// plans: the opinion table, the report (HTML), CSV and JSON (valid against its schema), exit 3 for an industrial
// non-major project on farmland and 0 for the park; facts from a project document beside the boundary; the same
// result against a package built by `lantu export`; exit 1 for a bad TXT or a DWG with nothing written; exit 2 for usage.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../engine/import/boundary/readBoundaryTxt.ts';
import { projectFromBoundary } from '../../../engine/review/projectFromBoundary.ts';
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import { writeOpinionFile } from '../../../engine/review/writeOpinionFile.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';
import { signJsonFile } from '../../../engine/exchange/index.ts';
import { memorySigner } from '../../engine/exchange/memoryStation.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const PLANS = ['land.json', 'ecology.json', 'industry.json', 'transport.json'];
const FACTS = [
  '--xmlx',
  '工业',
  '--zdxm',
  '否',
  '--gylb',
  '一类',
  '--nydyt',
  '1001',
  '--xmdm',
  '2026-419001-30-01-000012',
  '--date',
  '2026-12-04',
];

let dir: string;
const lantu = (...args: string[]) => runLantuInProcess(dir, args);
const json = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-review-'));
  for (const plan of [...PLANS, 'targets.json']) copyFileSync(join(root, 'seeds', 'jiyuan', plan), join(dir, plan));
  for (const txt of ['farmland-site.txt', 'industrial-park-site.txt'])
    copyFileSync(join(root, 'tests', 'fixtures', 'review', txt), join(dir, txt));
  copyFileSync(join(root, 'tests', 'fixtures', 'import', 'boundary', 'bad', 'text-in-number.txt'), join(dir, 'broken.txt'));
  writeFileSync(join(dir, 'site.dwg'), new TextEncoder().encode('AC1027\u0000\u0000binary drawing'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu review', () => {
  it('prints the opinion table, writes report, CSV and JSON, and exits 3 for an industrial non-major project on farmland', async () => {
    const run = await lantu(
      'review',
      'farmland-site.txt',
      'industrial-park-site.txt',
      ...PLANS,
      ...FACTS,
      '--targets',
      'targets.json',
      '--report',
      'report.html',
      '--csv',
      'review.csv',
      '--json',
      'review.json',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^项目\s+自然资源\s+林业\s+生态环境\s+发改工信\s+交通运输\s+铁路\s+初审结论$/);
    // Without --xmmc the name is the TXT's 地块名称.
    expect(lines[2]).toMatch(/^农田上的工业项目\s+不符合\s.*不符合$/);
    expect(lines[3]).toMatch(/^园区内的工业项目\s+符合\s+符合\s+符合\s+符合\s+符合\s+符合\s+符合$/);
    expect(run.stdout).toMatch(/✗ 农田上的工业项目 · 自然资源：.*永久基本农田.*《中华人民共和国土地管理法》第三十五条/);
    expect(run.stdout).toContain('已写出 report.html');

    const report = json('review.json');
    expect(validateSchema('review-report', report).errors).toEqual([]);
    const [farm, park] = report.projects;
    expect(farm).toMatchObject({ name: '农田上的工业项目', source: 'farmland-site.txt', verdict: 'fail' });
    expect(farm.areaM2).toBeCloseTo(4798.06, 1);
    expect(farm.layers.find((l: { layer: string }) => l.layer === 'YJJBNT').areaM2).toBeCloseTo(4798.06, 1);
    expect(farm.landUse).toEqual([{ code: '0102', name: '水浇地', areaM2: farm.areaM2 }]);
    const zrzy = farm.departments.find((d: { department: string }) => d.department === 'zrzy');
    expect(zrzy.verdict).toBe('fail');
    expect(
      zrzy.checks.some((c: { verdict: string; legalBasis: string }) => c.verdict === 'fail' && c.legalBasis.includes('第三十五条')),
    ).toBe(true);
    expect(park.verdict).toBe('pass');

    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html.match(/<section class="project paged">/g)?.length).toBe(2);
    expect(html).toContain('农田上的工业项目');
    expect(html).toContain('<td>J4</td>');
    expect(html).toContain('尚未出具');
    const csv = readFileSync(join(dir, 'review.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('农田上的工业项目,farmland-site.txt,部门意见,济源市自然资源和规划局,不符合');
  }, 120_000);

  it('exits 0 for a project in an industrial park on industrial land, in English on request', async () => {
    const run = await lantu('--lang', 'en', 'review', 'industrial-park-site.txt', ...PLANS, ...FACTS, '--xmmc', 'Park plant');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(/^Project\s+Natural resources\s+.*Verdict$/);
    expect(run.stdout.split('\n')[2]).toMatch(/^Park plant\s+pass\s.*pass$/);
  }, 120_000);

  it('takes the facts from a project document beside the boundary, and the command line overrides them', async () => {
    const read = readBoundaryTxt(readFileSync(join(dir, 'farmland-site.txt')), 'farmland-site.txt');
    const made = projectFromBoundary({
      boundary: { format: 'txt', fileName: 'farmland-site.txt', read },
      id: '0f0e0d0c-0b0a-4908-8706-050403020100',
      facts: { XMMC: '国家重大水利项目', XMLX: '水利', ZDXM: '是', DDXZ: '是', DDXZLX: '水利' },
    });
    if (!made.ok) throw new Error(made.messageEn);
    writeFileSync(join(dir, 'farmland-site.project.json'), JSON.stringify(made.project));
    try {
      const run = await lantu('review', 'farmland-site.txt', ...PLANS, '--date', '2026-12-04', '--json', 'beside.json');
      expect(run.stdout).toMatch(/^国家重大水利项目\s/m);
      const project = json('beside.json').projects[0];
      expect(project.id).toBe('0f0e0d0c-0b0a-4908-8706-050403020100');
      const farmland = project.departments.find((d: { department: string }) => d.department === 'zrzy');
      // A national major project may occupy farmland, on conditions (补划): not fail on that check.
      expect(farmland.reasons.some((r: string) => r.includes('永久基本农田'))).toBe(true);
      expect(
        farmland.checks
          .filter((c: { legalBasis: string; verdict: string }) => c.legalBasis.includes('第三十五条'))
          .map((c: { verdict: string }) => c.verdict),
      ).toEqual(['conditional']);
      // A department's recorded opinion on this version is shown beside its preliminary one; one on an unknown project is refused.
      const version = projectVersion(made.project);
      const opinion = {
        projectId: made.project.project.id,
        projectVersion: version,
        department: 'jtys',
        verdict: 'pass' as const,
        conditions: [],
        basis: '《公路安全保护条例》',
        reviewer: '李四',
        date: '2026-12-03',
        documentNo: '济交函〔2026〕8号',
      };
      writeFileSync(
        join(dir, 'jtys.json'),
        writeOpinionFile(opinion, { projectName: '国家重大水利项目', departmentName: '济源市交通运输局', departmentShortName: '交通运输' })
          .bytes,
      );
      writeFileSync(
        join(dir, 'stranger.json'),
        writeOpinionFile(
          { ...opinion, projectId: 'ffffffff-0000-4000-8000-000000000000' },
          { projectName: '?', departmentName: '济源市交通运输局', departmentShortName: '交通运输' },
        ).bytes,
      );
      const withOpinion = await lantu(
        'review',
        'farmland-site.txt',
        ...PLANS,
        '--date',
        '2026-12-04',
        '--opinions',
        'jtys.json',
        '--json',
        'opinion.json',
        '--report',
        'opinion.html',
      );
      expect(withOpinion.stderr).toBe('');
      const recorded = json('opinion.json').projects[0].departments.find((d: { department: string }) => d.department === 'jtys').recorded;
      expect(recorded).toMatchObject({ verdict: 'pass', reviewer: '李四', documentNo: '济交函〔2026〕8号', stale: false });
      expect(readFileSync(join(dir, 'opinion.html'), 'utf8')).toContain(
        '<td>李四</td><td>2026-12-03</td><td>济交函〔2026〕8号</td><td>有效</td>',
      );
      const stranger = await lantu(
        'review',
        'farmland-site.txt',
        ...PLANS,
        '--date',
        '2026-12-04',
        '--opinions',
        'stranger.json',
        '--json',
        'stranger-out.json',
      );
      expect(stranger.status).toBe(1);
      expect(stranger.stderr).toContain('✗ stranger.json：不是可用的部门意见文件');
      expect(existsSync(join(dir, 'stranger-out.json'))).toBe(false);
      // A signed opinion (as the editor writes it) is read; the same file with one payload byte changed is refused.
      const signed = await signJsonFile(
        readFileSync(join(dir, 'jtys.json')),
        memorySigner(5, 'st-jtys', '交通运输局-王工'),
        '2026-12-04T08:00:00Z',
      );
      writeFileSync(join(dir, 'jtys-signed.json'), signed);
      const tampered = Buffer.from(signed).toString('utf8').replace('济交函', '济改函');
      writeFileSync(join(dir, 'jtys-tampered.json'), tampered);
      const withSigned = await lantu(
        'review',
        'farmland-site.txt',
        ...PLANS,
        '--date',
        '2026-12-04',
        '--opinions',
        'jtys-signed.json',
        '--json',
        'signed.json',
      );
      expect(withSigned.status).toBe(0);
      expect(withSigned.stdout + withSigned.stderr).toContain('交通运输局-王工');
      expect(
        json('signed.json').projects[0].departments.find((d: { department: string }) => d.department === 'jtys').recorded,
      ).toMatchObject({
        documentNo: '济交函〔2026〕8号',
      });
      const withTampered = await lantu(
        'review',
        'farmland-site.txt',
        ...PLANS,
        '--date',
        '2026-12-04',
        '--opinions',
        'jtys-tampered.json',
        '--json',
        'tampered.json',
      );
      expect(withTampered.status).toBe(1);
      expect(withTampered.stderr).toContain('jtys-tampered.json 已被篡改');
      expect(existsSync(join(dir, 'tampered.json'))).toBe(false);
      const overridden = await lantu(
        'review',
        'farmland-site.txt',
        ...PLANS,
        '--date',
        '2026-12-04',
        '--xmmc',
        '改名',
        '--json',
        'overridden.json',
      );
      expect(json('overridden.json').projects[0].name).toBe('改名');
      expect(overridden.stdout).toMatch(/^改名\s/m);
    } finally {
      rmSync(join(dir, 'farmland-site.project.json'));
    }
  }, 120_000);

  it('gives the same review against a package built by lantu export as against its plans', async () => {
    const exported = await lantu(
      'export',
      ...PLANS,
      '--targets',
      'targets.json',
      '--draft',
      '--created',
      '2026-12-04T00:00:00Z',
      '-o',
      'city.zip',
    );
    expect(exported.status).toBe(0);
    const fromPackage = await lantu('review', 'farmland-site.txt', '--blueprint', 'city.zip', ...FACTS, '--json', 'from-package.json');
    expect(fromPackage.status).toBe(3);
    const fromPlans = await lantu(
      'review',
      'farmland-site.txt',
      ...PLANS,
      '--targets',
      'targets.json',
      ...FACTS,
      '--json',
      'from-plans.json',
    );
    expect(json('from-package.json')).toEqual(json('from-plans.json'));
    expect(fromPackage.stdout).toBe(fromPlans.stdout);
  }, 120_000);

  it('exits 1 for a broken TXT, printing the reader findings and writing nothing', async () => {
    const run = await lantu(
      'review',
      'broken.txt',
      'farmland-site.txt',
      ...PLANS,
      ...FACTS,
      '--report',
      'bad.html',
      '--csv',
      'bad.csv',
      '--json',
      'bad.json',
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[致命]');
    expect(run.stderr).toContain('✗ broken.txt：界址点文件有');
    expect(run.stderr).toContain('输入有误，未写出任何文件');
    for (const f of ['bad.html', 'bad.csv', 'bad.json']) expect(existsSync(join(dir, f))).toBe(false);
  });

  it('reads a DXF boundary: lists its layers when the CRS cannot be inferred, reviews it with --crs and --dxf-layer', async () => {
    copyFileSync(join(root, 'tests', 'fixtures', 'import', 'dxf', 'boundary_r12.dxf'), join(dir, 'site.dxf'));
    const refused = await lantu('review', 'site.dxf', ...PLANS, ...FACTS, '--json', 'dxf-refused.json');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('[致命] crs-unknown');
    expect(refused.stderr).toMatch(/DXF 图层：[\s\S]*红线\s+POLYLINE×5/);
    expect(existsSync(join(dir, 'dxf-refused.json'))).toBe(false);
    const run = await lantu(
      'review',
      'site.dxf',
      ...PLANS,
      ...FACTS,
      '--crs',
      'EPSG:4546',
      '--dxf-layer',
      '红线',
      '--report',
      'dxf.html',
      '--json',
      'dxf.json',
    );
    expect([0, 3]).toContain(run.status);
    const project = json('dxf.json').projects[0];
    expect(project.source).toBe('site.dxf');
    expect(project.areaM2).toBeGreaterThan(0);
    // 界址点 from a DXF are numbered J1… and listed in the report with their zone coordinates.
    expect(readFileSync(join(dir, 'dxf.html'), 'utf8')).toMatch(/<td>J1<\/td><td>1<\/td><td>\d{7}\.\d{3}<\/td><td>\d{6}\.\d{3}<\/td>/);
  }, 120_000);

  it('refuses a DWG file, asking for DXF', async () => {
    const run = await lantu('review', 'site.dwg', ...PLANS, ...FACTS);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/site\.dwg 是 DWG 文件.*DXF/);
  });

  it('exits 2 for usage errors', async () => {
    expect((await lantu('review')).status).toBe(2);
    expect((await lantu('review', 'farmland-site.txt', ...FACTS)).stderr).toContain('请给出规划文件或 --blueprint 成果包');
    expect((await lantu('review', 'farmland-site.txt', 'land.json', '--blueprint', 'city.zip', ...FACTS)).status).toBe(2);
    expect((await lantu('review', 'farmland-site.txt', 'land.json', '--xmlx', '工厂')).status).toBe(2);
    expect((await lantu('review', 'farmland-site.txt', 'land.json', '--xmlx', '工业', '--nydyt', '9999')).stderr).toContain(
      '--nydyt 9999 不是',
    );
    const noType = await lantu('review', 'farmland-site.txt', 'land.json');
    expect(noType.status).toBe(2);
    expect(noType.stderr).toContain('缺少项目类型');
    expect((await lantu('review', 'missing.txt', 'land.json', ...FACTS)).status).toBe(2);
  });

  it('exits 1 for a review pack that is not JSON, naming the file', async () => {
    writeFileSync(join(dir, 'broken-pack.json'), '{"checks": [');
    const run = await lantu('review', 'farmland-site.txt', ...PLANS, ...FACTS, '--review-rules', 'broken-pack.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^✗ broken-pack\.json：/m);
  });
});

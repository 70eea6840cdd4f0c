// `lantu review` given hostile or mislabelled input: each case ends with a message naming the file, the 地块 and the
// field, exit 1 (bad input) and nothing written; names carrying terminal control characters are printed escaped.
// Every case here fails while reading the boundary, so no blueprint is built (the plans are never read).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../engine/import/boundary/readBoundaryTxt.ts';
import { projectFromBoundary } from '../../../engine/review/projectFromBoundary.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const SITE = readFileSync(join(root, 'tests', 'fixtures', 'review', 'farmland-site.txt'), 'utf8');
const PLAN = join(root, 'seeds', 'jiyuan', 'land.json');

let dir: string;
const lantu = (...args: string[]) => runLantuInProcess(dir, args);
const outputs = ['--report', 'out.html', '--csv', 'out.csv', '--json', 'out.json'];
const nothingWritten = () => ['out.html', 'out.csv', 'out.json'].every((f) => !existsSync(join(dir, f)));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-review-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu review on hostile input', () => {
  it('prints terminal control characters of a 地块编号 escaped, never raw', async () => {
    // ESC [2J clears the screen, OSC 0 retitles the window, BEL rings, BS hides the text before it.
    const id = '\u001b[2J\u001b]0;pwned\u0007JY\b\b';
    writeFileSync(join(dir, 'esc.txt'), SITE.replace('JY-2026-01', id).replace('J2,1,3875581.863', 'J2,1,38755x1.863'));
    const run = await lantu('review', 'esc.txt', PLAN, '--xmlx', '工业', ...outputs);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('编号 \\x1b[2J\\x1b]0;pwned\\x07JY\\x08\\x08');
    expect(run.stderr).toContain('X“38755x1.863”不是数字');
    expect(run.stderr + run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(nothingWritten()).toBe(true);
  });

  it('refuses an output it cannot write before writing any other (no report left behind for a CSV in a missing folder)', async () => {
    writeFileSync(join(dir, 'site.txt'), SITE);
    const run = await lantu(
      'review',
      'site.txt',
      PLAN,
      '--xmlx',
      '工业',
      '--report',
      'out.html',
      '--csv',
      join('missing', 'out.csv'),
      '--json',
      'out.json',
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`无法写入 ${join('missing', 'out.csv')}：所在的文件夹不存在`);
    expect(run.stderr).toContain('未审查，未写出任何文件');
    expect(nothingWritten()).toBe(true);
    const folder = await lantu('review', 'site.txt', PLAN, '--xmlx', '工业', '--report', '.', '--lang', 'en');
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('✗ . is a directory, not a file');
    const same = await lantu('review', 'site.txt', PLAN, '--xmlx', '工业', '--report', 'out.html', '--json', 'out.html');
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('--report、--csv 与 --json 须写到不同的文件');
    expect(nothingWritten()).toBe(true);
  });

  it('refuses the same boundary file given twice in one call', async () => {
    writeFileSync(join(dir, 'site.txt'), SITE);
    const run = await lantu('review', 'site.txt', './site.txt', PLAN, '--xmlx', '工业', ...outputs);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/✗ \.\/site\.txt：与 site\.txt 是同一个项目（项目标识 [0-9a-f-]{36}），同一次审查中只能给出一次/);
    expect(nothingWritten()).toBe(true);
  });

  it('refuses a report date that is not on the calendar (2026-02-31)', async () => {
    writeFileSync(join(dir, 'site.txt'), SITE);
    const run = await lantu('review', 'site.txt', PLAN, '--xmlx', '工业', '--date', '2026-02-31', ...outputs);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--date 或 SOURCE_DATE_EPOCH 不是有效的日期（YYYY-MM-DD）');
    expect(nothingWritten()).toBe(true);
  });

  it("labels a broken DXF's findings in the chosen language and says the file is broken, not empty of polylines", async () => {
    const binary = join(root, 'tests', 'fixtures', 'import', 'boundary', 'bad-dxf', 'binary.dxf');
    const run = await lantu('review', binary, PLAN, '--xmlx', '工业', ...outputs);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('  [致命] dxf-binary  binary.dxf 是二进制 DXF');
    expect(run.stderr).toContain(`✗ ${binary}：DXF 文件有 1 个致命问题，未审查`);
    expect(run.stderr).not.toContain('[fatal]');
    const en = await lantu('review', binary, PLAN, '--xmlx', '工业', '--lang', 'en', ...outputs);
    expect(en.stderr).toContain('  [fatal] dxf-binary  binary.dxf is a binary DXF');
    expect(en.stderr).toContain(`✗ ${binary}: the DXF file has 1 fatal problem(s); not reviewed`);
    expect(nothingWritten()).toBe(true);
  });

  it('refuses an --xmmc longer than a project name may be', async () => {
    writeFileSync(join(dir, 'site.txt'), SITE);
    const run = await lantu('review', 'site.txt', PLAN, '--xmlx', '工业', '--xmmc', '名'.repeat(201), ...outputs);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--xmmc 项目名称须为 1–200 个字符（现为 201 个）');
    expect(nothingWritten()).toBe(true);
  });

  it('refuses a project lying outside the blueprint territory instead of finding nothing there (a site in Beijing is not 符合)', async () => {
    const read = readBoundaryTxt(new TextEncoder().encode(SITE), 'site.txt');
    const made = projectFromBoundary({
      boundary: { format: 'txt', fileName: 'site.txt', read },
      id: '5b0c9a52-1f3a-4c1e-9d5e-000000000077',
      facts: { XMMC: '北京的项目', XMLX: '工业', ZDXM: '否', GYLB: '一类', NYDYT: '1001' },
    });
    if (!made.ok) throw new Error(made.messageEn);
    // The same site moved about 480 km north-east: a valid lon/lat MultiPolygon in China, nowhere near 济源.
    const moved = made.project.geometry.coordinates.map((part) => part.map((ring) => ring.map(([lon, lat]) => [lon! + 3.8, lat! + 4.9])));
    // Drawn there (no 界址点 to disagree with the geometry).
    const drawn = { ...made.project.project, source: { format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] } };
    writeFileSync(
      join(dir, 'beijing.json'),
      JSON.stringify({ ...made.project, project: drawn, geometry: { type: 'MultiPolygon', coordinates: moved } }),
    );
    const run = await lantu('review', 'beijing.json', PLAN, '--date', '2026-12-04', ...outputs);
    expect(run.stderr).toContain(
      '✗ beijing.json：项目“北京的项目”有 0.4499 公顷（6.75 亩）位于蓝图范围（行政区 XZQ）之外，蓝图无法审查这部分',
    );
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain('符合');
    expect(nothingWritten()).toBe(true);
  }, 120_000);

  it('refuses a project document whose boundary crosses itself (a bow-tie would be measured at half its area)', async () => {
    const read = readBoundaryTxt(new TextEncoder().encode(SITE), 'site.txt');
    const made = projectFromBoundary({
      boundary: { format: 'txt', fileName: 'site.txt', read },
      id: '5b0c9a52-1f3a-4c1e-9d5e-000000000078',
      facts: { XMMC: '蝴蝶结', XMLX: '工业' },
    });
    if (!made.ok) throw new Error(made.messageEn);
    const ring = made.project.geometry.coordinates[0]![0]!;
    const bowTie = [ring[0]!, ring[2]!, ring[1]!, ring[3]!, ring[0]!];
    writeFileSync(
      join(dir, 'bowtie.json'),
      JSON.stringify({ ...made.project, geometry: { type: 'MultiPolygon', coordinates: [[bowTie]] } }),
    );
    const run = await lantu('review', 'bowtie.json', PLAN, '--date', '2026-12-04', ...outputs);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('[质量] self-intersection  /geometry/coordinates/0/0  bowtie.json：边界几何第 1 个地块第 1 个环自身相交');
    expect(run.stderr).toContain('✗ bowtie.json：边界几何自相交或内圈在外圈之外，无法计算占用面积，未审查');
    expect(nothingWritten()).toBe(true);
  });

  it('refuses a project document whose geometry was moved without its 界址点', async () => {
    const read = readBoundaryTxt(new TextEncoder().encode(SITE), 'site.txt');
    const made = projectFromBoundary({
      boundary: { format: 'txt', fileName: 'site.txt', read },
      id: '5b0c9a52-1f3a-4c1e-9d5e-000000000080',
      facts: { XMMC: '挪动的项目', XMLX: '工业' },
    });
    if (!made.ok) throw new Error(made.messageEn);
    const moved = made.project.geometry.coordinates.map((part) => part.map((ring) => ring.map(([lon, lat]) => [lon!, lat! + 0.01])));
    writeFileSync(join(dir, 'moved.json'), JSON.stringify({ ...made.project, geometry: { type: 'MultiPolygon', coordinates: moved } }));
    const run = await lantu('review', 'moved.json', PLAN, '--date', '2026-12-04', '--lang', 'en', ...outputs);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /✗ moved\.json: the 界址点 \(project\.source\.points\) lie about 1[01]\d\d\.\d m from the boundary geometry \(geometry\); they are not the same boundary; not reviewed/,
    );
    expect(nothingWritten()).toBe(true);
  });
});

// `lantu check`: summary per rule and severity, the report (valid against conflict-report.schema.json),
// regions as GeoJSON, --fail-on (exit 3), --timings, bad packs (exit 1) and missing files (exit 2).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConflictReport } from '../../../engine/rules/index.ts';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';
import { checkPlans } from './checkPlans.ts';

let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-check-'));
  const { land, industry } = checkPlans();
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
  const pack = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', 'rules', 'jiyuan-default.json'), 'utf8'));
  pack.rules[0].severity = 'fatal';
  writeFileSync(join(dir, 'bad-pack.json'), JSON.stringify(pack));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu check', () => {
  it('prints a summary per rule and severity and writes a report that follows its schema', async () => {
    const run = await lantu('check', 'land.json', 'industry.json', '--json', 'report.json');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/R08 +阻断 +1 +2\.0[0-9]{3} 公顷/);
    expect(run.stdout).toContain('规则包 jiyuan-default');
    const text = readFileSync(join(dir, 'report.json'), 'utf8');
    const report = JSON.parse(text) as ConflictReport;
    expect(validateSchema('conflict-report', report).errors).toEqual([]);
    // Written in chunks, the same bytes as JSON.stringify with two spaces.
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const r08 = report.conflicts.find((c) => c.ruleId === 'R08')!;
    expect(r08.subject!.name).toBe('精密铸件项目');
    expect(r08.object!.layer).toBe('YJJBNT');
    expect(r08.town).toEqual({ code: '419001001', name: '沁园街道' });
    expect(r08.key).toBe(`R08:${[r08.subject!.featureId, r08.object!.featureId].sort().join(':')}`);
    expect(r08.message).toContain('测试产业规划「精密铸件项目」');
    expect(report.conflicts.some((c) => c.ruleId === 'R11')).toBe(true);
  });

  it('writes the conflict regions as GeoJSON and the JSON report to stdout with --json -', async () => {
    const run = await lantu('check', 'land.json', 'industry.json', '--geojson', 'regions.geojson', '--json', '-');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as ConflictReport;
    const regions = JSON.parse(readFileSync(join(dir, 'regions.geojson'), 'utf8'));
    expect(regions.type).toBe('FeatureCollection');
    expect(regions.features.map((f: { id: string }) => f.id)).toEqual(report.conflicts.filter((c) => c.region).map((c) => c.key));
    expect(run.stderr).toContain('共');
  });

  it('exits 3 when --fail-on is met and prints per-phase times with --timings', async () => {
    const run = await lantu('check', 'land.json', 'industry.json', '--fail-on', 'blocker', '--timings');
    expect(run.status).toBe(3);
    expect(run.stdout).toMatch(/耗时：读取 \d+ ms，校验 \d+ ms，索引 \d+ ms，检测 \d+ ms/);
    const onlyLand = await lantu('check', 'land.json', '--fail-on', 'major');
    expect(onlyLand.status).toBe(0);
  });

  it('writes the same report byte for byte with --threads 2 (rules in worker threads) as with --threads 1', async () => {
    const seeds = ['land', 'ecology', 'industry', 'transport', 'targets'].map((k) =>
      join(import.meta.dirname, '..', '..', '..', 'seeds', 'jiyuan', `${k}.json`),
    );
    const one = await lantu('check', ...seeds, '--threads', '1', '--json', 'one.json');
    const two = await lantu('check', ...seeds, '--threads', '2', '--json', 'two.json', '--timings');
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toMatch(/检测 \d+ ms（2 个线程）；各线程准备的要素：\d+、\d+（共 4533 个）/);
    const report = readFileSync(join(dir, 'two.json'), 'utf8');
    expect((JSON.parse(report) as ConflictReport).conflicts.length).toBeGreaterThan(50);
    expect(report).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
  }, 300_000);

  it('runs the default pack in this thread by default, since every worker would prepare every feature', async () => {
    const seeds = ['land', 'ecology', 'industry', 'transport', 'targets'].map((k) =>
      join(import.meta.dirname, '..', '..', '..', 'seeds', 'jiyuan', `${k}.json`),
    );
    const run = await lantu('check', ...seeds, '--timings');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/检测 \d+ ms（1 个线程）\n/);
  }, 300_000);

  it('refuses --threads and --connections below 1 or not a number as one usage error (exit 2, lantu: and the help hint)', async () => {
    const threads = await lantu('check', 'land.json', '--threads', '0');
    expect(threads.status).toBe(2);
    expect(threads.stderr).toBe('lantu: 选项 --threads 需要不小于 1 的整数，得到 "0"\n运行 lantu --help 查看用法\n');
    for (const value of ['0', 'abc']) {
      const run = await lantu('check', 'land.json', '--engine', 'postgis', '--db', 'host=nowhere', '--connections', value, '--lang', 'en');
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `lantu: option --connections needs a whole number of at least 1, got "${value}"\nrun lantu --help for usage\n`,
      );
    }
  });

  it('refuses an invalid rule pack with Chinese errors (exit 1)', async () => {
    const run = await lantu('check', 'land.json', '--rules', 'bad-pack.json');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('规则包无效');
    expect(run.stderr).toContain('规则 R01');
  });

  it('refuses the same plan given twice, by file or as a copy under another plan id (exit 1, no report)', async () => {
    const twice = await lantu('check', 'land.json', 'industry.json', 'land.json', '--json', 'twice.json');
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('✗ land.json: land.json 给出了不止一次（规划标识 cli-land），同一规划只能给出一次');
    expect(twice.stdout).not.toMatch(/R25/);
    expect(() => readFileSync(join(dir, 'twice.json'))).toThrow();
    const copy = JSON.parse(readFileSync(join(dir, 'land.json'), 'utf8'));
    copy.plan.id = 'land-copy';
    writeFileSync(join(dir, 'land-copy.json'), JSON.stringify(copy));
    const renamed = await lantu('check', 'land.json', 'land-copy.json', '--lang', 'en');
    expect(renamed.status).toBe(1);
    expect(renamed.stderr).toContain(
      `✗ land-copy.json: land-copy.json and land.json are the same plan (all ${copy.features.length} features have the same layer and BSM)`,
    );
    expect(renamed.stderr).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports a MultiPolygon whose parts overlap as invalid geometry and does not count the overlap twice', async () => {
    const land = JSON.parse(readFileSync(join(dir, 'land.json'), 'utf8'));
    const farmland = land.features[1];
    const square = farmland.geometry.coordinates;
    farmland.geometry = { type: 'MultiPolygon', coordinates: [square, square] };
    // MJ holds the true area: a summed area (twice that) would raise R28 面积不符.
    farmland.properties.MJ = Math.round(ellipsoidalAreaM2({ type: 'Polygon', coordinates: square }) * 100) / 100;
    writeFileSync(join(dir, 'land-twice-part.json'), JSON.stringify(land));
    const run = await lantu('check', 'land-twice-part.json', 'industry.json', '--json', '-');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as ConflictReport;
    expect(report.conflicts.filter((c) => c.ruleId === 'R28')).toEqual([]);
    const r30 = report.conflicts.filter((c) => c.ruleId === 'R30');
    expect(r30.map((c) => c.subject?.bsm)).toEqual(['419001000000000002']);
    expect(r30[0]!.message).toContain('第 1 个面与第 2 个面重叠');
    // The project covers half of the farmland: its share is a half of the true area, not a quarter.
    const r08 = report.conflicts.find((c) => c.ruleId === 'R08')!;
    expect(r08.shares.object).toBeCloseTo(0.5, 6);
  });

  it('reads a plan larger than 8 MB from disk in chunks and reports it as the same plan read whole', async () => {
    // Whitespace in the features array takes the land plan past the size up to which files are read whole (and classified).
    const text = readFileSync(join(dir, 'land.json'), 'utf8').replace('"features":[', `"features":[${' '.repeat(9_000_000)}`);
    expect(text.length).toBeGreaterThan(9_000_000);
    writeFileSync(join(dir, 'land-large.json'), text);
    const small = await lantu('check', 'land.json', 'industry.json', '--json', 'report-small.json');
    const large = await lantu('check', 'land-large.json', 'industry.json', '--json', 'report-large.json');
    expect(large.status).toBe(small.status);
    expect(large.stdout.replaceAll('land-large.json', 'land.json')).toBe(small.stdout);
    expect(readFileSync(join(dir, 'report-large.json'), 'utf8')).toBe(readFileSync(join(dir, 'report-small.json'), 'utf8'));
    // A large file the stream cannot read (a syntax error at its end) is validated whole: the same findings as before.
    writeFileSync(join(dir, 'land-broken.json'), text.replace(/\}\s*$/, ''));
    const broken = await lantu('check', 'land-broken.json', 'industry.json');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('land-broken.json');
    expect(broken.stderr).toMatch(/JSON 在文件末尾意外结束/);
  });

  it('exits 2 for a missing file or no plan at all', async () => {
    expect((await lantu('check', 'nope.json')).status).toBe(2);
    expect((await lantu('check')).status).toBe(2);
  });
});

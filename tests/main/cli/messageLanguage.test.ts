// Every message keeps to the chosen language: representative failures (Shapefile and DBF readers, JSON,
// zip, SQLite, JSON Schema, a creation time zips cannot hold) are run in English, where no CJK character may
// appear, and in Chinese, where no raw English from V8, fflate, SQLite or ajv may (format names, field codes,
// issue codes, paths and file names are allowed: they are single tokens, never two English words in a row).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipFiles, zipFiles } from '../../../engine/package/index.ts';
import { sourcePlan } from '../../engine/import/sourcePlan.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';

let dir: string;
const CREATED = '2026-11-27T00:00:00.000Z';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-lang-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(sourcePlan()));
  execFileSync(
    'ogr2ogr',
    [
      '-f',
      'ESRI Shapefile',
      '-s_srs',
      'EPSG:4490',
      '-t_srs',
      'EPSG:4526',
      '-lco',
      'ENCODING=GBK',
      '-nln',
      'GHYDYH',
      'shp',
      'source.geojson',
    ],
    { cwd: dir, stdio: 'pipe' },
  );
  // GBK text behind a .cpg that says UTF-8: the DBF reader names the record and field.
  cpSync(join(dir, 'shp'), join(dir, 'enc'), { recursive: true });
  writeFileSync(join(dir, 'enc', 'GHYDYH.cpg'), 'UTF-8');
  // An index entry pointing past the end of the .shp.
  cpSync(join(dir, 'shp'), join(dir, 'trunc'), { recursive: true });
  const shx = readFileSync(join(dir, 'trunc', 'GHYDYH.shx'));
  shx.writeInt32BE(0x0fffffff, 100 + 8);
  writeFileSync(join(dir, 'trunc', 'GHYDYH.shx'), shx);
  const shpFiles = Object.fromEntries(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
  const zip = zipSync(shpFiles);
  writeFileSync(join(dir, 'cut.zip'), zip.subarray(0, Math.floor(zip.length / 2)));
  writeFileSync(join(dir, 'bad.geojson'), '{"type": "FeatureCollection",\n "features": [}');
  writeFileSync(join(dir, 'notdb.gpkg'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x41)]));
  writeFileSync(join(dir, 'bad-targets.json'), JSON.stringify({ schemaVersion: 1, unexpected: true }));
  writeFileSync(join(dir, 'bad-pack.json'), '{"id": "x", }');
  const [land, industry] = packagePlans();
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
  const run = await runLantuInProcess(dir, ['export', 'land.json', 'industry.json', '--created', CREATED, '--draft', '-o', 'bp.zip']);
  if (run.status !== 0) throw new Error(run.stderr);
  const files = unzipFiles(readFileSync(join(dir, 'bp.zip')));
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json'))) as Record<string, unknown>;
  files.set('manifest.json', strToU8(JSON.stringify({ ...manifest, status: 'approved' })));
  writeFileSync(join(dir, 'forged.zip'), zipFiles(files, CREATED));
  mkdirSync(join(dir, 'out'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAILURES: Array<{ name: string; args: string[]; status: number }> = [
  { name: 'a DBF whose text is not in the declared encoding', args: ['import', 'enc/GHYDYH.shp', '--kind', 'land'], status: 1 },
  { name: 'a .shx entry past the end of the .shp', args: ['import', 'trunc/GHYDYH.shp', '--kind', 'land'], status: 1 },
  { name: 'a truncated zip', args: ['import', 'cut.zip', '--kind', 'land', '--layer', 'GHYDYH'], status: 1 },
  { name: 'a GeoJSON that is not JSON', args: ['import', 'bad.geojson', '--kind', 'land'], status: 1 },
  { name: 'a GeoPackage that SQLite cannot open', args: ['import', 'notdb.gpkg', '--kind', 'land'], status: 1 },
  { name: 'a targets file against its schema', args: ['check', 'land.json', '--targets', 'bad-targets.json'], status: 1 },
  { name: 'a rule pack that is not JSON', args: ['rules', 'lint', 'bad-pack.json'], status: 1 },
  { name: 'a package whose manifest status is not allowed', args: ['verify', 'forged.zip'], status: 1 },
  {
    name: 'a creation time outside the years a zip can hold',
    args: ['export', 'land.json', '--created', '1900-01-01', '-o', 'out/x.zip'],
    status: 2,
  },
];

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Two English words in a row (what library messages are made of); single tokens such as GeoPackage or UTF-8 pass. */
const ENGLISH_PROSE = /\b[A-Za-z]{2,}[ ,']+[A-Za-z]{2,}\b/;

describe('one language per message', () => {
  it.each(FAILURES)('speaks only English with --lang en: $name', async ({ args, status }) => {
    const run = await runLantuInProcess(dir, ['--lang', 'en', ...args]);
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(status);
    expect(output.trim().length).toBeGreaterThan(0);
    expect(output.split('\n').filter((line) => CJK.test(line))).toEqual([]);
  });

  it.each(FAILURES)('shows no raw English in Chinese: $name', async ({ args, status }) => {
    const run = await runLantuInProcess(dir, args);
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(status);
    expect(output.split('\n').filter((line) => ENGLISH_PROSE.test(line))).toEqual([]);
  });

  it('names the record and field in a DBF encoding failure, in each language', async () => {
    const zh = await runLantuInProcess(dir, ['import', 'enc/GHYDYH.shp', '--kind', 'land']);
    expect(zh.stdout + zh.stderr).toMatch(/GHYDYH\.dbf 的第 1 条记录的字段“[A-Z]+”不是有效的 UTF-8 文本/);
    const en = await runLantuInProcess(dir, ['--lang', 'en', 'import', 'enc/GHYDYH.shp', '--kind', 'land']);
    expect(en.stdout + en.stderr).toMatch(/Field “[A-Z]+” of record 1 in GHYDYH\.dbf is not valid UTF-8 text/);
  });

  it('lists the allowed values of a schema enum in Chinese', async () => {
    const run = await runLantuInProcess(dir, ['verify', 'forged.zip']);
    expect(run.stderr).toContain('不符合清单模式：/status 应为以下之一："final"、"draft"');
  });
});

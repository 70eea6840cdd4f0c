// Import benchmark (prints figures, asserts nothing). Generates --features N GHYDYH parcels (default 300,000)
// as GeoJSON (EPSG:4490) and, through ogr2ogr, as a GBK Shapefile in EPSG:4526, then measures each scenario in
// its own child process (so peak RSS is that scenario's): the baseline `JSON.parse` + validation of the same
// data as a plan document, importing the GeoJSON, importing the Shapefile. Import includes reading, CRS,
// reprojection, mapping, ids and the same validation.
// Usage: npm run bench -- import [--features 300000]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareImport, type ImportOptions } from '../../engine/import/index.ts';
import { JIYUAN_TERRITORY } from '../../engine/import/index.ts';
import { validatePlanBytes } from '../../engine/validate/index.ts';

const argIndex = process.argv.indexOf('--features');
const count = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 300_000;
const scenario = process.argv[process.argv.indexOf('--scenario') + 1];
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const options: ImportOptions = {
  kind: 'land',
  layer: 'GHYDYH',
  plan: { id: 'bench-land', title: '基准', department: '自然资源和规划局', version: 'v1', period: { start: 2021, end: 2035 } },
  territory: JIYUAN_TERRITORY,
};

/** A grid of small quadrilaterals over Jiyuan with codes and town names. */
function generate(n: number): string {
  const side = Math.ceil(Math.sqrt(n));
  const dx = 0.7 / side;
  const dy = 0.38 / side;
  const codes = ['0101', '0103', '0301', '0702', '100102', '1201', '1401'];
  const towns = ['沁园街道', '济水街道', '梨林镇', '轵城镇', '克井镇'];
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = 112.05 + (i % side) * dx;
    const y = 34.9 + Math.floor(i / side) * dy;
    const ring = [[x, y], [x + dx * 0.9, y], [x + dx * 0.9, y + dy * 0.9], [x, y + dy * 0.9], [x, y]].map(([a, b]) => [Number(a!.toFixed(8)), Number(b!.toFixed(8))]);
    const props = { BSM: `4190010000${String(i + 1).padStart(8, '0')}`, YDYHFLDM: codes[i % codes.length], XZQMC: towns[i % towns.length], BZ: null };
    parts.push(JSON.stringify({ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [ring] } }));
  }
  return `{"type":"FeatureCollection","features":[\n${parts.join(',\n')}\n]}`;
}

function measure(run: () => void): void {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  run();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  // maxRSS is the process's peak resident set in KiB. CPU time is printed too: on a shared machine wall
  // time includes waiting for a core.
  process.stdout.write(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
}

if (scenario && process.argv.includes('--scenario')) {
  const dir = process.argv[process.argv.indexOf('--dir') + 1]!;
  if (scenario === 'baseline') {
    const bytes = readFileSync(join(dir, 'plan.json'));
    measure(() => {
      const result = validatePlanBytes(bytes, 'plan.json');
      if (!result.plan) throw new Error('baseline plan did not validate');
    });
  } else if (scenario === 'geojson') {
    const bytes = readFileSync(join(dir, 'source.geojson'));
    measure(() => {
      const report = prepareImport({ format: 'geojson', file: 'source.geojson', bytes }, options);
      if (!report.document) throw new Error(report.issues[0]?.messageEn);
    });
  } else if (scenario === 'shapefile') {
    const files = new Map(readdirSync(join(dir, 'shp')).map((n) => [n, new Uint8Array(readFileSync(join(dir, 'shp', n)))]));
    measure(() => {
      const report = prepareImport({ format: 'shapefile', file: 'plan.shp', files }, options);
      if (!report.document) throw new Error(report.issues[0]?.messageEn);
    });
  }
} else {
  const dir = mkdtempSync(join(tmpdir(), 'lantu-bench-import-'));
  try {
    const t0 = performance.now();
    writeFileSync(join(dir, 'source.geojson'), generate(count));
    execFileSync('ogr2ogr', ['-f', 'ESRI Shapefile', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-lco', 'ENCODING=GBK', '-nln', 'plan', 'shp', 'source.geojson'], { cwd: dir, stdio: 'pipe' });
    // The baseline's input: the same features as a plan document (what import produces).
    const report = prepareImport({ format: 'geojson', file: 'source.geojson', bytes: readFileSync(join(dir, 'source.geojson')) }, options);
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(report.document));
    console.log(`${count} parcels: GeoJSON ${mb(statSync(join(dir, 'source.geojson')).size)}, Shapefile ${mb(readdirSync(join(dir, 'shp')).reduce((s, n) => s + statSync(join(dir, 'shp', n)).size, 0))}, plan document ${mb(statSync(join(dir, 'plan.json')).size)} (prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const self = fileURLToPath(import.meta.url);
    const results: Record<string, { ms: number; cpuMs: number; peakRssBytes: number }> = {};
    for (const name of ['baseline', 'geojson', 'shapefile']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', self, '--scenario', name, '--dir', dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
      results[name] = JSON.parse(run.stdout);
    }
    const base = results.baseline!;
    const line = (label: string, r: { ms: number; cpuMs: number; peakRssBytes: number }) =>
      `${label.padEnd(44)} wall ${(r.ms / 1000).toFixed(2).padStart(7)} s (${(r.ms / base.ms).toFixed(2)}×)  cpu ${(r.cpuMs / 1000).toFixed(2).padStart(7)} s (${(r.cpuMs / base.cpuMs).toFixed(2)}×)  peak RSS ${mb(r.peakRssBytes).padStart(8)}`;
    console.log(line('baseline: JSON.parse + validatePlanBytes', base));
    console.log(line('import GeoJSON (EPSG:4490)', results.geojson!));
    console.log(line('import Shapefile (GBK, EPSG:4526 → 4490)', results.shapefile!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Benchmark (prints figures, asserts nothing): `lantu import <source.geojson> --accept-quality -o plan.json` as a
// real process on a generated GHYDYH GeoJSON of --features N parcels (default 300,000) with --vertices V positions
// each (default 36, which makes the source about 300 MB and the indented plan document past V8's ~512 M-char
// string limit), once clean and once with a quality finding on every feature (an old 10-digit BSM, and every
// other one without YDYHFLDM). Prints wall and CPU time, peak RSS, exit status and the size written.
// Usage: npm run bench -- importOutput [--features 300000] [--vertices 36]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function option(name: string, fallback: number): number {
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return Number(eq.slice(name.length + 3));
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const count = option('features', 300_000);
const vertices = Math.max(4, option('vertices', 36));
const CODES = ['0101', '0103', '0301', '0702', '100102', '1201', '1401'];

/** Parcels on a grid over Jiyuan, each a polygon of `vertices` positions around its cell; written in 4 MB chunks. */
function generate(path: string, withFindings: boolean): number {
  const fd = openSync(path, 'w');
  const side = Math.ceil(Math.sqrt(count));
  const dx = 0.7 / side;
  const dy = 0.38 / side;
  let text = '{"type":"FeatureCollection","features":[\n';
  let bytes = 0;
  const flush = () => {
    bytes += writeSync(fd, text);
    text = '';
  };
  for (let i = 0; i < count; i++) {
    const x = 112.05 + (i % side) * dx;
    const y = 34.9 + Math.floor(i / side) * dy;
    const ring: string[] = [];
    for (let k = 0; k < vertices - 1; k++) {
      const a = (2 * Math.PI * k) / (vertices - 1);
      ring.push(`[${(x + dx * (0.5 + 0.45 * Math.cos(a))).toFixed(8)},${(y + dy * (0.5 + 0.45 * Math.sin(a))).toFixed(8)}]`);
    }
    ring.push(ring[0]!);
    const bsm = withFindings ? `41${String(i + 1).padStart(8, '0')}` : `4190010000${String(i + 1).padStart(8, '0')}`;
    const props: Record<string, unknown> = { BSM: bsm, XZQDM: '419001100' };
    if (!withFindings || i % 2 === 0) props.YDYHFLDM = CODES[i % CODES.length];
    text += `${i ? ',\n' : ''}{"type":"Feature","properties":${JSON.stringify(props)},"geometry":{"type":"Polygon","coordinates":[[${ring.join(',')}]]}}`;
    if (text.length > 4 << 20) flush();
  }
  text += '\n]}\n';
  flush();
  closeSync(fd);
  return bytes;
}

const dir = mkdtempSync(join(tmpdir(), 'lantu-bench-import-output-'));
try {
  for (const withFindings of [false, true]) {
    const label = withFindings ? 'finding on every feature' : 'clean';
    const source = join(dir, 'source.geojson');
    const out = join(dir, 'plan.json');
    const sourceBytes = generate(source, withFindings);
    // /usr/bin/time is not everywhere: the child reports its own CPU and peak RSS through a preloaded hook.
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'data:text/javascript,process.on("exit",()=>{const c=process.cpuUsage();process.stderr.write("\\nBENCH "+JSON.stringify({cpuMs:(c.user+c.system)/1000,peakRssMb:process.resourceUsage().maxRSS/1024})+"\\n")})',
        'bin/lantu.mjs',
        'import',
        source,
        '--kind',
        'land',
        '--layer',
        'GHYDYH',
        '--accept-quality',
        '--title',
        'bench',
        '-o',
        out,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const wallS = (performance.now() - started) / 1000;
    const figures = JSON.parse(/BENCH (\{.*\})/.exec(run.stderr)?.[1] ?? '{}');
    const written = existsSync(out) ? statSync(out).size : 0;
    const tail =
      run.stderr
        .replace(/\nBENCH .*\n?/, '')
        .trim()
        .split('\n')
        .slice(-1)[0] ?? '';
    console.log(
      `lantu import -o  ${count.toLocaleString('en')} features × ${vertices} vertices, ${label}: source ${(sourceBytes / 1e6).toFixed(0)} MB → ` +
        `exit ${run.status}, wrote ${(written / 1e6).toFixed(0)} MB  ${wallS.toFixed(1)} s wall, ${((figures.cpuMs ?? 0) / 1000).toFixed(1)} s CPU  peak RSS ${Math.round(figures.peakRssMb ?? 0)} MB${run.status === 0 ? '' : `  (${tail})`}`,
    );
    rmSync(out, { force: true });
    rmSync(source, { force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

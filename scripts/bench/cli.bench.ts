// Benchmark (prints figures, asserts nothing): start-up of the `lantu` command as a real process, repeated —
// `node -e 0` (the floor), `lantu --help` and the demo `lantu check seeds/jiyuan/*.json`, from the bundle
// (bin/lantu.mjs) and, for comparison, from the sources through tsx (how bin/lantu.mjs ran before the bundle).
// Prints wall and CPU min/median/max per case and the load average. Builds the bundle first when it is stale.
// Usage: npm run bench -- cli [--runs 20] [--check-runs 5] [--node=/path/to/node] (another Node, e.g. the 22.x a
// workstation runs for Electron, where bin/lantu.mjs keeps V8's compile cache of the bundle between runs).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { changedCliInputs, CLI_STAMP_FILE } from '../build/cliBundleStamp.mjs';

function option(name: string, fallback: number): number {
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  if (eq) return Number(eq.slice(name.length + 3));
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const root = join(import.meta.dirname, '..', '..');
const nodeBinary = process.argv.find((a) => a.startsWith('--node='))?.slice('--node='.length) ?? process.execPath;
const runs = option('runs', 20);
const checkRuns = option('check-runs', 5);
const stamp = join(root, 'out', 'cli', CLI_STAMP_FILE);
if (!existsSync(stamp) || changedCliInputs(root, JSON.parse(readFileSync(stamp, 'utf8'))).length > 0) {
  spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), 'cli'], { cwd: root, stdio: 'inherit' });
}

const demo = readdirSync(join(root, 'seeds', 'jiyuan'))
  .filter((f) => f.endsWith('.json'))
  .sort() // as the shell expands seeds/jiyuan/*.json (the check picks the plans and targets out)
  .map((f) => join('seeds', 'jiyuan', f));
// The child reports its own CPU time through a preloaded exit hook (no /usr/bin/time needed).
const CPU_HOOK =
  'data:text/javascript,process.on("exit",()=>{const c=process.cpuUsage();process.stderr.write("\\nBENCH_CPU_MS "+(c.user+c.system)/1000+"\\n")})';
const VIA_TSX = 'import { main } from "./main/cli/index.ts"; process.exitCode = await main(process.argv.slice(1));';

interface Case {
  label: string;
  args: string[];
  runs: number;
}
const cases: Case[] = [
  { label: 'node -e 0 (floor)', args: ['-e', '0'], runs },
  { label: 'lantu --help (bundle)', args: ['bin/lantu.mjs', '--help'], runs },
  {
    label: 'lantu --help (tsx, before)',
    args: ['--import', 'tsx', '--input-type=module', '-e', VIA_TSX, '--', '--help'],
    runs: Math.min(runs, 5),
  },
  { label: `lantu check demo (bundle)`, args: ['bin/lantu.mjs', 'check', ...demo], runs: checkRuns },
  {
    label: `lantu check demo (tsx, before)`,
    args: ['--import', 'tsx', '--input-type=module', '-e', VIA_TSX, '--', 'check', ...demo],
    runs: Math.min(checkRuns, 3),
  },
];

const fmt = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return `min ${sorted[0]!.toFixed(3)}  median ${median.toFixed(3)}  max ${sorted[sorted.length - 1]!.toFixed(3)} s`;
};

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${process.platform}; demo plans: ${demo.join(' ')}`,
);
const nodeFacts = spawnSync(nodeBinary, ['-p', 'process.version + " " + typeof require("node:module").enableCompileCache'], {
  encoding: 'utf8',
}).stdout.trim();
const [nodeVersion, cacheCall] = nodeFacts.split(' ');
console.log(
  `Node ${nodeVersion} (${nodeBinary}): ${cacheCall === 'function' ? 'compile cache on (out/cli/.compile-cache; the first run fills it)' : 'no compile cache (Node < 22.1)'}`,
);
for (const c of cases) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let status: number | null = 0;
  for (let i = 0; i < c.runs; i++) {
    const started = performance.now();
    const run = spawnSync(nodeBinary, ['--import', CPU_HOOK, ...c.args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    wall.push((performance.now() - started) / 1000);
    cpu.push(Number(/BENCH_CPU_MS ([\d.]+)/.exec(run.stderr)?.[1] ?? NaN) / 1000);
    if (run.status !== 0) status = run.status;
    if (/lantu[:：] ?(warning|警告)/.test(run.stderr)) console.log(`  ${c.label}: the bundle warned that it is stale`);
  }
  console.log(`${c.label.padEnd(32)} ${c.runs} runs  wall ${fmt(wall)}  CPU ${fmt(cpu)}${status === 0 ? '' : `  (exit ${status})`}`);
}

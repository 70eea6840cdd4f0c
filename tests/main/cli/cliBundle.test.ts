// The bundled `lantu` (scripts/build/cli.mjs → out/cli/, run by bin/lantu.mjs): built by the prepare step in a
// fresh copy of the repository's files, it warns when a source changed since the build, runs with the sources
// gone (default rule pack, GeoPackage worker thread, GEOS), and the in-process CLI tests call the bundle's main().
import { execFileSync, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcePlan } from '../../engine/import/sourcePlan.ts';
import { checkPlans } from './checkPlans.ts';
import { CLI_BUNDLE_PATH, PROJECT_ROOT } from './ensureCliBuilt.ts';
import { main, runLantuInProcess } from './runLantuInProcess.ts';

let temp: string;
let fresh: string;

/** What a clone holds of the parts the CLI is built from (tracked and new files; nothing ignored, so no out/). */
function copyRepositoryFiles(to: string): void {
  const listed = execFileSync(
    'git',
    [
      'ls-files',
      '-z',
      '--cached',
      '--others',
      '--exclude-standard',
      '--',
      'bin',
      'main',
      'engine',
      'schemas',
      'seeds',
      'scripts',
      'package.json',
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  for (const path of listed.split('\0').filter((p) => p !== '' && existsSync(join(PROJECT_ROOT, p)))) {
    mkdirSync(dirname(join(to, path)), { recursive: true });
    copyFileSync(join(PROJECT_ROOT, path), join(to, path));
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(to, 'node_modules'));
}

const lantuIn = (cwd: string, root: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'lantu.mjs'), ...args], { cwd, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'lantu-cli-bundle-'));
  fresh = join(temp, 'clone');
  copyRepositoryFiles(fresh);
}, 60_000);
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the bundled lantu command', () => {
  it('is built by the prepare step (npm ci) in a fresh copy and starts without a warning', () => {
    expect(existsSync(join(fresh, 'out'))).toBe(false);
    const prepare = spawnSync('npm', ['run', 'prepare'], { cwd: fresh, encoding: 'utf8', timeout: 180_000 });
    expect(prepare.status, prepare.stderr).toBe(0);
    for (const file of ['lantu.mjs', 'geoPackageReadWorker.mjs', 'inputs.json'])
      expect(existsSync(join(fresh, 'out', 'cli', file))).toBe(true);
    const help = lantuIn(fresh, fresh, '--help');
    expect(help.stderr).toBe('');
    expect(help.stdout).toContain('用法：lantu <命令>');
    expect(help.status).toBe(0);
  }, 240_000);

  it('warns in the chosen language when a source changed since the build, and not when only its mtime moved', () => {
    const source = join(fresh, 'main', 'cli', 'parseArgs.ts');
    const original = readFileSync(source);
    appendFileSync(source, '// edited after the build\n');
    const zh = lantuIn(fresh, fresh, '--help');
    expect(zh.stderr).toBe(
      'lantu：警告：out/cli/lantu.mjs 比源代码旧（构建后 main/cli/parseArgs.ts 有改动），本次运行的是旧版本。请运行 `node scripts/build.mjs cli`。\n',
    );
    expect(zh.status).toBe(0);
    const en = lantuIn(fresh, fresh, '--lang', 'en', '--help');
    expect(en.stderr).toContain(
      'lantu: warning: out/cli/lantu.mjs is older than its sources (main/cli/parseArgs.ts changed since it was built)',
    );
    expect(en.stdout).toContain('usage: lantu <command>');
    writeFileSync(source, original);
    expect(lantuIn(fresh, fresh, '--help').stderr).toBe('');
  }, 60_000);

  it('runs with the sources gone: the default rule pack, the GeoPackage and rules workers and GEOS come with the bundle', async () => {
    const installed = join(temp, 'installed');
    for (const part of ['bin', 'out/cli', 'seeds', 'scripts/build/cliBundleStamp.mjs', 'package.json'])
      cpSync(join(fresh, part), join(installed, part), { recursive: true });
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(installed, 'node_modules'));
    const work = join(temp, 'work');
    mkdirSync(work);
    const { land, industry } = checkPlans();
    writeFileSync(join(work, 'land.json'), JSON.stringify(land));
    writeFileSync(join(work, 'industry.json'), JSON.stringify(industry));
    writeFileSync(join(work, 'source.geojson'), JSON.stringify(sourcePlan()));
    execFileSync('ogr2ogr', ['-f', 'GPKG', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4547', '-nln', 'ghydyh', 'plan.gpkg', 'source.geojson'], {
      cwd: work,
      stdio: 'pipe',
    });

    const check = lantuIn(work, installed, 'check', 'land.json', 'industry.json');
    const inProcess = await runLantuInProcess(work, ['check', 'land.json', 'industry.json']);
    expect(check.stderr).toBe('');
    expect(check.stdout).toContain('规则包 jiyuan-default');
    expect(check.stdout).toBe(inProcess.stdout);
    expect(check.status).toBe(inProcess.status);
    // The rules worker thread is a bundle entry of its own: two workers give the same summary.
    const threaded = lantuIn(work, installed, 'check', 'land.json', 'industry.json', '--threads', '2');
    expect(threaded.stderr).toBe('');
    expect(threaded.stdout).toBe(inProcess.stdout);

    const gpkg = lantuIn(
      work,
      installed,
      'import',
      'plan.gpkg',
      '--kind',
      'land',
      '--layer',
      'GHYDYH',
      '--title',
      '规划',
      '-o',
      'from-gpkg.json',
    );
    expect(gpkg.stdout).toContain('来源坐标系：EPSG:4547');
    expect(gpkg.status).toBe(0);
    expect(JSON.parse(readFileSync(join(work, 'from-gpkg.json'), 'utf8')).features).toHaveLength(sourcePlan().features.length);

    rmSync(join(installed, 'out', 'cli', 'lantu.mjs'));
    const missing = lantuIn(work, installed, '--lang', 'en', 'check', 'land.json');
    expect(missing.stderr).toBe(
      'lantu: the command is not built: out/cli/lantu.mjs is missing. Run `node scripts/build.mjs cli` (npm ci and npm test run it).\n',
    );
    expect(missing.status).toBe(2);
  }, 120_000);

  it('starts `--help` without loading any command, and a rebuild leaves no chunk of the last build behind', () => {
    const outDir = join(fresh, 'out', 'cli');
    const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      const code = readFileSync(join(outDir, file), 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.mjs)"/g)) staticImports(m[1]!, seen);
      return seen;
    };
    const atStart = [...staticImports('lantu.mjs')].map((file) => readFileSync(join(outDir, file), 'utf8'));
    // A command's usage line lives in its own module only: `check`'s is in one file of the build, not loaded at start.
    const checkUsage = '<plan.json>... [--engine postgis';
    expect(atStart.some((code) => code.includes(checkUsage))).toBe(false);
    const holdingCheck = readdirSync(outDir).filter(
      (name) => name.endsWith('.mjs') && readFileSync(join(outDir, name), 'utf8').includes(checkUsage),
    );
    expect(holdingCheck).toHaveLength(1);

    const stale = join(outDir, 'chunk-OLDBUILD.mjs');
    writeFileSync(stale, 'export {};\n');
    const rebuild = spawnSync(process.execPath, [join(fresh, 'scripts', 'build.mjs'), 'cli'], {
      cwd: fresh,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(rebuild.status, rebuild.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(lantuIn(fresh, fresh, 'check', '--help').stdout).toContain(checkUsage);
  }, 180_000);

  it('gives the in-process CLI tests the main() of the bundle bin/lantu.mjs runs', async () => {
    const bundle = (await import(pathToFileURL(CLI_BUNDLE_PATH).href)) as { main: unknown };
    expect(main).toBe(bundle.main);
  });
});

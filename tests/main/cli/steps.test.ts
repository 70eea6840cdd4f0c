// A long command tells its steps, with the seconds since it started, when stderr is a terminal (CliContext.step):
// in order, in the chosen language, for validate, check, import, export and verify; piped stderr gets none of them,
// and a real process on a pseudo-terminal (`script`) does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLantuInProcess, TEST_JOURNAL_DIR, type LantuRun } from './runLantuInProcess.ts';
import { sourcePlan } from '../../engine/import/sourcePlan.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const demo = (name: string) => join(root, 'seeds', 'jiyuan', name);
const STEP = /^\[\d+\.\d (秒|s)\] (.+)…$/;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-steps-'));
  writeFileSync(join(dir, 'source.geojson'), JSON.stringify(sourcePlan()));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], terminal: boolean): Promise<LantuRun & { steps: string[] }> {
  const ran = await runLantuInProcess(dir, args, TEST_JOURNAL_DIR, terminal);
  const steps = ran.stderr
    .split('\n')
    .map((line) => STEP.exec(line)?.[2])
    .filter((step): step is string => step !== undefined);
  return { ...ran, steps };
}

const EXPORT_ARGS = ['export', demo('land.json'), demo('industry.json'), demo('ecology.json'), demo('transport.json')];

describe('the steps of a long command on a terminal', () => {
  it('check tells reading and the rules in Chinese, and the report when it writes one', async () => {
    const checked = await run(['check', demo('land.json'), demo('industry.json'), '--json', 'report.json'], true);
    expect(checked.status).toBe(0);
    expect(checked.steps).toEqual(['读取并校验规划文件', '运行规则检查（线程数 1）', '写出检测报告']);
    // Seconds since the command started, never going back.
    const seconds = checked.stderr.split('\n').flatMap((line) => (STEP.test(line) ? [Number(/[\d.]+/.exec(line)![0])] : []));
    expect(seconds).toEqual([...seconds].sort((a, b) => a - b));
  });

  it('export tells every phase of the pipeline, then the writing, in English', async () => {
    const exported = await run(['--lang', 'en', ...EXPORT_ARGS, '--draft', '--created', '2026-12-06T08:00:00Z', '-o', 'draft.zip'], true);
    expect(exported.status).toBe(0);
    expect(exported.steps).toEqual([
      'Reading the input files',
      'Validating the plan sources',
      'Computing the indicators',
      'Running the rules',
      'Merging the blueprint',
      'Building draft.zip (the GeoPackage, the layers and the reports, deflated and written as they are built)',
    ]);
    expect(exported.stderr.split('\n').filter((line) => line !== '' && !STEP.test(line))).toEqual([]);

    const verified = await run(['verify', 'draft.zip'], true);
    expect(verified.status).toBe(0);
    expect(verified.steps).toEqual([
      '读取成果包，核对清单与每个文件的 SHA-256',
      '重建：校验规划源文件',
      '重建：计算规划指标',
      '重建：运行规则检查',
      '重建：合并一张蓝图',
      '重建成果包文件，逐字节比对每个文件与 zip',
    ]);
  });

  it('a refused export stops as the package starts, its preflight naming why', async () => {
    const refused = await run([...EXPORT_ARGS, '--created', '2026-12-06T08:00:00Z', '-o', 'final.zip'], true);
    expect(refused.status).toBe(3);
    expect(refused.steps.at(-1)).toBe('生成成果包 final.zip（GeoPackage、图层与报告，边生成边压缩写入）');
    expect(refused.stderr).toContain('不能导出正式成果');
    expect(existsSync(join(dir, 'final.zip'))).toBe(false);
  });

  it('import tells reading, checking and writing', async () => {
    const args = ['import', 'source.geojson', '--kind', 'land', '--layer', 'GHYDYH', '--title', '规划', '-o', 'plan.json'];
    const imported = await run(args, true);
    expect(imported.status).toBe(0);
    expect(imported.steps).toEqual(['读取源文件', '检查并转换要素', '写入规划文件 plan.json']);
  });

  it('validate tells each file as it starts on it', async () => {
    const validated = await run(['--lang', 'en', 'validate', demo('land.json'), demo('ecology.json')], true);
    expect(validated.status).toBe(0);
    expect(validated.steps).toEqual([`Validating ${demo('land.json')}`, `Validating ${demo('ecology.json')}`]);
  });

  it('shows the control characters of a file name in a step instead of sending them to the terminal', async () => {
    const hostile = 'plan\u001b[2J\u0007.json';
    const validated = await run(['validate', hostile], true);
    expect(validated.status).toBe(2);
    expect(validated.steps).toEqual(['校验 plan\\x1b[2J\\x07.json']);
  });

  it('says nothing of its steps when stderr is not a terminal', async () => {
    const checked = await run(['check', demo('land.json'), demo('industry.json'), '--json', 'report.json'], false);
    expect(checked.status).toBe(0);
    expect(checked.stderr).toBe('');
  });

  it('a real process tells its steps on a pseudo-terminal and none on a pipe', () => {
    const args = [join(root, 'bin', 'lantu.mjs'), '--lang', 'en', 'check', demo('land.json'), demo('industry.json')];
    const piped = spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    // `script` runs the command on a pseudo-terminal and copies what it wrote there to its own stdout.
    const command = [process.execPath, ...args].map((a) => `'${a}'`).join(' ');
    const onTerminal = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(onTerminal.status).toBe(0);
    const lines = onTerminal.stdout.split(/\r?\n/);
    expect(lines.filter((line) => STEP.test(line)).map((line) => STEP.exec(line)![2])).toEqual([
      'Reading and validating the plans',
      'Running the rules (threads: 1)',
    ]);
  });
});

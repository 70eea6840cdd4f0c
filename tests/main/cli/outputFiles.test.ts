// Files the CLI writes besides -o (--json <path>, check --geojson): atomic, so a failed write leaves the old
// file whole and names the target; and the app's write journal, so what a killed write left is removed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileName } from '../../../main/node/atomicWriteFile.ts';
import { checkPlans } from './checkPlans.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';

const root = join(import.meta.dirname, '..', '..', '..');
let dir: string;
let journalDir: string;
const OLD = '{"old report":true}\n';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-out-'));
  journalDir = join(dir, 'journal');
  const { land, industry } = checkPlans();
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs bin/lantu.mjs with the file-size limit at 1 KiB: any longer write fails mid-way with EFBIG, as on a full disk. */
function lantuWithSmallFileLimit(...args: string[]) {
  const script = `ulimit -f 1; exec "${process.execPath}" "${join(root, 'bin', 'lantu.mjs')}" "$@"`;
  return spawnSync('bash', ['-c', script, 'lantu', ...args], { cwd: dir, encoding: 'utf8' });
}

describe('lantu report files', () => {
  it.each([
    ['--json', 'report.json', ['--json', 'report.json']],
    ['check --geojson', 'regions.geojson', ['--json', '-', '--geojson', 'regions.geojson']],
  ])(
    'keeps the old %s file whole when the write fails mid-way, and names the target',
    (_label, target, options) => {
      writeFileSync(join(dir, target), OLD);
      const run = lantuWithSmallFileLimit('--lang', 'en', 'check', 'land.json', 'industry.json', ...options);
      expect(run.status, run.stderr).toBe(2);
      expect(readFileSync(join(dir, target), 'utf8')).toBe(OLD);
      expect(run.stderr).toContain(`lantu: ${join(dir, target)} would exceed the allowed file size (the existing file is unchanged)`);
      expect(run.stderr).not.toContain('lantu-tmp');
      expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
    },
    60_000,
  );

  it('names the target in Chinese too, never the temporary file', () => {
    writeFileSync(join(dir, 'report.json'), OLD);
    const run = lantuWithSmallFileLimit('check', 'land.json', 'industry.json', '--json', 'report.json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`lantu: ${join(dir, 'report.json')} 超过系统允许的文件大小，无法写入（原有文件未改动）`);
  }, 60_000);

  it('removes the temporary file a killed write left, found through the journal it shares with the app', async () => {
    const leftover = join(dir, '.report.json.lantu-tmp-0123456789ab');
    writeFileSync(leftover, '{"trunc');
    mkdirSync(journalDir, { recursive: true });
    // A pid no process has: the writer is gone.
    writeFileSync(join(journalDir, 'dead-writer.json'), JSON.stringify({ tempPath: leftover, pid: 2 ** 22 + 17 }));
    const run = await runLantuInProcess(dir, ['--lang', 'en', 'check', 'land.json', 'industry.json'], journalDir);
    expect(run.status).toBe(0);
    expect(existsSync(leftover)).toBe(false);
    expect(readdirSync(journalDir)).toEqual([]);
    expect(run.stderr).toContain(`removed ${leftover}, left by an interrupted write`);
  });

  it('removes an old temporary file next to its output, and leaves a recent one (another run may be writing it)', async () => {
    const stale = join(dir, '.report.json.lantu-tmp-aaaaaaaaaaaa');
    const fresh = join(dir, '.report.json.lantu-tmp-bbbbbbbbbbbb');
    writeFileSync(stale, 'x');
    writeFileSync(fresh, 'y');
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    utimesSync(stale, tenMinutesAgo, tenMinutesAgo);
    const run = await runLantuInProcess(dir, ['check', 'land.json', 'industry.json', '--json', 'report.json'], journalDir);
    expect(run.status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).conflicts).toHaveLength(2);
  });
});

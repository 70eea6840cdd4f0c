import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { atomicWriteFile, isTempFileName } from '../../../main/node/atomicWriteFile.ts';
import { cleanStaleTempFiles } from '../../../main/node/cleanStaleTempFiles.ts';
import { describeIoError } from '../../../main/node/describeIoError.ts';

let dir: string;
const old = Uint8Array.from({ length: 4096 }, (_, i) => (i * 13) % 256);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomicWriteFile', () => {
  it('replaces the file with the new bytes and leaves no temporary file', async () => {
    const target = join(dir, '济源.lantu');
    writeFileSync(target, old);
    const next = new TextEncoder().encode('new content');
    expect(await atomicWriteFile(target, next, { journalDir: join(dir, 'journal') })).toEqual({ sizeBytes: next.byteLength });
    expect(new Uint8Array(readFileSync(target))).toEqual(next);
    expect(readdirSync(dir).sort()).toEqual(['journal', '济源.lantu']);
    expect(readdirSync(join(dir, 'journal'))).toEqual([]);
  });

  it('writes a streamed source chunk by chunk', async () => {
    const target = join(dir, 'stream.bin');
    async function* chunks() {
      for (let i = 0; i < 5; i++) yield new Uint8Array(100_000).fill(i);
    }
    await atomicWriteFile(target, chunks());
    const written = readFileSync(target);
    expect(written.byteLength).toBe(500_000);
    expect(written[0]).toBe(0);
    expect(written[499_999]).toBe(4);
  });

  it('leaves the old file byte-identical and no temporary file when the source fails mid-write', async () => {
    const target = join(dir, 'plan.geojson');
    writeFileSync(target, old);
    async function* failing() {
      yield new Uint8Array(200_000).fill(1);
      throw new Error('disk unplugged');
    }
    await expect(atomicWriteFile(target, failing(), { journalDir: join(dir, 'journal') })).rejects.toThrow('disk unplugged');
    expect(new Uint8Array(readFileSync(target))).toEqual(old);
    expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
    expect(readdirSync(join(dir, 'journal'))).toEqual([]);
  });

  it('rejects without creating anything when the target folder does not exist', async () => {
    await expect(atomicWriteFile(join(dir, 'missing-folder', 'x.bin'), old)).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the target, not the temporary file, in a file-system failure', async () => {
    const target = join(dir, 'missing-folder', 'report.json');
    const error = (await atomicWriteFile(target, old).catch((e: unknown) => e)) as NodeJS.ErrnoException;
    expect(error.code).toBe('ENOENT');
    expect(error.path).toBe(target);
    expect(error.message).toContain(target);
    expect(error.message).not.toContain('lantu-tmp');
    expect(describeIoError(error, target)).toEqual({
      zh: `无法写入 ${target}：所在的文件夹不存在`,
      en: `cannot write ${target}: its folder does not exist`,
    });
  });

  it('keeps the old file when the process is killed mid-write, and the next start removes the temporary file', async () => {
    const target = join(dir, '成果.zip');
    const journalDir = join(dir, 'journal');
    writeFileSync(target, old);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./fixtures/writeUntilKilled.ts', import.meta.url)), target, journalDir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => {
        if (data.toString().includes('writing')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    expect(new Uint8Array(readFileSync(target))).toEqual(old);
    const leftovers = readdirSync(dir).filter(isTempFileName);
    expect(leftovers).toHaveLength(1);

    const removed = await cleanStaleTempFiles({ journalDir });
    expect(removed).toEqual([join(dir, leftovers[0] as string)]);
    expect(readdirSync(dir).filter(isTempFileName)).toEqual([]);
    expect(readdirSync(journalDir)).toEqual([]);
    expect(new Uint8Array(readFileSync(target))).toEqual(old);
  });
});

describe('cleanStaleTempFiles', () => {
  it('removes old temporary files in scanned folders and keeps young ones and ordinary files', async () => {
    const stale = join(dir, '.a.lantu.lantu-tmp-0123456789ab');
    const young = join(dir, '.b.zip.lantu-tmp-ba9876543210');
    writeFileSync(stale, 'x');
    writeFileSync(young, 'y');
    writeFileSync(join(dir, 'keep.lantu'), 'z');
    writeFileSync(join(dir, '.hidden'), 'h');
    const nowMs = Date.now();
    utimesSync(stale, new Date(nowMs - 3_600_000), new Date(nowMs - 3_600_000));
    expect(await cleanStaleTempFiles({ scanDirs: [dir, join(dir, 'absent')], nowMs })).toEqual([stale]);
    expect(readdirSync(dir).sort()).toEqual(['.b.zip.lantu-tmp-ba9876543210', '.hidden', 'keep.lantu']);
  });

  it('ignores journal entries that do not point at a temporary file', async () => {
    const journalDir = join(dir, 'journal');
    const precious = join(dir, 'precious.txt');
    writeFileSync(precious, 'keep me');
    mkdirSync(journalDir);
    writeFileSync(join(journalDir, 'x.json'), JSON.stringify({ tempPath: precious }));
    writeFileSync(join(journalDir, 'y.json'), 'not json');
    expect(await cleanStaleTempFiles({ journalDir })).toEqual([]);
    expect(readFileSync(precious, 'utf8')).toBe('keep me');
    expect(readdirSync(journalDir)).toEqual([]);
  });

  it('leaves a journal entry alone while its writer is still running (the app and CLI runs share the journal)', async () => {
    const journalDir = join(dir, 'journal');
    mkdirSync(journalDir);
    const inFlight = join(dir, '.a.zip.lantu-tmp-aaaaaaaaaaaa');
    const orphan = join(dir, '.b.zip.lantu-tmp-bbbbbbbbbbbb');
    writeFileSync(inFlight, 'x');
    writeFileSync(orphan, 'y');
    writeFileSync(join(journalDir, 'live.json'), JSON.stringify({ tempPath: inFlight, pid: process.pid }));
    writeFileSync(join(journalDir, 'dead.json'), JSON.stringify({ tempPath: orphan, pid: 2 ** 22 + 17 }));
    const longAgo = new Date(Date.now() - 3_600_000);
    utimesSync(inFlight, longAgo, longAgo);
    // Even the folder sweep (by age) leaves a file a live writer still owns.
    expect(await cleanStaleTempFiles({ journalDir, scanDirs: [dir] })).toEqual([orphan]);
    expect(readFileSync(inFlight, 'utf8')).toBe('x');
    expect(readdirSync(journalDir)).toEqual(['live.json']);
  });
});

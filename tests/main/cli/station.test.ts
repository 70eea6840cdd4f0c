// `lantu station` and `lantu keys` through the CLI bundle, each installation a folder of its own ($LANTU_HOME):
// the key file is mode 0600 and opens again with its passphrase only; a key is trusted only after its
// fingerprint matches; a revoke is logged with who and when.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, TEST_JOURNAL_DIR } from './runLantuInProcess.ts';
import { openStation } from '../../../main/node/station/openStation.ts';
import { openStoredKey } from '../../../main/node/station/stationKeyStore.ts';
import { verifyBytes } from '../../../engine/sign/index.ts';

let dir: string;
const homes = { bureau: '', liaison: '' };

async function lantuAt(home: string, args: string[], passphrase?: string) {
  let stdout = '';
  let stderr = '';
  const env = { LANTU_HOME: home, ...(passphrase !== undefined ? { LANTU_PASSPHRASE: passphrase } : {}) };
  const status = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    journalDir: TEST_JOURNAL_DIR,
    env,
  });
  return { status, stdout, stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-station-'));
  homes.bureau = join(dir, 'bureau-home');
  homes.liaison = join(dir, 'liaison-home');
  expect(
    (await lantuAt(homes.bureau, ['station', 'init', '--name', '自然资源和规划局-李工', '--role', 'bureau'], 'bureau pass')).status,
  ).toBe(0);
  writeFileSync(join(dir, 'pass.txt'), 'liaison pass\n');
  const made = await lantuAt(homes.liaison, [
    'station',
    'init',
    '--name',
    '生态环境局-张工',
    '--passphrase-file',
    'pass.txt',
    '--json',
    'liaison.json',
  ]);
  expect(made.status, made.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu station', () => {
  it('keeps the private key in a file of mode 0600 that opens with its passphrase and signs for the station', async () => {
    if (process.platform !== 'win32') expect(statSync(join(homes.liaison, 'station-key.json')).mode & 0o777).toBe(0o600);
    const keyText = readFileSync(join(homes.liaison, 'station-key.json'), 'utf8');
    const record = JSON.parse(readFileSync(join(dir, 'liaison.json'), 'utf8'));
    expect(record).toMatchObject({
      stationName: '生态环境局-张工',
      role: 'department',
      stationCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}$/),
    });
    const pair = await openStoredKey(JSON.parse(keyText), 'station-key.json', { passphrase: 'liaison pass' });
    expect(keyText).not.toContain(Buffer.from(pair.privateKey).toString('base64'));
    expect(keyText).not.toContain(Buffer.from(pair.privateKey).toString('hex'));
    const station = await openStation(homes.liaison);
    const signer = await station.signer('liaison pass');
    const message = new TextEncoder().encode('manifest');
    expect(verifyBytes(station.publicKey, message, await signer.sign(message))).toBe(true);
    expect(signer.stationId).toBe(record.stationId);
  }, 30_000);

  it('shows the station, and refuses a second init without changing anything', async () => {
    const before = readFileSync(join(homes.liaison, 'station.json'), 'utf8');
    const show = await lantuAt(homes.liaison, ['station', 'show']);
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('生态环境局-张工');
    const again = await lantuAt(homes.liaison, ['station', 'init', '--name', '别人'], 'x');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('本安装已有工作站，未做改动');
    expect(readFileSync(join(homes.liaison, 'station.json'), 'utf8')).toBe(before);
  });

  it('refuses a wrong passphrase with a clear message and leaves the key file as it was', async () => {
    const before = readFileSync(join(homes.liaison, 'station-key.json'));
    const station = await openStation(homes.liaison);
    await expect(station.signer('not the pass')).rejects.toMatchObject({
      code: 'wrong-passphrase',
      text: { zh: expect.stringContaining('口令不对'), en: expect.stringContaining('wrong passphrase') },
    });
    expect(readFileSync(join(homes.liaison, 'station-key.json')).equals(before)).toBe(true);
  }, 30_000);

  it('refuses to seal a new key under a passphrase of fewer than 8 characters, and makes no station', async () => {
    const home = join(dir, 'weak-home');
    const run = await lantuAt(home, ['station', 'init', '--name', '交通局-王工'], 'abc');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('口令至少 8 个字符');
    expect(existsSync(join(home, 'station.json'))).toBe(false);
    expect(existsSync(join(home, 'station-key.json'))).toBe(false);
    expect((await lantuAt(home, ['station', 'init', '--name', '交通局-王工'], '王工的口令-2026')).status).toBe(0);
  });

  it('says how to make a station when the installation has none', async () => {
    const run = await lantuAt(join(dir, 'empty-home'), ['keys', 'list']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('lantu station init --name');
  });
});

describe('lantu keys', () => {
  it('trusts an exported key only with its fingerprint, then lists, revokes and logs who did it', async () => {
    const exported = await lantuAt(homes.liaison, ['keys', 'export-public', '-o', 'zhang.pub', '--json', 'pub.json']);
    expect(exported.status).toBe(0);
    const fingerprint = JSON.parse(readFileSync(join(dir, 'pub.json'), 'utf8')).fingerprint as string;
    expect(fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);

    const wrong = await lantuAt(homes.bureau, [
      'keys',
      'trust',
      'zhang.pub',
      '--fingerprint',
      fingerprint.replace(/^./, (c) => (c === '0' ? '1' : '0')),
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('指纹不符');
    expect((await lantuAt(homes.bureau, ['keys', 'list', '--json', 'none.json'])).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'none.json'), 'utf8'))).toEqual([]);

    // Read out over the telephone: upper case and spaces are the same fingerprint.
    const trusted = await lantuAt(homes.bureau, [
      'keys',
      'trust',
      'zhang.pub',
      '--fingerprint',
      fingerprint.toUpperCase().replaceAll('-', ' '),
    ]);
    expect(trusted.status, trusted.stderr).toBe(0);
    const bureau = await openStation(homes.bureau);
    const liaison = await openStation(homes.liaison);
    const publicKey = Buffer.from(liaison.publicKey).toString('base64');
    expect((await bureau.trustedKeys()).lookup(publicKey)).toMatchObject({ stationName: '生态环境局-张工', fingerprint });

    const revoked = await lantuAt(homes.bureau, ['keys', 'revoke', '--fingerprint', fingerprint]);
    expect(revoked.status).toBe(0);
    expect((await bureau.trustedKeys()).lookup(publicKey)?.revokedAt).toEqual(expect.any(String));
    const again = await lantuAt(homes.bureau, ['keys', 'trust', 'zhang.pub', '--fingerprint', fingerprint]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已于');

    const log = await lantuAt(homes.bureau, ['keys', 'log', '--json', 'log.json']);
    expect(log.status).toBe(0);
    const entries = JSON.parse(readFileSync(join(dir, 'log.json'), 'utf8'));
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['trust', 'revoke']);
    expect(entries[1]).toMatchObject({ by: { stationName: '自然资源和规划局-李工' }, key: { fingerprint } });
    expect(log.stdout).toMatch(/吊销 .* 操作人 自然资源和规划局-李工/);
  }, 30_000);
});

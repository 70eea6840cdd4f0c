// `lantu verify`: a package verifies (hashes and a byte-for-byte rebuild); a modified, a removed and an added
// file are each caught and named (exit 1); a consistent forgery (content and manifest hash both changed) is
// caught by the rebuild, even when it moves one number by one unit of its last digit; a non-zip exits 1 and a
// missing file 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, unzipFiles, zipFiles, type Manifest } from '../../../engine/package/index.ts';
import { runLantuInProcess } from './runLantuInProcess.ts';
import { packagePlans } from '../../engine/package/packagePlans.ts';
import { forgeDeclaredSize } from '../../engine/zip/zipBombs.ts';

let dir: string;
let files: Map<string, Uint8Array>;
const CREATED = '2026-11-27T08:00:00.000Z';

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

/** Replaces a file's content and fixes its manifest entry, so only the rebuild can tell. */
function forge(f: Map<string, Uint8Array>, path: string, text: string): void {
  const forged = new TextEncoder().encode(text);
  f.set(path, forged);
  const manifest = JSON.parse(new TextDecoder().decode(f.get('manifest.json'))) as Manifest;
  const entry = manifest.files.find((e) => e.path === path)!;
  entry.sizeBytes = forged.length;
  entry.sha256 = sha256Hex(forged);
  f.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`));
}

function tampered(name: string, change: (f: Map<string, Uint8Array>) => void): string {
  const copy = new Map(files);
  change(copy);
  writeFileSync(join(dir, name), zipFiles(copy, CREATED));
  return name;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-cli-verify-'));
  const [land, industry] = packagePlans({ projectOnFarmland: true });
  writeFileSync(join(dir, 'land.json'), JSON.stringify(land));
  writeFileSync(join(dir, 'industry.json'), JSON.stringify(industry));
  const run = await lantu('export', 'land.json', 'industry.json', '--created', CREATED, '--draft', '-o', 'bp.zip');
  if (run.status !== 0) throw new Error(run.stderr);
  files = unzipFiles(readFileSync(join(dir, 'bp.zip')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lantu verify', () => {
  it('verifies a package: manifest, hashes and an identical rebuild', async () => {
    const run = await lantu('verify', 'bp.zip');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ bp.zip：校验通过（草稿');
  });

  it('names a modified file', async () => {
    const run = await lantu(
      'verify',
      tampered('modified.zip', (f) => f.set('conflicts.csv', new TextEncoder().encode('\uFEFFx\r\n'))),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('✗ modified.zip: conflicts.csv 已被修改');
  });

  it('names a removed file', async () => {
    const run = await lantu(
      'verify',
      tampered('removed.zip', (f) => f.delete('layers/GYXM.geojson')),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('layers/GYXM.geojson 已被删除');
  });

  it('names an added file', async () => {
    const run = await lantu(
      'verify',
      tampered('added.zip', (f) => f.set('notes.txt', new TextEncoder().encode('hi'))),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notes.txt 不在清单中（新增）');
  });

  it('catches a forgery whose manifest hash was updated too, by rebuilding', async () => {
    const name = tampered('forged.zip', (f) =>
      forge(f, 'report.html', new TextDecoder().decode(f.get('report.html')).replace('草稿', '正式成果')),
    );
    const run = await lantu('verify', name, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('report.html differs from the rebuild');
    expect(run.stderr).toContain('manifest.json differs from the rebuild');
  });

  it('catches a forgery that moves one area by one unit of its last digit', async () => {
    let before = '';
    let after = '';
    const name = tampered('last-digit.zip', (f) => {
      const text = new TextDecoder().decode(f.get('indicators.json'));
      // The first area with two decimals, one hundredth of a square metre up.
      const match = /"areaM2": (\d+)\.(\d\d)\b/.exec(text)!;
      before = match[0];
      const cents = BigInt(match[1]! + match[2]!) + 1n;
      after = `"areaM2": ${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
      forge(f, 'indicators.json', text.replace(before, after));
    });
    expect(after).not.toBe(before);
    const run = await lantu('verify', name, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('indicators.json differs from the rebuild');
  });

  it('exits 1 for a file that is not a zip and 2 for a missing one', async () => {
    writeFileSync(join(dir, 'not.zip'), 'hello');
    expect((await lantu('verify', 'not.zip')).status).toBe(1);
    expect((await lantu('verify', 'missing.zip')).status).toBe(2);
  });
});

describe('lantu verify on zip bombs', () => {
  it('stops inflating an entry that passes its declared size, and names it', async () => {
    writeFileSync(join(dir, 'understated.zip'), forgeDeclaredSize(zipFiles(files, CREATED), 'blueprint.gpkg', 1000));
    const run = await lantu('verify', 'understated.zip');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('understated.zip 中的“blueprint.gpkg”解压后超过其声明的大小 1000 字节，疑似 zip 炸弹，已停止解压并拒绝');
  });

  it('refuses an entry compressed over 200:1 before inflating it', async () => {
    const name = tampered('ratio.zip', (f) => f.set('blueprint.gpkg', new Uint8Array(8 * 1024 * 1024)));
    const run = await lantu('verify', name, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/“blueprint\.gpkg” in ratio\.zip has a compression ratio of \d+:1 \(.*\), over the limit of 200:1/);
  });

  it('refuses a declared total over the inflate limit, naming the limit and the option that sets it', async () => {
    const run = await lantu('verify', 'bp.zip', '--max-inflate', '64KiB');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bp.zip 解压后将超过解压上限 64.0 KiB');
    expect(run.stderr).toContain('可用 --max-inflate <大小> 调整上限');
    expect((await lantu('verify', 'bp.zip', '--max-inflate', 'lots')).status).toBe(2);
  });
});

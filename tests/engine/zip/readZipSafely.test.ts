// engine/zip: the central directory is checked before inflating (declared total over the cap, ratio over 200:1
// past 1 MiB, entry count), an entry stops inflating past its declared size, ZIP64 records are read (checked
// against Python's zipfile), and the files fflate writes come back byte for byte.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateZipEntry, listZipEntries, PACKAGE_ZIP_LIMITS, ZipRefusal, type ZipLimits } from '../../../engine/zip/readZipSafely.ts';
import { forgeDeclaredSize, zip64Of } from './zipBombs.ts';

const MIB = 1024 * 1024;
const limits: ZipLimits = { ...PACKAGE_ZIP_LIMITS, maxTotalBytes: 64 * MIB };

function readAll(zip: Uint8Array, file = 'a.zip', l = limits): Record<string, Uint8Array> {
  return Object.fromEntries(listZipEntries(zip, file, l).map((e) => [e.name, inflateZipEntry(zip, file, e)]));
}

function refusal(run: () => unknown): ZipRefusal {
  try {
    run();
  } catch (e) {
    if (e instanceof ZipRefusal) return e;
    throw e;
  }
  throw new Error('not refused');
}

const text = (n: number) => strToU8(Array.from({ length: n }, (_, i) => `行 ${i} ${(i * 7919) % 10007}`).join('\n'));

describe('readZipSafely', () => {
  it('reads stored and deflated entries exactly as fflate wrote them', () => {
    const files = { 'a.txt': text(1000), 'dir/b.bin': new Uint8Array([1, 2, 3]), 'empty.txt': new Uint8Array(0) };
    const zip = zipSync({ 'a.txt': files['a.txt'], 'dir/b.bin': [files['dir/b.bin'], { level: 0 }], 'empty.txt': files['empty.txt'] });
    expect(readAll(zip)).toEqual(unzipSync(zip));
  });

  it('stops inflating an entry at its declared size and names the entry', () => {
    const zip = forgeDeclaredSize(zipSync({ 'blueprint.gpkg': new Uint8Array(8 * MIB), 'x.txt': text(10) }), 'blueprint.gpkg', 1000);
    const [entry] = listZipEntries(zip, 'bomb.zip', limits);
    expect(entry!.sizeBytes).toBe(1000);
    const e = refusal(() => inflateZipEntry(zip, 'bomb.zip', entry!));
    expect(e.code).toBe('zip-size-mismatch');
    expect(e.zh).toContain('bomb.zip 中的“blueprint.gpkg”解压后超过其声明的大小 1000 字节');
    expect(e.en).toContain('“blueprint.gpkg” in bomb.zip inflates past its declared size of 1000 bytes');
  });

  it('refuses a stored entry longer than it declares', () => {
    const zip = forgeDeclaredSize(zipSync({ 'a.bin': [new Uint8Array(5000), { level: 0 }] }), 'a.bin', 10);
    const [entry] = listZipEntries(zip, 'stored.zip', limits);
    expect(refusal(() => inflateZipEntry(zip, 'stored.zip', entry!)).code).toBe('zip-size-mismatch');
  });

  it('refuses an entry over 200:1 before inflating, but not a small one of blanks', () => {
    const zip = zipSync({ 'big.csv': new Uint8Array(4 * MIB).fill(32) });
    const e = refusal(() => listZipEntries(zip, 'ratio.zip', limits));
    expect(e.code).toBe('zip-ratio');
    expect(e.zh).toMatch(/ratio\.zip 中的“big\.csv”压缩比为 \d+:1（.*），超过上限 200:1/);
    const small = zipSync({ 'blank.csv': new Uint8Array(MIB - 1).fill(32) });
    expect(listZipEntries(small, 'small.zip', limits)[0]!.sizeBytes / small.length).toBeGreaterThan(200);
    expect(readAll(small)['blank.csv']!.length).toBe(MIB - 1);
  });

  it('refuses a declared total over the cap and names the cap and how to change it', () => {
    const zip = forgeDeclaredSize(zipSync({ 'a.txt': text(100) }), 'a.txt', 0xf000_0000);
    const e = refusal(() =>
      listZipEntries(zip, 'huge.zip', { ...limits, howToChange: { zh: '可用 --max-inflate 调整', en: 'raise it with --max-inflate' } }),
    );
    expect(e.code).toBe('zip-too-large');
    expect(e.zh).toContain('huge.zip 解压后将超过解压上限 64.0 MiB（声明至少 3.8 GiB，到“a.txt”为止）');
    expect(e.zh).toContain('可用 --max-inflate 调整');
    expect(e.en).toContain('past the inflate limit of 64.0 MiB');
  });

  it('refuses more entries than the limit', () => {
    const zip = zipSync({ a: new Uint8Array(1), b: new Uint8Array(1), c: new Uint8Array(1) });
    expect(refusal(() => listZipEntries(zip, 'many.zip', { ...limits, maxEntries: 2 })).code).toBe('zip-too-many-entries');
  });

  it('reads a ZIP64 container that Python’s zipfile reads the same way', () => {
    const files = { 'blueprint.gpkg': text(5000), 'manifest.json': strToU8('{"a":1}') };
    const zip = zip64Of(files);
    expect(readAll(zip)).toEqual(files);
    const dir = mkdtempSync(join(tmpdir(), 'lantu-zip64-'));
    writeFileSync(join(dir, 'z.zip'), zip);
    const py = spawnSync(
      '/usr/bin/python3',
      [
        '-c',
        'import zipfile,sys,hashlib; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip(), [(i.filename, i.file_size) for i in z.infolist()])',
        join(dir, 'z.zip'),
      ],
      { encoding: 'utf8' },
    );
    rmSync(dir, { recursive: true, force: true });
    expect(py.stdout.trim()).toBe(`None [('blueprint.gpkg', ${files['blueprint.gpkg'].length}), ('manifest.json', 7)]`);
  });

  it('refuses a truncated zip as damaged', () => {
    const zip = zipSync({ 'a.txt': text(1000) });
    expect(refusal(() => readAll(zip.subarray(0, zip.length >> 1))).code).toBe('zip-corrupt');
  });
});

// engine/zip: the central directory is checked before inflating (declared total over the cap, ratio over 200:1
// past 1 MiB, entry count), an entry stops inflating past its declared size, ZIP64 records are read (checked
// against Python's zipfile), and the files fflate writes come back byte for byte — from bytes or through a
// ZipSource read piece by piece (offsets past 4 GiB included), with the same refusals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { unzipSafely } from '../../../engine/import/zip/unzipSafely.ts';
import { ImportFailure } from '../../../engine/import/importFailure.ts';
import { createZipWriter } from '../../../engine/package/zipWriter.ts';
import {
  bytesZipSource,
  inflateZipEntry,
  inflateZipEntryChunks,
  listZipEntries,
  PACKAGE_ZIP_LIMITS,
  ZipRefusal,
  type ZipLimits,
  type ZipSource,
} from '../../../engine/zip/readZipSafely.ts';
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

/** Deterministic bytes that deflate poorly (a linear congruential sequence). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 7;
  for (let i = 0; i < length; i++) out[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return out;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);

/** A source over bytes that records every read, to show the archive is read in pieces. */
function countingSource(bytes: Uint8Array): ZipSource & { reads: number[] } {
  const reads: number[] = [];
  return { sizeBytes: bytes.length, reads, read: (at, length) => (reads.push(length), bytes.slice(at, at + length)) };
}

describe('readZipSafely through a ZipSource', () => {
  it('reads a ZIP64 container piece by piece exactly as from its bytes', () => {
    const files = { 'blueprint.gpkg': noise(3 * MIB), 'manifest.json': strToU8('{"a":1}') };
    const zip = zip64Of(files);
    expect(zip.length).toBeGreaterThan(3 * MIB);
    const source = countingSource(zip);
    const entries = listZipEntries(source, 'a.zip', limits);
    expect(entries.map((e) => [e.name, e.sizeBytes])).toEqual([
      ['blueprint.gpkg', 3 * MIB],
      ['manifest.json', 7],
    ]);
    expect(same(inflateZipEntry(source, 'a.zip', entries[0]!), files['blueprint.gpkg'])).toBe(true);
    expect(new TextDecoder().decode(inflateZipEntry(source, 'a.zip', entries[1]!))).toBe('{"a":1}');
    // The directory in one window, the big entry in 1 MiB reads: never the whole archive in one read.
    expect(Math.max(...source.reads)).toBeLessThanOrEqual(MIB);
    expect(source.reads.length).toBeGreaterThan(3);
  });

  it('reads entries whose local headers start past 4 GiB', () => {
    const at = 2 ** 32 + 1000;
    const writer = createZipWriter('2026-11-27T00:00:00Z', { startOffsetBytes: at });
    const zip = [...writer.entry('a.txt', strToU8('你好')), ...writer.entry('b/c.txt', text(3000)), writer.finish()];
    const tail = new Uint8Array(zip.reduce((n, p) => n + p.length, 0));
    zip.reduce((o, p) => (tail.set(p, o), o + p.length), 0);
    // A 4 GiB archive held by nobody: "PK" and zeros up to `at`, then the writer's bytes.
    const source: ZipSource = {
      sizeBytes: at + tail.length,
      read(from, length) {
        const out = new Uint8Array(length);
        if (from < 2) out.set(strToU8('PK').subarray(from, 2), 0);
        if (from + length > at) out.set(tail.subarray(Math.max(0, from - at), from + length - at), Math.max(0, at - from));
        return out;
      },
    };
    const entries = listZipEntries(source, 'far.zip', limits);
    expect(entries.map((e) => [e.name, e.localHeaderOffset])).toEqual([
      ['a.txt', at],
      ['b/c.txt', at + zip[0]!.length + zip[1]!.length],
    ]);
    expect(new TextDecoder().decode(inflateZipEntry(source, 'far.zip', entries[0]!))).toBe('你好');
    expect(same(inflateZipEntry(source, 'far.zip', entries[1]!), text(3000))).toBe(true);
  });

  it('hands an entry over in chunks that add up to the entry, stored or deflated', () => {
    const big = noise(3 * MIB);
    const zip = zipSync({ 'a.txt': big, 'b.bin': [big, { level: 0 }] });
    for (const entry of listZipEntries(bytesZipSource(zip), 'a.zip', limits)) {
      const chunks: Uint8Array[] = [];
      inflateZipEntryChunks(zip, 'a.zip', entry, (c) => chunks.push(c.slice()));
      expect(chunks.length).toBeGreaterThan(1);
      const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      chunks.reduce((o, c) => (whole.set(c, o), o + c.length), 0);
      expect(same(whole, big)).toBe(true);
    }
  });

  it('refuses the same bombs as from bytes, before inflating or at the declared size', () => {
    const ratio = countingSource(zipSync({ 'big.csv': new Uint8Array(4 * MIB).fill(32) }));
    expect(refusal(() => listZipEntries(ratio, 'ratio.zip', limits)).code).toBe('zip-ratio');
    const forged = countingSource(forgeDeclaredSize(zipSync({ 'blueprint.gpkg': new Uint8Array(8 * MIB) }), 'blueprint.gpkg', 1000));
    const [entry] = listZipEntries(forged, 'bomb.zip', limits);
    expect(refusal(() => inflateZipEntryChunks(forged, 'bomb.zip', entry!, () => undefined)).code).toBe('zip-size-mismatch');
    // Stopped within the first MiB read of its 8 KiB of compressed data, not after inflating 8 MiB.
    expect(forged.reads.reduce((n, r) => n + r, 0)).toBeLessThan(2 * MIB);
    const huge = countingSource(forgeDeclaredSize(zipSync({ 'a.txt': text(100) }), 'a.txt', 0xf000_0000));
    expect(refusal(() => listZipEntries(huge, 'huge.zip', limits)).code).toBe('zip-too-large');
    const truncated = zipSync({ 'a.txt': text(1000) });
    expect(refusal(() => listZipEntries(countingSource(truncated.subarray(0, truncated.length >> 1)), 't.zip', limits)).code).toBe(
      'zip-corrupt',
    );
    expect(refusal(() => listZipEntries(countingSource(strToU8('hello, not a zip at all')), 'n.zip', limits)).code).toBe('zip-invalid');
  });

  it('lists a ../ name of a ZIP64 container verbatim, so the importer still refuses the traversal', () => {
    const zip = zip64Of({ '../evil.shp': text(10), 'ok.shp': text(10) });
    expect(listZipEntries(countingSource(zip), 'x.zip', limits).map((e) => e.name)).toEqual(['../evil.shp', 'ok.shp']);
    let failure: unknown;
    try {
      unzipSafely(zip, 'x.zip');
    } catch (e) {
      failure = e;
    }
    expect(failure).toBeInstanceOf(ImportFailure);
    expect((failure as ImportFailure).issue.code).toBe('zip-path-traversal');
  });
});

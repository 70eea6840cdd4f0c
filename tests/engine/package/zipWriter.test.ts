// The zip written entry by entry: the same bytes as fflate's one-shot zipSync (which the package used to call)
// for the same files, a file deflated elsewhere gives the same entry, and the CRC-32 is the standard one, also
// when computed piece by piece. Past 65,534 entries or 4 GiB: ZIP64 records that unzip, Python and engine/zip read.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { deflateSync, unzipSync, zipSync, type Zippable } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc32 } from '../../../engine/package/crc32.ts';
import { zipFiles } from '../../../engine/package/zipFiles.ts';
import { createZipWriter, dosTime } from '../../../engine/package/zipWriter.ts';
import { inflateZipEntry, listZipEntries, PACKAGE_ZIP_LIMITS } from '../../../engine/zip/readZipSafely.ts';
import { crc32OfZeros, zeroDeflate } from './zeroDeflate.ts';

const CREATED = '2026-11-27T13:45:59Z';

/** Deterministic bytes that deflate poorly (a linear congruential sequence). */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

function sampleFiles(): Map<string, Uint8Array> {
  return new Map([
    ['report.html', new TextEncoder().encode('<p>一张蓝图</p>\n'.repeat(5000))],
    ['layers/GHYDYH.geojson', new TextEncoder().encode('{"type":"Feature"}\n'.repeat(20000))],
    ['blueprint.gpkg', noise(300_000, 7)],
    ['targets.json', new Uint8Array(0)],
    ['a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a])],
  ]);
}

function oneShot(files: ReadonlyMap<string, Uint8Array>, created: string): Uint8Array {
  const mtime = dosTime(created);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[path] = [files.get(path)!, { mtime, level: 6 }];
  return zipSync(entries, { mtime });
}

describe('createZipWriter', () => {
  it('writes the bytes of zipSync for the same files, whatever the creation time', () => {
    const files = sampleFiles();
    for (const created of [CREATED, '2026-01-01T00:00:00Z', '2099-12-31T23:59:58Z']) {
      expect(Buffer.from(zipFiles(files, created)).equals(Buffer.from(oneShot(files, created)))).toBe(true);
    }
  });

  it('gives the same entry for a file deflated elsewhere and counts the bytes it returned', () => {
    const files = sampleFiles();
    const a = createZipWriter(CREATED);
    const b = createZipWriter(CREATED);
    const partsA: Uint8Array[] = [];
    const partsB: Uint8Array[] = [];
    for (const path of [...files.keys()].sort()) {
      const bytes = files.get(path)!;
      partsA.push(...a.entry(path, bytes));
      partsB.push(...b.entryDeflated(path, bytes.length, crc32(bytes), deflateSync(bytes, { level: 6 })));
    }
    partsA.push(a.finish());
    partsB.push(b.finish());
    const joined = (parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));
    expect(joined(partsA).equals(joined(partsB))).toBe(true);
    expect(a.sizeBytes).toBe(joined(partsA).length);
    const back = unzipSync(joined(partsA));
    expect(Object.keys(back).sort()).toEqual([...files.keys()].sort());
    for (const [path, bytes] of files) expect(Buffer.from(back[path]!).equals(Buffer.from(bytes))).toBe(true);
  });

  it('takes no entry after the central directory is written', () => {
    const writer = createZipWriter(CREATED);
    writer.entry('a.txt', new Uint8Array([1]));
    writer.finish();
    expect(() => writer.entry('b.txt', new Uint8Array([2]))).toThrow(/finished/);
    expect(() => writer.finish()).toThrow(/finished/);
  });

  it('refuses a creation time a zip cannot record', () => {
    expect(() => createZipWriter('1975-06-01T00:00:00Z')).toThrow(RangeError);
  });
});

describe('crc32', () => {
  it('gives the standard check value and 0 for nothing', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('continues from a previous value exactly as one pass over all the bytes', () => {
    const bytes = noise(100_003, 3);
    const whole = crc32(bytes);
    for (const cut of [0, 1, 7, 8, 9, 4096, 100_002]) expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
  });
});

// ZIP64, read back by independent tools: Info-ZIP's `unzip -t` and Python's zipfile (CPython's own reader),
// plus engine/zip. Offsets past 4 GiB come from a sparse 4 GiB prefix (a hole on disk: nothing is written)
// and a size past 4 GiB from a real deflate stream of zeros (27 MB), so every byte is what a reader accepts.
const MANY = 65_537; // wraps to 1 in a 16-bit count
const PAST_4_GIB = 2 ** 32 + 1000;

function python(script: string, ...args: string[]): unknown {
  const run = spawnSync('/usr/bin/python3', ['-c', `import json,sys,zipfile\n${script}`, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

function unzipTest(path: string, ...entries: string[]): { status: number | null; ok: number; out: string } {
  const run = spawnSync('unzip', ['-t', path, ...entries], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: run.status, ok: run.stdout.split('\n').filter((l) => / OK$/.test(l)).length, out: run.stdout.slice(-300) + run.stderr };
}

/** Writes the parts at `start` in a new file whose first `start` bytes are a hole. */
function writeAt(path: string, start: number, parts: readonly Uint8Array[]): void {
  const fd = openSync(path, 'w');
  try {
    ftruncateSync(fd, start);
    let at = start;
    for (const p of parts) (writeSync(fd, p, 0, p.length, at), (at += p.length));
  } finally {
    closeSync(fd);
  }
}

/** The central directory records' fields, walked from the end record (the writer's own tail). */
function tail(out: Uint8Array): DataView {
  return new DataView(out.buffer, out.byteOffset, out.length);
}

describe('createZipWriter, ZIP64', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lantu-zip64-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes more than 65,535 entries that unzip -t, Python’s zipfile and engine/zip read, each with its CRC', () => {
    // 251 distinct small files deflated once (a deflate call per entry would take most of the test's time).
    const files = Array.from({ length: 251 }, (_, k) => new TextEncoder().encode(`文件 ${k} ${'x'.repeat(k % 7)}\n`));
    const deflated = files.map((bytes) => deflateSync(bytes, { level: 6 }));
    const writer = createZipWriter(CREATED);
    const parts: Uint8Array[] = [];
    const crcs: Record<string, number> = {};
    for (let i = 0; i < MANY; i++) {
      const name = `f/${String(i).padStart(5, '0')}.txt`;
      const k = i % files.length;
      crcs[name] = zlibCrc32(files[k]!);
      parts.push(...writer.entryDeflated(name, files[k]!.length, crcs[name], deflated[k]!));
    }
    const end = writer.finish();
    parts.push(end);
    const zip = Buffer.concat(parts);
    const path = join(dir, 'many.zip');
    writeFileSync(path, zip);

    // Classic end record saturated, ZIP64 end record and locator just before it.
    const v = tail(end);
    const eocd = end.length - 22;
    expect([v.getUint32(eocd, true), v.getUint16(eocd + 8, true), v.getUint16(eocd + 10, true)]).toEqual([0x06054b50, 0xffff, 0xffff]);
    expect(v.getUint32(eocd - 20, true)).toBe(0x07064b50);
    expect(Number(v.getBigUint64(eocd - 20 + 8, true))).toBe(zip.length - 22 - 20 - 56);
    expect(v.getUint32(eocd - 76, true)).toBe(0x06064b50);
    expect(Number(v.getBigUint64(eocd - 76 + 32, true))).toBe(MANY);

    const tested = unzipTest(path);
    expect(tested.status, tested.out).toBe(0);
    expect(tested.ok).toBe(MANY);
    const listed = python(
      'z = zipfile.ZipFile(sys.argv[1])\nprint(json.dumps({"bad": z.testzip(), "crcs": {i.filename: i.CRC for i in z.infolist()}}))',
      path,
    ) as { bad: null; crcs: Record<string, number> };
    expect(listed.bad).toBeNull();
    expect(listed.crcs).toEqual(crcs);

    const entries = listZipEntries(zip, 'many.zip', { ...PACKAGE_ZIP_LIMITS, maxEntries: 100_000 });
    expect(entries.length).toBe(MANY);
    expect(entries.map((e) => e.name)).toEqual(Object.keys(crcs));
    // Inflating each of 65,537 entries takes engine/zip 8 s: every 97th and the last.
    const sample = entries.filter((_, i) => i % 97 === 0 || i === MANY - 1);
    expect(sample.every((e) => zlibCrc32(inflateZipEntry(zip, 'many.zip', e)) === crcs[e.name])).toBe(true);
    expect(sample.at(-1)!.localHeaderOffset).toBe(zip.length - end.length - parts.at(-2)!.length - parts.at(-3)!.length);
  }, 120_000);

  it('keeps 65,534 entries in the classic end record and switches to ZIP64 at 65,535', () => {
    const empty = deflateSync(new Uint8Array(0), { level: 6 });
    const finish = (count: number) => {
      const writer = createZipWriter(CREATED);
      for (let i = 0; i < count; i++) writer.entryDeflated(`${i}`, 0, 0, empty);
      return writer.finish();
    };
    const below = finish(65_534);
    const v = tail(below);
    expect(v.getUint32(below.length - 22 - 20, true)).not.toBe(0x07064b50);
    expect(v.getUint16(below.length - 22 + 10, true)).toBe(65_534);
    const at = finish(65_535);
    const w = tail(at);
    expect(w.getUint32(at.length - 22 - 20, true)).toBe(0x07064b50);
    expect(w.getUint16(at.length - 22 + 10, true)).toBe(0xffff);
    expect(Number(w.getBigUint64(at.length - 22 - 76 + 32, true))).toBe(65_535);
  });

  it('records a size past 4 GiB in ZIP64 extra fields of that entry only, read by Python, unzip and engine/zip', () => {
    const zeros = zeroDeflate(2 ** 32 + 1);
    const crc = crc32OfZeros(zeros.sizeBytes);
    const writer = createZipWriter(CREATED);
    const a = writer.entry('a.txt', new TextEncoder().encode('hello'));
    const big = writer.entryDeflated('zeros.bin', zeros.sizeBytes, crc, zeros.data);
    const z = writer.entry('z.txt', new TextEncoder().encode('bye'));
    const end = writer.finish();
    const zip = Buffer.concat([...a, ...big, ...z, end]);
    const path = join(dir, 'large.zip');
    writeFileSync(path, zip);

    // Local header: version 4.5, both sizes saturated, then the 64-bit values (uncompressed first).
    const local = tail(big[0]!);
    expect([local.getUint16(4, true), local.getUint32(18, true), local.getUint32(22, true), local.getUint16(28, true)]).toEqual([
      45, 0xffffffff, 0xffffffff, 20,
    ]);
    expect([
      local.getUint16(39, true),
      local.getUint16(41, true),
      Number(local.getBigUint64(43, true)),
      Number(local.getBigUint64(51, true)),
    ]).toEqual([1, 16, zeros.sizeBytes, zeros.data.length]);
    expect(tail(a[0]!).getUint16(4, true)).toBe(20);
    // Central header: sizes only (the offset fits), classic end record (3 entries, small offsets).
    const v = tail(end);
    const second = 46 + 5;
    expect([
      v.getUint16(second + 4, true),
      v.getUint16(second + 6, true),
      v.getUint32(second + 20, true),
      v.getUint32(second + 24, true),
      v.getUint16(second + 30, true),
      v.getUint32(second + 42, true),
    ]).toEqual([45, 45, 0xffffffff, 0xffffffff, 20, 42]);
    expect([
      v.getUint16(second + 55, true),
      v.getUint16(second + 57, true),
      Number(v.getBigUint64(second + 59, true)),
      Number(v.getBigUint64(second + 67, true)),
    ]).toEqual([1, 16, zeros.sizeBytes, zeros.data.length]);
    expect(v.getUint32(end.length - 42, true)).not.toBe(0x07064b50);

    const listed = python(
      'z = zipfile.ZipFile(sys.argv[1])\nhead = z.open("zeros.bin").read(1 << 20)\nprint(json.dumps({"info": [[i.filename, i.file_size, i.compress_size, i.header_offset, i.CRC] for i in z.infolist()], "zeros": head == bytes(1 << 20), "a": z.read("a.txt").decode(), "z": z.read("z.txt").decode()}))',
      path,
    );
    expect(listed).toEqual({
      info: [
        ['a.txt', 5, a[1]!.length, 0, zlibCrc32(new TextEncoder().encode('hello'))],
        ['zeros.bin', zeros.sizeBytes, zeros.data.length, 42, crc],
        ['z.txt', 3, z[1]!.length, 42 + big[0]!.length + zeros.data.length, zlibCrc32(new TextEncoder().encode('bye'))],
      ],
      zeros: true,
      a: 'hello',
      z: 'bye',
    });
    // Inflating 4 GiB of zeros takes unzip 35–45 s: the bench does it; here the entries around it.
    const tested = unzipTest(path, 'a.txt', 'z.txt');
    expect(tested.status, tested.out).toBe(0);
    expect(tested.ok).toBe(2);
    const entries = listZipEntries(zip, 'large.zip', PACKAGE_ZIP_LIMITS);
    expect(entries.map((e) => [e.name, e.sizeBytes, e.compressedBytes])).toEqual([
      ['a.txt', 5, a[1]!.length],
      ['zeros.bin', zeros.sizeBytes, zeros.data.length],
      ['z.txt', 3, z[1]!.length],
    ]);
    expect(new TextDecoder().decode(inflateZipEntry(zip, 'large.zip', entries[2]!))).toBe('bye');
  }, 60_000);

  it('records offsets past 4 GiB in the central ZIP64 extra field and the ZIP64 end record, read by Python and unzip', () => {
    const zeros = zeroDeflate(2 ** 32 + 1);
    const crc = crc32OfZeros(zeros.sizeBytes);
    const writer = createZipWriter(CREATED, { startOffsetBytes: PAST_4_GIB });
    const a = writer.entry('a.txt', new TextEncoder().encode('hello'));
    const big = writer.entryDeflated('zeros.bin', zeros.sizeBytes, crc, zeros.data);
    const z = writer.entry('z.txt', new TextEncoder().encode('bye'));
    const end = writer.finish();
    const parts = [...a, ...big, ...z, end];
    expect(writer.sizeBytes).toBe(parts.reduce((n, p) => n + p.length, 0));
    const path = join(dir, 'far.zip');
    writeAt(path, PAST_4_GIB, parts);
    const zOffset = PAST_4_GIB + a[0]!.length + a[1]!.length + big[0]!.length + zeros.data.length;
    const directoryAt = zOffset + z[0]!.length + z[1]!.length;

    // a.txt: the offset alone in its central extra field (8 bytes), no extra field in its local header.
    expect([tail(a[0]!).getUint16(4, true), tail(a[0]!).getUint16(28, true)]).toEqual([45, 0]);
    const v = tail(end);
    expect([v.getUint16(4, true), v.getUint16(6, true), v.getUint32(20, true), v.getUint32(42, true), v.getUint16(30, true)]).toEqual([
      45,
      45,
      a[1]!.length,
      0xffffffff,
      12,
    ]);
    expect([v.getUint16(51, true), v.getUint16(53, true), Number(v.getBigUint64(55, true))]).toEqual([1, 8, PAST_4_GIB]);
    // zeros.bin: sizes then offset (24 bytes).
    const second = 46 + 5 + 12;
    expect([v.getUint16(second + 30, true), Number(v.getBigUint64(second + 46 + 9 + 4 + 16, true))]).toEqual([28, PAST_4_GIB + 42]);
    // End: ZIP64 end record (offset of the directory), locator, classic record saturated.
    const eocd = end.length - 22;
    expect([v.getUint32(eocd + 16, true), v.getUint16(eocd + 10, true)]).toEqual([0xffffffff, 3]);
    expect(Number(v.getBigUint64(eocd - 20 + 8, true))).toBe(directoryAt + eocd - 76);
    expect([
      Number(v.getBigUint64(eocd - 76 + 32, true)),
      Number(v.getBigUint64(eocd - 76 + 40, true)),
      Number(v.getBigUint64(eocd - 76 + 48, true)),
    ]).toEqual([3, eocd - 76, directoryAt]);

    const listed = python(
      'z = zipfile.ZipFile(sys.argv[1])\nhead = z.open("zeros.bin").read(1 << 20)\nprint(json.dumps({"info": [[i.filename, i.file_size, i.header_offset] for i in z.infolist()], "zeros": head == bytes(1 << 20), "a": z.read("a.txt").decode(), "z": z.read("z.txt").decode()}))',
      path,
    );
    expect(listed).toEqual({
      info: [
        ['a.txt', 5, PAST_4_GIB],
        ['zeros.bin', zeros.sizeBytes, PAST_4_GIB + 42],
        ['z.txt', 3, zOffset],
      ],
      zeros: true,
      a: 'hello',
      z: 'bye',
    });
    const tested = unzipTest(path, 'a.txt', 'z.txt');
    expect(tested.status, tested.out).toBe(0);
    expect(tested.ok).toBe(2);
  }, 60_000);

  it('refuses a start offset that is not a whole number of bytes', () => {
    expect(() => createZipWriter(CREATED, { startOffsetBytes: -1 })).toThrow(RangeError);
    expect(() => createZipWriter(CREATED, { startOffsetBytes: 0.5 })).toThrow(RangeError);
  });
});

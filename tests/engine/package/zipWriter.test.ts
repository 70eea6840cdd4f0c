// The zip written entry by entry: the same bytes as fflate's one-shot zipSync (which the package used to call)
// for the same files, a file deflated elsewhere gives the same entry, and the CRC-32 is the standard one, also
// when computed piece by piece.
import { deflateSync, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../engine/package/crc32.ts';
import { zipFiles } from '../../../engine/package/zipFiles.ts';
import { createZipWriter, dosTime } from '../../../engine/package/zipWriter.ts';

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

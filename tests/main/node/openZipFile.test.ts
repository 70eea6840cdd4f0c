// A zip read from its file piece by piece: a ZIP64 container, and entries whose local headers lie past 4 GiB in a
// real (sparse) file that no Uint8Array could hold, come back byte for byte; bombs are refused as from bytes; a
// missing file or a folder is an I/O error, not a bad zip.
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZipWriter } from '../../../engine/package/index.ts';
import { inflateZipEntry, listZipEntries, PACKAGE_ZIP_LIMITS, ZipRefusal } from '../../../engine/zip/index.ts';
import { openZipFile } from '../../../main/node/openZipFile.ts';
import { forgeDeclaredSize, zip64Of } from '../../engine/zip/zipBombs.ts';

const PAST_4_GIB = 2 ** 32 + 1000;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-open-zip-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readAll(path: string): Record<string, string> {
  const zip = openZipFile(path);
  try {
    const entries = listZipEntries(zip.source, 'z.zip', PACKAGE_ZIP_LIMITS);
    return Object.fromEntries(entries.map((e) => [e.name, new TextDecoder().decode(inflateZipEntry(zip.source, 'z.zip', e))]));
  } finally {
    zip.close();
  }
}

describe('openZipFile', () => {
  it('reads a ZIP64 container from its file', () => {
    const path = join(dir, 'z64.zip');
    writeFileSync(path, zip64Of({ 'manifest.json': strToU8('{"a":1}'), 'layers/GHYDYH.geojson': strToU8('地块\n'.repeat(5000)) }));
    expect(readAll(path)).toEqual({ 'layers/GHYDYH.geojson': '地块\n'.repeat(5000), 'manifest.json': '{"a":1}' });
  });

  it('reads entries whose local headers start past 4 GiB of a real file', () => {
    const writer = createZipWriter('2026-11-27T00:00:00Z', { startOffsetBytes: PAST_4_GIB });
    const parts = [...writer.entry('a.txt', strToU8('你好')), ...writer.entry('b/c.txt', strToU8('再见'.repeat(1000))), writer.finish()];
    const path = join(dir, 'far.zip');
    const fd = openSync(path, 'w');
    try {
      // "PK", then a hole up to the writer's start (nothing is written there), then the archive.
      writeSync(fd, strToU8('PK'), 0, 2, 0);
      ftruncateSync(fd, PAST_4_GIB);
      let at = PAST_4_GIB;
      for (const p of parts) (writeSync(fd, p, 0, p.length, at), (at += p.length));
    } finally {
      closeSync(fd);
    }
    expect(statSync(path).size).toBeGreaterThan(2 ** 32);
    expect(readAll(path)).toEqual({ 'a.txt': '你好', 'b/c.txt': '再见'.repeat(1000) });
  });

  it('refuses bombs read from a file as from bytes', () => {
    const forged = join(dir, 'forged.zip');
    writeFileSync(forged, forgeDeclaredSize(zipSync({ 'blueprint.gpkg': new Uint8Array(8 << 20) }), 'blueprint.gpkg', 1000));
    const ratio = join(dir, 'ratio.zip');
    writeFileSync(ratio, zipSync({ 'big.csv': new Uint8Array(4 << 20).fill(32) }));
    const code = (path: string) => {
      try {
        readAll(path);
      } catch (e) {
        if (e instanceof ZipRefusal) return e.code;
        throw e;
      }
      return 'read';
    };
    expect([code(forged), code(ratio)]).toEqual(['zip-size-mismatch', 'zip-ratio']);
  });

  it('throws an I/O error for a missing file or a folder', () => {
    mkdirSync(join(dir, 'folder.zip'));
    expect(() => openZipFile(join(dir, 'missing.zip'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => openZipFile(join(dir, 'folder.zip'))).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});

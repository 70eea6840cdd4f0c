// The package zip streamed as `lantu export` writes it: the bytes of the one-shot zip for the same files, large
// files deflated in worker threads included (an owned file's buffer is taken there, a lent input's copied), a refusal before
// any chunk, and a build that fails midway leaving neither the target nor a temporary file.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zipFiles, type Manifest, type PackageFile, type PackageFilesEnd } from '../../../engine/package/index.ts';
import { atomicWriteFile } from '../../../main/node/atomicWriteFile.ts';
import { zipPackageStream } from '../../../main/node/zipPackageStream.ts';

const CREATED = '2026-11-27T00:00:00.000Z';
const MANIFEST = { manifestVersion: '1', files: [] } as unknown as Manifest;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-zipstream-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function text(length: number, seed: number): Uint8Array {
  const words = ['用地', 'GHYDYH', '0.123456789', '{"type":"Feature"}', '\n', '济源'];
  let out = '';
  let x = seed;
  while (out.length < length) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out += words[x % words.length];
  }
  return new TextEncoder().encode(out);
}

function* files(list: readonly PackageFile[], failAfter = Infinity): Generator<PackageFile, PackageFilesEnd, undefined> {
  let given = 0;
  for (const file of list) {
    if (given++ >= failAfter) throw new Error('the build failed');
    yield file;
  }
  return { ok: true, manifest: MANIFEST };
}

async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

describe('zipPackageStream', () => {
  it('streams the bytes of the one-shot zip, deflating large files in workers, taking owned buffers and copying lent ones', async () => {
    const lent = text(1_500_000, 1);
    const lentBytes = lent.length;
    const list: PackageFile[] = [
      { path: 'blueprint.gpkg', bytes: text(2_500_000, 2), owned: true },
      { path: 'build.json', bytes: text(300, 3), owned: true },
      { path: 'layers/GHYDYH.geojson', bytes: text(1_200_000, 4), owned: true },
      { path: 'manifest.json', bytes: text(2000, 5), owned: true },
      { path: 'sources/land.json', bytes: lent, owned: false },
      { path: 'sources/transport.json', bytes: text(1_300_000, 7), owned: true },
      { path: 'targets.json', bytes: new Uint8Array(0), owned: false },
    ];
    const sizes = list.map((f) => f.bytes.length);
    const expected = Buffer.from(zipFiles(new Map(list.map((f) => [f.path, f.bytes.slice()])), CREATED));
    const seen: string[] = [];
    const started = zipPackageStream(files(list), CREATED, (f) => seen.push(f.path));
    if (!started.ok) throw new Error('expected a package');
    const zip = await collect(started.stream.chunks);
    expect(zip.equals(expected)).toBe(true);
    expect(seen).toEqual(list.map((f) => f.path));
    expect(started.stream.done()).toEqual({ manifest: MANIFEST, sizeBytes: expected.length });
    // A moved buffer is detached here: its view reads as empty. Files under a megabyte stay in this thread.
    const moved = ['blueprint.gpkg', 'layers/GHYDYH.geojson', 'sources/transport.json'];
    expect(list.map((f) => [f.path, f.bytes.length])).toEqual(list.map((f, i) => [f.path, moved.includes(f.path) ? 0 : sizes[i]]));
    expect(lent.length).toBe(lentBytes);
  });

  it('writes the same bytes whether this thread waits for each large file or goes on encoding past them', async () => {
    const list: PackageFile[] = [
      { path: 'a.gpkg', bytes: text(3_000_000, 8), owned: true },
      { path: 'b.json', bytes: text(500, 9), owned: true },
      { path: 'c.geojson', bytes: text(2_200_000, 10), owned: true },
      { path: 'd.geojson', bytes: text(1_100_000, 11), owned: true },
      { path: 'e.csv', bytes: text(700, 12), owned: true },
      { path: 'f.json', bytes: text(1_600_000, 13), owned: true },
    ];
    const expected = Buffer.from(zipFiles(new Map(list.map((f) => [f.path, f.bytes.slice()])), CREATED));
    // A budget below one large file waits for each; one above them all lets every deflate run at once.
    for (const budget of [1, 2_500_000, 64_000_000]) {
      const started = zipPackageStream(files(list.map((f) => ({ ...f, bytes: f.bytes.slice() }))), CREATED, undefined, budget);
      if (!started.ok) throw new Error('expected a package');
      expect((await collect(started.stream.chunks)).equals(expected)).toBe(true);
    }
  });

  it('gives the reasons of a refused package before any chunk', () => {
    const reasons = [{ kind: 'blocker' as const, id: 'R08:1', zh: '阻断冲突', en: 'blocker' }];
    // eslint-disable-next-line require-yield -- a refused package yields no file, only the reasons it returns
    const refused = (function* (): Generator<PackageFile, PackageFilesEnd, undefined> {
      return { ok: false, reasons };
    })();
    expect(zipPackageStream(refused, CREATED)).toEqual({ ok: false, reasons });
  });

  it('leaves neither the target nor a temporary file when the build fails midway, and an old file untouched', async () => {
    const target = join(dir, 'blueprint.zip');
    writeFileSync(target, 'old package');
    const list: PackageFile[] = [
      { path: 'a.json', bytes: text(2_000_000, 6), owned: true },
      { path: 'b.json', bytes: text(100, 7), owned: true },
    ];
    const started = zipPackageStream(files(list, 1), CREATED);
    if (!started.ok) throw new Error('expected a package');
    await expect(atomicWriteFile(target, started.stream.chunks)).rejects.toThrow('the build failed');
    expect(readdirSync(dir)).toEqual(['blueprint.zip']);
    expect(readFileSync(target, 'utf8')).toBe('old package');
    expect(() => started.stream.done()).toThrow(/not finished/);
  });
});

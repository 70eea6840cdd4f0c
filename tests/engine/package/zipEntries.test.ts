// zipEntries: the same files as unzipFiles, inflated only when read; unknown paths give undefined, directory
// entries are not files, and a damaged zip is refused up front.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipEntries } from '../../../engine/package/zipEntries.ts';
import { unzipFiles, zipFiles } from '../../../engine/package/zipFiles.ts';

const files = new Map([
  ['manifest.json', strToU8('{"files":[]}\n')],
  ['layers/GHYDYH.geojson', strToU8('{"type":"FeatureCollection","features":[]}\n'.repeat(200))],
  ['blueprint.gpkg', new Uint8Array(5000).map((_, i) => i % 251)],
]);

describe('zipEntries', () => {
  it('reads every file of a package zip exactly as unzipFiles does, keys sorted', () => {
    const zip = zipFiles(files, '2026-11-27T08:00:00Z');
    const lazy = zipEntries(zip);
    const eager = unzipFiles(zip);
    expect([...lazy.keys()]).toEqual([...eager.keys()]);
    expect(lazy.size).toBe(3);
    for (const [path, bytes] of eager) expect(lazy.get(path)).toEqual(bytes);
    expect(new Map(lazy)).toEqual(eager);
  });

  it('answers undefined for a path it does not hold and skips directory entries', () => {
    const zip = zipSync({ 'sources/': new Uint8Array(0), 'sources/land.json': strToU8('{}') });
    const lazy = zipEntries(zip);
    expect([...lazy.keys()]).toEqual(['sources/land.json']);
    expect(lazy.has('sources/')).toBe(false);
    expect(lazy.get('missing.json')).toBeUndefined();
  });

  it('refuses a damaged zip when opened', () => {
    const zip = zipFiles(files, '2026-11-27T08:00:00Z');
    expect(() => zipEntries(zip.subarray(0, zip.length - 30))).toThrow();
    expect(() => zipEntries(strToU8('hello'))).toThrow();
  });
});

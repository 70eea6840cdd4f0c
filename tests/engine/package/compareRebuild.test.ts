// Comparing a package with its rebuild: identical files pass; any changed byte (even one unit in the last digit
// of a number), a missing file or an extra file names the file.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareRebuild } from '../../../engine/package/compareRebuild.ts';

const indicators = (areaM2: string) => strToU8(`[{"indicator":"territory","areaM2":${areaM2},"count":3}]\n`);
const files = (entries: Record<string, Uint8Array>) => new Map(Object.entries(entries));

describe('compareRebuild', () => {
  it('finds identical packages identical', () => {
    const a = files({ 'indicators.json': indicators('2212712468.76'), 'blueprint.gpkg': new Uint8Array([1, 2, 3]) });
    const b = files({ 'blueprint.gpkg': new Uint8Array([1, 2, 3]), 'indicators.json': indicators('2212712468.76') });
    expect(compareRebuild(a, b)).toEqual([]);
  });

  it('names a file whose number differs by one unit in its last digit, and a file with one changed byte', () => {
    const rebuilt = files({ 'indicators.json': indicators('2212712468.75'), 'blueprint.gpkg': new Uint8Array([1, 2, 3]) });
    expect(compareRebuild(files({ 'indicators.json': indicators('2212712468.76'), 'blueprint.gpkg': new Uint8Array([1, 2, 3]) }), rebuilt)).toEqual(['indicators.json']);
    expect(compareRebuild(files({ 'indicators.json': indicators('2212712468.75'), 'blueprint.gpkg': new Uint8Array([1, 2, 4]) }), rebuilt)).toEqual(['blueprint.gpkg']);
  });

  it('names files present on one side only, sorted', () => {
    const base = files({ 'indicators.json': indicators('1.25'), 'manifest.json': strToU8('{}') });
    expect(compareRebuild(files({ ...Object.fromEntries(base), 'notes.txt': strToU8('x') }), base)).toEqual(['notes.txt']);
    expect(compareRebuild(files({ 'manifest.json': strToU8('{}') }), base)).toEqual(['indicators.json']);
  });
});

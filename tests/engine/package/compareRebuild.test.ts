// Comparing a package with its rebuild: identical files pass, a number one unit apart in its last digit (a
// rounding boundary another engine's Math functions fall on the other side of) is listed, not failed, in the
// text files, the GeoPackage and the manifest's entries; anything more is a differing file.
import { strToU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Geometry } from '../../../engine/model/types.ts';
import { buildGeoPackage } from '../../../engine/package/buildGeoPackage.ts';
import { compareRebuild, withinLastDigit } from '../../../engine/package/compareRebuild.ts';
import { jsonBytes } from '../../../engine/package/jsonBytes.ts';
import { sha256Hex } from '../../../engine/package/sha256Hex.ts';
import type { SqlJsWriterPort } from '../../../engine/package/sqlJsWriterPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';

let sqlJs: SqlJsWriterPort;
beforeAll(async () => {
  sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
});

const square: Geometry = { type: 'Polygon', coordinates: [[[112.5, 35], [112.6, 35], [112.6, 35.1], [112.5, 35.1], [112.5, 35]]] };

function gpkg(mj: number, geometry: Geometry = square): Uint8Array {
  return buildGeoPackage(sqlJs, [{ name: 'YZTYDFG', titleZh: '一张图用地覆盖', features: [{ id: 'c1', geometry, properties: { YDYHFLDM: '0101', MJ: mj } }] }], '2026-11-27T00:00:00Z');
}

/** A package of the given files with its manifest listing them. */
function pack(files: Record<string, Uint8Array>): Map<string, Uint8Array> {
  const manifest = { manifestVersion: '1', files: Object.keys(files).sort().map((path) => ({ path, sizeBytes: files[path]!.length, sha256: sha256Hex(files[path]!) })) };
  return new Map([...Object.entries(files), ['manifest.json', jsonBytes(manifest)]]);
}

const indicators = (areaM2: string, count = 3) => strToU8(`[{"indicator":"territory","areaM2":${areaM2},"count":${count},"id":"a706d5cd-1a51"}]\n`);

describe('compareRebuild', () => {
  it('accepts one unit in the last digit at 2 decimals or finer, never in integers or beyond one unit', () => {
    expect(withinLastDigit('587614.26', '587614.25')).toBe(true);
    expect(withinLastDigit('2', '1.99')).toBe(true);
    expect(withinLastDigit('112.3', '112.299999999')).toBe(true);
    expect(withinLastDigit('587614.27', '587614.25')).toBe(false);
    expect(withinLastDigit('5.8', '5.7')).toBe(false);
    expect(withinLastDigit('3522', '3521')).toBe(false);
  });

  it('finds identical packages identical', () => {
    const files = { 'indicators.json': indicators('2212712468.76'), 'blueprint.gpkg': gpkg(587614.25) };
    expect(compareRebuild(pack(files), pack(files), sqlJs)).toEqual({ differing: [], lastDigit: [] });
  });

  it('lists a last-digit difference in a JSON file and in the GeoPackage, with the manifest entries that follow from it', () => {
    const found = pack({ 'indicators.json': indicators('2212712468.76'), 'blueprint.gpkg': gpkg(587614.26) });
    const rebuilt = pack({ 'indicators.json': indicators('2212712468.75'), 'blueprint.gpkg': gpkg(587614.25) });
    expect(compareRebuild(found, rebuilt, sqlJs)).toEqual({
      differing: [],
      lastDigit: [
        { path: 'blueprint.gpkg YZTYDFG#1', found: '587614.26', rebuilt: '587614.25' },
        { path: 'indicators.json', found: '2212712468.76', rebuilt: '2212712468.75' },
      ],
    });
  });

  it('names the file when a number moves further, an integer changes, text changes or a geometry changes', () => {
    const base = pack({ 'indicators.json': indicators('10.25'), 'blueprint.gpkg': gpkg(1.5) });
    expect(compareRebuild(pack({ 'indicators.json': indicators('10.27'), 'blueprint.gpkg': gpkg(1.5) }), base, sqlJs).differing).toEqual(['indicators.json', 'manifest.json']);
    expect(compareRebuild(pack({ 'indicators.json': indicators('10.25', 4), 'blueprint.gpkg': gpkg(1.5) }), base, sqlJs).differing).toEqual(['indicators.json', 'manifest.json']);
    expect(compareRebuild(pack({ 'indicators.json': strToU8(new TextDecoder().decode(indicators('10.25')).replace('territory', 'forestLand')), 'blueprint.gpkg': gpkg(1.5) }), base, sqlJs).differing).toEqual(['indicators.json', 'manifest.json']);
    const moved: Geometry = { type: 'Polygon', coordinates: [[[112.5, 35], [112.61, 35], [112.6, 35.1], [112.5, 35.1], [112.5, 35]]] };
    expect(compareRebuild(pack({ 'indicators.json': indicators('10.25'), 'blueprint.gpkg': gpkg(1.5, moved) }), base, sqlJs).differing).toEqual(['blueprint.gpkg', 'manifest.json']);
  });

  it('names a file present on one side only', () => {
    const files = { 'indicators.json': indicators('1.25') };
    expect(compareRebuild(pack({ ...files, 'notes.txt': strToU8('x') }), pack(files), sqlJs).differing).toEqual(['manifest.json', 'notes.txt']);
  });
});

// The CLI bundle's GEOS split (scripts/build/geosWasmFile.mjs): geos-wasm's module without its base64 WebAssembly, which
// it reads from geos.wasm beside it, answers as the original does, and a missing geos.wasm rejects instead of hanging.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createGeosPort, type GeosWasm } from '../../../engine/geometry/index.ts';
import type { Geometry } from '../../../engine/model/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { geosWasmFiles } from '../../../scripts/build/geosWasmFile.mjs';
import { PROJECT_ROOT } from '../../main/cli/ensureCliBuilt.ts';

const temp = mkdtempSync(join(tmpdir(), 'lantu-geos-split-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const bowTie: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35.1],
      [112.51, 35.11],
      [112.51, 35.1],
      [112.5, 35.11],
      [112.5, 35.1],
    ],
  ],
};
const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.505, 35.1],
      [112.52, 35.1],
      [112.52, 35.12],
      [112.505, 35.1],
    ],
  ],
};

async function importSplit(folder: string): Promise<(options: object) => Promise<unknown>> {
  return ((await import(pathToFileURL(join(folder, 'geos.mjs')).href)) as { default: (options: object) => Promise<unknown> }).default;
}

describe('geosWasmFiles', () => {
  const split = geosWasmFiles(PROJECT_ROOT);

  it('takes the WebAssembly out of the module: a small module and a valid .wasm', () => {
    expect(split.module.length).toBeLessThan(200_000);
    expect(split.module).not.toMatch(/base64,[A-Za-z0-9+/]{100}/);
    expect(split.wasm.length).toBeGreaterThan(1_000_000);
    expect(WebAssembly.validate(split.wasm)).toBe(true);
  });

  it('gives the same answers as the geos-wasm module with the embedded WebAssembly', async () => {
    const folder = join(temp, 'both');
    mkdirSync(folder);
    writeFileSync(join(folder, 'geos.mjs'), split.module);
    writeFileSync(join(folder, 'geos.wasm'), split.wasm);
    const initSplit = await importSplit(folder);
    const fromFile = createGeosPort((await initSplit({ errorHandler: () => undefined })) as GeosWasm);
    const embedded = await createGeometryPort();
    try {
      for (const port of [fromFile, embedded]) expect(port.validity(bowTie).valid).toBe(false);
      expect(fromFile.validity(bowTie)).toEqual(embedded.validity(bowTie));
      expect(fromFile.makeValid(bowTie)).toEqual(embedded.makeValid(bowTie));
      expect(fromFile.intersection(square, fromFile.makeValid(bowTie)!)).toEqual(
        embedded.intersection(square, embedded.makeValid(bowTie)!),
      );
      expect(fromFile.bufferM(square, 30)).toEqual(embedded.bufferM(square, 30));
    } finally {
      fromFile.dispose();
      embedded.dispose();
    }
  });

  it('rejects, rather than never settling, when geos.wasm is missing', async () => {
    const folder = join(temp, 'module-only');
    mkdirSync(folder);
    writeFileSync(join(folder, 'geos.mjs'), split.module);
    const initSplit = await importSplit(folder);
    await expect(initSplit({})).rejects.toThrow(/ENOENT.*geos\.wasm/);
  });
});

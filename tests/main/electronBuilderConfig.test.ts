// electron-builder.yml checked against electron-builder's own configuration schema (app-builder-lib's
// scheme.json), plus what Lantu requires of its packaging: targets, file association, icons, no publishing.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const builderLib = require.resolve('app-builder-lib/package.json');
// electron-builder reads its YAML with js-yaml; load it the same way, from electron-builder's own dependency.
const yaml = createRequire(builderLib)('js-yaml') as { load(text: string): unknown };
const schema = JSON.parse(readFileSync(join(builderLib, '..', 'scheme.json'), 'utf8')) as object;
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s configuration schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
    expect(valid).toBe(true);
  });

  it('the schema check catches a wrong key (it is really applied)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).toBe(false);
  });

  it('builds a Windows NSIS installer and Linux AppImage and deb for 蓝图 Lantu, publishing nothing', () => {
    expect(config.appId).toBe('cn.lantu.desktop');
    expect(config.productName).toBe('蓝图 Lantu');
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t: { target: string }) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.publish).toBeNull();
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'lantu', mimeType: 'application/x-lantu-workspace' })]);
  });

  it('packages only the built bundles, with package.json whose main is the built main process', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'out/main/**', 'out/preload/**', 'out/renderer/**', '!**/node_modules/**']),
    );
    expect(JSON.parse(readFileSync('package.json', 'utf8')).main).toBe('out/main/index.cjs');
  });

  it('points at a 512 px PNG icon and an ICO holding 16–256 px PNG images', () => {
    const png = readFileSync(config.linux.icon);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(config.win.icon);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 7]);
    const sizes: number[] = [];
    for (let i = 0; i < 7; i++) {
      const offset = ico.readUInt32LE(6 + i * 16 + 12);
      expect(ico.subarray(offset + 1, offset + 4).toString('ascii')).toBe('PNG');
      sizes.push(ico.readUInt32BE(offset + 16));
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });
});

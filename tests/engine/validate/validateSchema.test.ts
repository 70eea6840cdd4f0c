import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSchemaName, schemaIdOf, validateSchema } from '../../../engine/validate/validateSchema.ts';

describe('validateSchema', () => {
  it('has a generated validator for every schemas/*.schema.json', () => {
    const names = readdirSync('schemas')
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => f.replace('.schema.json', ''));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(isSchemaName(name), name).toBe(true);
    expect(schemaIdOf('plan-land')).toBe('https://lantu.local/schemas/plan-land/1.0.0');
  });

  it('reports a missing plan member with its JSON pointer', () => {
    const result = validateSchema('plan-land', { type: 'FeatureCollection', features: [] });
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(
      expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'plan' } }),
    );
  });

  it('discriminates feature properties by layer', () => {
    const plan = {
      schemaVersion: '1.0.0',
      kind: 'industry',
      id: 'p',
      title: 't',
      department: 'd',
      version: 'v1',
      period: { start: 2020, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    };
    const feature = {
      type: 'Feature',
      id: '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13',
      layer: 'GYXM',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112, 35],
            [112.1, 35],
            [112.1, 35.1],
            [112, 35],
          ],
        ],
      },
      properties: { BSM: '419001000000000001', XMMC: '项目', YDYHFLDM: '100102', GYLX: '四类工业' },
    };
    const result = validateSchema('plan-industry', { type: 'FeatureCollection', plan, features: [feature] });
    expect(result.errors).toContainEqual(expect.objectContaining({ instancePath: '/features/0/properties/GYLX', keyword: 'enum' }));
    const ok = validateSchema('plan-industry', {
      type: 'FeatureCollection',
      plan,
      features: [{ ...feature, properties: { ...feature.properties, GYLX: '三类工业' } }],
    });
    expect(ok).toEqual({ valid: true, errors: [] });
  });
});

describe('geometry dispatch on type', () => {
  const plan = {
    schemaVersion: '1.0.0',
    kind: 'land',
    id: 'p',
    title: 't',
    department: 'd',
    version: 'v1',
    period: { start: 2020, end: 2035 },
    classification: 'ydyh2023',
    sourceCrs: 'EPSG:4490',
  };
  const ring = (n: number): unknown[][] => {
    const out: unknown[][] = [];
    for (let i = 0; i < n; i++) out.push([112 + (i % 2) * 0.001, 35 + i * 0.000001]);
    out.push(out[0]!);
    return out;
  };
  /** The errors that say what is wrong (`if` only says its `then` failed, and schemaFindings drops it too). */
  const telling = (errors: readonly { keyword: string }[]) => errors.filter((e) => e.keyword !== 'if');
  const landDoc = (geometry: unknown) => ({
    type: 'FeatureCollection',
    plan,
    features: [
      {
        type: 'Feature',
        id: '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13',
        layer: 'GHYDYH',
        geometry,
        properties: { BSM: '419001000000000001', YDYHFLDM: '0101' },
      },
    ],
  });

  it('checks a 1,000-vertex Polygon against the Polygon definition only: a bad vertex gives one error at its path', () => {
    const shell = ring(1000);
    shell[500] = [112, 'x'];
    const result = validateSchema('plan-land', landDoc({ type: 'Polygon', coordinates: [shell] }));
    // Under anyOf [Polygon, MultiPolygon] every vertex also failed the MultiPolygon branch (thousands of errors).
    expect(telling(result.errors)).toEqual([
      expect.objectContaining({ instancePath: '/features/0/geometry/coordinates/0/500/1', keyword: 'type', params: { type: 'number' } }),
    ]);
  });

  it('checks a MultiPolygon against the MultiPolygon definition only', () => {
    const shell = ring(1000);
    shell[7] = [112];
    const result = validateSchema('plan-land', landDoc({ type: 'MultiPolygon', coordinates: [[ring(10)], [shell]] }));
    expect(telling(result.errors)).toEqual([
      expect.objectContaining({ instancePath: '/features/0/geometry/coordinates/1/0/7', keyword: 'minItems' }),
    ]);
    expect(validateSchema('plan-land', landDoc({ type: 'MultiPolygon', coordinates: [[ring(1000)]] }))).toEqual({
      valid: true,
      errors: [],
    });
  });

  it('refuses a geometry type the layer does not take with one error on type', () => {
    const result = validateSchema('plan-land', landDoc({ type: 'LineString', coordinates: ring(1000) }));
    expect(telling(result.errors)).toEqual([expect.objectContaining({ instancePath: '/features/0/geometry/type', keyword: 'enum' })]);
  });

  it('dispatches lines and point-or-polygon geometries the same way', () => {
    const transport = { ...plan, kind: 'transport' };
    const line = ring(1000).slice(0, 1000);
    line[3] = [112, 35, 1, 2];
    const road = {
      type: 'Feature',
      id: '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13',
      layer: 'JTXL',
      geometry: { type: 'LineString', coordinates: line },
      properties: { BSM: '419001000000000001', XLMC: '路', DJ: '国道', KD: 30 },
    };
    const station = {
      type: 'Feature',
      id: '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f14',
      layer: 'JTSS',
      geometry: {
        type: 'MultiPoint',
        coordinates: [
          [112, 35],
          [112, 'y'],
        ],
      },
      properties: { BSM: '419001000000000002', SSMC: '站', SSLX: '其他' },
    };
    const result = validateSchema('plan-transport', { type: 'FeatureCollection', plan: transport, features: [road, station] });
    expect(telling(result.errors)).toEqual([
      expect.objectContaining({ instancePath: '/features/0/geometry/coordinates/3', keyword: 'maxItems' }),
      expect.objectContaining({ instancePath: '/features/1/geometry/coordinates/1/1', keyword: 'type' }),
    ]);
  });
});

describe('generated validators', () => {
  it("append a called validator's errors in place (concat copied all earlier errors once per feature: quadratic)", async () => {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync('engine/validate/generated/validators.js', 'utf8');
    expect(code).not.toMatch(/\.concat\(/);
    expect(code).toMatch(/vErrors = __appendErrors\(vErrors, validate\d+\.errors\);/);
  });

  it("give the same errors, in the same order, as ajv's own compiled validator for a plan with a finding on every feature", async () => {
    const { readFileSync, readdirSync: list } = await import('node:fs');
    const { createAjv } = await import('../../../scripts/build/generated.mjs');
    const ajv = createAjv();
    for (const file of list('schemas').filter((f) => f.endsWith('.schema.json')))
      ajv.addSchema(JSON.parse(readFileSync(`schemas/${file}`, 'utf8')));
    const reference = ajv.getSchema('https://lantu.local/schemas/plan-land/1.0.0')!;
    const doc = JSON.parse(readFileSync('tests/fixtures/plans/land/valid.json', 'utf8'));
    const features = [];
    for (let i = 0; i < 200; i++) {
      const f = structuredClone(doc.features[i % doc.features.length]);
      f.properties.BSM = `41${String(i).padStart(8, '0')}`;
      if (i % 3 === 0) delete f.properties.YDYHFLDM;
      if (i % 7 === 0) f.geometry.coordinates[0][1] = ['x', 35];
      features.push(f);
    }
    const bad = { ...doc, features };
    expect(reference(bad)).toBe(false);
    const ours = validateSchema('plan-land', bad);
    expect(ours.errors.length).toBeGreaterThan(400);
    expect(ours.errors).toEqual(reference.errors);
  });

  it('contain no eval, new Function or require, so they run under a strict CSP and as ES modules', async () => {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync('engine/validate/generated/validators.js', 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).toMatch(/^import \* as __runtime\d+_ns from "[^"]+\.js";$/m);
  });
});

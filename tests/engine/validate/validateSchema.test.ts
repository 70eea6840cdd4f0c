import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSchemaName, schemaIdOf, validateSchema } from '../../../engine/validate/validateSchema.ts';

describe('validateSchema', () => {
  it('has a generated validator for every schemas/*.schema.json', () => {
    const names = readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).map((f) => f.replace('.schema.json', ''));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) expect(isSchemaName(name), name).toBe(true);
    expect(schemaIdOf('plan-land')).toBe('https://lantu.local/schemas/plan-land/1.0.0');
  });

  it('reports a missing plan member with its JSON pointer', () => {
    const result = validateSchema('plan-land', { type: 'FeatureCollection', features: [] });
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'plan' } }));
  });

  it('discriminates feature properties by layer', () => {
    const plan = { schemaVersion: '1.0.0', kind: 'industry', id: 'p', title: 't', department: 'd', version: 'v1', period: { start: 2020, end: 2035 }, classification: 'ydyh2023', sourceCrs: 'EPSG:4490' };
    const feature = { type: 'Feature', id: '6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13', layer: 'GYXM', geometry: { type: 'Polygon', coordinates: [[[112, 35], [112.1, 35], [112.1, 35.1], [112, 35]]] }, properties: { BSM: '419001000000000001', XMMC: '项目', YDYHFLDM: '100102', GYLX: '四类工业' } };
    const result = validateSchema('plan-industry', { type: 'FeatureCollection', plan, features: [feature] });
    expect(result.errors).toContainEqual(expect.objectContaining({ instancePath: '/features/0/properties/GYLX', keyword: 'enum' }));
    const ok = validateSchema('plan-industry', { type: 'FeatureCollection', plan, features: [{ ...feature, properties: { ...feature.properties, GYLX: '三类工业' } }] });
    expect(ok).toEqual({ valid: true, errors: [] });
  });
});

describe('generated validators', () => {
  it('contain no eval, new Function or require, so they run under a strict CSP and as ES modules', async () => {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync('engine/validate/generated/validators.js', 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).toMatch(/^import \* as __runtime\d+_ns from "[^"]+\.js";$/m);
  });
});

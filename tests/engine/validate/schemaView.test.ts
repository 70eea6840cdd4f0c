import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geometryTypesOf, isLayerCode, layersOfKind } from '../../../engine/model/layers.ts';
import type { PlanKind } from '../../../engine/model/types.ts';
import { checkGeometry } from '../../../engine/validate/checkGeometry.ts';
import { schemaView } from '../../../engine/validate/schemaView.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';

type Doc = { plan: { kind: PlanKind }; features: Record<string, unknown>[] };
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Doc;
const ring = [
  [112.5, 35.1],
  [112.51, 35.1],
  [112.51, 35.11],
  [112.5, 35.1],
];
const line = [
  [112.5, 35.1],
  [112.6, 35.2],
];
/** One geometry per way a geometry can be wrong (and a few right ones of every type), for any layer. */
const GEOMETRIES: unknown[] = [
  null,
  'Polygon',
  [ring],
  {},
  { type: 'Bogus', coordinates: [] },
  { type: ['Polygon'], coordinates: [ring] },
  { type: 'Point', coordinates: [112.5, 35.1] },
  { type: 'Point', coordinates: [112.5] },
  { type: 'Point', coordinates: [[112.5, 35.1]] },
  { type: 'MultiPoint', coordinates: [] },
  { type: 'MultiPoint', coordinates: [[112.5, 35.1]] },
  { type: 'MultiPoint', coordinates: [[112.5]] },
  { type: 'LineString', coordinates: line },
  { type: 'LineString', coordinates: [line[0]] },
  { type: 'LineString', coordinates: [line[0], [112.6, 35.2, 3]] },
  { type: 'MultiLineString', coordinates: [line] },
  { type: 'MultiLineString', coordinates: [[]] },
  { type: 'MultiLineString', coordinates: [line, []] },
  { type: 'MultiLineString', coordinates: [line, [line[0]]] },
  { type: 'Polygon' },
  { type: 'Polygon', coordinates: [] },
  { type: 'Polygon', coordinates: [[]] },
  { type: 'Polygon', coordinates: ring },
  { type: 'Polygon', coordinates: [ring] },
  { type: 'Polygon', coordinates: [ring], bbox: [112.5, 35.1, 112.51, 35.11] },
  { type: 'Polygon', coordinates: [ring.map((p) => [...p, 10])] },
  { type: 'Polygon', coordinates: [ring, []] },
  { type: 'Polygon', coordinates: [ring.slice(0, 3)] },
  { type: 'Polygon', coordinates: [[ring[0], ring[1], ring[0]]] },
  { type: 'Polygon', coordinates: [[...ring.slice(0, 3), [112.5, 35.2]]] },
  { type: 'Polygon', coordinates: [[[1], ...ring]] },
  { type: 'Polygon', coordinates: [[[112.5, 35.1, 1, 2], ...ring.slice(1)]] },
  { type: 'Polygon', coordinates: [[[112.5, '35.1'], ...ring.slice(1)]] },
  { type: 'Polygon', coordinates: [[[112.5, 35.1, 'z'], ...ring.slice(1, 3), [112.5, 35.1, 'z']]] },
  { type: 'Polygon', coordinates: [[1, 2, 3, 4]] },
  {
    type: 'Polygon',
    coordinates: [
      [
        [500000, 3880000],
        [500100, 3880000],
        [500100, 3880100],
        [500000, 3880000],
      ],
    ],
  },
  { type: 'MultiPolygon', coordinates: [ring] },
  { type: 'MultiPolygon', coordinates: [[ring]] },
  { type: 'MultiPolygon', coordinates: [[[ring]]] },
  { type: 'MultiPolygon', coordinates: [[ring], []] },
  { type: 'MultiPolygon', coordinates: [[ring], [[]]] },
  { type: 'MultiPolygon', coordinates: [[ring], [ring.slice(1)]] },
];

/** Features whose structure and geometry pass the hand checks, as validatePlanDocument decides before ajv runs. */
function handChecked(doc: Doc): Set<number> {
  const codes = layersOfKind(doc.plan.kind).map((l) => l.code);
  const ok = new Set<number>();
  doc.features.forEach((f, i) => {
    const props = f.properties;
    if (f.type !== 'Feature' || !isLayerCode(f.layer) || !codes.includes(f.layer)) return;
    if (props === null || typeof props !== 'object' || Array.isArray(props)) return;
    if (!checkGeometry(f.geometry, geometryTypesOf(f.layer), { feature: { index: i }, path: '' })) ok.add(i);
  });
  return ok;
}

/** Every fixture of every kind, each feature's geometry in turn replaced by every entry of GEOMETRIES. */
function* documents(): Generator<[string, Doc]> {
  for (const kind of ['land', 'ecology', 'industry', 'transport']) {
    const base = read(`tests/fixtures/plans/${kind}/valid.json`);
    yield [`${kind}/valid`, base];
    const layers = [...new Set(base.features.map((f) => f.layer))];
    for (const layer of layers) {
      const at = base.features.findIndex((f) => f.layer === layer);
      for (const [k, geometry] of GEOMETRIES.entries()) {
        const doc = structuredClone(base);
        doc.features[at]!.geometry = geometry;
        // A schema finding on another feature, so schema errors and geometry variants mix.
        const other = (at + 1) % doc.features.length;
        (doc.features[other]!.properties as Record<string, unknown>).BSM = '123';
        yield [`${kind}/${String(layer)}/geometry ${k}`, doc];
      }
    }
  }
}

describe('schemaView', () => {
  it('gives ajv the same errors as the whole document for valid, invalid and hostile geometry of every layer', () => {
    let replaced = 0;
    for (const [name, doc] of documents()) {
      const checked = handChecked(doc);
      const fatal = new Set(doc.features.map((_, i) => i).filter((i) => !checked.has(i)));
      replaced += checked.size;
      const schema = `plan-${doc.plan.kind}` as const;
      const whole = validateSchema(schema, doc);
      const view = validateSchema(schema, schemaView(doc as unknown as Record<string, unknown>, doc.features, fatal));
      expect(view, name).toEqual(whole);
    }
    expect(replaced).toBeGreaterThan(500);
  });

  it('leaves the document and its features untouched', () => {
    const doc = read('tests/fixtures/plans/land/valid.json');
    const before = structuredClone(doc);
    const view = schemaView(doc as unknown as Record<string, unknown>, doc.features, new Set([0]));
    expect(doc).toEqual(before);
    expect((view.features as unknown[])[0]).toBe(doc.features[0]);
    expect((view.features as Doc['features'])[1]!.geometry).not.toBe(doc.features[1]!.geometry);
  });

  it('keeps every finding of a plan whose features all carry schema errors', () => {
    const doc = read('tests/fixtures/plans/land/valid.json');
    for (const f of doc.features) (f.properties as Record<string, unknown>).BSM = 12;
    const result = validatePlanBytes(new TextEncoder().encode(JSON.stringify(doc)), 'x.json');
    expect(result.findings.filter((f) => f.code === 'wrong-type').map((f) => f.featureIndex)).toEqual(doc.features.map((_, i) => i));
  });
});

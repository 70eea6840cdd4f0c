// validatePlanStream: the plan pushed in chunks gives validatePlanBytes's findings and plan exactly (or null, and then the
// whole-file path words it) for every plan fixture and the hostile inputs of the validate tests, cut at any byte; its
// unvalidated document() is the plan validation gives.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStoredFeature } from '../../../engine/geometry/index.ts';
import { validatePlanBytes, validatePlanStream, type PlanFileValidation } from '../../../engine/validate/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const FIXTURES = 'tests/fixtures/plans';
const fixtureFiles = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(FIXTURES, d.name)).map((f) => join(FIXTURES, d.name, f)))
  .filter((f) => f.endsWith('.json') && !f.endsWith('expected.json'))
  .sort();
const validText = readFileSync(join(FIXTURES, 'land/valid.json'), 'utf8');

function streamed(bytes: Uint8Array, cuts: readonly number[], options = {}): PlanFileValidation | null {
  const stream = validatePlanStream('plan.json', options);
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    stream.push(bytes.subarray(from, cut));
    from = cut;
  }
  return stream.end();
}

/** Cut points: none, every n bytes for a few n (every byte for small files), and after each of the first 5 bytes. */
function cutsOf(length: number): number[][] {
  const out: number[][] = [[]];
  for (const step of length < 2000 ? [1, 3] : [13, 1009]) {
    const cuts: number[] = [];
    for (let at = step; at < length; at += step) cuts.push(at);
    out.push(cuts);
  }
  for (let at = 1; at < Math.min(length, 6); at++) out.push([at]);
  return out;
}

/** Compares the streamed result (when it gives one) with validatePlanBytes's; returns whether it streamed. */
function expectSame(bytes: Uint8Array, options = {}): boolean {
  const whole = validatePlanBytes(bytes, 'plan.json', options);
  let streamedOnce = false;
  for (const cuts of cutsOf(bytes.length)) {
    const result = streamed(bytes, cuts, options);
    if (result === null) continue; // left to the whole-file path (the callers' fallback): its findings are whole's

    streamedOnce = true;
    expect(result.findings).toEqual(whole.findings);
    expect(result.kind).toEqual(whole.kind);
    expect(result.fileName).toBe(whole.fileName);
    expect(result.plan === undefined).toBe(whole.plan === undefined);
    if (result.plan) expect(JSON.stringify(result.plan)).toBe(JSON.stringify(whole.plan));
  }
  return streamedOnce;
}

function mutate(text: string, change: (doc: Record<string, unknown>, features: Record<string, unknown>[]) => void): Uint8Array {
  const doc = JSON.parse(text) as Record<string, unknown>;
  change(doc, doc.features as Record<string, unknown>[]);
  return enc(JSON.stringify(doc, null, 1));
}

describe('validatePlanStream', () => {
  it('gives validatePlanBytes’s findings and plan for every plan fixture, streaming each, cut anywhere', { timeout: 120_000 }, () => {
    expect(fixtureFiles.length).toBeGreaterThan(25);
    for (const file of fixtureFiles) {
      const bytes = new Uint8Array(readFileSync(file));
      expect(expectSame(bytes), file).toBe(true);
      expect(expectSame(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])), `${file} with a BOM`).toBe(true);
    }
  });

  it('keeps the coordinates of a valid plan in the store, the features as compactPlanDocument leaves them', () => {
    const result = streamed(enc(validText), [100, 2000])!;
    expect(result.plan).toBeDefined();
    expect(result.plan!.features.length).toBeGreaterThan(1);
    for (const f of result.plan!.features) {
      expect(isStoredFeature(f)).toBe(true);
      expect(Object.getOwnPropertyDescriptor(f, 'geometry')!.get).toBeTypeOf('function');
    }
  });

  it('gives, unvalidated, the document end() validates: every plan fixture that validates is that plan', () => {
    let valid = 0;
    for (const file of fixtureFiles) {
      const bytes = new Uint8Array(readFileSync(file));
      const whole = validatePlanBytes(bytes, 'plan.json');
      const stream = validatePlanStream('plan.json');
      stream.push(bytes);
      const document = stream.document();
      if (!whole.plan || document === null) continue;
      valid++;
      expect(JSON.stringify(document), file).toBe(JSON.stringify(whole.plan));
    }
    expect(valid).toBeGreaterThan(3);
    // What the stream leaves to the whole-file path it leaves from document() too.
    const broken = validatePlanStream('plan.json');
    broken.push(enc(validText.slice(0, -20)));
    expect(broken.document()).toBeNull();
  });

  it('gives the same findings for features the checks refuse, which stay as parsed', () => {
    const features = (change: (f: Record<string, unknown>, i: number) => void) =>
      mutate(validText, (_, fs) => fs.forEach((f, i) => change(f, i)));
    const inputs = [
      features((f, i) => i === 1 && (f.geometry = null)),
      features((f, i) => i === 0 && (f.geometry = { type: 'Polygon', coordinates: [] })),
      features((f) => (f.geometry = { coordinates: (f.geometry as { coordinates: unknown }).coordinates, type: 'Polygon' })),
      features((f) => ((f.geometry as Record<string, unknown>).bbox = [0, 0, 1, 1])),
      features((f, i) => i === 0 && (f.geometry = { type: 'Polygon', coordinates: 'x' })),
      features(
        (f, i) =>
          i === 0 &&
          (f.geometry = {
            type: 'Polygon',
            coordinates: [
              [
                [1, 'a'],
                [2, 2],
                [3, 1],
                [1, 'a'],
              ],
            ],
          }),
      ),
      features(
        (f, i) =>
          i === 0 &&
          (f.geometry = {
            type: 'Polygon',
            coordinates: [
              [
                [112.6, 35.1, 5],
                [112.7, 35.1, 5],
                [112.7, 35.2, 5],
                [112.6, 35.1, 5],
              ],
            ],
          }),
      ),
      features((f, i) => i === 0 && (f.geometry = { type: 'Point', coordinates: [112.6, 35.1] })),
      features((f, i) => i === 0 && (f.geometry = { type: 'Curve', coordinates: [] })),
      features((f, i) => i === 1 && delete f.geometry),
      features((f, i) => i === 1 && (f.type = 'Feat')),
      features((f, i) => i === 1 && (f.layer = 'NOPE')),
      features((f, i) => i === 1 && (f.properties = [])),
      features((f, i) => i === 1 && (f.id = (JSON.parse(validText) as { features: { id: string }[] }).features[0]!.id)),
      features((f) => (f.id = 'not-a-uuid')),
      mutate(validText, (doc) => (doc.features = [1, 'two', null, [], { type: 'Feature' }])),
      mutate(validText, (doc) => (doc.features = {})),
      mutate(validText, (doc) => (doc.features = [])),
      mutate(validText, (doc) => delete doc.features),
      mutate(validText, (doc) => delete doc.plan),
      mutate(validText, (doc) => (doc.type = 'Feature')),
      mutate(validText, (doc) => (doc.plan = { ...(doc.plan as object), kind: 'sea' })),
      mutate(validText, (doc) => (doc.plan = { ...(doc.plan as object), sourceCrs: 'EPSG:3857' })),
      mutate(validText, (doc) => {
        const { features, ...rest } = doc;
        for (const key of Object.keys(doc)) delete doc[key];
        Object.assign(doc, { features }, rest); // features first: the plan comes after them
      }),
    ];
    for (const bytes of inputs) expect(expectSame(bytes)).toBe(true);
  });

  it('leaves hostile and broken input to the whole-file path, so its findings are validatePlanBytes’s', () => {
    const inputs = [
      new Uint8Array(0),
      enc(' \n\t '),
      enc('{'),
      enc('[{"type":"FeatureCollection"}]'),
      enc('null'),
      enc('"plan"'),
      enc('{"constructor": {"prototype": {}}}'),
      enc(validText.slice(0, validText.length / 2)),
      enc(validText.slice(0, 20)),
      enc(validText + ' x'),
      enc(validText + '\n{}'),
      enc('{\n  "type": "FeatureCollection",\n  "plan": ,\n}'),
      enc(validText.replace('"properties": {', '"properties": {"__proto__": {"polluted": true}, ')),
      enc(validText.replace('{', '{"__proto__": 1, ')),
      enc(validText.replace('"旱地"', `"${'地'.repeat(70_000)}"`)),
      enc(validText.replace('"type": "FeatureCollection"', `"${'k'.repeat(70_000)}": 1, "type": "FeatureCollection"`)),
      enc(validText.replace('[\n       112.6,', '[\n       1e400,')),
      enc(validText.replace('"features": [', '"features": [,')),
      enc(validText.replace(/\}\s*\]\s*\}\s*$/, '},]}')),
      enc(validText.replace(/\]\s*\}\s*$/, '}')),
      enc(validText.replace('"features"', '"feat\\u0075res"')),
      enc(validText.replace('"features"', '"features": 1, "features"')),
      enc(validText.replace(/\}\s*$/, ', "features": []}')),
      enc(validText.replace(/\}\s*$/, ', "features": 5}')),
      enc(validText.replace('"type": "FeatureCollection"', '"type": "Feature\\u0043ollection"')),
      enc(`${'['.repeat(70)}${']'.repeat(70)}`),
      enc(`{"规":"\\"","b":${'['.repeat(70)}${']'.repeat(70)}}`),
      enc(validText.replace('"properties": {', `"properties": {"deep": ${'['.repeat(64)}${']'.repeat(64)}, `)),
      new Uint8Array([...enc('{"type":"'), 0xb9, 0xe6, 0xbb, 0xae, ...enc('"}')]),
      new Uint8Array([...enc(validText.slice(0, 40)), 0xff, ...enc(validText.slice(40))]),
      new Uint8Array([...enc(validText.slice(0, validText.length - 30)), 0xe4, 0xb8, ...enc(validText.slice(validText.length - 30))]),
      new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...enc(validText)]),
      new Uint8Array([0xef, 0xbb]),
    ];
    for (const bytes of inputs) expectSame(bytes);
    // Each fatal one among them is left to the whole-file path, which alone words decoding and syntax errors.
    for (const bytes of inputs) if (!validatePlanBytes(bytes, 'plan.json').plan) expect(streamed(bytes, [])).toBeNull();
    expect(streamed(enc(validText.replace('"features"', '"feat\\u0075res"')), [])).toBeNull();
  });

  it('honours the depth and string limits it is given', () => {
    expectSame(enc(validText), { maxDepth: 5 });
    expectSame(enc(validText), { maxDepth: 1 });
    expectSame(enc('{"type":"FeatureCollection","features":[]}'), { maxDepth: 1 });
    expectSame(enc(validText), { maxStringLength: 10 });
    expect(expectSame(enc(validText), { areaTolerance: 1e-12 })).toBe(true);
  });

  it('gives the top-level members of a file with a features array, cut anywhere, and nothing for any other', () => {
    const parsed = JSON.parse(validText) as Record<string, unknown>;
    for (const cuts of cutsOf(validText.length)) {
      const stream = validatePlanStream('plan.json');
      let from = 0;
      const bytes = enc(validText);
      for (const cut of [...cuts, bytes.length]) {
        stream.push(bytes.subarray(from, cut));
        from = cut;
      }
      expect(stream.topLevel()).toEqual({ ...parsed, features: [] });
      // Reading the members leaves the validation as it was.
      expect(stream.end()).toEqual(validatePlanBytes(bytes, 'plan.json'));
    }
    const topOf = (text: string) => {
      const stream = validatePlanStream('x.json');
      stream.push(enc(text));
      return stream.topLevel();
    };
    expect(topOf('\ufeff{"rules":[],"features":[{"a":1}]}')).toEqual({ rules: [], features: [] });
    for (const other of ['{"targets":[],"baselines":[]}', '{"conflicts":[]}', '[]', '{"features":[1]', '{"feat\\u0075res":[]}', '', '{}{}'])
      expect(topOf(other)).toBeUndefined();
  });
});

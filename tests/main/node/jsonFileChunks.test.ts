// jsonFileChunks: the streamed text of `lantu import -o` is byte-identical to JSON.stringify(value, null, indent)
// plus a newline, and comes in bounded chunks, so no single string holds the document.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonFileChunks, type JsonChunkOptions } from '../../../main/node/jsonFileChunks.ts';

async function collect(value: unknown, indent: number, options?: JsonChunkOptions): Promise<Buffer[]> {
  const chunks: Buffer[] = [];
  for await (const chunk of jsonFileChunks(value, indent, options)) chunks.push(Buffer.from(chunk));
  return chunks;
}

const plan = JSON.parse(readFileSync('tests/fixtures/plans/land/valid.json', 'utf8'));

function bigPlan(count: number): { features: unknown[] } {
  const features = [];
  for (let i = 0; i < count; i++)
    features.push({
      ...plan.features[i % plan.features.length],
      id: `f-${i}`,
      properties: { ...plan.features[0].properties, BZ: `第 ${i} 块 "引号" \n 换行 \u2028` },
    });
  return { ...plan, features };
}

const odd = {
  empty: [[], {}, [[]], { a: {} }],
  skipped: { u: undefined, f: () => 1, s: Symbol('s'), kept: 1 },
  onlySkipped: { u: undefined },
  inArray: [undefined, () => 1, Symbol('s')],
  numbers: [-0, 1e21, 1e-7, 0.1 + 0.2, NaN, Infinity, -Infinity, Number.MAX_VALUE],
  text: ['中文', 'é\n"\\', '\u2028\u2029', '\ud800', '😀', 'a"b'],
  boxed: [new Number(3), new String('s'), new Boolean(false)],
  date: new Date(Date.UTC(2026, 0, 2)),
  toJSON: { toJSON: (key: string) => `key:${key}` },
  nested: { toJSON: () => ({ deeper: [{ toJSON: (key: string) => key }] }) },
  '__proto__ key': { ['__proto__']: 1 },
  // Elements written in runs (one JSON.stringify for several) around ones whose toJSON reads their index.
  keyed: [1, { toJSON: (key: string) => `at ${key}` }, 2, [3, { four: 4 }], { toJSON: (key: string) => ({ key }) }, 5],
};

describe('jsonFileChunks', () => {
  it('writes the bytes of JSON.stringify(value, null, indent) and a newline, walked or whole, at any chunk size', async () => {
    const values: unknown[] = [plan, bigPlan(30), odd, ...Object.values(odd), 1, 'a', null, true, []];
    for (const value of values) {
      for (const indent of [1, 2]) {
        const expected = Buffer.from(`${JSON.stringify(value, null, indent)}\n`, 'utf8');
        for (const options of [
          {},
          { chunkChars: 1 },
          { chunkChars: 97 },
          { wholeFromDepth: 0 },
          { wholeFromDepth: Infinity, chunkChars: 13 },
        ]) {
          expect(Buffer.concat(await collect(value, indent, options)).equals(expected), `${JSON.stringify(options)} ${indent}`).toBe(true);
        }
      }
    }
  });

  it('hands a large document out in bounded chunks rather than one string', async () => {
    const doc = bigPlan(2000);
    const largestFeature = Math.max(...doc.features.map((f) => Buffer.byteLength(JSON.stringify(f, null, 1), 'utf8')));
    const chunks = await collect(doc, 1, { chunkChars: 8192 });
    const total = chunks.reduce((n, c) => n + c.length, 0);
    expect(total).toBe(Buffer.byteLength(`${JSON.stringify(doc, null, 1)}\n`, 'utf8'));
    expect(chunks.length).toBeGreaterThan(total / (8192 * 3 + largestFeature));
    // A chunk ends at the first element that takes it past chunkChars (UTF-8: up to 3 bytes a char).
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(8192 * 3 + largestFeature + 64);
  });

  it('refuses a circular value as JSON.stringify does', async () => {
    const loop: Record<string, unknown> = { a: 1 };
    loop.self = { back: loop };
    await expect(collect(loop, 1, { wholeFromDepth: Infinity })).rejects.toThrow(TypeError);
    await expect(collect(loop, 1)).rejects.toThrow(TypeError);
  });
});

// The portable elementary functions (engine/numeric) give bit-identical results in headless Chromium and in
// Node on the same 200,000 seeded arguments per function, compared by SHA-256 of the result bytes. Also
// records how many Math.* results differ between the two engines on those arguments (evidence for why
// engine/numeric exists; printed, not asserted, since it depends on the engine versions installed).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARGUMENTS_PER_FUNCTION, argumentsOf, evaluate, FUNCTION_NAMES, sha256Hex } from './portableMath/cases.ts';
import { openHarness, PROJECT_ROOT, type OpenHarness } from './support/index.ts';

let harness: OpenHarness;
let page: Page;

interface Harness {
  portableHashes(): Record<string, string>;
  results(name: string, which: 'portable' | 'math'): string;
  userAgent(): string;
}

beforeAll(async () => {
  harness = await openHarness({
    name: 'portable-math',
    entryPoints: { harness: join(PROJECT_ROOT, 'tests', 'e2e', 'portableMath', 'harness.ts') },
  });
  page = harness.page;
});

afterAll(async () => {
  await harness?.close();
});

async function browserResults(name: string, which: 'portable' | 'math'): Promise<Float64Array> {
  const base64 = await page.evaluate(
    ([n, w]) => (window as unknown as { portableMathHarness: Harness }).portableMathHarness.results(n, w),
    [name, which] as const,
  );
  const bytes = Buffer.from(base64, 'base64');
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
}

/** "name(args) = node vs chromium" for the first index where the two result arrays differ in bits. */
function firstDifference(name: string, node: Float64Array, chromium: Float64Array): string | undefined {
  const args = argumentsOf(name);
  const arity = args.length / node.length;
  const a = new BigUint64Array(node.buffer, node.byteOffset, node.length);
  const b = new BigUint64Array(chromium.buffer, chromium.byteOffset, chromium.length);
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i])
      return `${name}(${Array.from(args.subarray(i * arity, i * arity + arity)).join(', ')}) = ${node[i]} in Node, ${chromium[i]} in Chromium`;
  }
  return undefined;
}

function countDifferences(x: Float64Array, y: Float64Array): number {
  const a = new BigUint64Array(x.buffer, x.byteOffset, x.length);
  const b = new BigUint64Array(y.buffer, y.byteOffset, y.length);
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

function maxUlpDistance(x: Float64Array, y: Float64Array): number {
  const ordinal = (v: bigint) => (v >> 63n ? -(v & 0x7fffffffffffffffn) : v);
  const a = new BigInt64Array(x.buffer, x.byteOffset, x.length);
  const b = new BigInt64Array(y.buffer, y.byteOffset, y.length);
  let max = 0n;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) {
      if (Number.isNaN(x[i]) !== Number.isNaN(y[i])) return Infinity;
      continue;
    }
    const d = ordinal(BigInt.asUintN(64, a[i]!)) - ordinal(BigInt.asUintN(64, b[i]!));
    if ((d < 0n ? -d : d) > max) max = d < 0n ? -d : d;
  }
  return Number(max);
}

describe('portable math across engines', () => {
  it('gives bit-identical results in Chromium and Node for every function on 200,000 seeded arguments each', async () => {
    const chromiumHashes = await page.evaluate(() =>
      (window as unknown as { portableMathHarness: Harness }).portableMathHarness.portableHashes(),
    );
    expect(Object.keys(chromiumHashes)).toEqual(FUNCTION_NAMES);
    const mismatches: string[] = [];
    for (const name of FUNCTION_NAMES) {
      const node = evaluate(name, 'portable');
      expect(node.length).toBe(ARGUMENTS_PER_FUNCTION);
      if (sha256Hex(node) === chromiumHashes[name]) continue;
      mismatches.push(firstDifference(name, node, await browserResults(name, 'portable')) ?? `${name}: hashes differ but no element does`);
    }
    expect(mismatches, mismatches.join('\n')).toEqual([]);
    expect(harness.pageErrors, harness.pageErrors.join('\n')).toEqual([]);
  });

  it('records how many Math.* results differ between Chromium and Node on the same arguments', async () => {
    const chromium = await page.evaluate(() => (window as unknown as { portableMathHarness: Harness }).portableMathHarness.userAgent());
    const counts: Record<string, number> = {};
    const portableToChromiumUlp: Record<string, number> = {};
    let total = 0;
    for (const name of FUNCTION_NAMES) {
      const chromiumMath = await browserResults(name, 'math');
      const n = countDifferences(evaluate(name, 'math'), chromiumMath);
      counts[name] = n;
      total += n;
      portableToChromiumUlp[name] = maxUlpDistance(evaluate(name, 'portable'), chromiumMath);
    }
    console.info(
      `Math.* results differing between Node ${process.versions.node} (V8 ${process.versions.v8}) and ${chromium.match(/Chrome\/[\d.]+/)?.[0] ?? chromium}: ` +
        `${total} of ${FUNCTION_NAMES.length * ARGUMENTS_PER_FUNCTION} (${FUNCTION_NAMES.map((n) => `${n} ${counts[n]}`).join(', ')})`,
    );
    console.info(
      `largest ulp distance of the portable results from Chromium's Math.*: ${FUNCTION_NAMES.map((n) => `${n} ${portableToChromiumUlp[n]}`).join(', ')}`,
    );
    expect(Object.keys(counts)).toEqual(FUNCTION_NAMES);
  });
});

// GEOS's WebAssembly memory stops at 2 GB. A failed allocation is reported by GEOS as any other exception, so without
// telling it apart the callers that carry on around one bad geometry (the indicators' repair, a rule's pair reported
// without a measure) would give another report for the same plans. These tests fill the real memory.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { GeometryError, GeometryMemoryError, type GeometryPort, type GeomHandle } from '../../../engine/geometry/port.ts';
import { encodeWkb } from '../../../engine/geometry/wkb.ts';
import { computeIndicators } from '../../../engine/indicators/index.ts';
import { safeUnion } from '../../../engine/indicators/safeOverlay.ts';
import { createRulesState, loadRulePack, recordsOfRule, type RulePack } from '../../../engine/rules/index.ts';
import { describeRuntimeLimit } from '../../../engine/import/index.ts';
import type { Geometry, Position } from '../../../engine/model/types.ts';
import { loadDemoPlans } from '../../e2e/demoData.ts';

/** A circle-like polygon of `n` vertices near Jiyuan. */
function disc(n: number, lon = 112.5, radiusDeg = 0.01): Geometry {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    ring.push([lon + radiusDeg * Math.cos(a), 35.1 + radiusDeg * Math.sin(a)]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

const square = (lon: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon, 35],
      [lon + 0.001, 35],
      [lon + 0.001, 35.001],
      [lon, 35.001],
      [lon, 35],
    ],
  ],
});

/** Holds copies of ever smaller polygons until not even a square fits: the port's memory is then full. */
function fillMemory(port: GeometryPort): GeomHandle[] {
  const handles: GeomHandle[] = [];
  for (const n of [200_000, 2_000, 20, 4]) {
    const wkb = encodeWkb(disc(n));
    for (;;) {
      try {
        handles.push(port.hold(wkb));
      } catch (error) {
        expect(error).toBeInstanceOf(GeometryMemoryError);
        break;
      }
    }
  }
  return handles;
}

describe('GEOS out of memory', () => {
  let port: GeometryPort;
  beforeEach(async () => {
    port = await createGeometryPort();
  });
  afterEach(() => port.dispose());

  it('is a GeometryMemoryError, not a GeometryError, and what the failed call took is given back', { timeout: 60_000 }, () => {
    const big = port.hold(disc(200_000));
    // 800 clones of 3.2 MB of coordinates do not fit in 2 GB.
    let thrown: unknown;
    try {
      port.unaryUnion(Array<GeomHandle>(800).fill(big));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GeometryMemoryError);
    expect(thrown).not.toBeInstanceOf(GeometryError);
    expect((thrown as GeometryMemoryError).operation).toBe('unaryUnion');
    expect((thrown as Error).message).toMatch(/^unaryUnion: the geometry engine \(GEOS\) ran out of memory; .*2 GB/);
    // Both languages, for the CLI's and the editor's message.
    expect(describeRuntimeLimit(thrown)).toEqual({
      zh: '几何引擎（GEOS）内存不足：其 WebAssembly 内存上限为 2 GB，本次运算未完成，没有生成结果',
      en: (thrown as Error).message,
    });
    // The clones made before the failure were destroyed: 1 GB more fits again, and the port still measures.
    const wkb = encodeWkb(disc(200_000));
    const again = Array.from({ length: 300 }, () => port.hold(wkb));
    expect(port.heldCount()).toBe(301);
    for (const h of again) port.release(h);
    expect(port.intersection(square(112.5), square(112.5005))?.type).toBe('Polygon');
  });

  it('is not taken for a bad geometry by the indicators or the rules', { timeout: 60_000 }, async () => {
    const plans = loadDemoPlans();
    const pack = loadRulePack(JSON.parse(readFileSync('seeds/rules/jiyuan-default.json', 'utf8')));
    if (!pack.ok) throw new Error('the default pack does not load');
    const rule = (pack.pack as RulePack).rules.find((r) => r.id === 'R04')!;
    // Prepared while there is memory; the rule's overlays then find none.
    const state = createRulesState(port, plans);
    const filled = fillMemory(port);
    expect(filled.length).toBeGreaterThan(600);

    expect(() => safeUnion(port, [square(112.5), square(112.5005)])).toThrow(GeometryMemoryError);
    const targets = JSON.parse(readFileSync('seeds/jiyuan/targets.json', 'utf8'));
    expect(() => computeIndicators(plans, targets, port)).toThrow(GeometryMemoryError);
    const ctx = { qualityFindings: [], indicatorValues: () => [], indicatorName: (id: string) => id, checkpoint: () => undefined };
    await expect(recordsOfRule(state, rule, ctx)).rejects.toThrow(GeometryMemoryError);

    // With the memory back, the same rule gives its records.
    for (const h of filled) port.release(h);
    const records = await recordsOfRule(state, rule, ctx);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((r) => r.failure === undefined)).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../engine/indicators/computeIndicators.ts';
import { INDICATOR_IDS } from '../../../engine/indicators/definitions.ts';
import type { IndicatorValue, Targets } from '../../../engine/indicators/types.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import schema from '../../../schemas/targets.schema.json' with { type: 'json' };

const seedDir = join(import.meta.dirname, '..', '..', '..', 'seeds', 'jiyuan');
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(seedDir, name), 'utf8'));
const targets = readJson('targets.json') as Targets;

describe('targets schema', () => {
  it('accepts seeds/jiyuan/targets.json', () => {
    const result = validateSchema('targets', targets);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists exactly the indicators of the catalogue', () => {
    expect([...schema.$defs.indicatorId.enum].sort()).toEqual([...INDICATOR_IDS].sort());
  });

  it.each([
    ['an unknown indicator', { indicator: 'farmland', assigned: 1 }, '/targets/0/indicator'],
    ['a negative target', { indicator: 'cultivatedLand', assigned: -1 }, '/targets/0/assigned'],
    ['a town code that is not 9 digits', { indicator: 'cultivatedLand', townCode: '4190011', assigned: 1 }, '/targets/0/townCode'],
    ['an unknown member', { indicator: 'cultivatedLand', assigned: 1, unit: 'ha' }, '/targets/0'],
  ])('rejects %s', (_what, entry, path) => {
    const result = validateSchema('targets', { ...targets, targets: [entry] });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.instancePath)).toContain(path);
  });

  it('rejects a baseline of zero hectares and a file without the margin', () => {
    expect(validateSchema('targets', { ...targets, baselines: [{ id: 'urbanConstructionLand2020', valueHa: 0, year: 2020 }] }).valid).toBe(
      false,
    );
    const { atRiskMarginPercent: _margin, ...noMargin } = targets;
    expect(validateSchema('targets', noMargin).valid).toBe(false);
  });
});

describe('Jiyuan targets on the demo seeds', () => {
  let port: GeometryPort;
  let values: IndicatorValue[];
  beforeAll(async () => {
    port = await createGeometryPort();
    const plans = ['land', 'ecology', 'industry', 'transport'].map((k) => readJson(`${k}.json`) as PlanDocument);
    values = computeIndicators(plans, targets, port);
  });
  afterAll(() => port.dispose());
  const find = (id: string, town: string | null = null) => values.find((v) => v.indicator === id && v.townCode === town)!;

  it('carries the official figures: 38,740 ha of permanent farmland, 6 %, 1.3 ×, 梨林镇 3493.43 / 3164.59 ha', () => {
    expect(find('permanentFarmland').target).toBe(38_740);
    expect(find('urbanSpaceShare').target).toBe(6);
    expect(find('urbanBoundaryExpansion').target).toBe(1.3);
    expect(find('cultivatedLand', '419001106').target).toBe(3493.43);
    expect(find('permanentFarmland', '419001106').target).toBe(3164.59);
  });

  it('names only towns that exist in the demo XZQ layer', () => {
    const towns = new Set(values.filter((v) => v.indicator === 'territory' && v.townCode).map((v) => v.townCode));
    expect(towns.size).toBe(16);
    for (const t of targets.targets) if (t.townCode) expect(towns.has(t.townCode)).toBe(true);
  });

  it('plants R20 and R21 as violations and keeps R19 met, away from every threshold', () => {
    expect(find('urbanBoundaryExpansion').status).toBe('met');
    expect(find('urbanSpaceShare').status).toBe('violated');
    expect(find('permanentFarmland').status).toBe('violated');
    expect(find('permanentFarmland', '419001106').status).toBe('violated');
    expect(find('cultivatedLand').status).toBe('met');
    const r21 = values.filter((v) => ['cultivatedLand', 'permanentFarmland', 'ecoRedLine'].includes(v.indicator) && v.target !== undefined);
    expect(
      r21
        .filter((v) => v.status === 'violated')
        .map((v) => `${v.indicator}:${v.townCode}`)
        .sort(),
    ).toEqual(['permanentFarmland:419001106', 'permanentFarmland:null']);
    for (const v of values) if (v.target) expect(Math.abs(v.value - v.target) / v.target).toBeGreaterThan(0.002);
  });

  it('shows the red line as at risk (within 2 % above its demo target) and flags demo figures', () => {
    expect(find('ecoRedLine').status).toBe('atRisk');
    expect(find('ecoRedLine').demo).toBe(true);
    expect(find('permanentFarmland').demo).toBeUndefined();
  });
});

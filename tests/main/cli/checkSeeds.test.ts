// The demo: `lantu check seeds/jiyuan/*.json` finds exactly seeds/jiyuan/expected-conflicts.json (computed
// independently with shapely + pyproj): nothing missing, nothing extra, same severities, measures within
// the file's tolerances (plus the 0.005 the report's 2-decimal rounding may add).
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Geometry } from '../../../engine/model/types.ts';
import type { Conflict, ConflictReport } from '../../../engine/rules/index.ts';
import { pointInPolygon } from '../../../engine/rules/pointInPolygon.ts';
import { main } from './runLantuInProcess.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const seedDir = join(root, 'seeds', 'jiyuan');

interface ExpectedParty {
  plan: string;
  layer: string;
  bsm: string;
  id: string;
}
interface Expected {
  rule: string;
  severity: string;
  subject?: ExpectedParty | null;
  object?: ExpectedParty | null;
  areaM2?: number;
  lengthM?: number;
  distanceM?: number;
  point?: [number, number];
  indicator?: string;
  townCode?: string;
  value?: number;
  target?: number;
}
interface ExpectedFile {
  tolerance: { areaRel: number; areaAbsM2: number; lengthRel: number; distanceAbsM: number; indicatorRel: number };
  conflicts: Expected[];
}

const expected = JSON.parse(readFileSync(join(seedDir, 'expected-conflicts.json'), 'utf8')) as ExpectedFile;
const tol = expected.tolerance;
const ROUNDING = 0.005;

let dir: string;
let report: ConflictReport;
let stdout = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-check-seeds-'));
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join('seeds', 'jiyuan', f));
  const status = await main(['check', ...files, '--json', join(dir, 'report.json')], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stdout += t),
    cwd: root,
  });
  expect(status, stdout).toBe(0);
  report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConflictReport;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function matches(c: Conflict, e: Expected): boolean {
  if (c.ruleId !== e.rule) return false;
  if (e.indicator !== undefined) return c.key === `${e.rule}:${e.indicator}:${e.townCode ?? 'all'}`;
  if (!e.subject) {
    return c.subject === null && c.region !== null && e.point !== undefined && pointInPolygon(e.point[0], e.point[1], c.region as Geometry);
  }
  return c.subject?.featureId === e.subject.id && (c.object?.featureId ?? null) === (e.object?.id ?? null);
}

describe('lantu check on the Jiyuan demo seeds', () => {
  it('finds every expected conflict and nothing else', () => {
    const unmatched = report.conflicts.filter((c) => !expected.conflicts.some((e) => matches(c, e))).map((c) => c.key);
    const missing = expected.conflicts
      .filter((e) => !report.conflicts.some((c) => matches(c, e)))
      .map((e) => `${e.rule} ${e.subject?.bsm ?? e.indicator ?? e.point} ${e.object?.bsm ?? ''}`);
    expect(missing).toEqual([]);
    expect(unmatched).toEqual([]);
    expect(report.conflicts.length).toBe(expected.conflicts.length);
  });

  it('agrees on every severity and measure within the reference tolerances', () => {
    const problems: string[] = [];
    for (const e of expected.conflicts) {
      const c = report.conflicts.find((x) => matches(x, e));
      if (!c) continue;
      if (c.severity !== e.severity) problems.push(`${c.key}: severity ${c.severity} ≠ ${e.severity}`);
      const check = (name: string, got: number | undefined, want: number | undefined, allowed: number) => {
        if (want === undefined) return;
        if (got === undefined || Math.abs(got - want) > allowed) problems.push(`${c.key}: ${name} ${got} ≠ ${want}`);
      };
      if (e.areaM2 !== undefined) check('areaM2', c.measure.areaM2, e.areaM2, Math.max(tol.areaRel * e.areaM2, tol.areaAbsM2) + ROUNDING);
      if (e.lengthM !== undefined) check('lengthM', c.measure.lengthM, e.lengthM, tol.lengthRel * e.lengthM + ROUNDING);
      if (e.distanceM !== undefined) check('distanceM', c.measure.distanceM, e.distanceM, tol.distanceAbsM + ROUNDING);
      if (e.value !== undefined) check('value', c.measure.value, e.value, tol.indicatorRel * Math.abs(e.value) + 1e-4);
      if (e.target !== undefined) check('target', c.measure.target, e.target, 1e-9);
    }
    expect(problems).toEqual([]);
  });

  it('writes every English message without the engine’s own Chinese words (details, units, the territory)', () => {
    const english = report.conflicts.filter((c) => c.messageEn !== undefined);
    expect(english.length).toBeGreaterThan(100);
    // Feature and town names are the plans' own data and stay as written; Lantu's words must not leak.
    const lantuWords = /相互重叠|存在未覆盖的缝隙|平均宽度|几何无效|公顷|全域|已按 MakeValid/;
    for (const c of english) expect(c.messageEn, c.key).not.toMatch(lantuWords);
    expect(english.some((c) => c.ruleId === 'R21' && /ha/.test(c.messageEn!))).toBe(true);
  });

  it('prints the summary per rule and severity with the total area', () => {
    expect(stdout).toContain('跳过 seeds/jiyuan/expected-conflicts.json');
    expect(stdout).toMatch(/R08 +阻断 +\d+ +\d+\.\d{4} 公顷/);
    expect(stdout).toContain(`共 ${expected.conflicts.length} 处冲突`);
  });
});

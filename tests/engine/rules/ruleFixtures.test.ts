// Every rule of the default pack against its fixtures (tests/fixtures/rules/<rule>/<conflict|clean>/*.json),
// whose expected conflicts were computed independently with shapely + pyproj (make_fixtures.py in that
// folder); and a meta-test that fails when a rule lacks either folder.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import { runRules, type Conflict, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { qualityFindingsOf } from '../../../engine/rules/qualityFindingsOf.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const fixtureDir = join(root, 'tests', 'fixtures', 'rules');
const pack = JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;

interface ExpectedConflict {
  key: string;
  severity: string;
  areaM2?: number;
  lengthM?: number;
  distanceM?: number;
  meanWidthM?: number;
}

interface Fixture {
  rule: string;
  name: string;
  features: RuleTestFeature[];
  targets?: Targets;
  sourceCrs?: string;
  expectedCount: number;
  expected: ExpectedConflict[] | null;
}

function fixturesOf(ruleId: string): { file: string; fixture: Fixture }[] {
  const out: { file: string; fixture: Fixture }[] = [];
  for (const folder of ['conflict', 'clean']) {
    const dir = join(fixtureDir, ruleId, folder);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.json'))
      .sort()) {
      out.push({ file: `${ruleId}/${folder}/${f}`, fixture: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture });
    }
  }
  return out;
}

/** 0.01 % or 0.01 m² (whichever is larger), plus the 0.005 each side loses to 2-decimal rounding. */
function close(actual: number | undefined, expected: number | undefined): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  return Math.abs(actual - expected) <= Math.max(1e-4 * Math.abs(expected), 0.01) + 0.01;
}

function keyMatches(c: Conflict, e: ExpectedConflict): boolean {
  // A gap has no feature: its key carries a hash of the region instead.
  return e.key.endsWith(':gap') ? c.key.startsWith(`${e.key}:`) : c.key === e.key;
}

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

describe('rule fixtures', () => {
  it('has a conflict folder and a clean folder with fixtures for every rule of the default pack', () => {
    const missing = pack.rules.flatMap((r) =>
      ['conflict', 'clean']
        .filter((folder) => {
          const dir = join(fixtureDir, r.id, folder);
          return !existsSync(dir) || readdirSync(dir).filter((x) => x.endsWith('.json')).length === 0;
        })
        .map((folder) => `${r.id}/${folder}`),
    );
    expect(missing).toEqual([]);
  });

  for (const rule of pack.rules) {
    describe(rule.id, () => {
      for (const { file, fixture } of fixturesOf(rule.id)) {
        it(`${fixture.name} (${file})`, async () => {
          const plans = testPlansOf(fixture.features, fixture.sourceCrs);
          const run = await runRules(
            {
              plans,
              pack: { ...pack, rules: [rule] },
              qualityFindings: qualityFindingsOf(plans),
              ...(fixture.targets ? { targets: fixture.targets } : {}),
            },
            port,
          );
          const got = run.report.conflicts;
          expect(got.length).toBe(fixture.expectedCount);
          if (fixture.expected === null) return;
          for (const e of fixture.expected) {
            const c = got.find((x) => keyMatches(x, e));
            expect(c, `conflict ${e.key}`).toBeDefined();
            expect(c!.severity).toBe(e.severity);
            for (const m of ['areaM2', 'lengthM', 'distanceM', 'meanWidthM'] as const) {
              expect(close(c!.measure[m], e[m]), `${e.key} ${m}: ${c!.measure[m]} vs ${e[m]}`).toBe(true);
            }
          }
        });
      }
    });
  }
});

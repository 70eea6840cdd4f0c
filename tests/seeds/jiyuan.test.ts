// The Jiyuan demo seeds: plan metadata, layers and counts, stable ids, validation, the expected-conflicts
// reference (every rule R01–R26 present, every reference resolvable, planted non-conflicts absent) and
// byte-identical regeneration with Debian's python3 (python3-shapely + python3-pyproj).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureId } from '../../engine/model/featureId.ts';
import type { PlanDocument, PlanFeature, PlanKind } from '../../engine/model/types.ts';
import { validatePlanBytes } from '../../engine/validate/validatePlanBytes.ts';

const root = resolve(import.meta.dirname, '../..');
const seedDir = join(root, 'seeds/jiyuan');
const KINDS: readonly PlanKind[] = ['land', 'ecology', 'industry', 'transport'];
const PYTHON = '/usr/bin/python3';

const EXPECTED_COUNTS: Record<PlanKind, Record<string, number>> = {
  land: { XZQ: 16, GHYDYH: 4309, YJJBNT: 94, CZKFBJ: 24 },
  ecology: { STBHHX: 15, ZRBHD: 2, YYSY: 2 },
  industry: { CYYQ: 2, GYXM: 53 },
  transport: { JTXL: 10, JTSS: 6 },
};

/** Geometric rules of docs/default-rules.md that the seeds must raise (R27–R29 live in test fixtures). */
const SEEDED_RULES = [
  'R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R14', 'R15', 'R16',
  'R17', 'R18', 'R24', 'R25', 'R26',
];
/** Indicator rules: which of them fire depends on seeds/jiyuan/targets.json; at least one must. */
const INDICATOR_RULES = ['R19', 'R20', 'R21'];

interface Ref { plan: string; layer: string; bsm: string; id: string }
interface Expected {
  rule: string;
  severity: string;
  subject?: Ref | null;
  object?: Ref | null;
  indicator?: string;
  areaM2?: number;
  point?: [number, number];
}

const readSeed = (kind: PlanKind): PlanDocument =>
  JSON.parse(readFileSync(join(seedDir, `${kind}.json`), 'utf8')) as PlanDocument;
const seeds = Object.fromEntries(KINDS.map((k) => [k, readSeed(k)])) as Record<PlanKind, PlanDocument>;
const expectedFile = JSON.parse(readFileSync(join(seedDir, 'expected-conflicts.json'), 'utf8')) as {
  generatedBy: string;
  tolerance: Record<string, number>;
  conflicts: Expected[];
};

const byName = (kind: PlanKind, field: string, value: string): PlanFeature => {
  const found = seeds[kind].features.find((f) => f.properties[field] === value);
  if (!found) throw new Error(`no ${kind} feature with ${field} = ${value}`);
  return found;
};
const conflictsOf = (feature: PlanFeature, rule?: string): Expected[] =>
  expectedFile.conflicts.filter(
    (c) => (rule === undefined || c.rule === rule) && (c.subject?.id === feature.id || c.object?.id === feature.id),
  );

function requirePython(): void {
  const probe = spawnSync(PYTHON, ['-c', 'import shapely, pyproj'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    throw new Error(
      `${PYTHON} with shapely and pyproj is needed: apt-get install python3-shapely python3-pyproj (${probe.stderr || probe.error?.message})`,
    );
  }
}

describe('Jiyuan demo seeds', () => {
  it('carries the plan metadata of each department', () => {
    for (const kind of KINDS) {
      const { plan } = seeds[kind];
      expect(plan.kind).toBe(kind);
      expect(plan.schemaVersion).toBe('1.0.0');
      expect(plan.id).toBe(`jiyuan-${kind}-2021-2035`);
      expect(plan.classification).toBe('ydyh2023');
      expect(plan.period).toEqual({ start: 2021, end: 2035 });
      expect(plan.sourceCrs).toMatch(/^EPSG:45(26|47)$/);
    }
    expect(seeds.land.plan.department).toBe('济源市自然资源和规划局');
    expect(seeds.land.plan.approval).toMatchObject({ number: '豫政文〔2024〕35号', authority: '河南省人民政府' });
    expect(seeds.ecology.plan.department).toBe('济源市生态环境局');
    expect(seeds.transport.plan.department).toBe('济源市交通运输局');
  });

  it('holds the expected layers and feature counts', () => {
    for (const kind of KINDS) {
      const counts: Record<string, number> = {};
      for (const f of seeds[kind].features) counts[f.layer] = (counts[f.layer] ?? 0) + 1;
      expect(counts).toEqual(EXPECTED_COUNTS[kind]);
    }
  });

  it('names the 16 towns with their codes', () => {
    const towns = seeds.land.features.filter((f) => f.layer === 'XZQ').map((f) => `${f.properties.XZQDM} ${f.properties.XZQMC}`);
    expect(towns).toContain('419001001 沁园街道');
    expect(towns).toContain('419001110 下冶镇');
    expect(new Set(towns).size).toBe(16);
  });

  it('derives every feature id from the plan id and the BSM, each BSM unique in its plan', () => {
    for (const kind of KINDS) {
      const { plan, features } = seeds[kind];
      const bsms = new Set<string>();
      for (const f of features) {
        const bsm = String(f.properties.BSM);
        expect(bsm).toMatch(/^4190010000\d{8}$/);
        expect(f.id).toBe(featureId(plan.id, bsm));
        bsms.add(bsm);
      }
      expect(bsms.size).toBe(features.length);
    }
  });

  it('keeps every coordinate inside Jiyuan\'s extent except the unclipped highway', () => {
    const outside: string[] = [];
    for (const kind of KINDS) {
      for (const f of seeds[kind].features) {
        const coords = JSON.stringify(f.geometry.coordinates).match(/-?\d+\.?\d*/g)!.map(Number);
        for (let i = 0; i < coords.length; i += 2) {
          const [lon, lat] = [coords[i]!, coords[i + 1]!];
          if (lon < 112.03 || lon > 112.77 || lat < 34.89 || lat > 35.28) {
            outside.push(`${f.layer}:${f.properties.BSM}`);
            break;
          }
        }
      }
    }
    const yangji = byName('transport', 'XLMC', '阳城—济源—洛阳西高速');
    expect(outside).toEqual([`JTXL:${yangji.properties.BSM}`]);
  });

  it('validates each seed document with no fatal or quality finding', () => {
    for (const kind of KINDS) {
      const bytes = readFileSync(join(seedDir, `${kind}.json`));
      const result = validatePlanBytes(bytes, `${kind}.json`);
      const errors = result.findings.filter((f) => f.level !== 'warning');
      expect(errors.map((f) => `${f.code} ${f.bsm ?? ''} ${f.message.zh}`)).toEqual([]);
    }
  });
});

describe('Jiyuan expected conflicts', () => {
  const features = new Map<string, { plan: string; layer: string; bsm: string }>();
  for (const kind of KINDS) {
    for (const f of seeds[kind].features) {
      features.set(f.id, { plan: seeds[kind].plan.id, layer: f.layer, bsm: String(f.properties.BSM) });
    }
  }

  it('records the command and tolerance it was made with', () => {
    expect(expectedFile.generatedBy).toBe('/usr/bin/python3 scripts/seeds/expected_conflicts.py');
    expect(expectedFile.tolerance).toMatchObject({ areaRel: 1e-4, areaAbsM2: 0.01 });
  });

  it('has at least one conflict for every geometric rule, an indicator violation, none for fixture-only rules', () => {
    const rules = new Set(expectedFile.conflicts.map((c) => c.rule));
    for (const rule of SEEDED_RULES) expect(rules.has(rule), rule).toBe(true);
    expect(INDICATOR_RULES.filter((r) => rules.has(r)).length).toBeGreaterThan(0);
    for (const c of expectedFile.conflicts) expect(INDICATOR_RULES.includes(c.rule)).toBe(c.indicator !== undefined);
    for (const rule of ['R27', 'R28', 'R29']) expect(rules.has(rule), rule).toBe(false);
  });

  it('refers only to features that exist in the seeds, with their plan, layer and BSM', () => {
    for (const c of expectedFile.conflicts) {
      for (const ref of [c.subject, c.object]) {
        if (!ref) continue;
        expect(features.get(ref.id), `${c.rule} ${ref.bsm}`).toEqual({ plan: ref.plan, layer: ref.layer, bsm: ref.bsm });
      }
      if (c.indicator === undefined && c.subject === null) {
        expect(c.rule).toBe('R25');
        expect(c.areaM2).toBeGreaterThan(1);
        expect(c.point).toHaveLength(2);
      }
    }
  });

  it('is sorted by rule, subject id and object id', () => {
    const keys = expectedFile.conflicts.map((c) => [c.rule, c.subject?.id ?? '', c.object?.id ?? '', c.indicator ?? '']);
    const compare = (a: string[], b: string[]): number => {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
      return 0;
    };
    expect([...keys].sort(compare)).toEqual(keys);
  });

  it('escalates the unavoidable highway through the red line to major and keeps the county road a blocker', () => {
    const yantaihang = byName('transport', 'XLMC', '沿太行高速');
    const x012 = byName('transport', 'XLMC', '县道X012王屋—邵原北线');
    const r04 = conflictsOf(yantaihang, 'R04');
    expect(r04.length).toBeGreaterThan(0);
    expect(new Set(r04.map((c) => c.severity))).toEqual(new Set(['major']));
    expect(conflictsOf(x012, 'R04').map((c) => c.severity)).toEqual(['blocker']);
    expect(conflictsOf(x012, 'R07').map((c) => c.severity).sort()).toEqual(['blocker', 'major']);
  });

  it('leaves out the planted non-conflicts', () => {
    const toll = byName('transport', 'SSMC', '梨林互通收费站');
    expect(conflictsOf(toll, 'R08')).toEqual([]);
    expect(conflictsOf(toll, 'R10')).toEqual([]);
    const exemptLight = seeds.industry.features.find((f) => String(f.properties.BZ ?? '').startsWith('演示非冲突 R15：一类工业'))!;
    expect(exemptLight).toBeDefined();
    expect(conflictsOf(exemptLight, 'R15')).toEqual([]);
    expect(conflictsOf(byName('industry', 'XMMC', '五龙口镇农机修造项目'), 'R15')).toEqual([]);
    const villageInHole = seeds.land.features.find((f) => String(f.properties.BZ ?? '').startsWith('演示非冲突：村庄位于耕地图斑的空洞中'))!;
    expect(villageInHole).toBeDefined();
    expect(conflictsOf(villageInHole)).toEqual([]);
  });

  it('reports the water plant near the 一级 zone as minor and the 二类 project in the 二级 zone as a blocker', () => {
    const plant = byName('industry', 'XMMC', '河口村矿泉水灌装项目');
    expect(conflictsOf(plant, 'R15').map((c) => c.severity)).toEqual(['minor']);
    const polluting = seeds.industry.features.find((f) => String(f.properties.BZ ?? '').startsWith('演示冲突 R15：二类工业'))!;
    expect(conflictsOf(polluting, 'R15').map((c) => c.severity)).toEqual(['blocker']);
  });

  it('puts the permanent farmland total below its 38,740 ha target', () => {
    const r21 = expectedFile.conflicts.find((c) => c.rule === 'R21' && c.indicator === 'permanentFarmland' && !('townCode' in c)) as
      | (Expected & { value: number; target: number })
      | undefined;
    expect(r21?.target).toBe(38740);
    expect(r21!.value).toBeLessThan(38740);
  });
});

describe('Jiyuan seed scripts', () => {
  it('regenerates byte-identical seed documents', () => {
    requirePython();
    const out = mkdtempSync(join(tmpdir(), 'lantu-seeds-'));
    try {
      execFileSync(PYTHON, [join(root, 'scripts/seeds/generate_jiyuan.py'), '--out', out], { stdio: 'pipe' });
      for (const kind of KINDS) {
        const fresh = readFileSync(join(out, `${kind}.json`));
        expect(fresh.equals(readFileSync(join(seedDir, `${kind}.json`))), `${kind}.json`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);

  it('reproduces expected-conflicts.json from the seeds with no value near a threshold', () => {
    requirePython();
    const out = mkdtempSync(join(tmpdir(), 'lantu-expected-'));
    try {
      const file = join(out, 'expected-conflicts.json');
      const run = spawnSync(PYTHON, [join(root, 'scripts/seeds/expected_conflicts.py'), '--out', file], { encoding: 'utf8' });
      expect(run.stderr).not.toContain('NEAR THRESHOLD');
      expect(run.status).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(seedDir, 'expected-conflicts.json'), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});

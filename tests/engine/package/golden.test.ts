// The golden package of the Jiyuan demo: the demo plans, targets, the default rule pack and policy, and a
// resolutions file with one resolution of each kind, exported as a draft at a fixed time. The manifest (every
// file's size and SHA-256) and the readable tables are compared with tests/fixtures/golden/; regenerate them
// on purpose with LANTU_UPDATE_GOLDEN=1 and review the diff. The package must also pass `lantu verify`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { unzipFiles } from '../../../engine/package/index.ts';
import { createResolution, maintenanceLogNumber, type Resolution } from '../../../engine/resolutions/index.ts';
import { loadRulePack, runRules, type Conflict, type RulePack } from '../../../engine/rules/index.ts';
import { runLantuInProcess } from '../../main/cli/runLantuInProcess.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { ROOT } from './packagePlans.ts';

const GOLDEN = join(ROOT, 'tests', 'fixtures', 'golden');
const UPDATE = process.env['LANTU_UPDATE_GOLDEN'] === '1';
const SEEDS = ['land', 'ecology', 'industry', 'transport'].map((k) => join(ROOT, 'seeds', 'jiyuan', `${k}.json`));
const TARGETS = join(ROOT, 'seeds', 'jiyuan', 'targets.json');
const RESOLUTIONS = join(GOLDEN, 'jiyuan-resolutions.json');
const CREATED = '2026-11-27T00:00:00Z';
const READABLE = ['manifest.json', 'resolutions.csv', 'quality-report.csv', 'indicator-table.csv'];

let dir: string;

const lantu = (...args: string[]) => runLantuInProcess(dir, args);

/** One resolution of each kind on demo conflicts (written only when regenerating). */
async function demoResolutions(): Promise<Resolution[]> {
  const plans = SEEDS.map((f) => JSON.parse(readFileSync(f, 'utf8')) as PlanDocument);
  const pack = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
  if (!pack.ok) throw new Error('pack');
  const port = await createGeometryPort();
  try {
    const conflicts = (await runRules({ plans, pack: pack.pack as RulePack }, port)).report.conflicts;
    const pick = (rule: string, severity: string) =>
      conflicts.find((c) => c.ruleId === rule && c.severity === severity && c.subject && c.object);
    const out: Resolution[] = [];
    const add = (conflict: Conflict | undefined, request: Record<string, unknown>) => {
      if (!conflict) return;
      const decidedAt = '2026-11-26T09:00:00Z';
      const result = createResolution(
        {
          conflict,
          decidedBy: '统筹协调员',
          decidedAt,
          logNumber: maintenanceLogNumber(decidedAt, out),
          reason: '演示处置',
          ...request,
        } as never,
        plans,
        port,
      );
      if (!result.ok) throw new Error(result.errors.map((e) => e.zh).join('; '));
      out.push(result.resolution);
    };
    add(pick('R08', 'blocker'), { kind: 'subjectYields' });
    add(pick('R03', 'blocker'), { kind: 'objectYields' });
    add(pick('R14', 'major'), { kind: 'changeAttribute', attribute: { side: 'subject', field: 'YDYHFLDM', value: '100101' } });
    add(pick('R04', 'major'), {
      kind: 'exception',
      exception: { approvalNumber: '豫政土〔2026〕31号', authority: '河南省人民政府', reason: '不可避让的线性基础设施，已论证' },
    });
    add(pick('R17', 'minor'), { kind: 'defer' });
    return out;
  } finally {
    port.dispose();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-golden-'));
  if (UPDATE) writeFileSync(RESOLUTIONS, `${JSON.stringify({ schemaVersion: '1.0.0', resolutions: await demoResolutions() }, null, 2)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('golden package of the Jiyuan demo', () => {
  it.each([1, 2])(
    'matches the golden manifest and tables, and verifies, with the rules in %i thread(s)',
    async (threads) => {
      const run = await lantu(
        'export',
        ...SEEDS,
        '--targets',
        TARGETS,
        '--resolutions',
        RESOLUTIONS,
        '--created',
        CREATED,
        '--draft',
        '--threads',
        String(threads),
        '-o',
        `jiyuan-${threads}.zip`,
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const files = unzipFiles(readFileSync(join(dir, `jiyuan-${threads}.zip`)));
      const resolutions = JSON.parse(new TextDecoder().decode(files.get('resolutions.json'))) as { resolutions: Resolution[] };
      expect(resolutions.resolutions.map((r) => r.kind)).toEqual([
        'subjectYields',
        'objectYields',
        'changeAttribute',
        'exception',
        'defer',
      ]);
      for (const name of READABLE) {
        const golden = join(GOLDEN, `jiyuan-${name}`);
        if (UPDATE && threads === 1) writeFileSync(golden, files.get(name)!);
        expect(Buffer.from(files.get(name)!).toString('utf8'), name).toBe(readFileSync(golden).toString('utf8'));
      }
      const verified = await lantu('verify', `jiyuan-${threads}.zip`);
      expect(verified.stderr).toBe('');
      expect(verified.status).toBe(0);
    },
    300_000,
  );
});

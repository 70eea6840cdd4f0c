// The blueprint package built through the export pipeline: preflight (final refused with blockers and 待定
// areas, a draft lists them), the files and manifest, CSV BOMs, resolutions in the ledger, determinism, and
// the GeoPackage read by GDAL (ogrinfo: layers, counts, EPSG:4490, field names; ogr2ogr to GeoJSON).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { checkPackageFiles, sha256Hex, unzipFiles, type Manifest, type PackageResult } from '../../../engine/package/index.ts';
import { createResolution, resolutionCommand } from '../../../engine/resolutions/index.ts';
import { loadRulePack, runRules, type RulePack } from '../../../engine/rules/index.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { buildFromPlans, packagePlans, PACK_BYTES } from './packagePlans.ts';

let dir: string;
let port: GeometryPort;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-package-'));
  port = await createGeometryPort();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  port.dispose();
});

async function built(...args: Parameters<typeof buildFromPlans>): Promise<Extract<PackageResult, { ok: true }>> {
  const outcome = await buildFromPlans(...args);
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  if (!outcome.result.ok) throw new Error(outcome.result.reasons.map((r) => r.zh).join('\n'));
  return outcome.result;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('buildPackage', () => {
  it('refuses a final package with an open blocker and a 待定 area, naming both', async () => {
    const outcome = await buildFromPlans(packagePlans({ projectOnFarmland: true, dropParcel: true }));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || outcome.result.ok) throw new Error('expected a refusal');
    expect(outcome.result.reasons.map((r) => `${r.kind}:${r.id.split(':')[0]}`)).toEqual([
      'blocker:R08',
      'blocker:R25',
      'undetermined:DD-0001',
    ]);
    expect(outcome.result.reasons[2]!.zh).toMatch(/^待定区域 DD-0001（25\.30\d\d 公顷/);
  });

  it('writes a draft marked 草稿 that lists the reasons, with every file in a schema-valid manifest', async () => {
    const result = await built(packagePlans({ projectOnFarmland: true, dropParcel: true }), { draft: true });
    const m = result.manifest;
    expect(validateSchema('manifest', m).errors).toEqual([]);
    expect(m.status).toBe('draft');
    expect(m.draftReasons).toHaveLength(3);
    expect(m.crs).toBe('EPSG:4490');
    expect(m.featureCounts).toMatchObject({ GHYDYH: 3, YJJBNT: 1, CZKFBJ: 1, XZQ: 1, GYXM: 1, YZTYDFG: 3, DDQY: 1 });
    expect(m.rulePack).toMatchObject({ id: 'jiyuan-default', path: 'rules/jiyuan-default.json', sha256: sha256Hex(PACK_BYTES) });
    expect(m.sources.map((s) => s.path)).toEqual(['sources/pkg-industry.json', 'sources/pkg-land.json']);
    const paths = [...result.files.keys()].sort();
    for (const p of [
      'blueprint.gpkg',
      'build.json',
      'conflicts.csv',
      'conflicts.geojson',
      'conflicts.json',
      'indicator-table.csv',
      'indicators.json',
      'layers/DDQY.geojson',
      'layers/GHYDYH.geojson',
      'layers/YZTYDFG.geojson',
      'manifest.json',
      'policy.json',
      'quality-report.csv',
      'quality-report.html',
      'report.html',
      'resolutions.csv',
      'resolutions.json',
      'rules/jiyuan-default.json',
      'targets.json',
      'three-zones-three-lines.csv',
    ]) {
      expect(paths).toContain(p);
    }
    expect(m.files.map((f) => f.path)).toEqual(paths.filter((p) => p !== 'manifest.json'));
    expect(checkPackageFiles(result.files, m)).toEqual([]);
    for (const p of paths.filter((x) => x.endsWith('.csv'))) expect([...result.files.get(p)!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const report = text(result.files.get('report.html'));
    expect(report).toContain('<span class="badge">草稿</span>');
    expect(report).toContain('待定区域 DD-0001');
    expect(report).toMatch(/<svg [^>]*viewBox="0 0 800 \d+"/);
    expect(report).not.toMatch(/<script|src="http/);
    expect(text(result.files.get('quality-report.csv'))).toContain('R08,建设用地占用永久基本农田,阻断,1,1,0,,不通过');
    const unzipped = unzipFiles(result.zip);
    expect([...unzipped.keys()]).toEqual(paths);
    for (const p of paths) expect(Buffer.from(unzipped.get(p)!).equals(Buffer.from(result.files.get(p)!))).toBe(true);
  });

  it('records resolutions in the ledger and their log numbers on the features; a fixed blocker allows a final export', async () => {
    const plans = packagePlans({ projectOnFarmland: true });
    const pack = loadRulePack(JSON.parse(text(PACK_BYTES)));
    if (!pack.ok) throw new Error('pack');
    const conflicts = (await runRules({ plans, pack: pack.pack as RulePack }, port)).report.conflicts;
    const r08 = conflicts.find((c) => c.ruleId === 'R08')!;
    const yields = createResolution(
      {
        conflict: r08,
        kind: 'subjectYields',
        decidedBy: '王五',
        decidedAt: '2026-11-27T07:00:00Z',
        logNumber: '20261127000001',
        reason: '项目避让永久基本农田',
      },
      plans,
      port,
    );
    if (!yields.ok) throw new Error('resolution refused');
    // The project shrank, so the R14 region changed: the exception is decided on the re-run's conflict.
    const after = resolutionCommand(yields.resolution).apply(plans);
    const r14 = (await runRules({ plans: after, pack: pack.pack as RulePack }, port)).report.conflicts.find((c) => c.ruleId === 'R14')!;
    const exception = createResolution(
      {
        conflict: r14,
        kind: 'exception',
        decidedBy: '王五',
        decidedAt: '2026-11-27T07:05:00Z',
        logNumber: '20261127000002',
        reason: '已论证',
        exception: { approvalNumber: '济政文〔2026〕15号', authority: '济源市人民政府', reason: '已论证' },
      },
      after,
      port,
    );
    if (!exception.ok) throw new Error('resolution refused');
    const result = await built(plans, { resolutions: { schemaVersion: '1.0.0', resolutions: [yields.resolution, exception.resolution] } });
    expect(result.manifest.status).toBe('final');
    expect(result.manifest.resolutions).toBe(2);
    const ledger = text(result.files.get('resolutions.csv'));
    expect(ledger).toContain('20261127000001,3 调出,');
    expect(ledger).toContain('主体让步,已处置,,王五');
    const gyxm = JSON.parse(text(result.files.get('layers/GYXM.geojson')));
    expect(gyxm.features[0].properties).toMatchObject({ CZRZ: '20261127000001', LYGHID: 'pkg-industry', LYGHBB: 'v1' });
    const conflictsJson = JSON.parse(text(result.files.get('conflicts.json'))) as { ruleId: string; open: boolean; handling: string }[];
    expect(conflictsJson.find((c) => c.ruleId === 'R08')).toBeUndefined();
    expect(conflictsJson.find((c) => c.ruleId === 'R14')?.handling).toBe('例外（已批准）');
    expect(text(result.files.get('report.html'))).toContain('济政文〔2026〕15号');
  });

  it('is deterministic: the same inputs in any order give byte-identical packages; the creation time changes them', async () => {
    const a = await built(packagePlans());
    const b = await built(packagePlans().reverse());
    expect(Buffer.from(a.zip).equals(Buffer.from(b.zip))).toBe(true);
    const c = await built(packagePlans(), { created: '2026-11-28T08:00:00.000Z' });
    expect(Buffer.from(a.zip).equals(Buffer.from(c.zip))).toBe(false);
    expect(a.manifest.status).toBe('final');
  });

  it('writes a GeoPackage GDAL opens: layers, counts, EPSG:4490 and the national field names; ogr2ogr converts it', async () => {
    const result = await built(packagePlans({ projectOnFarmland: true, dropParcel: true }), { draft: true });
    const gpkg = join(dir, 'blueprint.gpkg');
    writeFileSync(gpkg, result.files.get('blueprint.gpkg')!);
    const summary = execFileSync('ogrinfo', ['-ro', '-so', gpkg], { encoding: 'utf8' });
    expect([...summary.matchAll(/^\d+: (\w+)/gm)].map((m) => m[1])).toEqual([
      'GHYDYH',
      'YJJBNT',
      'CZKFBJ',
      'XZQ',
      'GYXM',
      'YZTYDFG',
      'DDQY',
    ]);
    const gyxm = execFileSync('ogrinfo', ['-ro', '-so', gpkg, 'GYXM'], { encoding: 'utf8' });
    expect(gyxm).toContain('Feature Count: 1');
    expect(gyxm).toContain('ID["EPSG",4490]');
    for (const field of ['BSM: String', 'XMMC: String', 'YDYHFLDM: String', 'SFZDXM: Integer(Boolean)', 'LYGHID: String', 'CZRZ: String'])
      expect(gyxm).toContain(field);
    const ghydyh = execFileSync('ogrinfo', ['-ro', '-al', '-so', gpkg], { encoding: 'utf8' });
    expect(ghydyh).toMatch(/Layer name: GHYDYH[\s\S]*?Feature Count: 3/);
    expect(ghydyh).toMatch(/Layer name: YZTYDFG[\s\S]*?Feature Count: 3/);
    expect(ghydyh).toMatch(/Layer name: DDQY[\s\S]*?Feature Count: 1/);
    const out = join(dir, 'coverage.geojson');
    execFileSync('ogr2ogr', ['-f', 'GeoJSON', out, gpkg, 'YZTYDFG'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const converted = JSON.parse(readFileSync(out, 'utf8'));
    expect(converted.features).toHaveLength(3);
    expect(converted.features.map((f: { properties: { YDYHFLDM: string } }) => f.properties.YDYHFLDM).sort()).toEqual([
      '0101',
      '0301',
      '100101',
    ]);
  });

  it('builds a manifest the file check trusts only while nothing changes', async () => {
    const result = await built(packagePlans());
    const m: Manifest = result.manifest;
    const files = new Map(result.files);
    files.set('report.html', new TextEncoder().encode('<html></html>'));
    files.delete('conflicts.csv');
    files.set('extra.txt', new Uint8Array([1]));
    expect(checkPackageFiles(files, m)).toEqual([
      { kind: 'removed', path: 'conflicts.csv' },
      { kind: 'added', path: 'extra.txt' },
      { kind: 'modified', path: 'report.html' },
    ]);
  });
});

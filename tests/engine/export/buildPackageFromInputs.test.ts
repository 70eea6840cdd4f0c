// The export pipeline (engine/export) called directly with its ports: phases in order, the same bytes from
// the same inputs, input problems as structured issues (kind, file, findings) before any work, inputs intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPackageFromInputs, type ExportInputs, type ExportPhase, type ExportPorts } from '../../../engine/export/index.ts';
import type { SqlJsWriterPort } from '../../../engine/package/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { bytesOf, CREATED, PACK_BYTES, packagePlans, POLICY_BYTES } from '../package/packagePlans.ts';

let ports: ExportPorts;

const inputs = (more: Partial<ExportInputs> = {}): ExportInputs => ({
  sources: packagePlans().map((p) => ({ file: `${p.plan.id}.json`, bytes: bytesOf(p) })),
  pack: { file: 'pack.json', bytes: PACK_BYTES },
  policy: { file: 'policy.json', bytes: POLICY_BYTES },
  targets: null,
  resolutions: null,
  created: CREATED,
  draft: false,
  toolVersion: '0.1.0',
  ...more,
});

beforeAll(async () => {
  ports = { geometry: await createGeometryPort(), sqlJs: (await createSqlJs()) as unknown as SqlJsWriterPort };
});
afterAll(() => ports?.geometry.dispose());

describe('buildPackageFromInputs', () => {
  it('reports each phase once, in pipeline order, and gives the same zip for the same inputs', async () => {
    const phases: ExportPhase[] = [];
    const first = await buildPackageFromInputs(inputs(), ports, (p) => phases.push(p));
    const second = await buildPackageFromInputs(inputs(), ports);
    expect(phases).toEqual(['sources', 'indicators', 'rules', 'blueprint', 'package']);
    if (!first.ok || !first.result.ok || !second.ok || !second.result.ok) throw new Error('expected a final package');
    expect(first.result.manifest.status).toBe('final');
    expect(Buffer.from(first.result.zip).equals(Buffer.from(second.result.zip))).toBe(true);
  });

  it('names every bad input as an issue with its kind, file and the plan findings, and stops before the rules', async () => {
    const phases: ExportPhase[] = [];
    const broken = inputs({
      sources: [{ file: 'empty.json', bytes: bytesOf({ type: 'FeatureCollection', features: [] }) }],
      pack: { file: 'pack.json', bytes: bytesOf({ id: 'x' }) },
      resolutions: { file: 'r.json', bytes: bytesOf({ resolutions: [{ conflictKey: 'k' }] }) },
      created: 'yesterday',
    });
    const outcome = await buildPackageFromInputs(broken, ports, (p) => phases.push(p));
    if (outcome.ok) throw new Error('expected issues');
    expect(outcome.issues.map((i) => [i.kind, i.file ?? null])).toEqual([
      ['plan', 'empty.json'],
      ['rulePack', 'pack.json'],
      ['resolutions', 'r.json'],
      ['created', null],
    ]);
    expect(outcome.issues[0]!.findings.some((f) => f.level === 'fatal')).toBe(true);
    expect(outcome.issues[1]!.details.length).toBeGreaterThan(0);
    expect(outcome.issues[2]!.message.zh).toContain('缺少字段');
    expect(phases).toEqual(['sources']);
  });

  it('leaves its input bytes untouched', async () => {
    const given = inputs({ draft: true });
    const copies = given.sources.map((s) => Uint8Array.from(s.bytes));
    await buildPackageFromInputs(given, ports);
    given.sources.forEach((s, i) => expect(Buffer.from(s.bytes).equals(Buffer.from(copies[i]!))).toBe(true));
  });
});

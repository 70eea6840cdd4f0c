// The export pipeline (engine/export) called directly with its ports: phases in order, the same bytes from
// the same inputs, input problems as structured issues (kind, file, findings) before any work, inputs intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPackageFromInputs,
  prepareExport,
  type ExportInputs,
  type ExportPhase,
  type ExportPorts,
  type NamedBytes,
  type RereadableBytes,
} from '../../../engine/export/index.ts';
import { SourceRereadError } from '../../../engine/export/sourceFileOf.ts';
import { packageFiles, type Manifest } from '../../../engine/package/index.ts';
import { createHash } from 'node:crypto';
import type { SqlJsWriterPort } from '../../../engine/package/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { bytesOf, CREATED, PACK_BYTES, packagePlans, POLICY_BYTES } from '../package/packagePlans.ts';

let ports: ExportPorts;

const inputs = (more: Partial<ExportInputs> = {}): Omit<ExportInputs, 'sources'> & { sources: NamedBytes[] } => ({
  pack: { file: 'pack.json', bytes: PACK_BYTES },
  policy: { file: 'policy.json', bytes: POLICY_BYTES },
  targets: null,
  resolutions: null,
  created: CREATED,
  draft: false,
  toolVersion: '0.1.0',
  ...more,
  sources: (more.sources as NamedBytes[] | undefined) ?? packagePlans().map((p) => ({ file: `${p.plan.id}.json`, bytes: bytesOf(p) })),
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

  it('reads a rereadable plan file again when the package copies it, giving the same zip as the bytes held', async () => {
    const held = inputs();
    const reads = held.sources.map(() => 0);
    const rereadable: RereadableBytes[] = held.sources.map((s, i) => ({
      file: s.file,
      read: () => {
        reads[i]!++;
        return Uint8Array.from(s.bytes);
      },
    }));
    const fromHeld = await buildPackageFromInputs(held, ports);
    const fromFiles = await buildPackageFromInputs({ ...held, sources: rereadable }, ports);
    if (!fromHeld.ok || !fromHeld.result.ok || !fromFiles.ok || !fromFiles.result.ok) throw new Error('expected a final package');
    expect(Buffer.from(fromFiles.result.zip).equals(Buffer.from(fromHeld.result.zip))).toBe(true);
    // Once to validate, once to copy into the package.
    expect(reads).toEqual(held.sources.map(() => 2));
  });

  it('lists a rereadable plan file in the manifest from its digest, and reads it again only at its turn', async () => {
    const held = inputs();
    const reads = new Map<string, number>();
    const sources: RereadableBytes[] = held.sources.map((s) => ({
      file: s.file,
      read: () => (reads.set(s.file, (reads.get(s.file) ?? 0) + 1), s.bytes),
    }));
    const prepared = await prepareExport({ ...held, sources }, ports);
    if (!prepared.ok) throw new Error('expected a package input');
    const files = new Map<string, Uint8Array>();
    for (const file of { [Symbol.iterator]: () => packageFiles(prepared.input) }) {
      if (file.path === 'manifest.json') expect([...reads.values()]).toEqual(held.sources.map(() => 1));
      files.set(file.path, file.bytes);
    }
    expect([...reads.values()]).toEqual(held.sources.map(() => 2));
    const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString()) as Manifest;
    for (const listed of manifest.files.filter((f) => f.path.startsWith('sources/'))) {
      expect(listed.sizeBytes).toBe(files.get(listed.path)!.length);
      expect(listed.sha256).toBe(createHash('sha256').update(files.get(listed.path)!).digest('hex'));
    }
  });

  it('writes no package when a plan file reads otherwise the second time, and names the file', async () => {
    const held = inputs();
    const changed = (s: NamedBytes, edit: (bytes: Uint8Array) => Uint8Array): RereadableBytes => {
      let reads = 0;
      return { file: s.file, read: () => (reads++ === 0 ? s.bytes : edit(Uint8Array.from(s.bytes))) };
    };
    // The same length with one byte changed (a space for the final newline), and one byte longer.
    const sameLength = (b: Uint8Array) => ((b[b.length - 1] = 0x20), b);
    const longer = (b: Uint8Array) => Uint8Array.from([...b, 0x0a]);
    for (const edit of [sameLength, longer]) {
      const sources = held.sources.map((s, i) => (i === 1 ? changed(s, edit) : s));
      const failure = await buildPackageFromInputs({ ...held, sources }, ports).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(SourceRereadError);
      expect((failure as SourceRereadError).said.zh).toBe(
        `${held.sources[1]!.file}: 导出期间文件已被改动，与校验时的内容不同；未写出成果包，请重新导出`,
      );
      expect((failure as SourceRereadError).said.en).toContain(`${held.sources[1]!.file}: the file changed during the export`);
    }
  });
});

// The package file by file: every file once, in zip order with manifest.json in its place, the manifest's sizes
// and SHA-256 those of the files yielded, a refusal before any file, and buildPackage's zip the same whether it
// keeps the uncompressed files or not. Only the buffers the package makes or reads again are its writer's to take.
// A native SHA-256 port gives the same package.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExport, type ExportPorts } from '../../../engine/export/index.ts';
import {
  buildPackage,
  packageFiles,
  sha256Hex,
  zipFiles,
  type PackageFile,
  type PackageFilesEnd,
  type PackageInput,
  type SqlJsWriterPort,
} from '../../../engine/package/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { createSqlJs } from '../../../main/node/createSqlJs.ts';
import { bytesOf, CREATED, PACK_BYTES, packagePlans, POLICY_BYTES } from './packagePlans.ts';

let ports: ExportPorts;
beforeAll(async () => {
  ports = { geometry: await createGeometryPort(), sqlJs: (await createSqlJs()) as unknown as SqlJsWriterPort };
});
afterAll(() => ports?.geometry.dispose());

async function packageInput(options: { draft: boolean; projectOnFarmland: boolean }): Promise<PackageInput> {
  const prepared = await prepareExport(
    {
      sources: packagePlans({ projectOnFarmland: options.projectOnFarmland }).map((p) => ({
        file: `${p.plan.id}.json`,
        bytes: bytesOf(p),
      })),
      pack: { file: 'pack.json', bytes: PACK_BYTES },
      policy: { file: 'policy.json', bytes: POLICY_BYTES },
      targets: null,
      resolutions: null,
      created: CREATED,
      draft: options.draft,
      toolVersion: '0.1.0',
    },
    ports,
  );
  if (!prepared.ok) throw new Error(prepared.issues.map((i) => i.message.zh).join('\n'));
  return prepared.input;
}

function drain(input: PackageInput): { files: PackageFile[]; end: PackageFilesEnd } {
  const run = packageFiles(input);
  const files: PackageFile[] = [];
  for (;;) {
    const next = run.next();
    if (next.done) return { files, end: next.value };
    files.push(next.value);
  }
}

describe('packageFiles', () => {
  it('yields every file once in zip order, the manifest listing each one’s size and SHA-256', async () => {
    const { files, end } = drain(await packageInput({ draft: true, projectOnFarmland: true }));
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('manifest.json');
    expect(paths).toContain('blueprint.gpkg');
    if (!end.ok) throw new Error('expected a draft');
    const listed = end.manifest.files;
    expect(listed.map((f) => f.path)).toEqual(paths.filter((p) => p !== 'manifest.json'));
    for (const f of files.filter((x) => x.path !== 'manifest.json')) {
      const entry = listed.find((e) => e.path === f.path)!;
      expect([entry.sizeBytes, entry.sha256]).toEqual([f.bytes.length, sha256Hex(f.bytes)]);
    }
    const manifest = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === 'manifest.json')!.bytes));
    expect(manifest).toEqual(end.manifest);
  });

  it('lets its writer take only the buffers nothing else holds: the files it makes and the plans it reads again', async () => {
    const input = await packageInput({ draft: true, projectOnFarmland: false });
    const given = { ...input, targetsBytes: new TextEncoder().encode('{"targets":[]}\n') };
    const lent = (path: string) => /^(sources\/|rules\/)|^(policy|targets)\.json$/.test(path);
    const held = drain(given).files;
    expect(held.filter((f) => !f.owned).map((f) => f.path)).toEqual(held.map((f) => f.path).filter(lent));
    expect(held.filter((f) => f.path.startsWith('sources/')).length).toBeGreaterThan(1);
    const reread = drain({
      ...given,
      sources: given.sources.map((s) => ({
        plan: s.plan,
        digest: { sizeBytes: s.bytes.length, sha256: sha256Hex(s.bytes) },
        get bytes() {
          return s.bytes.slice();
        },
      })),
    }).files;
    expect(reread.filter((f) => !f.owned).map((f) => f.path)).toEqual(
      held.map((f) => f.path).filter((p) => lent(p) && !p.startsWith('sources/')),
    );
  });

  it('refuses a final package before yielding any file', async () => {
    const { files, end } = drain(await packageInput({ draft: false, projectOnFarmland: true }));
    expect(files).toEqual([]);
    expect(end.ok ? [] : end.reasons.map((r) => r.kind)).toContain('blocker');
  });

  it('zips to the bytes of buildPackage, which gives the same zip without keeping the files', async () => {
    const input = await packageInput({ draft: true, projectOnFarmland: true });
    const kept = buildPackage(input);
    const dropped = buildPackage(input, { keepFiles: false });
    if (!kept.ok || !dropped.ok) throw new Error('expected a draft');
    expect(dropped.files.size).toBe(0);
    expect(Buffer.from(dropped.zip).equals(Buffer.from(kept.zip))).toBe(true);
    const { files } = drain(input);
    expect(Buffer.from(zipFiles(new Map(files.map((f) => [f.path, f.bytes])), input.created)).equals(Buffer.from(kept.zip))).toBe(true);
  });

  it('gives the same package with a native SHA-256', async () => {
    const input = await packageInput({ draft: false, projectOnFarmland: false });
    const noble = buildPackage(input);
    const native = buildPackage({ ...input, sha256Hex: (b) => createHash('sha256').update(b).digest('hex') });
    if (!noble.ok || !native.ok) throw new Error('expected a final package');
    expect(Buffer.from(native.zip).equals(Buffer.from(noble.zip))).toBe(true);
  });
});

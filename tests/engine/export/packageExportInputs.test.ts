import { describe, expect, it } from 'vitest';
import { packageExportInputs } from '../../../engine/export/packageExportInputs.ts';
import { sha256Hex } from '../../../engine/package/sha256Hex.ts';

const text = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** A package's files with a manifest that lists them (sizes and SHA-256 as the package writes them). */
function packageFiles(over: Record<string, Uint8Array | null> = {}, build: Record<string, unknown> = {}): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>([
    ['sources/land.json', text({ plan: 'land' })],
    ['sources/ecology.json', text({ plan: 'ecology' })],
    ['rulepack.json', text({ id: 'r' })],
    ['policy.json', text({ policy: 1 })],
    ['targets.json', text('null')],
    ['resolutions.json', text({ resolutions: [] })],
    [
      'build.json',
      text({
        buildVersion: '1',
        created: '2026-12-01T00:00:00.000Z',
        tool: { name: 'lantu', version: '9.9.9' },
        mode: 'draft',
        sources: ['sources/ecology.json', 'sources/land.json'],
        rulePack: 'rulepack.json',
        policy: 'policy.json',
        targets: 'targets.json',
        resolutions: 'resolutions.json',
        ...build,
      }),
    ],
  ]);
  const manifest = { files: [...files].map(([path, bytes]) => ({ path, sizeBytes: bytes.length, sha256: sha256Hex(bytes) })) };
  files.set('manifest.json', text(manifest));
  for (const [path, bytes] of Object.entries(over)) {
    if (bytes === null) files.delete(path);
    else files.set(path, bytes);
  }
  return files;
}

describe('packageExportInputs', () => {
  it('gives the inputs the package was built from, in its build record order', () => {
    const result = packageExportInputs(packageFiles(), 'city.zip');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.inputs.sources.map((s) => s.file)).toEqual(['sources/ecology.json', 'sources/land.json']);
    expect(result.inputs).toMatchObject({
      pack: { file: 'rulepack.json' },
      policy: { file: 'policy.json' },
      resolutions: { file: 'resolutions.json' },
      created: '2026-12-01T00:00:00.000Z',
      draft: true,
      toolVersion: '9.9.9',
    });
    // targets.json holding null means: no targets.
    expect(result.inputs.targets).toBeNull();
  });

  it('refuses a package whose files differ from its manifest, naming them', () => {
    const result = packageExportInputs(
      packageFiles({ 'sources/land.json': text({ plan: 'changed' }), 'extra.txt': text('x') }),
      'city.zip',
    );
    expect(result).toEqual({
      ok: false,
      zh: '成果包 city.zip 与其清单不符：extra.txt（不在清单中）、sources/land.json（已被修改）',
      en: 'package city.zip does not match its manifest: extra.txt (added), sources/land.json (modified)',
    });
  });

  it('refuses a zip that is not a package, and a build record that names no sources', () => {
    expect(packageExportInputs(new Map([['a.txt', text('a')]]), 'other.zip')).toMatchObject({
      ok: false,
      zh: '成果包 other.zip 不是蓝图成果包（缺少可读的 manifest.json 或 build.json）',
    });
    expect(packageExportInputs(packageFiles({}, { sources: [] }), 'city.zip')).toMatchObject({
      ok: false,
      en: 'package city.zip has an incomplete build record (build.json): its blueprint cannot be rebuilt',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { packWorkspaceFile, unpackWorkspaceFile, MANIFEST_PATH, type WorkspaceManifest } from '../../../engine/workspaceFile/index.ts';

const payload = new Map<string, Uint8Array>([
  ['workspace.json', strToU8(JSON.stringify({ name: '济源示范', plans: [1, 2, 3] }))],
  ['plans/land.geojson', strToU8('{"type":"FeatureCollection","features":[]}')],
  ['history/edits.bin', Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 256)],
]);
const options = { createdAt: '2026-11-27T10:00:00.000Z', generator: '蓝图 Lantu 0.1.0' };

function rezip(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  change(files);
  return zipSync(files);
}

describe('workspace file container', () => {
  it('round-trips the payload byte for byte with a manifest listing sizes and SHA-256', () => {
    const packed = packWorkspaceFile(payload, options);
    const result = unpackWorkspaceFile(packed);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.files.keys()].sort()).toEqual([...payload.keys()].sort());
    for (const [path, bytes] of payload) expect(result.files.get(path)).toEqual(bytes);
    expect(result.manifest.formatVersion).toBe(1);
    expect(result.manifest.files.find((f) => f.path === 'workspace.json')?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes the same bytes for the same input', () => {
    expect(packWorkspaceFile(payload, options)).toEqual(packWorkspaceFile(new Map([...payload].reverse()), options));
  });

  it('refuses a truncated file in Chinese, saying the workspace is unchanged', () => {
    const packed = packWorkspaceFile(payload, options);
    const result = unpackWorkspaceFile(packed.slice(0, packed.length - 30), { fileName: '济源.lantu' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('not-a-zip');
    expect(result.error.message).toBe('无法打开 济源.lantu：它不是有效的 zip 压缩包（文件可能已损坏或不完整）。当前工作空间未作改动。');
  });

  it('refuses random bytes and an empty file', () => {
    expect(unpackWorkspaceFile(new Uint8Array(0)).ok).toBe(false);
    expect(unpackWorkspaceFile(Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 251)).ok).toBe(false);
  });

  it('refuses a payload file changed after saving, naming the file and both hashes', () => {
    const tampered = rezip(packWorkspaceFile(payload, options), (files) => {
      files['workspace.json'] = strToU8(JSON.stringify({ name: '济源示范', plans: [1, 2, 4] }));
    });
    const result = unpackWorkspaceFile(tampered, { fileName: 'a.lantu' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('hash-mismatch');
    expect(result.error.message).toMatch(
      /^无法打开 a\.lantu：workspace\.json 已被修改或损坏：SHA-256 应为 [0-9a-f]{64}，实际为 [0-9a-f]{64}。/,
    );
  });

  it('refuses a changed size, a missing file and an unlisted extra file', () => {
    const packed = packWorkspaceFile(payload, options);
    const longer = unpackWorkspaceFile(
      rezip(packed, (f) => (f['workspace.json'] = strToU8('{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}{}'))),
    );
    expect(!longer.ok && longer.error.code).toBe('size-mismatch');
    const missing = unpackWorkspaceFile(rezip(packed, (f) => delete f['plans/land.geojson']));
    expect(!missing.ok && missing.error.code).toBe('missing-file');
    const extra = unpackWorkspaceFile(
      rezip(packed, (f) => (f['evil.js'] = strToU8('alert(1)'))),
      { lang: 'en' },
    );
    expect(!extra.ok && extra.error.message).toBe(
      'Cannot open the workspace file: evil.js is in the archive but not in the manifest (the file may have been tampered with). The current workspace was not changed.',
    );
  });

  it('refuses a zip without a manifest, another format, a newer version and a malformed manifest', () => {
    const packed = packWorkspaceFile(payload, options);
    const noManifest = unpackWorkspaceFile(rezip(packed, (f) => delete f[MANIFEST_PATH]));
    expect(!noManifest.ok && noManifest.error.code).toBe('missing-manifest');
    const editManifest = (edit: (m: WorkspaceManifest) => unknown) =>
      unpackWorkspaceFile(
        rezip(packed, (f) => (f[MANIFEST_PATH] = strToU8(JSON.stringify(edit(JSON.parse(new TextDecoder().decode(f[MANIFEST_PATH]))))))),
      );
    const other = editManifest((m) => ({ ...m, format: 'something-else' }));
    expect(!other.ok && other.error.code).toBe('wrong-format');
    const newer = editManifest((m) => ({ ...m, formatVersion: 2 }));
    expect(!newer.ok && newer.error.message).toContain('格式版本 2');
    const malformed = editManifest((m) => ({ ...m, files: [{ path: 'workspace.json', sizeBytes: '12' }] }));
    expect(!malformed.ok && malformed.error.code).toBe('bad-manifest');
  });

  it('refuses paths that climb out of the container', () => {
    const evil = zipSync({ '../outside.txt': strToU8('x'), [MANIFEST_PATH]: strToU8('{}') });
    const result = unpackWorkspaceFile(evil);
    expect(!result.ok && result.error.code).toBe('unsafe-path');
    expect(() => packWorkspaceFile({ '/etc/passwd': new Uint8Array(1) }, options)).toThrow(/not allowed/);
  });

  it('refuses an entry compressed past 200:1 before inflating it, naming the limit', () => {
    const packed = packWorkspaceFile(payload, options);
    const bomb = rezip(packed, (files) => {
      files['blank.bin'] = new Uint8Array(8 * 1024 * 1024);
    });
    const result = unpackWorkspaceFile(bomb, { fileName: 'bomb.lantu', lang: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toMatch(/blank\.bin.*200:1/);
  });

  it('stops inflating an entry at its declared size when the directory understates it', () => {
    const packed = packWorkspaceFile({ 'big.bin': new Uint8Array(300_000).fill(7) }, options);
    // Shrink the declared size of big.bin in the local header and the central directory (both hold 300000).
    const forged = packed.slice();
    const view = new DataView(forged.buffer);
    let patched = 0;
    for (let at = 0; at + 4 <= forged.length; at++) {
      if (view.getUint32(at, true) === 300_000) {
        view.setUint32(at, 1_000, true);
        patched++;
      }
    }
    expect(patched).toBe(2);
    const result = unpackWorkspaceFile(forged, { fileName: 'forged.lantu', lang: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-large');
    expect(result.error.message).toContain('big.bin');
  });

  it('refuses a container that would unpack past the size limit', () => {
    const packed = packWorkspaceFile({ 'big.bin': new Uint8Array(200_000) }, options);
    const result = unpackWorkspaceFile(packed, { maxTotalBytes: 100_000 });
    expect(!result.ok && result.error.code).toBe('too-large');
  });

  it('refuses an unlisted entry named "__proto__", which an unzip result object would hide', () => {
    const packed = packWorkspaceFile(payload, options);
    const withPlaceholder = rezip(packed, (files) => {
      files.PROTOXXXX = strToU8('{"polluted":true}');
    });
    // Rename the entry in both the local header and the central directory (same length, CRC covers only the data).
    const text = new TextDecoder('latin1').decode(withPlaceholder);
    const evil = Uint8Array.from(text.replaceAll('PROTOXXXX', '__proto__'), (char) => char.charCodeAt(0));
    const result = unpackWorkspaceFile(evil, { fileName: 'evil.lantu', lang: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Entries are kept in a Map, so "__proto__" is an ordinary name: listed nowhere, it is refused as unlisted.
    expect(result.error.code).toBe('unlisted-file');
    expect(result.error.message).toContain('__proto__ is in the archive but not in the manifest');
  });

  it('refuses a manifest that lists an entry named "constructor" absent from the archive as missing, not as a size mismatch', () => {
    const packed = packWorkspaceFile(payload, options);
    const tampered = rezip(packed, (files) => {
      const manifest = JSON.parse(new TextDecoder().decode(files[MANIFEST_PATH])) as WorkspaceManifest;
      manifest.files.push({ path: 'constructor', sizeBytes: 0, sha256: '0'.repeat(64) });
      files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest));
    });
    const result = unpackWorkspaceFile(tampered);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('missing-file');
  });
});

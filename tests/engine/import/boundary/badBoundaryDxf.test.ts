// Broken DXF boundary files (tests/fixtures/import/boundary/bad-dxf, written by
// scripts/reference/bad_dxf_boundary_fixtures.py): each is refused with a fatal issue whose Chinese and English
// messages name the file, and no parcels at all; a DWG asks for DXF; a 100,000-vertex bow-tie is refused in
// bounded time (printed, not asserted).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoundaryDxf } from '../../../../engine/import/boundary/readBoundaryDxf.ts';

const dir = new URL('../../../fixtures/import/boundary/bad-dxf/', import.meta.url);
const EXPECTED = JSON.parse(readFileSync(new URL('expected-codes.json', dir), 'utf8')) as Record<string, string>;

describe('readBoundaryDxf on broken files', () => {
  it('has at least 15 broken DXF files', () => {
    expect(Object.keys(EXPECTED).length).toBeGreaterThanOrEqual(15);
  });

  for (const [file, code] of Object.entries(EXPECTED)) {
    it(`refuses ${file} with ${code} and reads no parcel`, () => {
      const r = readBoundaryDxf(new Uint8Array(readFileSync(new URL(file, dir))), file);
      expect(r.ok).toBe(false);
      expect('parcels' in r).toBe(false);
      const fatal = r.issues.filter((i) => i.severity === 'fatal');
      expect(fatal.map((i) => i.code)).toContain(code);
      for (const i of fatal) {
        expect(i.messageZh).toContain(file);
        expect(i.messageZh).toMatch(/[\u4e00-\u9fff]{2}/);
        expect(i.messageEn).toContain(file);
        expect(i.messageEn).not.toMatch(/[。，：；（）、]/);
      }
    });
  }

  it('asks for a DXF when given a DWG', () => {
    const r = readBoundaryDxf(new Uint8Array(readFileSync(new URL('saved-as.dwg', dir))), 'saved-as.dwg');
    expect(r.issues[0]!.messageZh).toMatch(/是 DWG 文件.*另存为” DXF/);
  });

  it('names the handle and the place of a bow-tie', () => {
    const r = readBoundaryDxf(new Uint8Array(readFileSync(new URL('bow-tie.dxf', dir))), 'bow-tie.dxf');
    expect(r.issues[0]!.messageZh).toMatch(/^bow-tie\.dxf 图层“JX”上句柄 BT 的边界自相交，位于 X=37618583\.536, Y=3886510\.350 附近/);
  });

  it('refuses a 100,000-vertex ring that crosses itself without hanging', () => {
    const n = 100_000;
    const lines = [
      '0',
      'SECTION',
      '2',
      'HEADER',
      '9',
      '$INSUNITS',
      '70',
      '6',
      '0',
      'ENDSEC',
      '0',
      'SECTION',
      '2',
      'ENTITIES',
      '0',
      'LWPOLYLINE',
      '5',
      'BIG',
      '8',
      'JX',
      '90',
      String(n),
      '70',
      '1',
    ];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      lines.push('10', (37618533.5 + 500 * Math.cos(a)).toFixed(4), '20', (3886460.3 + 500 * Math.sin(a)).toFixed(4));
    }
    // Swap two neighbouring vertices: the ring now crosses itself between them.
    const at = 24 + 4 * 50_000;
    [lines[at + 1], lines[at + 5]] = [lines[at + 5]!, lines[at + 1]!];
    [lines[at + 3], lines[at + 7]] = [lines[at + 7]!, lines[at + 3]!];
    lines.push('0', 'ENDSEC', '0', 'EOF');
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const t0 = performance.now();
    const r = readBoundaryDxf(bytes, 'big.dxf');
    console.log(
      `readBoundaryDxf: refused a ${n}-vertex bow-tie (${(bytes.length / 1e6).toFixed(1)} MB) in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['dxf-self-intersection']);
  });
});

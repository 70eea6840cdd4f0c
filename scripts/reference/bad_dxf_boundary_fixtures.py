#!/usr/bin/python3
"""Writes the broken DXF boundary files of tests/fixtures/import/boundary/bad-dxf/ and expected-codes.json (the
fatal code each must give). Each is a hand-written minimal DXF, or a cut or a mutation of the ezdxf-written
tests/fixtures/import/dxf/boundary_r2000_m.dxf, so the reader's refusals are tested on files, not strings.
Run: /usr/bin/python3 scripts/reference/bad_dxf_boundary_fixtures.py  (no third-party modules needed)."""
import json, os

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'import', 'boundary', 'bad-dxf')
GOOD = os.path.join(HERE, '..', '..', 'tests', 'fixtures', 'import', 'dxf', 'boundary_r2000_m.dxf')
# A corner inside 济源 in 3-degree zone 37 with the zone prefix (EPSG:4525), as the good fixture has.
E0, N0 = 37618533.536, 3886460.350

def dxf(header, entities):
    """A minimal DXF: header variables [(name, code, value)], then entities as flat [code, value, …] lists."""
    pairs = [0, 'SECTION', 2, 'HEADER']
    for name, code, value in header:
        pairs += [9, name, code, value]
    pairs += [0, 'ENDSEC', 0, 'SECTION', 2, 'ENTITIES']
    for e in entities:
        pairs += e
    pairs += [0, 'ENDSEC', 0, 'EOF']
    return ('\r\n'.join(str(p) for p in pairs) + '\r\n').encode('utf-8')

METRES = [('$ACADVER', 1, 'AC1015'), ('$INSUNITS', 70, '6')]

def lw(handle, layer, pts, closed=True, count=None):
    out = [0, 'LWPOLYLINE', 5, handle, 8, layer, 90, len(pts) if count is None else count, 70, 1 if closed else 0]
    for p in pts:
        out += [10, f'{E0 + p[0]:.4f}', 20, f'{N0 + p[1]:.4f}']
        if len(p) > 2:
            out += [42, p[2]]
    return out

SQUARE = [(0, 0), (100, 0), (100, 100), (0, 100)]

def main():
    os.makedirs(OUT, exist_ok=True)
    good = open(GOOD, 'rb').read()
    lines = good.split(b'\n')
    files = {}
    files['empty.dxf'] = (b'', 'dxf-empty')
    files['blank-lines.dxf'] = (b'\r\n  \r\n\r\n', 'dxf-empty')
    files['truncated.dxf'] = (b'\n'.join(lines[: int(len(lines) * 0.6) & ~1]), 'dxf-truncated')
    files['cut-mid-pair.dxf'] = (b'\n'.join(lines[:2001]), 'dxf-truncated')
    files['saved-as.dwg'] = (b'AC1027' + bytes([0, 0, 0, 0, 0xff, 0x1f, 0x80]) + bytes(57), 'dxf-dwg')
    files['binary.dxf'] = (b'AutoCAD Binary DXF\r\n\x1a\x00' + bytes([0, 0, 0xff, 0x10]), 'dxf-binary')
    files['text-in-number.dxf'] = (dxf(METRES, [lw('2A', 'JX', SQUARE)]).replace(f'{N0 + 100:.4f}'.encode(), b'abc', 1), 'dxf-number')
    files['number-out-of-range.dxf'] = (dxf(METRES, [lw('2B', 'JX', SQUARE)]).replace(f'{E0 + 100:.4f}'.encode(), b'1e400', 1), 'dxf-number')
    files['group-code-not-integer.dxf'] = (b'0\r\nSECTION\r\nxx\r\nHEADER\r\n0\r\nEOF\r\n', 'dxf-group-code')
    files['wrong-encoding.dxf'] = (dxf(METRES, [lw('1', 'JX', SQUARE)]).replace(b'\r\n8\r\nJX\r\n', b'\r\n8\r\n\xff\xfe\xff\r\n'), 'dxf-encoding')
    files['no-entities.dxf'] = (b'0\r\nSECTION\r\n2\r\nHEADER\r\n9\r\n$ACADVER\r\n1\r\nAC1015\r\n0\r\nENDSEC\r\n0\r\nEOF\r\n', 'dxf-no-entities')
    files['only-open-polylines.dxf'] = (dxf(METRES, [lw('1', 'JX', SQUARE, closed=False), [0, 'LINE', 5, '2', 8, 'JX', 10, E0, 20, N0, 11, E0 + 5, 21, N0]]), 'dxf-no-closed-polyline')
    files['hatch-only.dxf'] = (dxf(METRES, [[0, 'HATCH', 5, 'H1', 8, 'JX', 10, 0, 20, 0, 91, 1]]), 'dxf-no-closed-polyline')
    files['ring-of-two-points.dxf'] = (dxf(METRES, [lw('7', 'JX', [(0, 0), (10, 0)])]), 'dxf-ring-degenerate')
    files['vertex-count-wrong.dxf'] = (dxf(METRES, [lw('8', 'JX', SQUARE, count=5)]), 'dxf-structure')
    verts = []
    for x, y in SQUARE:
        verts += [0, 'VERTEX', 8, 'JX', 10, f'{E0 + x:.4f}', 20, f'{N0 + y:.4f}']
    files['polyline-without-seqend.dxf'] = (dxf(METRES, [[0, 'POLYLINE', 5, '9', 8, 'JX', 66, 1, 70, 1] + verts]), 'dxf-structure')
    files['vertex-without-polyline.dxf'] = (dxf(METRES, [verts[:8]]), 'dxf-structure')
    files['bulge-invalid.dxf'] = (dxf(METRES, [lw('B', 'JX', [(0, 0, '1e300'), (100, 0), (100, 100)])]), 'dxf-bulge-invalid')
    local = [0, 'LWPOLYLINE', 5, '1', 8, 'JX', 90, 4, 70, 1, 10, 0, 20, 0, 10, 100, 20, 0, 10, 100, 20, 100, 10, 0, 20, 100]
    files['local-coordinates.dxf'] = (dxf(METRES, [local]), 'crs-unknown')
    files['inch-units.dxf'] = (dxf([('$ACADVER', 1, 'AC1015'), ('$INSUNITS', 70, '1')], [local]), 'dxf-units-unsupported')
    files['bow-tie.dxf'] = (dxf(METRES, [lw('BT', 'JX', [(0, 0), (100, 100), (100, 0), (0, 100)])]), 'dxf-self-intersection')
    expected = {}
    for name, (data, code) in sorted(files.items()):
        with open(os.path.join(OUT, name), 'wb') as f:
            f.write(data)
        expected[name] = code
    with open(os.path.join(OUT, 'expected-codes.json'), 'w', encoding='utf-8') as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write('\n')

main()

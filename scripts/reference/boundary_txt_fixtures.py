#!/usr/bin/env python3
"""Writes tests/fixtures/import/boundary/: 部标 界址点坐标 TXT files as surveying software writes them, a manifest
(boundary-fixtures.json) with each file's expected report, and the reference lon/lat of every 界址点 from PROJ's
cs2cs (Debian proj-bin): lon/lat → zone (rounded to mm as in the file) → lon/lat again. Also bad/*.txt, broken
files that must each give a fatal finding. Run: python3 scripts/reference/boundary_txt_fixtures.py"""
import json, os, subprocess

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'import', 'boundary')
BAD = os.path.join(OUT, 'bad')


def cs2cs(src, dst, pairs, fmt):
    text = ''.join(f'{a} {b}\n' for a, b in pairs)
    out = subprocess.run(['cs2cs', '-f', fmt, f'EPSG:{src}', f'EPSG:{dst}'], input=text, capture_output=True, text=True, check=True).stdout
    return [tuple(line.split()[:2]) for line in out.strip().split('\n')]


def project(epsg, lonlat):
    """lon/lat → (X northing, Y easting) strings with 3 decimals, as the zone's EPSG axis order gives them."""
    return cs2cs(4490, epsg, [(lat, lon) for lon, lat in lonlat], '%.3f')


def unproject(epsg, xy):
    return [(float(lon), float(lat)) for lat, lon in cs2cs(epsg, 4490, xy, '%.10f')]


def shoelace(ring):
    # Relative to the first point: 8-digit eastings would cost the products their last digits.
    x0, y0 = float(ring[0][0]), float(ring[0][1])
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += (float(y1) - y0) * (float(x2) - x0) - (float(y2) - y0) * (float(x1) - x0)
    return abs(s) / 2


def attrs(datum='2000国家大地坐标系', width='3', zone='38', extra=()):
    lines = ['[属性描述]', '格式版本号=1.01版本', '数据产生单位=济源市自然资源和规划局', '数据产生日期=2026-11-20', f'坐标系={datum}',
             f'几度分带={width}', '投影类型=高斯克吕格', '计量单位=米', f'带号={zone}', '精度=0.001', '转换参数=,,,,,,']
    return lines + list(extra)


# Rings in lon/lat, clockwise from the north-west corner (as surveyors number them); closed by the writer below.
SITE_A = [(112.600, 35.100), (112.604, 35.1002), (112.6042, 35.0971), (112.6003, 35.0968)]
HOLE_A = [(112.6012, 35.0992), (112.6021, 35.0992), (112.6021, 35.0984), (112.6012, 35.0984)]
SITE_B = [(112.610, 35.102), (112.613, 35.102), (112.613, 35.100), (112.610, 35.100)]
SITE_W = [(112.300, 35.150), (112.3035, 35.1503), (112.3031, 35.1478), (112.2998, 35.1480)]


def parcel(epsg, rings_lonlat, head, prefix_drop=0, swap=False, close=True, area_override=None, start_no=1):
    """Header + point lines of one 地块; returns (lines, reference points)."""
    point_lines, refs, plane, no = [], [], 0.0, start_no
    for r, ring in enumerate(rings_lonlat):
        xy = project(epsg, ring)
        if prefix_drop:
            xy = [(x, f'{float(y) - prefix_drop:.3f}') for x, y in xy]
        ids = [f'J{no + i}' for i in range(len(xy))]
        no += len(xy)
        closed_xy = xy + [xy[0]] if close else xy
        closed_ids = ids + [ids[0]] if close else ids
        a = shoelace(closed_xy + ([] if close else [xy[0]]))
        plane += a if r == 0 else -a
        back = unproject(epsg, [(x, f'{float(y) + prefix_drop:.3f}') for x, y in closed_xy])
        for pid, (x, y), (lon, lat) in zip(closed_ids, closed_xy, back):
            point_lines.append(f'{pid},{r + 1},{y},{x}' if swap else f'{pid},{r + 1},{x},{y}')
            refs.append({'pointId': pid, 'ring': r + 1, 'x': float(x), 'y': float(y), 'lon': lon, 'lat': lat})
    area = area_override if area_override is not None else f'{plane / 10000:.4f}'
    header = f'{len(point_lines)},{area},' + ','.join(head) + ',@'
    return [header] + point_lines, refs, plane


def write(path, lines, encoding='gbk', eol='\r\n', bom=False):
    data = (eol.join(lines) + eol).encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    with open(path, 'wb') as f:
        f.write(data)


def main():
    os.makedirs(BAD, exist_ok=True)
    manifest = []

    def good(name, lines, parcels, codes, zone, width, prefixed, epsg, encoding='gbk', eol='\r\n', bom=False):
        write(os.path.join(OUT, name), lines, encoding, eol, bom)
        manifest.append({'file': name, 'encoding': encoding, 'bom': bom, 'lineEnding': eol, 'codes': codes,
                         'crs': {'zone': zone, 'zoneWidthDeg': width, 'prefixed': prefixed, 'epsg': epsg},
                         'parcels': [{'id': pid, 'planeAreaM2': plane, 'points': refs} for pid, refs, plane in parcels]})

    # GBK + CRLF, zone 38 with prefix, two 地块, the first with a hole; J1 … J1 closing.
    a, ra, pa = parcel(4526, [SITE_A, HOLE_A], ['1', '济源示范项目一期', '面', 'I49G012034', '工业用地', '1001'])
    b, rb, pb = parcel(4526, [SITE_B], ['2', '济源示范项目二期', '面', 'I49G012034', '工业用地', '1001'])
    good('gbk-crlf-two-parcels.txt', attrs() + ['[地块坐标]'] + a + b, [('1', ra, pa), ('2', rb, pb)], [], 38, 3, True, 4526)

    # UTF-8 + BOM + LF, [扩展信息], zone 37 without prefix (带号 decides), a province's longer header.
    w, rw, pw = parcel(4525, [SITE_W], ['XM-01', '西部片区', '面', '', '商业用地', '0901', '拟征收', '河南省'], prefix_drop=37_000_000)
    good('utf8-bom-lf-zone37.txt', ['[扩展信息]', '项目名称=济源西部片区', '报批批次=2026年第3批'] + attrs(zone='37') + ['[地块坐标]'] + w,
         [('XM-01', rw, pw)], [], 37, 3, False, 4546, encoding='utf-8', eol='\n', bom=True)

    # X and Y swapped (a GIS export); the reader swaps them back and warns.
    s, rs, ps = parcel(4526, [SITE_B], ['1', '对调', '面', '', '工业用地', '1001'], swap=True)
    good('xy-swapped.txt', attrs() + ['[地块坐标]'] + s, [('1', rs, ps)], ['TXT_XY_SWAPPED'], 38, 3, True, 4526)

    # 带号=37 in the header but the coordinates carry zone 38 (and lie in 济源 only in 38).
    z, rz, pz = parcel(4526, [SITE_B], ['1', '带号错', '面', '', '工业用地', '1001'])
    good('wrong-zone-number.txt', attrs(zone='37') + ['[地块坐标]'] + z, [('1', rz, pz)], ['TXT_ZONE_HEADER_MISMATCH'], 38, 3, True, 4526)

    # 6-degree zone 19 (central meridian 111°E) with prefix.
    six, r6, p6 = parcel(4497, [SITE_A, HOLE_A], ['1', '六度带', '面', '', '工业用地', '1001'])
    good('six-degree-zone19.txt', attrs(width='6', zone='19') + ['[地块坐标]'] + six, [('1', r6, p6)], [], 19, 6, True, 4497)

    # Unclosed ring (no repeated J1) and a stated area off by far more than its rounding.
    u, ru, pu = parcel(4526, [SITE_B], ['1', '未闭合', '面', '', '工业用地', '1001'], close=False, area_override='9.9999')
    u[0] = u[0].replace(f'{len(u) - 1},9.9999', f'{len(u) - 1},9.9999')
    ru = ru + [dict(ru[0])]
    good('unclosed-area-mismatch.txt', attrs() + ['[地块坐标]'] + u, [('1', ru, pu)], ['TXT_AREA_MISMATCH', 'TXT_RING_UNCLOSED'], 38, 3, True, 4526)

    # An unsupported datum: the same site in 1980西安坐标系 (numbers as if they were).
    x80, _, _ = parcel(4526, [SITE_B], ['1', '西安80', '面', '', '工业用地', '1001'])
    write(os.path.join(OUT, 'xian80-unsupported.txt'), attrs(datum='1980西安坐标系') + ['[地块坐标]'] + x80)
    manifest.append({'file': 'xian80-unsupported.txt', 'codes': ['TXT_DATUM_UNSUPPORTED'], 'parcels': []})

    with open(os.path.join(OUT, 'boundary-fixtures.json'), 'w', encoding='utf-8') as f:
        json.dump({'command': 'echo "<lat> <lon>" | cs2cs -f %.3f EPSG:4490 EPSG:<code>; back with -f %.10f',
                   'proj': subprocess.run(['cs2cs'], capture_output=True, text=True).stderr.split('\n')[0],
                   'fixtures': manifest}, f, ensure_ascii=False, indent=1)
        f.write('\n')

    # Broken files: each must give a fatal finding with this code and no parcels.
    good_b = attrs() + ['[地块坐标]'] + b
    bad = {}
    bad['empty.txt'] = (b'', 'TXT_EMPTY')
    full = ('\r\n'.join(good_b) + '\r\n').encode('gbk')
    bad['truncated.txt'] = (full[: len(full) - 20], 'TXT_POINT_LINE')
    bad['text-in-number.txt'] = ('\r\n'.join(good_b).replace(good_b[-2].split(',')[2], '38abc41.28').encode('gbk'), 'TXT_NUMBER')
    p2 = b[1].split(',')
    q2 = b[2].split(',')
    bad['ring-of-two-points.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]', '3,,1,两点,面,,工业用地,1001,@', b[1], b[2], b[1]]).encode('gbk'), 'TXT_RING_TOO_SHORT')
    bad['duplicate-parcel-id.txt'] = ('\r\n'.join(good_b + b).encode('gbk'), 'TXT_DUPLICATE_PARCEL')
    bad['wrong-encoding-big5.txt'] = ('\r\n'.join(attrs(datum='2000國家大地坐標系') + ['[地塊坐標]'] + b).replace('属性描述', '屬性描述').replace('计量单位=米', '計量單位=米').replace('几度分带', '幾度分帶').replace('带号', '帶號').encode('big5', errors='replace'), 'TXT_ENCODING')
    bad['utf16.txt'] = ('\r\n'.join(good_b).encode('utf-16'), 'TXT_UTF16')
    bad['missing-section.txt'] = ('\r\n'.join(attrs() + b).encode('gbk'), 'TXT_SECTION_MISSING')
    bad['header-count-wrong.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]', b[0].replace('5,', '7,', 1)] + b[1:]).encode('gbk'), 'TXT_POINT_COUNT')
    bow = [b[1], b[2], b[4].replace('J4,', 'J3,'), b[3].replace('J3,', 'J4,'), b[5]]
    bad['self-intersection.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]', b[0].replace(',1,', ',1,', 1).replace(b[0].split(',')[1], '', 1)] + bow).encode('gbk'), 'TXT_SELF_INTERSECTION')
    far, _, _ = parcel(4526, [SITE_B, [(lon + 0.01, lat) for lon, lat in HOLE_A]], ['1', '内圈在外', '面', '', '工业用地', '1001'], area_override='')
    bad['hole-outside-shell.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]'] + far).encode('gbk'), 'TXT_HOLE_OUTSIDE')
    bad['beijing54.txt'] = ('\r\n'.join(attrs(datum='1954北京坐标系') + ['[地块坐标]'] + b).encode('gbk'), 'TXT_DATUM_UNSUPPORTED')
    bj, _, _ = parcel(4527, [[(116.40, 39.91), (116.41, 39.91), (116.41, 39.90), (116.40, 39.90)]], ['1', '北京', '面', '', '工业用地', '1001'])
    bad['outside-territory.txt'] = ('\r\n'.join(attrs(zone='39') + ['[地块坐标]'] + bj).encode('gbk'), 'TXT_OUTSIDE_TERRITORY')
    nz = [l for l in attrs(zone='') if not l.startswith('带号')]
    bad['no-zone.txt'] = ('\r\n'.join(nz + ['[地块坐标]'] + w).encode('gbk'), 'TXT_ZONE_MISSING')
    bad['point-before-header.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]'] + b[1:] + b).encode('gbk'), 'TXT_POINT_BEFORE_HEADER')
    bad['zone-width-five.txt'] = ('\r\n'.join(attrs(width='5') + ['[地块坐标]'] + b).encode('gbk'), 'TXT_ZONE_WIDTH')
    bad['line-shape.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]', b[0].replace(',面,', ',线,')] + b[1:]).encode('gbk'), 'TXT_SHAPE_KIND')
    bad['hole-before-outer.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]', b[0]] + [l.replace(',1,', ',2,', 1) for l in b[1:]]).encode('gbk'), 'TXT_RING_MISSING_OUTER')
    bad['attribute-not-key-value.txt'] = ('\r\n'.join(attrs() + ['坐标系 2000', '[地块坐标]'] + b).encode('gbk'), 'TXT_ATTRIBUTE_LINE')
    bad['no-parcels.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]']).encode('gbk'), 'TXT_NO_PARCELS')
    bad['swapped-and-broken.txt'] = ('\r\n'.join(attrs() + ['[地块坐标]', b[0], b[1], '2,1,1234.5,9876.5'] + b[3:]).encode('gbk'), 'TXT_COORDINATE_RANGE')
    codes = {}
    for name, (data, code) in sorted(bad.items()):
        with open(os.path.join(BAD, name), 'wb') as f:
            f.write(data)
        codes[name] = code
    with open(os.path.join(BAD, 'expected-codes.json'), 'w', encoding='utf-8') as f:
        json.dump(codes, f, ensure_ascii=False, indent=1)
        f.write('\n')


main()

#!/usr/bin/python3
"""Writes the DXF boundary fixtures with an independent writer (Debian python3-ezdxf) and their expected
areas (ezdxf's own arc flattening at 0.1 mm, shapely plane areas, pyproj GRS80 areas after EPSG→4490).
Run: /usr/bin/python3 scripts/reference/dxf_boundary_fixtures.py  (writes tests/fixtures/import/dxf/)."""
import json, math, os, subprocess, tempfile
import ezdxf
from ezdxf.math import bulge_to_arc
from pyproj import Geod, Transformer
from shapely.geometry import Polygon

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'tests', 'fixtures', 'import', 'dxf')
GEOD = Geod(ellps='GRS80')

def to_proj(epsg, lon, lat):
    return Transformer.from_crs('EPSG:4490', f'EPSG:{epsg}', always_xy=True).transform(lon, lat)

def flat_ring(entity, scale):
    """The ring with each bulge arc replaced by points 0.1 mm apart in sagitta: centre and radius from
    ezdxf.math.bulge_to_arc (not the reader's formula), angles stepped here."""
    if entity.dxftype() == 'LWPOLYLINE':
        verts = [(x, y, b) for x, y, b in entity.get_points('xyb')]
    else:
        verts = [(v.dxf.location.x, v.dxf.location.y, v.dxf.bulge) for v in entity.vertices]
    out = []
    for i, (x, y, b) in enumerate(verts):
        out.append((x * scale, y * scale))
        if b:
            x2, y2, _ = verts[(i + 1) % len(verts)]
            centre, _, _, r = bulge_to_arc((x, y), (x2, y2), b)
            a1 = math.atan2(y - centre.y, x - centre.x)
            a2 = math.atan2(y2 - centre.y, x2 - centre.x)
            if b > 0:
                while a2 <= a1: a2 += 2 * math.pi
            else:
                while a2 >= a1: a2 -= 2 * math.pi
            step = 2 * math.acos(1 - 1e-4 / (r * scale))
            n = max(1, math.ceil(abs(a2 - a1) / step))
            for k in range(1, n):
                a = a1 + (a2 - a1) * k / n
                out.append(((centre.x + r * math.cos(a)) * scale, (centre.y + r * math.sin(a)) * scale))
    return out

def expected(doc, layer, scale, epsg):
    rings = [flat_ring(e, scale) for e in doc.modelspace()
             if e.dxf.layer == layer and e.dxftype() in ('LWPOLYLINE', 'POLYLINE') and e.is_closed]
    polys = [Polygon(r) for r in rings]
    # nesting by containment, as the reader does: a ring inside exactly one other ring is its hole
    out = []
    for i, p in enumerate(polys):
        parents = [j for j, q in enumerate(polys) if j != i and q.contains(p)]
        if len(parents) % 2 == 1:
            continue
        holes = [k for k, q in enumerate(polys) if k != i and p.contains(q)
                 and len([j for j, r in enumerate(polys) if j != k and r.contains(q)]) == len(parents) + 1]
        shape = Polygon(p.exterior.coords, [polys[k].exterior.coords for k in holes])
        tr = Transformer.from_crs(f'EPSG:{epsg}', 'EPSG:4490', always_xy=True)
        def geo(coords):
            xs, ys = zip(*coords)
            lon, lat = tr.transform(xs, ys)
            return abs(GEOD.polygon_area_perimeter(lon, lat)[0])
        grs80 = geo(p.exterior.coords) - sum(geo(polys[k].exterior.coords) for k in holes)
        out.append({'planeAreaM2': shape.area, 'grs80AreaM2': grs80, 'holes': len(holes)})
    return sorted(out, key=lambda d: -d['planeAreaM2'])

def build(version, epsg, lon, lat, scale, insunits, codepage, name):
    doc = ezdxf.new(version)
    if insunits is not None:
        doc.header['$INSUNITS'] = insunits
    for n in ('红线', '道路', '注记'):
        doc.layers.add(n)
    msp = doc.modelspace()
    x0, y0 = to_proj(epsg, lon, lat)
    u = 1 / scale  # metres → drawing units
    P = lambda x, y: ((x0 + x) * u, (y0 + y) * u)
    def closed(points, layer='红线'):
        # points: (x, y, bulge) in metres relative to the origin
        pts = [P(x, y) + (b,) for x, y, b in points]
        if version == 'R12':
            pl = msp.add_polyline2d([p[:2] for p in pts], close=True, dxfattribs={'layer': layer})
            for v, p in zip(pl.vertices, pts):
                v.dxf.bulge = p[2]
            return pl
        return msp.add_lwpolyline(pts, format='xyb', close=True, dxfattribs={'layer': layer})
    # Parcel A: 300 m × 200 m with a convex arc on the north side and a 60 m square hole.
    closed([(0, 0, 0), (300, 0, 0), (300, 200, 0.4), (0, 200, 0)])
    closed([(100, 60, 0), (160, 60, 0), (160, 120, 0), (100, 120, 0)])
    # Parcel B east of A: a concave arc (negative bulge) and a convex one.
    closed([(400, 0, -0.25), (550, 0, 0), (550, 150, 0), (480, 150, 1.0), (400, 150, 0)])
    # An island inside A's hole is a parcel of its own.
    closed([(120, 80, 0), (140, 80, 0), (140, 100, 0), (120, 100, 0)])
    # Not boundaries: an open polyline on the layer, lines and an open polyline on 道路.
    if version == 'R12':
        msp.add_polyline2d([P(0, -50), P(300, -50), P(300, -80)], dxfattribs={'layer': '红线'})
        msp.add_polyline2d([P(0, -100), P(600, -100)], dxfattribs={'layer': '道路'})
    else:
        msp.add_lwpolyline([P(0, -50), P(300, -50), P(300, -80)], dxfattribs={'layer': '红线'})
        msp.add_lwpolyline([P(0, -100), P(600, -100)], dxfattribs={'layer': '道路'})
    msp.add_line(P(0, -120), P(600, -120), dxfattribs={'layer': '道路'})
    msp.add_line(P(0, -130), P(600, -130), dxfattribs={'layer': '道路'})
    msp.add_text('地块A', dxfattribs={'layer': '注记', 'insert': P(150, 100)})
    if codepage:  # a real GBK file, as Chinese CAD writes R2000: layer names as GBK bytes, not \\U+ escapes
        doc.encoding = 'gbk'  # ezdxf derives $DWGCODEPAGE (ANSI_936) from it
        doc.saveas(os.path.join(OUT, name))
    else:
        doc.saveas(os.path.join(OUT, name))
    return {'file': name, 'version': version, 'epsg': epsg, 'layer': '红线', 'unitScaleM': scale,
            'insunits': insunits, 'parcels': expected(doc, '红线', scale, epsg)}

def gdal_case(name):
    """A second writer: GDAL's ogr2ogr -f DXF. Polygons written as lines (-nlt MULTILINESTRING) become open
    LWPOLYLINEs whose last vertex repeats the first, as much CAD output does; GDAL's header says $INSUNITS=1
    (inches) while the numbers are metres."""
    x0, y0 = to_proj(4525, 112.45, 35.00)
    shell = [(x0, y0), (x0 + 400, y0), (x0 + 400, y0 + 300), (x0, y0 + 300), (x0, y0)]
    hole = [(x0 + 100, y0 + 100), (x0 + 100, y0 + 200), (x0 + 200, y0 + 200), (x0 + 200, y0 + 100), (x0 + 100, y0 + 100)]
    fc = {'type': 'FeatureCollection', 'features': [
        {'type': 'Feature', 'properties': {'Layer': '红线'}, 'geometry': {'type': 'Polygon', 'coordinates': [shell, hole]}},
        {'type': 'Feature', 'properties': {'Layer': '道路'}, 'geometry': {'type': 'LineString', 'coordinates': [(x0, y0 - 50), (x0 + 400, y0 - 50)]}}]}
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'p.geojson')
        with open(src, 'w', encoding='utf-8') as f:
            json.dump(fc, f)
        dst = os.path.join(OUT, name)
        if os.path.exists(dst):
            os.remove(dst)
        subprocess.run(['ogr2ogr', '-f', 'DXF', '-nlt', 'MULTILINESTRING', dst, src], check=True)
    tr = Transformer.from_crs('EPSG:4525', 'EPSG:4490', always_xy=True)
    def geo(coords):
        lon, lat = tr.transform(*zip(*coords))
        return abs(GEOD.polygon_area_perimeter(lon, lat)[0])
    poly = Polygon(shell, [hole])
    return {'file': name, 'version': 'GDAL', 'epsg': 4525, 'layer': '红线', 'unitScaleM': 1.0, 'insunits': 1,
            'parcels': [{'planeAreaM2': poly.area, 'grs80AreaM2': geo(shell) - geo(hole), 'holes': 1}]}

os.makedirs(OUT, exist_ok=True)
cases = [
    # R2000 LWPOLYLINE, metres, zone-prefixed 3-degree zone 37 (EPSG:4525), GBK code page.
    build('R2000', 4525, 112.30, 35.10, 1.0, 6, 'ANSI_936', 'boundary_r2000_m.dxf'),
    # R12 POLYLINE/VERTEX/SEQEND, no $INSUNITS, bare 3-degree eastings CM 111°E (EPSG:4546).
    build('R12', 4546, 112.40, 35.05, 1.0, None, None, 'boundary_r12.dxf'),
    # R2010 (UTF-8) in millimetres, EPSG:4525.
    build('R2010', 4525, 112.55, 35.20, 0.001, 4, None, 'boundary_r2010_mm.dxf'),
    gdal_case('boundary_ogr2ogr.dxf'),
]
generator = f'ezdxf {ezdxf.__version__}, ' + subprocess.run(['ogr2ogr', '--version'], capture_output=True, text=True).stdout.strip()
with open(os.path.join(OUT, 'expected.json'), 'w', encoding='utf-8') as f:
    json.dump({'generator': generator, 'cases': cases}, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(json.dumps(cases, ensure_ascii=False, indent=1))

#!/usr/bin/python3
"""Writes the four Jiyuan demo plan documents (land, ecology, industry, transport) to seeds/jiyuan/.

Deterministic: a fixed random seed and sorted output, so re-running gives byte-identical files.
Geometry is built in a local transverse Mercator plane (metres) where neighbouring parcels share exact
vertices, then converted to EPSG:4490 and rounded to 8 decimals. Planted conflicts are listed in
scripts/seeds/README.md. Usage: /usr/bin/python3 scripts/seeds/generate_jiyuan.py [--out DIR]
"""
import argparse
import json
import math
import os
import random
import sys
import uuid
import warnings

from pyproj import Geod, Transformer
from shapely.geometry import (GeometryCollection, LineString, MultiPoint, MultiPolygon, Point, Polygon,
                              mapping)
from shapely.geometry.polygon import orient
from shapely import wkb
from shapely.ops import unary_union, voronoi_diagram
from shapely.strtree import STRtree as _STRtree

warnings.filterwarnings('ignore', category=DeprecationWarning)
warnings.filterwarnings('ignore', message='.*STRtree.*')


class STRtree(_STRtree):
    """shapely 1.8's STRtree does not keep its geometries alive; this one does."""

    def __init__(self, geoms):
        self.kept = list(geoms)
        super().__init__(self.kept)

SEED = 20261127
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
FEATURE_ID_NAMESPACE = uuid.UUID('6f1c7a52-3d4e-5b8f-9a21-7c0e4d2b9f13')
TMERC = '+proj=tmerc +lat_0=0 +lon_0=112.4 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs'
TO_XY = Transformer.from_crs('EPSG:4490', TMERC, always_xy=True)
TO_LL = Transformer.from_crs(TMERC, 'EPSG:4490', always_xy=True)
GEOD = Geod(ellps='GRS80')
DECIMALS = 8

PLANS = {
    'land': {
        'id': 'jiyuan-land-2021-2035', 'title': '济源市国土空间总体规划（2021—2035年）',
        'department': '济源市自然资源和规划局', 'sourceCrs': 'EPSG:4526',
        'approval': {'number': '豫政文〔2024〕35号', 'authority': '河南省人民政府', 'date': '2024-03-15'},
    },
    'ecology': {
        'id': 'jiyuan-ecology-2021-2035', 'title': '济源市生态环境保护规划（2021—2035年）',
        'department': '济源市生态环境局', 'sourceCrs': 'EPSG:4526',
    },
    'industry': {
        'id': 'jiyuan-industry-2021-2035', 'title': '济源市产业发展与园区布局规划（2021—2035年）',
        'department': '济源市发展和改革委员会/工业和信息化局', 'sourceCrs': 'EPSG:4547',
    },
    'transport': {
        'id': 'jiyuan-transport-2021-2035', 'title': '济源市综合交通运输规划（2021—2035年）',
        'department': '济源市交通运输局', 'sourceCrs': 'EPSG:4526',
    },
}

# Serial blocks keep BSM unique inside each plan document.
SERIAL_BASE = {'XZQ': 0, 'GHYDYH': 10000000, 'YJJBNT': 20000000, 'CZKFBJ': 30000000,
               'STBHHX': 10000000, 'ZRBHD': 20000000, 'YYSY': 30000000,
               'CYYQ': 10000000, 'GYXM': 20000000, 'JTXL': 10000000, 'JTSS': 20000000}

TERRITORY_LL = [
    (112.035, 35.075), (112.05, 35.15), (112.08, 35.205), (112.13, 35.24), (112.20, 35.262),
    (112.28, 35.272), (112.37, 35.279), (112.45, 35.274), (112.52, 35.262), (112.58, 35.268),
    (112.64, 35.254), (112.70, 35.232), (112.745, 35.205), (112.768, 35.16), (112.762, 35.11),
    (112.769, 35.06), (112.752, 35.005), (112.72, 34.975), (112.675, 34.958), (112.62, 34.962),
    (112.565, 34.948), (112.51, 34.93), (112.45, 34.912), (112.39, 34.902), (112.34, 34.905),
    (112.28, 34.918), (112.22, 34.935), (112.165, 34.962), (112.11, 34.995), (112.065, 35.03),
]

TOWNS = [  # code, name, seed (lon, lat)
    ('419001001', '沁园街道', (112.570, 35.103)), ('419001002', '济水街道', (112.600, 35.093)),
    ('419001003', '北海街道', (112.592, 35.122)), ('419001004', '天坛街道', (112.562, 35.075)),
    ('419001005', '玉泉街道', (112.632, 35.080)), ('419001100', '克井镇', (112.560, 35.180)),
    ('419001101', '五龙口镇', (112.700, 35.150)), ('419001102', '轵城镇', (112.610, 35.030)),
    ('419001103', '承留镇', (112.480, 35.070)), ('419001104', '邵原镇', (112.110, 35.150)),
    ('419001105', '坡头镇', (112.420, 34.960)), ('419001106', '梨林镇', (112.720, 35.060)),
    ('419001107', '大峪镇', (112.300, 34.975)), ('419001108', '思礼镇', (112.400, 35.130)),
    ('419001109', '王屋镇', (112.260, 35.160)), ('419001110', '下冶镇', (112.200, 35.040)),
]

CITY_CENTRE_LL = (112.590, 35.092)
PARKS = {  # name, centre, radius m, leading industries
    'huling': ('虎岭经济技术开发区', (112.500, 35.078), 2000.0, '装备制造、新材料、现代物流'),
    'yuchuan': ('玉川产业集聚区', (112.630, 35.165), 1800.0, '铅锌冶炼、有色金属深加工、装备制造'),
}
RESERVOIR_LL = [(112.07, 35.035), (112.12, 35.005), (112.18, 34.972), (112.25, 34.944), (112.31, 34.925),
                (112.375, 34.912), (112.385, 34.935), (112.32, 34.952), (112.26, 34.972), (112.20, 34.997),
                (112.14, 35.028), (112.09, 35.052)]
RIVER_LL = [(112.385, 34.900), (112.45, 34.908), (112.51, 34.926), (112.565, 34.944), (112.62, 34.958),
            (112.675, 34.954), (112.72, 34.970), (112.72, 34.982), (112.675, 34.966), (112.62, 34.970),
            (112.565, 34.956), (112.51, 34.938), (112.45, 34.920), (112.385, 34.912)]
RESERVE = {'centre': (112.215, 35.218), 'core': (7500.0, 3600.0), 'general': (13500.0, 6500.0)}
WATER_SOURCE_NAME = '济源市河口村水库饮用水水源地'

CODE_WEIGHTS = {
    'city': [('070102', 24), ('0701', 8), ('070101', 4), ('0702', 5), ('080403', 4), ('0804', 2),
             ('080601', 2), ('0806', 1), ('0901', 7), ('090101', 2), ('0902', 4), ('0903', 1),
             ('1207', 8), ('1401', 8), ('1402', 2), ('1403', 2), ('1101', 3), ('0801', 3), ('0803', 2),
             ('0805', 2), ('1301', 1), ('1303', 1), ('16', 1)],
    'ring': [('0103', 22), ('0102', 14), ('0703', 8), ('0301', 6), ('1402', 6), ('0201', 5),
             ('1401', 4), ('16', 5), ('070102', 5), ('0901', 2)],
    'huling': [('100101', 30), ('100102', 30), ('1001', 10), ('1207', 8), ('1101', 8), ('1402', 6),
               ('1303', 3), ('120803', 2), ('0902', 3)],
    'yuchuan': [('100102', 25), ('100103', 30), ('1001', 8), ('1207', 8), ('1101', 10), ('1402', 8),
                ('1303', 4), ('1309', 2)],
    'seat': [('0701', 30), ('070102', 10), ('0702', 8), ('0901', 10), ('080403', 6), ('080602', 4),
             ('1207', 10), ('0703', 10), ('1401', 5), ('0801', 4), ('1101', 3)],
    'plain': [('0101', 8), ('0102', 30), ('0103', 32), ('0703', 9), ('0201', 4), ('1704', 2),
              ('0602', 2), ('060201', 1), ('0301', 3), ('0403', 1), ('1705', 1)],
    'mountain': [('0301', 38), ('0303', 15), ('0304', 8), ('0403', 12), ('0401', 2), ('0201', 4),
                 ('0103', 7), ('0703', 4), ('2307', 4), ('1002', 1)],
    'reservoir': [('1703', 1)],
    'river': [('1701', 5), ('0506', 1)],
}
CZCSX_BY_ZONE = {'city': '201', 'ring': '201', 'huling': '201', 'yuchuan': '201', 'seat': '202'}
ECO_PREFIXES = ('03', '04', '05', '17', '2307')


def xy(lon, lat):
    return TO_XY.transform(lon, lat)


def xy_poly(coords_ll):
    return Polygon([xy(lon, lat) for lon, lat in coords_ll])


def ellipse(centre_xy, ax, ay, n=72):
    cx, cy = centre_xy
    return Polygon([(cx + ax * math.cos(2 * math.pi * i / n), cy + ay * math.sin(2 * math.pi * i / n))
                    for i in range(n)])


def polygons_of(geom):
    """The polygonal parts of any geometry, as a list of Polygons."""
    if geom.is_empty:
        return []
    if isinstance(geom, Polygon):
        return [geom]
    if isinstance(geom, (MultiPolygon, GeometryCollection)):
        # Copies: in shapely 1.8 the parts of a collection die with their parent.
        out = []
        for g in geom.geoms:
            out.extend(polygons_of(wkb.loads(g.wkb)))
        return out
    return []


def polygonal(geom):
    parts = polygons_of(geom)
    if not parts:
        return Polygon()
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def mean_width(geom):
    return 2 * geom.area / geom.length if geom.length > 0 else 0.0


class Cell:
    __slots__ = ('geom', 'town', 'zone', 'code', 'tags')

    def __init__(self, geom, town, zone):
        self.geom = geom
        self.town = town
        self.zone = zone
        self.code = None
        self.tags = set()


def pick(rng, weights):
    total = sum(w for _, w in weights)
    r = rng.random() * total
    for code, w in weights:
        r -= w
        if r < 0:
            return code
    return weights[-1][0]


def build_territory_and_towns():
    territory = xy_poly(TERRITORY_LL)
    seeds = [Point(xy(*ll)) for _, _, ll in TOWNS]
    sites = MultiPoint([(p.x, p.y) for p in seeds])
    envelope = territory.envelope.buffer(20000)
    diagram = voronoi_diagram(sites, envelope=envelope)
    cells = polygons_of(diagram)
    towns = []
    for (code, name, _), seed in zip(TOWNS, seeds):
        cell = next(c for c in cells if c.contains(seed))
        towns.append({'code': code, 'name': name, 'geom': polygonal(cell.intersection(territory)),
                      'seed': seed})
    return territory, towns


def classify_zone(pt, ctx):
    lon, lat = TO_LL.transform(pt.x, pt.y)
    if ctx['reservoir'].contains(pt):
        return 'reservoir'
    if ctx['river'].contains(pt):
        return 'river'
    for key, (_, _, radius, _) in PARKS.items():
        if pt.distance(ctx['park_centres'][key]) < radius:
            return key
    if ctx['city'].contains(pt):
        return 'city'
    if ctx['ring'].contains(pt):
        return 'ring'
    for seat in ctx['seats']:
        if pt.distance(seat) < 650:
            return 'seat'
    if lat > 35.195 - 1.2 * max(0.0, 112.42 - lon):
        return 'mountain'
    return 'plain'


def spacing_for(zone):
    return {'city': 330.0, 'ring': 420.0, 'huling': 340.0, 'yuchuan': 340.0, 'seat': 300.0,
            'plain': 720.0, 'mountain': 1150.0, 'reservoir': 1300.0, 'river': 700.0}[zone]


def build_cells(rng, territory, towns, ctx):
    minx, miny, maxx, maxy = territory.bounds
    step = 165.0
    points = []
    y = miny + step / 2
    while y < maxy:
        x = minx + step / 2
        while x < maxx:
            px = x + (rng.random() - 0.5) * step * 0.8
            py = y + (rng.random() - 0.5) * step * 0.8
            p = Point(px, py)
            keep = rng.random()
            if territory.contains(p):
                zone = classify_zone(p, ctx)
                if keep < (step / spacing_for(zone)) ** 2:
                    points.append(p)
            x += step
        y += step
    sites = MultiPoint([(p.x, p.y) for p in points])
    envelope = territory.envelope.buffer(5000)
    diagram = voronoi_diagram(sites, envelope=envelope)
    vor = polygons_of(diagram)
    town_tree = STRtree([t['geom'] for t in towns])
    cells = []
    for v in vor:
        for ti in sorted(town_tree.query_items(v)):
            t = towns[ti]
            piece = v.intersection(t['geom'])
            for part in polygons_of(piece):
                if part.area > 0:
                    cells.append(Cell(part, t, classify_zone(part.representative_point(), ctx)))
    return cells


def merge_small(cells, min_area, min_width, keep=lambda c: False):
    """Merges pieces below the thresholds into the same-town neighbour sharing the longest edge."""
    changed = True
    while changed:
        changed = False
        tree = STRtree([c.geom for c in cells])
        alive = [True] * len(cells)
        order = sorted(range(len(cells)), key=lambda i: cells[i].geom.area)
        for i in order:
            c = cells[i]
            if not alive[i] or keep(c):
                continue
            if c.geom.area >= min_area and mean_width(c.geom) > min_width:
                continue
            best, best_len = None, 0.0
            for j in tree.query_items(c.geom):
                if j == i or not alive[j] or cells[j].town is not c.town:
                    continue
                shared = c.geom.intersection(cells[j].geom).length
                if shared > best_len:
                    best, best_len = j, shared
            if best is None or best_len <= 0.0:
                continue
            merged = unary_union([cells[best].geom, c.geom])
            if not isinstance(merged, Polygon):
                continue
            cells[best].geom = merged
            alive[i] = False
            changed = True
        cells[:] = [c for c, a in zip(cells, alive) if a]
    return cells


LINES = [
    # key, name, grade, KD, carve code or None, lon/lat vertices, extra properties
    ('yangji', '阳城—济源—洛阳西高速', '高速', 40.0, '1202',
     [(112.330, 35.300), (112.362, 35.240), (112.440, 35.160), (112.522, 35.112), (112.548, 35.060),
      (112.575, 35.010), (112.592, 34.978)], {'BZ': '演示冲突 R24：线路未按市界裁切，北端伸出市域'}),
    ('g208', '国道G208', '国道', 30.0, '1202',
     [(112.603, 35.248), (112.598, 35.185), (112.5905, 35.128), (112.578, 35.050), (112.572, 34.972)], {}),
    ('hunan', '呼南高铁豫西通道', '高铁', 30.0, '1201',
     [(112.688, 35.222), (112.672, 35.150), (112.658, 35.085), (112.652, 35.035), (112.640, 34.985)],
     {'SFZDXM': True}),
    ('yantaihang', '沿太行高速', '高速', 40.0, None,
     [(112.262, 35.178), (112.330, 35.172), (112.420, 35.181), (112.520, 35.205), (112.610, 35.212),
      (112.700, 35.203), (112.748, 35.182)],
     {'SFBKBR': True, 'BKBRLY': '线位沿太行山南麓受地形与既有通道控制，经专题论证无法避让生态保护红线，按不可避让线性基础设施办理。',
      'SFZDXM': True}),
    ('jiluo', '焦作—济源—洛阳城际铁路', '城际', 30.0, None,
     [(112.752, 35.128), (112.690, 35.112), (112.645, 35.098), (112.612, 35.060), (112.585, 34.990)], {}),
    ('s244', '省道S244', '省道', 20.0, None,
     [(112.420, 35.110), (112.470, 35.040), (112.500, 34.985)], {}),
    ('x012', '县道X012王屋—邵原北线', '县道', 12.0, None,
     [(112.262, 35.170), (112.240, 35.205), (112.222, 35.246)],
     {'BZ': '演示冲突 R04/R05/R07：穿越生态保护红线与自然保护区核心保护区'}),
    ('x018', '县道X018思礼—克井', '县道', 10.0, None,
     [(112.405, 35.135), (112.470, 35.165), (112.545, 35.175)], {}),
    ('y003', '乡道Y003梨林—五龙口', '乡道', 8.0, None,
     [(112.722, 35.064), (112.716, 35.110), (112.704, 35.148)], {}),
    ('y021', '乡道Y021大峪东环', '乡道', 8.0, None,
     [(112.300, 34.978), (112.330, 35.020), (112.352, 35.060)], {}),
]


def line_xy(vertices):
    return LineString([xy(*v) for v in vertices])


def carve_roads(cells, lines, territory):
    """Cuts the corridors of already-built roads and railways (KD + 10 m) out of the parcels."""
    for key, name, grade, kd, code, verts, _ in lines:
        if code is None:
            continue
        road = line_xy(verts).buffer(kd / 2 + 5.0).intersection(territory)
        new_cells = []
        road_pieces = {}
        for c in cells:
            if not c.geom.intersects(road):
                new_cells.append(c)
                continue
            inside = c.geom.intersection(road)
            outside = c.geom.difference(road)
            for part in polygons_of(outside):
                n = Cell(part, c.town, c.zone)
                n.code = c.code
                n.tags = set(c.tags)
                new_cells.append(n)
            for part in polygons_of(inside):
                road_pieces.setdefault(c.town['code'], []).append((part, c))
        for town_code in sorted(road_pieces):
            pieces = road_pieces[town_code]
            merged = unary_union([p for p, _ in pieces])
            for part in polygons_of(merged):
                n = Cell(part, pieces[0][1].town, 'road')
                n.code = code
                n.tags = {'road:' + key}
                new_cells.append(n)
        cells[:] = new_cells
    return cells


def round_ll(geom):
    """Converts a planar geometry to EPSG:4490 with rounded coordinates (shared vertices stay shared)."""
    def ring(coords):
        out = []
        for x, y in coords:
            lon, lat = TO_LL.transform(x, y)
            p = (round(lon, DECIMALS), round(lat, DECIMALS))
            if not out or out[-1] != p:
                out.append(p)
        return out

    if isinstance(geom, Polygon):
        # Holes under 1 m² are overlay artefacts (a hairline between two unions), not data.
        holes = [ring(r.coords) for r in geom.interiors if Polygon(r).area >= 1.0]
        return orient(Polygon(ring(geom.exterior.coords), holes), 1.0)
    if isinstance(geom, MultiPolygon):
        return MultiPolygon([round_ll(p) for p in geom.geoms if p.area >= 1.0])
    if isinstance(geom, LineString):
        return LineString(ring(geom.coords))
    if isinstance(geom, Point):
        lon, lat = TO_LL.transform(geom.x, geom.y)
        return Point(round(lon, DECIMALS), round(lat, DECIMALS))
    raise TypeError(geom.geom_type)


REPAIRED = []


def round_ll_ll(geom):
    """Rounds and orients a geometry already in EPSG:4490."""
    def ring(coords):
        return [(round(x, DECIMALS), round(y, DECIMALS)) for x, y in coords]
    if isinstance(geom, Polygon):
        return orient(Polygon(ring(geom.exterior.coords), [ring(r.coords) for r in geom.interiors]), 1.0)
    return MultiPolygon([round_ll_ll(p) for p in geom.geoms])


def geo_json(geom):
    m = mapping(geom)

    def clean(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [c[0], c[1]]
        return [clean(x) for x in c]
    return {'type': m['type'], 'coordinates': clean(m['coordinates'])}


def area_m2(geom_ll):
    return abs(GEOD.geometry_area_perimeter(geom_ll)[0])


class Writer:
    def __init__(self, kind):
        self.kind = kind
        self.plan = PLANS[kind]
        self.features = []
        self.serial = dict(SERIAL_BASE)

    def add(self, layer, geom_xy, props, xzqdm='419001000', sliver_ok=False):
        self.serial[layer] += 1
        bsm = xzqdm[:6] + '0000' + '%08d' % self.serial[layer]
        geom = round_ll(geom_xy)
        if not geom.is_valid:
            # Rounding can fold a sub-millimetre spike left by an overlay; drop it, refuse anything bigger.
            fixed = round_ll_ll(polygonal(geom.buffer(0)))
            if not fixed.is_valid or abs(area_m2(fixed) - area_m2(geom)) > 0.05 or isinstance(fixed, MultiPolygon) != isinstance(geom, MultiPolygon):
                raise SystemExit(f'invalid geometry after rounding: {layer} {bsm} {props}')
            geom = fixed
            REPAIRED.append(bsm)
        if isinstance(geom, (Polygon, MultiPolygon)) and not sliver_ok:
            area, perimeter = (abs(v) for v in GEOD.geometry_area_perimeter(geom))
            if area < 600.0 or 2 * area / perimeter < 15.0:
                raise SystemExit(f'accidental sliver: {layer} {bsm} {props} area {area:.3f} m²')
        out = {'BSM': bsm}
        out.update(props)
        if isinstance(geom, (Polygon, MultiPolygon)):
            out['MJ'] = round(area_m2(geom), 2)
        if isinstance(geom, LineString):
            out['CD'] = round(GEOD.geometry_length(geom), 2)
        self.features.append({
            'type': 'Feature',
            'id': str(uuid.uuid5(FEATURE_ID_NAMESPACE, f"{self.plan['id']}:{bsm}")),
            'layer': layer,
            'geometry': geo_json(geom),
            'properties': out,
        })
        return bsm, geom

    def write(self, path):
        meta = {'schemaVersion': '1.0.0', 'kind': self.kind, 'id': self.plan['id'], 'title': self.plan['title'],
                'department': self.plan['department'], 'version': 'v1', 'period': {'start': 2021, 'end': 2035},
                'classification': 'ydyh2023'}
        if 'approval' in self.plan:
            meta['approval'] = self.plan['approval']
        meta['sourceCrs'] = self.plan['sourceCrs']
        dump = lambda o: json.dumps(o, ensure_ascii=False, separators=(',', ':'))
        with open(path, 'w', encoding='utf-8', newline='\n') as f:
            f.write('{"type":"FeatureCollection",\n"plan":' + dump(meta) + ',\n"features":[\n')
            f.write(',\n'.join(dump(ft) for ft in self.features))
            f.write('\n]}\n')


def code_names():
    with open(os.path.join(ROOT, 'schemas', 'codes', 'ydyh-2023.json'), encoding='utf-8') as f:
        return {c['code']: c['name'] for c in json.load(f)['codes']}


def is_construction(code):
    return code[:2] in ('07', '08', '09', '10', '11', '12', '13', '14', '15', '16')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--out', default=os.path.join(ROOT, 'seeds', 'jiyuan'))
    args = ap.parse_args()
    rng = random.Random(SEED)
    names = code_names()
    territory, towns = build_territory_and_towns()
    centre = Point(xy(*CITY_CENTRE_LL))
    ctx = {
        'reservoir': xy_poly(RESERVOIR_LL), 'river': xy_poly(RIVER_LL),
        'park_centres': {k: Point(xy(*v[1])) for k, v in PARKS.items()},
        'city': ellipse((centre.x, centre.y), 5300, 3900), 'ring': ellipse((centre.x, centre.y), 6600, 5000),
        'seats': [t['seed'] for t in towns if t['code'] >= '419001100'],
    }
    cells = build_cells(rng, territory, towns, ctx)
    cells = merge_small(cells, 20000.0, 40.0)
    for c in cells:
        c.code = pick(rng, CODE_WEIGHTS[c.zone])
    reserve_c = Point(xy(*RESERVE['centre']))
    core_zone = ellipse((reserve_c.x, reserve_c.y), *RESERVE['core'])
    general_zone = ellipse((reserve_c.x, reserve_c.y), *RESERVE['general'])
    for c in cells:
        rp = c.geom.representative_point()
        if core_zone.contains(rp):
            c.tags.add('core')
            if is_construction(c.code) or c.code.startswith(('01', '02')):
                c.code = '0301'
        elif general_zone.contains(rp):
            c.tags.add('general')
    # Keep the surroundings of the parks free of housing except where planted.
    for c in cells:
        if c.zone in ('plain', 'mountain', 'ring') and c.code.startswith('07'):
            for key in PARKS:
                if c.geom.distance(ctx['park_centres'][key]) < PARKS[key][2] + 900:
                    c.code = '0103'
    carve_roads(cells, LINES, territory)
    cells = merge_small(cells, 20000.0, 40.0, keep=lambda c: c.zone == 'road')
    cells.sort(key=lambda c: (c.town['code'], -round(c.geom.representative_point().y, 1),
                              round(c.geom.representative_point().x, 1)))
    plants = Plants(rng, cells, ctx, towns, territory, names, core_zone, general_zone)
    plants.run()
    plants.write(args.out)
    if REPAIRED:
        print('dropped sub-millimetre spikes after rounding in: ' + ', '.join(REPAIRED), file=sys.stderr)


class Plants:
    """Builds the derived layers and plants one or more conflicts for each rule R01–R26."""

    def __init__(self, rng, cells, ctx, towns, territory, names, core_zone, general_zone):
        self.rng, self.cells, self.ctx, self.towns = rng, cells, ctx, towns
        self.territory, self.names = territory, names
        self.core_zone, self.general_zone = core_zone, general_zone
        self.tree = STRtree([c.geom for c in cells])
        self.smelters = []

    def neighbours(self, cell):
        i = self.cells.index(cell)
        out = []
        for j in sorted(self.tree.query_items(cell.geom)):
            if j != i and cell.geom.intersection(self.cells[j].geom).length > 1.0:
                out.append(self.cells[j])
        return out

    def find(self, pred, near_ll=None):
        cands = [c for c in self.cells if pred(c)]
        if not cands:
            raise SystemExit('no cell for a planted conflict')
        if near_ll is not None:
            p = Point(xy(*near_ll))
            cands.sort(key=lambda c: c.geom.representative_point().distance(p))
        return cands[0]

    def run(self):
        cells = self.cells
        # Urban development boundary: city, parks, town seats (集中建设区); the ring (弹性 / 特别用途区).
        for c in cells:
            if c.zone in ('city', 'huling', 'yuchuan', 'seat'):
                c.tags.add('czkfbj:城镇集中建设区')
            elif c.zone == 'ring':
                north = c.geom.representative_point().y > self.ctx['city'].centroid.y + 3000
                c.tags.add('czkfbj:特别用途区' if north else 'czkfbj:城镇弹性发展区')
            elif c.zone == 'road' and self.ctx['ring'].contains(c.geom.representative_point()):
                c.tags.add('czkfbj:城镇集中建设区')
        for c in cells:
            if any(t.startswith('czkfbj') for t in c.tags) and c.code.startswith('01') and c.zone != 'ring':
                c.code = '1402'
        self.plant_cells()

    def in_czkfbj(self, c):
        return any(t.startswith('czkfbj') for t in c.tags)

    def plant_cells(self):
        rng, cells = self.rng, self.cells
        farmland = lambda c: c.zone == 'plain' and c.code.startswith('01') and not self.in_czkfbj(c)
        # YJJBNT: farmland in the plains grouped into blocks (town × 3 km tile); some tiles left out.
        for c in cells:
            if farmland(c):
                rp = c.geom.representative_point()
                tile = (int(rp.x // 3000), int(rp.y // 3000))
                c.tags.add('yjjbnt:%s:%d:%d' % (c.town['code'], tile[0], tile[1]))
        tiles = sorted({t for c in cells for t in c.tags if t.startswith('yjjbnt:')})
        drop = set(t for t in tiles if rng.random() < 0.48)
        for c in cells:
            for t in list(c.tags):
                if t in drop:
                    c.tags.discard(t)
        yj = lambda c: any(t.startswith('yjjbnt:') for t in c.tags)
        # R08 blocker: a village parcel inside a farmland block.
        c = self.find(lambda c: yj(c) and c.geom.area > 250000, (112.700, 35.020))
        c.code = '0703'
        c.tags.update({'plant:R08-village', 'note:演示冲突 R08：永久基本农田内规划农村宅基地'})
        # R09: an orchard and a pond inside farmland blocks.
        c = self.find(lambda c: yj(c) and c.geom.area > 250000 and 'plant:R08-village' not in c.tags,
                      (112.740, 35.100))
        c.code = '0201'
        c.tags.add('note:演示冲突 R09：永久基本农田内规划为果园')
        c = self.find(lambda c: yj(c) and c.geom.area > 250000 and c.code.startswith('01'), (112.660, 35.000))
        c.code = '1704'
        c.tags.add('note:演示冲突 R09：永久基本农田内规划为坑塘水面')
        # R11: commercial land in the plains, outside the boundary.
        c = self.find(lambda c: c.zone == 'plain' and not yj(c) and c.code.startswith('01')
                      and c.geom.area > 200000, (112.680, 35.130))
        c.code = '0901'
        c.tags.update({'plant:R11', 'note:演示冲突 R11：城镇开发边界外的商业用地'})
        # R05: a village inside the reserve core; R04: a village and a mine inside the red line.
        c = self.find(lambda c: 'core' in c.tags and c.zone == 'mountain', RESERVE['centre'])
        c.code = '0703'
        c.tags.update({'plant:R05', 'note:演示冲突 R05：自然保护区核心保护区内的村庄'})
        c = self.find(lambda c: c.zone == 'mountain' and 'core' not in c.tags and 'general' not in c.tags
                      and c.code.startswith('03'), (112.420, 35.230))
        c.code = '0703'
        c.tags.update({'redline-forced', 'note:演示冲突 R04：生态保护红线内的村庄'})
        c = self.find(lambda c: c.zone == 'mountain' and 'core' not in c.tags and 'general' not in c.tags
                      and c.code.startswith('03') and 'redline-forced' not in c.tags, (112.500, 35.240))
        c.code = '1002'
        c.tags.update({'redline-forced', 'mine-in-redline', 'note:演示冲突 R04：生态保护红线内的采矿用地'})
        # R06: a mine in the reserve's general control zone.
        c = self.find(lambda c: 'general' in c.tags and c.zone == 'mountain' and c.code.startswith('03'),
                      (112.330, 35.215))
        c.code = '1002'
        c.tags.update({'mine-general', 'note:演示冲突 R06：自然保护区一般控制区内的采矿用地'})
        # R16: a village next to the lead-zinc smelting park.
        park = self.ctx['park_centres']['yuchuan']
        c = self.find(lambda c: c.zone in ('plain', 'mountain') and c.geom.distance(park) > PARKS['yuchuan'][2] + 50,
                      (112.650, 35.152))
        c.code = '0703'
        c.tags.update({'plant:R16', 'note:演示冲突 R16：紧邻三类工业（铅锌冶炼）项目的村庄'})
        # Stations: the conventional station in the city, the high-speed station by the new line.
        c = self.find(lambda c: c.zone == 'city' and c.geom.area > 60000, (112.622, 35.082))
        c.code = '120801'
        c.tags.add('station:jiyuan')
        c = self.find(lambda c: c.zone in ('ring', 'city', 'plain') and c.geom.area > 60000
                      and not yj(c) and c.geom.distance(line_xy(LINES[2][5])) > 40, (112.662, 35.070))
        c.code = '120801'
        c.tags.add('station:east')
        for c in cells:
            if c.tags & {'station:jiyuan', 'station:east'} and not self.in_czkfbj(c):
                c.tags.add('czkfbj:城镇集中建设区')
        plain_free = lambda c: (c.zone == 'plain' and not yj(c) and not self.in_czkfbj(c)
                                and not any(t.startswith('plant') for t in c.tags) and c.geom.area > 250000)
        # R25 gap: a parcel with an empty 60 m × 60 m hole.
        c = self.find(plain_free, (112.700, 35.000))
        sq = square_at(c.geom, 60.0)
        c.geom = c.geom.difference(sq)
        c.tags.update({'plant:R25-gap', 'note:演示冲突 R25：图斑内 60 米见方的未覆盖空洞'})
        # Non-conflict: a village sitting in a hole of a farmland parcel inside a farmland block.
        c = self.find(lambda c: yj(c) and c.code.startswith('01') and c.geom.area > 300000, (112.735, 35.030))
        sq = square_at(c.geom, 90.0)
        c.geom = c.geom.difference(sq)
        village = Cell(sq, c.town, 'plain')
        village.code = '0703'
        village.tags = {'plant:village-in-hole', 'note:演示非冲突：村庄位于耕地图斑的空洞中，不占用永久基本农田'}
        self.cells.append(village)
        # R25 overlap: a parcel reaching 20 m into its neighbour.
        a = self.find(lambda c: plain_free(c) and 'plant:R25-gap' not in c.tags, (112.690, 35.040))
        b = next(n for n in self.neighbours(a) if plain_free(n) and n.town is a.town)
        a.geom = polygonal(unary_union([a.geom, b.geom.intersection(band(a.geom, b.geom, 20.0))]))
        a.tags.update({'plant:R25-overlap', 'note:演示冲突 R25：越界 20 米与相邻图斑重叠'})
        b.tags.add('plant:R25-overlap')
        # R26: a 3 m wide strip split off a parcel along its neighbour.
        c = self.find(lambda c: plain_free(c) and 'plant:R25-overlap' not in c.tags, (112.660, 35.120))
        d = max((n for n in self.neighbours(c) if n.town is c.town),
                key=lambda n: c.geom.intersection(n.geom).length)
        strip = polygonal(c.geom.intersection(band(d.geom, c.geom, 3.0)))
        c.geom = polygonal(c.geom.difference(strip))
        sliver = Cell(strip, c.town, 'plain')
        sliver.code = '0103'
        sliver.tags = {'plant:R26', 'note:演示冲突 R26：宽约 3 米的狭长碎片图斑'}
        self.cells.append(sliver)
        c.tags.add('plant:R26-rest')
        # R01: the farmland block nearest the mountains also lies in the red line.
        c = max((c for c in cells if yj(c) and c.code.startswith('01')),
                key=lambda c: c.geom.representative_point().y)
        c.tags.update({'redline-forced', 'plant:R01'})
        # R02: urban forest cells of the 特别用途区 drawn as a red line.
        c = self.find(lambda c: 'czkfbj:特别用途区' in c.tags and not is_construction(c.code), (112.590, 35.135))
        c.tags.add('redline-urban')
        for n in self.neighbours(c):
            if 'czkfbj:特别用途区' in n.tags and not is_construction(n.code):
                n.tags.add('redline-urban')
                break
        # R03: farmland of the elastic zone kept as permanent farmland.
        c = self.find(lambda c: 'czkfbj:城镇弹性发展区' in c.tags and c.code.startswith('01'), (112.650, 35.110))
        c.tags.add('yjjbnt:R03')
        self.tree = STRtree([c.geom for c in self.cells])

    def town_of(self, geom):
        p = geom.representative_point()
        for t in self.towns:
            if t['geom'].contains(p):
                return t
        return min(self.towns, key=lambda t: t['geom'].distance(p))

    def write(self, out_dir):
        os.makedirs(out_dir, exist_ok=True)
        yj = lambda c: any(t.startswith('yjjbnt:') for t in c.tags)
        names = self.names
        cells = self.cells
        # ---- ecology ----
        eco = Writer('ecology')
        red = {}
        for c in cells:
            candidate = (c.zone in ('mountain', 'reservoir') and c.code.startswith(ECO_PREFIXES)
                         and not self.in_czkfbj(c) and not yj(c))
            if candidate or 'redline-forced' in c.tags:
                rp = c.geom.representative_point()
                lon, lat = TO_LL.transform(rp.x, rp.y)
                if 'core' in c.tags or 'general' in c.tags:
                    kind = '生物多样性维护'
                elif c.zone == 'reservoir' or lat < 35.06:
                    kind = '水土保持' if c.zone != 'reservoir' else '水源涵养'
                else:
                    kind = '水源涵养'
                red.setdefault((c.town['code'], kind), []).append(c.geom)
        red_names = {'生物多样性维护': '太行山南麓生物多样性维护生态保护红线',
                     '水源涵养': '太行山—王屋山水源涵养生态保护红线',
                     '水土保持': '黄河小浪底库区水土保持生态保护红线'}
        for (town_code, kind) in sorted(red):
            geom = polygonal(unary_union(red[(town_code, kind)]))
            town = next(t for t in self.towns if t['code'] == town_code)
            eco.add('STBHHX', geom, {'XZQDM': town_code, 'XZQMC': town['name'], 'HXMC': red_names[kind],
                                     'HXLX': kind}, town_code)
        urban_red = polygonal(unary_union([c.geom for c in cells if 'redline-urban' in c.tags]))
        town = self.town_of(urban_red)
        eco.add('STBHHX', urban_red, {'XZQDM': town['code'], 'XZQMC': town['name'],
                                      'HXMC': '济渎—龙潭城市生态廊道生态保护红线', 'HXLX': '其他'}, town['code'])
        reserve = {'BHDMC': '太行山猕猴国家级自然保护区', 'BHDLX': '自然保护区', 'JB': '国家级'}
        core = polygonal(unary_union([c.geom for c in cells if 'core' in c.tags]))
        general = polygonal(unary_union([c.geom for c in cells if 'general' in c.tags]
                                        + [self.general_zone.difference(self.territory.buffer(-2.0))]))
        eco.add('ZRBHD', core, dict(reserve, XZQDM='419001109', XZQMC='王屋镇', GNFQ='核心保护区'), '419001109')
        eco.add('ZRBHD', general, dict(reserve, XZQDM='419001109', XZQMC='王屋镇', GNFQ='一般控制区',
                                       BZ='一般控制区按保护区批复范围跨省界绘制'), '419001109')
        park = self.ctx['park_centres']['yuchuan']
        ang = math.radians(40.0)
        d = PARKS['yuchuan'][2] + 1600.0 - 350.0
        ws = Point(park.x + d * math.cos(ang), park.y + d * math.sin(ang))
        ring1 = ellipse((ws.x, ws.y), 600.0, 600.0, 48)
        ring2 = ellipse((ws.x, ws.y), 1600.0, 1600.0, 96)
        zone2 = Polygon(ring2.exterior.coords, [ring1.exterior.coords])
        self.water = {'一级': ring1, '二级': zone2}
        town = self.town_of(ring1)
        eco.add('YYSY', ring1, {'XZQDM': town['code'], 'XZQMC': town['name'], 'SYDMC': WATER_SOURCE_NAME,
                                'BHQJB': '一级'}, town['code'])
        eco.add('YYSY', zone2, {'XZQDM': town['code'], 'XZQMC': town['name'], 'SYDMC': WATER_SOURCE_NAME,
                                'BHQJB': '二级'}, town['code'])
        eco.write(os.path.join(out_dir, 'ecology.json'))

        # ---- industry ----
        ind = Writer('industry')
        for key in ('huling', 'yuchuan'):
            name, _, _, lead = PARKS[key]
            geom = polygonal(unary_union([c.geom for c in cells if c.zone == key]))
            town = self.town_of(geom)
            ind.add('CYYQ', geom, {'XZQDM': town['code'], 'XZQMC': town['name'], 'YQMC': name,
                                   'YQJB': '国家级' if key == 'huling' else '省级', 'ZDCY': lead}, town['code'])
        self.write_projects(ind)
        ind.write(os.path.join(out_dir, 'industry.json'))

        # ---- transport ----
        tr = Writer('transport')
        for key, name, grade, kd, _, verts, extra in LINES:
            props = {'XZQDM': '419001', 'XZQMC': '济源市', 'XLMC': name, 'DJ': grade, 'KD': kd}
            props.update(extra)
            tr.add('JTXL', line_xy(verts), props, '419001')
        self.write_facilities(tr)
        tr.write(os.path.join(out_dir, 'transport.json'))

        self.keep_clear_of_thresholds()

        # ---- land ----
        land = Writer('land')
        for t in self.towns:
            # The town polygon as the union of its parcels: it then carries every vertex the parcels put on
            # its boundary, so rounding cannot open hairline gaps between XZQ and GHYDYH.
            geom = polygonal(unary_union([c.geom for c in cells if c.town is t]))
            geom = polygonal(MultiPolygon([Polygon(p.exterior) for p in polygons_of(geom)]))
            land.add('XZQ', geom, {'XZQDM': t['code'], 'XZQMC': t['name']}, t['code'])
        for c in cells:
            props = {'XZQDM': c.town['code'], 'XZQMC': c.town['name'], 'YDYHFLDM': c.code,
                     'YDYHFLMC': names[c.code]}
            if is_construction(c.code):
                props['CZCSX'] = '203' if c.code.startswith('0703') else CZCSX_BY_ZONE.get(c.zone)
            notes = sorted(t[5:] for t in c.tags if t.startswith('note:'))
            if notes:
                props['BZ'] = '；'.join(notes)
            land.add('GHYDYH', c.geom, props, c.town['code'], sliver_ok='plant:R26' in c.tags)
        groups = {}
        for c in cells:
            for t in c.tags:
                if t.startswith('yjjbnt:'):
                    groups.setdefault(t, []).append(c)
        for key in sorted(groups):
            members = groups[key]
            geom = polygonal(unary_union([m.geom for m in members]))
            codes = sorted((m.code for m in members if m.code.startswith('01')),
                           key=lambda k: -sum(m.geom.area for m in members if m.code == k))
            dl = codes[0] if codes else '0103'
            town = self.town_of(geom)
            land.add('YJJBNT', geom, {'XZQDM': town['code'], 'XZQMC': town['name'], 'DLBM': dl,
                                      'DLMC': names[dl]}, town['code'])
        zones = {}
        for c in cells:
            for t in c.tags:
                if t.startswith('czkfbj:'):
                    zones.setdefault(t[7:], []).append(c.geom)
        gh_codes = {'城镇集中建设区': '010', '城镇弹性发展区': '020', '特别用途区': '030'}
        for zone in sorted(zones):
            for part in sorted(polygons_of(unary_union(zones[zone])), key=sort_key):
                town = self.town_of(part)
                land.add('CZKFBJ', part, {'XZQDM': town['code'], 'XZQMC': town['name'], 'GHFQMC': zone,
                                          'GHFQDM': gh_codes[zone]}, town['code'])
        land.write(os.path.join(out_dir, 'land.json'))

    def keep_clear_of_thresholds(self):
        """Turns construction parcels whose natural distance-rule measure lands near a threshold into
        protective green space (1402), so that no reference result depends on rounding."""
        zones = []
        for key, name, grade, kd, _, verts, _ in LINES:
            d = {'高速': 30.0, '国道': 20.0, '省道': 15.0, '县道': 10.0, '乡道': 5.0,
                 '高铁': 20.0, '城际': 15.0, '普速铁路': 15.0}[grade]
            lo, hi = (100.0, 400.0) if grade in ('高速', '国道', '省道', '县道', '乡道') else (0.0, 20.0)
            zones.append((line_xy(verts).buffer(kd / 2 + d), lo, hi,
                          lambda c: is_construction(c.code) and not c.code.startswith(('12', '14', '16'))))
        for geom in self.smelters:
            zones.append((geom.buffer(500.0), 0.0, 20.0, lambda c: c.code.startswith(('07', '0804', '0806'))))
        for c in self.cells:
            for zone, lo, hi, applies in zones:
                if applies(c) and c.geom.intersects(zone):
                    a = c.geom.intersection(zone).area
                    if lo < a < hi and not any(t.startswith('plant') for t in c.tags):
                        c.code = '1402'

    def project(self, ind, geom, name, code, gylx, town, **extra):
        props = {'XZQDM': town['code'], 'XZQMC': town['name'], 'XMMC': name,
                 'XMDM': '2025-419001-%02d-01-%06d' % (int(code[:2]), 100001 + len(ind.features)),
                 'YDYHFLDM': code, 'GYLX': gylx, 'SFZDXM': False}
        props.update(extra)
        if gylx == '三类工业':
            self.smelters.append(geom)
        return ind.add('GYXM', geom, props, town['code'])

    def write_projects(self, ind):
        rng = self.rng
        cells = self.cells
        gylx_of = {'100101': '一类工业', '100102': '二类工业', '100103': '三类工业'}
        firms = ['豫光', '金利', '万洋', '济钢', '中原特钢', '联创', '恒通', '宏达', '丰源', '华信', '龙腾', '瑞丰']
        products = {'一类工业': ['智能装备', '精密零部件', '电子材料', '新能源电池组件'],
                    '二类工业': ['特种钢材深加工', '矿山机械', '铝合金型材', '化工装备'],
                    '三类工业': ['铅锌冶炼', '再生铅', '硫酸及有色金属综合回收', '锌合金冶炼']}
        water2 = self.water['二级']
        water1 = self.water['一级']
        in_water2 = [c for c in cells if c.zone == 'yuchuan' and c.code.startswith('1001')
                     and c.geom.buffer(-8.0, join_style=2).intersection(water2).area > 5000]
        in_water2.sort(key=sort_key)
        forced = {}
        if len(in_water2) < 2:
            raise SystemExit('the water-source zone does not reach two park parcels')
        forced[id(in_water2[0])] = '100101'   # exempt: 一类工业 in the 二级 zone
        forced[id(in_water2[1])] = '100102'   # blocker: 二类工业 in the 二级 zone
        notes = {id(in_water2[0]): '演示非冲突 R15：一类工业项目位于饮用水水源二级保护区（豁免）',
                 id(in_water2[1]): '演示冲突 R15：二类工业项目位于饮用水水源二级保护区'}
        village = next(c for c in cells if 'plant:R16' in c.tags)
        smelter = min((c for c in cells if c.zone == 'yuchuan' and c.code.startswith('1001')
                       and id(c) not in forced),
                      key=lambda c: c.geom.distance(village.geom))
        forced[id(smelter)] = '100103'
        notes[id(smelter)] = '演示冲突 R16：三类工业项目 500 米内有村庄'
        minor = next(c for c in sorted(cells, key=sort_key) if c.zone == 'huling' and c.code == '100101')
        for c in sorted(cells, key=sort_key):
            if c.zone not in ('huling', 'yuchuan') or not c.code.startswith('1001'):
                continue
            if id(c) in forced:
                c.code = forced[id(c)]
            elif c is not minor and rng.random() > 0.30:
                continue
            if c.code == '1001':
                c.code = '100101' if rng.random() < 0.5 else '100102'
            gylx = gylx_of[c.code]
            code = c.code
            if c is minor:
                code, gylx = '100103', '三类工业'
            name = '济源市%s%s项目' % (rng.choice(firms), rng.choice(products[gylx]))
            geom = c.geom.buffer(-8.0, join_style=2)
            extra = {'BZ': notes[id(c)]} if id(c) in notes else {}
            if c is minor:
                extra = {'BZ': '演示冲突 R14：项目为三类工业，规划用地为一类工业用地'}
            self.project(ind, polygonal(geom), name, code, gylx, c.town,
                         SFZDXM=rng.random() < 0.06, **extra)
        for c in sorted(cells, key=sort_key):
            if 'mine-general' in c.tags:
                self.project(ind, c.geom.buffer(-8.0, join_style=2), '王屋山建筑石料用灰岩矿', '1002', '二类工业', c.town)
            if 'mine-in-redline' in c.tags:
                self.project(ind, c.geom.buffer(-8.0, join_style=2), '克井镇北山白云岩矿', '1002', '二类工业', c.town)
        city = self.find(lambda c: c.zone == 'city' and c.code == '070102' and c.geom.area > 60000,
                         (112.575, 35.098))
        self.project(ind, city.geom.buffer(-8.0, join_style=2), '济源市城区精密铸件扩建项目', '100102', '二类工业',
                     city.town)
        yjc = self.find(lambda c: any(t.startswith('yjjbnt:') for t in c.tags) and c.code.startswith('01')
                        and not c.tags & {'plant:R01', 'redline-forced'} and c.geom.area > 250000
                        and not any(t.startswith('plant') for t in c.tags), (112.700, 35.080))
        geom = yjc.geom.buffer(-30.0, join_style=2)
        _, g_ll = self.project(ind, geom, '豫西战略物资储备基地（国家重大项目）', '1102', '非工业', yjc.town,
                               SFZDXM=True)
        ind.features[-1]['properties']['BHMJ'] = ind.features[-1]['properties']['MJ']
        yjc.tags.add('plant:R08-major')
        # Within 500 m of the 一级 zone, inside the 二级 zone: a bottled-water plant (非工业).
        ws = water1.centroid
        ang = math.radians(200.0)
        cx, cy = ws.x + 950.0 * math.cos(ang), ws.y + 950.0 * math.sin(ang)
        plant = Polygon([(cx - 90, cy - 60), (cx + 90, cy - 60), (cx + 90, cy + 60), (cx - 90, cy + 60)])
        self.project(ind, plant, '河口村矿泉水灌装项目', '0904', '非工业', self.town_of(plant),
                     BZ='演示冲突 R15：距一级保护区不足 500 米（二级保护区内的非工业项目豁免）')
        # Within 500 m of the 二级 zone but outside it: exempt.
        ang = math.radians(75.0)
        cx, cy = ws.x + 1850.0 * math.cos(ang), ws.y + 1850.0 * math.sin(ang)
        plant = Polygon([(cx - 80, cy - 60), (cx + 80, cy - 60), (cx + 80, cy + 60), (cx - 80, cy + 60)])
        self.project(ind, plant, '五龙口镇农机修造项目', '100102', '二类工业', self.town_of(plant),
                     BZ='演示非冲突 R15：二级保护区外 500 米内的项目（豁免）')

    def write_facilities(self, tr):
        cells = self.cells
        yj = lambda c: any(t.startswith('yjjbnt:') for t in c.tags)
        for tag, name, kind in (('station:jiyuan', '济源站', '火车站'), ('station:east', '济源东站', '高铁站')):
            c = next(c for c in cells if tag in c.tags)
            tr.add('JTSS', c.geom.buffer(-6.0, join_style=2),
                   {'XZQDM': c.town['code'], 'XZQMC': c.town['name'], 'SSMC': name, 'SSLX': kind,
                    'YDYHFLDM': '120801', 'SFZDXM': kind == '高铁站'}, c.town['code'])
        c = self.find(lambda c: c.zone == 'city' and c.code.startswith('1207'), (112.600, 35.100))
        p = c.geom.representative_point()
        tr.add('JTSS', p, {'XZQDM': c.town['code'], 'XZQMC': c.town['name'], 'SSMC': '济源汽车客运总站',
                           'SSLX': '汽车客运站', 'YDYHFLDM': '120801'}, c.town['code'])
        line = line_xy(LINES[0][5])
        p = line.interpolate(line.project(Point(xy(112.522, 35.112))))
        p = Point(p.x + 80.0, p.y + 40.0)
        t = self.town_of(p)
        tr.add('JTSS', p, {'XZQDM': t['code'], 'XZQMC': t['name'], 'SSMC': '济源北收费站', 'SSLX': '收费站'},
               t['code'])
        # A service area planned on permanent farmland (R08, R10, R14).
        c = self.find(lambda c: yj(c) and c.code.startswith('01') and c.geom.area > 250000
                      and not any(t.startswith('plant') for t in c.tags), (112.720, 35.180))
        rp = c.geom.representative_point()
        sa = Polygon([(rp.x - 120, rp.y - 60), (rp.x + 120, rp.y - 60), (rp.x + 120, rp.y + 60),
                      (rp.x - 120, rp.y + 60)])
        if not c.geom.contains(sa):
            raise SystemExit('service area does not fit its parcel')
        tr.add('JTSS', sa, {'XZQDM': c.town['code'], 'XZQMC': c.town['name'], 'SSMC': '沿太行高速五龙口服务区',
                            'SSLX': '服务区', 'YDYHFLDM': '1208',
                            'BZ': '演示冲突 R08/R10/R14：服务区选址占用永久基本农田'}, c.town['code'])
        c.tags.add('plant:service-area')
        # A toll plaza that reaches 0.5 m² into a farmland block: below the 1 m² noise floor.
        a = self.find(lambda c: yj(c) and c.geom.area > 250000 and not any(t.startswith('plant') for t in c.tags),
                      (112.690, 35.060))
        for b in self.neighbours(a):
            if yj(b) or any(t.startswith('plant') for t in b.tags):
                continue
            shared = a.geom.intersection(b.geom)
            edges = [LineString(seg) for seg in segments(shared) if LineString(seg).length > 60]
            if not edges:
                continue
            e = edges[0]
            (x1, y1), (x2, y2) = e.coords
            mx, my = (x1 + x2) / 2, (y1 + y2) / 2
            ux, uy = (x2 - x1) / e.length, (y2 - y1) / e.length
            nx, ny = -uy, ux
            if a.geom.contains(Point(mx + nx, my + ny)):
                nx, ny = -nx, -ny
            half, depth, poke = 20.0, 30.0, 0.025
            pts = [(mx - half * ux, my - half * uy), (mx, my), (mx + half * ux, my + half * uy)]
            # the middle vertex pokes `poke` m across the edge: a triangle of half × poke = 0.5 m²
            pts[1] = (mx - nx * poke, my - ny * poke)
            poly = Polygon([pts[0], pts[1], pts[2],
                            (pts[2][0] + nx * depth, pts[2][1] + ny * depth),
                            (pts[0][0] + nx * depth, pts[0][1] + ny * depth)])
            if not b.geom.buffer(1.0).contains(poly):
                continue
            t = b.town
            tr.add('JTSS', poly, {'XZQDM': t['code'], 'XZQMC': t['name'], 'SSMC': '梨林互通收费站',
                                  'SSLX': '收费站', 'YDYHFLDM': '1208',
                                  'BZ': '演示非冲突：与永久基本农田重叠约 0.5 平方米，低于 1 平方米噪声阈值'}, t['code'])
            break
        else:
            raise SystemExit('no place for the toll plaza')


def segments(geom):
    if isinstance(geom, LineString):
        cs = list(geom.coords)
        return [(cs[i], cs[i + 1]) for i in range(len(cs) - 1)]
    if hasattr(geom, 'geoms'):
        out = []
        for g in geom.geoms:
            out.extend(segments(wkb.loads(g.wkb)))
        return out
    return []


def band(a, b, width):
    """A rectangle on the longest straight edge shared by a and b, reaching `width` m into b."""
    seg = max(segments(a.intersection(b)), key=lambda s: math.dist(*s))
    (x1, y1), (x2, y2) = seg
    length = math.dist(*seg)
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    nx, ny = -uy, ux
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    if not b.contains(Point(mx + nx * 0.5, my + ny * 0.5)):
        nx, ny = -nx, -ny
    return Polygon([(x1, y1), (x2, y2), (x2 + nx * width, y2 + ny * width), (x1 + nx * width, y1 + ny * width)])


def sort_key(item):
    g = item.geom if hasattr(item, 'geom') else item
    p = g.representative_point()
    return (-round(p.y, 1), round(p.x, 1))


def square_at(geom, side):
    """An axis-aligned square of `side` metres well inside geom."""
    p = geom.buffer(-side).representative_point()
    h = side / 2
    sq = Polygon([(p.x - h, p.y - h), (p.x + h, p.y - h), (p.x + h, p.y + h), (p.x - h, p.y + h)])
    if not geom.buffer(-5.0).contains(sq):
        raise SystemExit('square does not fit')
    return sq


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""Independent reference for the default rule pack (docs/default-rules.md) on the Jiyuan demo seeds.

Reads seeds/jiyuan/{land,ecology,industry,transport}.json (and seeds/jiyuan/targets.json when present),
evaluates R01–R26 with GEOS (shapely) overlays in EPSG:4490, GRS80 ellipsoidal areas and geodesic
lengths (pyproj.Geod), metric buffers in a local transverse Mercator, and writes
seeds/jiyuan/expected-conflicts.json. Every interpretation is written down in scripts/seeds/README.md.
Usage: /usr/bin/python3 scripts/seeds/expected_conflicts.py [--seeds DIR] [--out FILE]
"""
import argparse
import json
import os
import sys
import warnings

from pyproj import Geod, Transformer
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Point, Polygon, shape
from shapely import wkb
from shapely.ops import transform, unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree as _STRtree

warnings.filterwarnings('ignore')

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
GEOD = Geod(ellps='GRS80')
TMERC = '+proj=tmerc +lat_0=0 +lon_0=112.4 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs'
_TO_XY = Transformer.from_crs('EPSG:4490', TMERC, always_xy=True)
_TO_LL = Transformer.from_crs(TMERC, 'EPSG:4490', always_xy=True)
BUFFER_QUAD_SEGS = 8  # GEOS default: 8 segments per quarter circle, round caps and joins

NOISE_M2 = 1.0
SOFT_M2 = 200.0
CORE_ZONES = {'核心保护区', '核心区', '缓冲区'}
GENERAL_ZONES = {'一般控制区', '实验区'}
ROAD_DISTANCE_M = {'高速': 30.0, '国道': 20.0, '省道': 15.0, '县道': 10.0, '乡道': 5.0}
RAIL_DISTANCE_M = {'普速铁路': 15.0, '城际': 15.0, '高铁': 20.0}
SEVERITY_ORDER = {'blocker': 0, 'major': 1, 'minor': 2, 'info': 3}
DEFAULT_TARGETS = {  # used only when seeds/jiyuan/targets.json does not exist
    'baselines': [{'id': 'urbanConstructionLand2020', 'valueHa': 9800.0}],
    'targets': [
        {'indicator': 'urbanBoundaryExpansion', 'assigned': 1.3},
        {'indicator': 'urbanSpaceShare', 'assigned': 6.0},
        {'indicator': 'permanentFarmland', 'assigned': 38740.0},
        {'indicator': 'cultivatedLand', 'assigned': 75000.0},
        {'indicator': 'ecoRedLine', 'assigned': 90000.0},
    ],
}


class STRtree(_STRtree):
    """shapely 1.8's STRtree does not keep its geometries alive; this one does."""

    def __init__(self, geoms):
        self.kept = list(geoms)
        super().__init__(self.kept)


def to_xy(g):
    return transform(_TO_XY.transform, g)


def to_ll(g):
    return transform(_TO_LL.transform, g)


def parts(geom, kind):
    if geom is None or geom.is_empty:
        return []
    if isinstance(geom, kind):
        return [geom]
    if hasattr(geom, 'geoms'):
        out = []
        for g in geom.geoms:
            out.extend(parts(wkb.loads(g.wkb), kind))
        return out
    return []


def polygonal(geom):
    ps = parts(geom, Polygon)
    if not ps:
        return Polygon()
    return ps[0] if len(ps) == 1 else MultiPolygon(ps)


def lineal(geom):
    ls = parts(geom, LineString)
    if not ls:
        return LineString()
    return ls[0] if len(ls) == 1 else MultiLineString(ls)


def area_m2(geom):
    total = 0.0
    for p in parts(geom, Polygon):
        total += abs(GEOD.geometry_area_perimeter(p)[0])
    return total


def perimeter_m(geom):
    return sum(GEOD.geometry_area_perimeter(p)[1] for p in parts(geom, Polygon))


def length_m(geom):
    return sum(GEOD.geometry_length(l) for l in parts(geom, LineString))


def buffer_xy(geom_xy, dist):
    return geom_xy.buffer(dist, BUFFER_QUAD_SEGS)


class Feature:
    __slots__ = ('plan', 'layer', 'bsm', 'id', 'props', 'geom', 'foot', 'kind')

    def __init__(self, plan, raw):
        self.plan = plan
        self.layer = raw['layer']
        self.props = raw['properties']
        self.bsm = self.props['BSM']
        self.id = raw['id']
        self.geom = shape(raw['geometry'])
        if isinstance(self.geom, (LineString, MultiLineString)):
            self.kind = 'line'
            self.foot = to_ll(buffer_xy(to_xy(self.geom), self.props['KD'] / 2.0))
        elif isinstance(self.geom, (Point,)) or self.geom.geom_type == 'MultiPoint':
            self.kind = 'point'
            self.foot = self.geom
        else:
            self.kind = 'polygon'
            self.foot = self.geom

    def ref(self):
        return {'plan': self.plan, 'layer': self.layer, 'bsm': self.bsm, 'id': self.id}

    def code(self):
        return self.props.get('YDYHFLDM') or ''


def has_prefix(code, prefixes):
    return any(code == p or code.startswith(p) for p in prefixes)


class Oracle:
    def __init__(self, seeds_dir):
        self.features = []
        self.plans = {}
        for kind in ('land', 'ecology', 'industry', 'transport'):
            with open(os.path.join(seeds_dir, kind + '.json'), encoding='utf-8') as f:
                doc = json.load(f)
            self.plans[kind] = doc['plan']
            for raw in doc['features']:
                self.features.append(Feature(doc['plan']['id'], raw))
        with open(os.path.join(ROOT, 'schemas', 'codes', 'ydyh-2023.json'), encoding='utf-8') as f:
            self.groups = {c['code']: c['group'] for c in json.load(f)['codes']}
        targets_path = os.path.join(seeds_dir, 'targets.json')
        if os.path.exists(targets_path):
            with open(targets_path, encoding='utf-8') as f:
                self.targets = json.load(f)
            self.targets_source = 'seeds/jiyuan/targets.json'
        else:
            self.targets = DEFAULT_TARGETS
            self.targets_source = 'built-in proposal (scripts/seeds/README.md)'
        self.by_layer = {}
        for f in self.features:
            self.by_layer.setdefault(f.layer, []).append(f)
        self.conflicts = []
        self.near = []
        self.values = []
        self.trees = {}

    # ---- selectors ----
    def layer(self, code):
        return self.by_layer.get(code, [])

    def construction(self, f):
        return self.groups.get(f.code()) == 'construction'

    def tree(self, key, feats):
        if key not in self.trees:
            self.trees[key] = (STRtree([f.foot for f in feats]), feats)
        return self.trees[key]

    def candidates(self, key, feats, geom):
        tree, fs = self.tree(key, feats)
        return [fs[i] for i in sorted(tree.query_items(geom))]

    # ---- measures ----
    def overlap(self, a, b):
        if a.kind == 'point' or b.kind == 'point':
            return None
        if not a.foot.intersects(b.foot):
            return 0.0, None
        region = polygonal(a.foot.intersection(b.foot))
        return area_m2(region), region

    def watch(self, rule, value, threshold, what, a, b):
        lo, hi = threshold * 0.8, threshold * 1.25
        if threshold <= NOISE_M2:
            lo, hi = 0.6, 1.6
        if lo <= value <= hi:
            self.near.append('%s %s near its threshold %s: %.4f (%s × %s)' % (
                rule, what, threshold, value, a.bsm if a else '-', b.bsm if b else '-'))

    def add(self, rule, severity, a, b, **measures):
        entry = {'rule': rule, 'severity': severity, 'subject': a.ref() if a else None,
                 'object': b.ref() if b else None}
        for k, v in measures.items():
            if v is None:
                continue
            entry[k] = round(v, 3) if isinstance(v, float) else v
        self.conflicts.append(entry)

    # ---- relations ----
    def rule_overlaps(self, rule, subjects, objects, min_m2, severity_of, exempt=None):
        for a in subjects:
            if a.kind == 'point':
                continue
            for b in self.candidates(rule + ':obj', objects, a.foot):
                res = self.overlap(a, b)
                if res is None:
                    continue
                area, _ = res
                self.watch(rule, area, min_m2, 'area', a, b)
                if area >= min_m2 and not (exempt and exempt(a, b)):
                    self.add(rule, severity_of(a, b), a, b, areaM2=area)

    def rule_outside(self, rule, subjects, cover, min_m2, severity):
        cover_prep = prep(cover)
        for a in subjects:
            if a.kind == 'point':
                continue
            if cover_prep.contains(a.foot):
                continue
            region = polygonal(a.foot.difference(cover))
            area = area_m2(region)
            self.watch(rule, area, min_m2, 'outside area', a, None)
            if area >= min_m2:
                self.add(rule, severity, a, None, areaM2=area)

    def rule_within(self, rule, subjects, objects, zone_around, dist_of, min_m2, severity_of, exempt=None):
        """withinDistance: the zone is drawn around `zone_around` ('subject' or 'object')."""
        for a in subjects:
            for b in objects:
                d = dist_of(a, b)
                zone_owner, other = (a, b) if zone_around == 'subject' else (b, a)
                zone = self.zone(zone_owner, d)
                if not zone.intersects(other.foot) or other.kind == 'point':
                    continue
                region = polygonal(zone.intersection(other.foot))
                area = area_m2(region)
                self.watch(rule, area, min_m2, 'zone area', a, b)
                if area < min_m2:
                    continue
                if exempt and exempt(a, b):
                    continue
                self.add(rule, severity_of(a, b), a, b, areaM2=area, distanceM=self.distance(a, b))

    def zone(self, f, d):
        """The d-metre zone around a feature's footprint (a line's corridor, not its centreline)."""
        key = (f.id, d)
        cache = self.trees.setdefault('zones', {})
        if key not in cache:
            cache[key] = to_ll(buffer_xy(self.foot_xy(f), d))
        return cache[key]

    def foot_xy(self, f):
        cache = self.trees.setdefault('foot_xy', {})
        if f.id not in cache:
            cache[f.id] = to_xy(f.foot)
        return cache[f.id]

    def distance(self, a, b):
        """Shortest distance between the two footprints (0 when they meet), in the local plane."""
        return self.foot_xy(a).distance(self.foot_xy(b))

    # ---- the pack ----
    def run(self):
        L = self.layer
        gh, yj, cz, xzq = L('GHYDYH'), L('YJJBNT'), L('CZKFBJ'), L('XZQ')
        red, res, water = L('STBHHX'), L('ZRBHD'), L('YYSY')
        gy, lines, ss = L('GYXM'), L('JTXL'), L('JTSS')
        gh_con = [f for f in gh if self.construction(f)]
        ss_poly = [f for f in ss if f.kind == 'polygon']
        sev = lambda s: (lambda a, b: s)
        overlaps_m2 = lambda a, b: (self.overlap(a, b) or (0.0,))[0] >= NOISE_M2

        self.rule_overlaps('R01', red, yj, NOISE_M2, sev('blocker'))
        self.rule_overlaps('R02', red, cz, NOISE_M2, sev('blocker'))
        self.rule_overlaps('R03', yj, cz, NOISE_M2, sev('blocker'))
        self.rule_overlaps('R04', gh_con + gy + lines, red, NOISE_M2,
                           lambda a, b: 'major' if a.layer == 'JTXL' and a.props.get('SFBKBR') is True else 'blocker')
        core = [f for f in res if f.props.get('GNFQ') in CORE_ZONES]
        general = [f for f in res if f.props.get('GNFQ') in GENERAL_ZONES]
        self.rule_overlaps('R05', gh_con + gy + lines + ss_poly, core, NOISE_M2, sev('blocker'))
        polluting = [f for f in gy if f.props.get('GYLX') in ('二类工业', '三类工业') or has_prefix(f.code(), ['1002'])]
        self.rule_overlaps('R06', polluting, general, NOISE_M2, sev('blocker'))
        self.r07(lines, res)
        self.rule_overlaps('R08', gh_con + gy + ss_poly, yj, NOISE_M2,
                           lambda a, b: 'major' if a.props.get('SFZDXM') is True else 'blocker')
        self.points_in('R08', [f for f in ss if f.kind == 'point'], yj,
                       lambda a, b: 'major' if a.props.get('SFZDXM') is True else 'blocker')
        gh_r09 = [f for f in gh if has_prefix(f.code(), ['02', '03', '1704', '0602'])]
        self.rule_overlaps('R09', gh_r09, yj, NOISE_M2, sev('blocker'))
        self.rule_overlaps('R10', lines + ss_poly, yj, NOISE_M2, sev('major'))
        self.points_in('R10', [f for f in ss if f.kind == 'point'], yj, sev('major'))
        cz_union = unary_union([f.foot for f in cz])
        urban = ['0701', '0702', '08', '09', '1001', '11', '1401', '1403']
        r11 = [f for f in gh if has_prefix(f.code(), urban)] + [f for f in gy if not has_prefix(f.code(), ['1002'])]
        self.rule_outside('R11', r11, cz_union, SOFT_M2, 'major')
        self.r14(gy + [f for f in ss if f.props.get('YDYHFLDM')], gh)
        self.r15(gy, [f for f in water if f.props.get('BHQJB') in ('一级', '二级')], overlaps_m2)
        self.r16([f for f in gy if f.props.get('GYLX') == '三类工业'],
                 [f for f in gh if has_prefix(f.code(), ['07', '0804', '0806'])])
        gh_r17 = [f for f in gh_con if not has_prefix(f.code(), ['12', '14', '16'])]
        self.r17_r18(gh_r17, lines)
        self.indicators(cz_union, xzq, gh, yj, red)
        xzq_union = unary_union([f.foot for f in xzq])
        others = [f for f in self.features if f.layer != 'XZQ']
        self.rule_outside('R24', others, xzq_union, NOISE_M2, 'major')
        self.r25(gh, xzq_union)
        self.r26([f for f in self.features if f.kind == 'polygon'])

    def points_in(self, rule, points, polygons, severity_of):
        for a in points:
            for b in self.candidates(rule + ':pt', polygons, a.foot):
                if b.foot.intersects(a.foot):
                    self.add(rule, severity_of(a, b), a, b, areaM2=0.0)

    def r07(self, lines, reserves):
        for a in lines:
            for b in self.candidates('R07', reserves, a.foot):
                # The interior only: stretches along the reserve's boundary do not cross it.
                inside = lineal(a.geom.intersection(b.foot).difference(b.foot.boundary))
                length = length_m(inside)
                self.watch('R07', length, 1.0, 'length', a, b)
                if length < 1.0:
                    continue
                region = polygonal(a.foot.intersection(b.foot))
                severity = 'blocker' if b.props.get('GNFQ') in CORE_ZONES else 'major'
                self.add('R07', severity, a, b, lengthM=length, areaM2=area_m2(region))

    def r14(self, subjects, parcels):
        for a in subjects:
            if a.kind == 'point':
                continue
            ca = a.code()
            for b in self.candidates('R14', parcels, a.foot):
                cb = b.code()
                if ca.startswith(cb) or cb.startswith(ca):
                    continue
                area, _ = self.overlap(a, b)
                self.watch('R14', area, SOFT_M2, 'area', a, b)
                if area >= SOFT_M2:
                    self.add('R14', 'major' if ca[:2] != cb[:2] else 'minor', a, b, areaM2=area)

    def r15(self, projects, zones, overlaps_m2):
        def severity(a, b):
            if b.props['BHQJB'] == '一级' and overlaps_m2(a, b):
                return 'blocker'
            if b.props['BHQJB'] == '二级' and overlaps_m2(a, b):
                return 'blocker'
            return 'minor'

        def exempt(a, b):
            if b.props['BHQJB'] == '二级' and not overlaps_m2(a, b):
                return True
            return b.props['BHQJB'] == '二级' and a.props.get('GYLX') in ('一类工业', '非工业')
        self.rule_within('R15', projects, zones, 'object', lambda a, b: 500.0, NOISE_M2, severity, exempt)

    def r16(self, smelters, homes):
        for a in smelters:
            zone = self.zone(a, 500.0)
            near = self.candidates('R16', homes, zone)
            self.rule_within('R16', [a], near, 'subject', lambda a, b: 500.0, NOISE_M2, lambda a, b: 'major')

    def r17_r18(self, parcels, lines):
        for b in lines:
            grade = b.props['DJ']
            if grade in ROAD_DISTANCE_M:
                rule, d, min_m2 = 'R17', ROAD_DISTANCE_M[grade], SOFT_M2
                severity = 'major' if grade == '高速' else 'minor'
            elif grade in RAIL_DISTANCE_M:
                rule, d, min_m2 = 'R18', RAIL_DISTANCE_M[grade], NOISE_M2
                severity = 'major'
            else:
                continue
            zone = self.zone(b, d)
            near = self.candidates('R17R18', parcels, zone)
            self.rule_within(rule, near, [b], 'object', lambda a, o: d, min_m2, lambda a, o: severity)

    def r25(self, parcels, territory):
        covered = unary_union([f.foot for f in parcels])
        for gap in parts(territory.difference(covered), Polygon):
            area = area_m2(gap)
            self.watch('R25', area, NOISE_M2, 'gap area', None, None)
            if area >= NOISE_M2:
                p = gap.representative_point()
                self.conflicts.append({'rule': 'R25', 'severity': 'blocker', 'subject': None, 'object': None,
                                       'areaM2': round(area, 3),
                                       'point': [round(p.x, 8), round(p.y, 8)]})
        tree = STRtree([f.foot for f in parcels])
        for i, a in enumerate(parcels):
            for j in sorted(tree.query_items(a.foot)):
                b = parcels[j]
                if b.id <= a.id:
                    continue
                area, _ = self.overlap(a, b)
                self.watch('R25', area, NOISE_M2, 'overlap area', a, b)
                if area >= NOISE_M2:
                    self.add('R25', 'blocker', a, b, areaM2=area)

    def r26(self, polygons):
        for f in polygons:
            area = area_m2(f.foot)
            width = 2.0 * area / perimeter_m(f.foot)
            self.watch('R26', area, SOFT_M2, 'area', f, None)
            self.watch('R26', width, 5.0, 'mean width', f, None)
            if area < SOFT_M2 or width <= 5.0:
                self.add('R26', 'minor', f, None, areaM2=area)

    def indicators(self, cz_union, xzq, gh, yj, red):
        territory = unary_union([f.foot for f in xzq])
        towns = {f.props['XZQDM']: f for f in xzq}
        farmland = unary_union([f.foot for f in gh if has_prefix(f.code(), ['01'])])
        measures = {
            'cultivatedLand': ('R21', farmland),
            'permanentFarmland': ('R21', unary_union([f.foot for f in yj])),
            'ecoRedLine': ('R21', unary_union([f.foot for f in red])),
        }
        version = self.plans['land']['version']
        baselines = {}
        for b in self.targets.get('baselines', []):
            if b.get('townCode') or b.get('planVersion') not in (None, version):
                continue
            if b['id'] not in baselines or b.get('planVersion') == version:
                baselines[b['id']] = b
        # An entry for the land plan's version overrides the general entry of the same indicator and town.
        chosen = {}
        for t in self.targets.get('targets', []):
            if t.get('planVersion') not in (None, version):
                continue
            key = (t['indicator'], t.get('townCode'))
            if key not in chosen or t.get('planVersion') == version:
                chosen[key] = t
        for t in chosen.values():
            ind = t['indicator']
            town = t.get('townCode')
            clip = towns[town].foot if town else territory
            entry = None
            if ind == 'urbanBoundaryExpansion' and not town:
                base = baselines['urbanConstructionLand2020']['valueHa'] * 10000.0
                value = area_m2(cz_union) / base
                entry = ('R19', value, t['assigned'], 'ratio', '<=')
            elif ind == 'urbanSpaceShare' and not town:
                value = area_m2(polygonal(cz_union.intersection(territory))) / area_m2(territory) * 100.0
                entry = ('R20', value, t['assigned'], 'percent', '<=')
            elif ind in measures:
                rule, geom = measures[ind]
                if town:
                    geom = polygonal(geom.intersection(clip))
                entry = (rule, area_m2(geom) / 10000.0, t['assigned'], 'ha', '>=')
            if entry is None:
                continue
            rule, value, target, unit, direction = entry
            violated = value > target if direction == '<=' else value < target
            self.values.append('%s %s%s = %.4f %s (target %s %s)' % (rule, ind, ' ' + town if town else '', value,
                                                                     unit, direction, target))
            if abs(value - target) <= abs(target) * 0.002:
                self.near.append('%s %s within 0.2 %% of its target: %.4f vs %s' % (rule, ind, value, target))
            if violated:
                item = {'rule': rule, 'severity': 'blocker', 'indicator': ind, 'value': round(value, 4),
                        'target': target, 'unit': unit, 'direction': direction}
                if town:
                    item['townCode'] = town
                self.conflicts.append(item)

    def result(self, command):
        def key(c):
            s = c.get('subject') or {}
            o = c.get('object') or {}
            return (c['rule'], s.get('id', ''), o.get('id', ''), c.get('indicator', ''), c.get('townCode', ''),
                    tuple(c.get('point', ())))
        return {
            'generatedBy': command,
            'tolerance': {'areaRel': 1e-4, 'areaAbsM2': 0.01, 'lengthRel': 1e-4, 'distanceAbsM': 0.01,
                          'indicatorRel': 1e-4},
            'targets': self.targets_source,
            'conflicts': sorted(self.conflicts, key=key),
        }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', default=os.path.join(ROOT, 'seeds', 'jiyuan'))
    ap.add_argument('--out', default=None)
    args = ap.parse_args()
    out = args.out or os.path.join(args.seeds, 'expected-conflicts.json')
    oracle = Oracle(args.seeds)
    oracle.run()
    command = '/usr/bin/python3 scripts/seeds/expected_conflicts.py'
    result = oracle.result(command)
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('{"generatedBy":' + json.dumps(command) + ',\n"tolerance":'
                + json.dumps(result['tolerance'], separators=(',', ':')) + ',\n"targets":'
                + json.dumps(result['targets'], ensure_ascii=False) + ',\n"conflicts":[\n')
        f.write(',\n'.join(json.dumps(c, ensure_ascii=False, separators=(',', ':')) for c in result['conflicts']))
        f.write('\n]}\n')
    counts = {}
    for c in result['conflicts']:
        counts[c['rule']] = counts.get(c['rule'], 0) + 1
    print('conflicts per rule:', json.dumps(counts, sort_keys=True), file=sys.stderr)
    for line in oracle.values:
        print('indicator:', line, file=sys.stderr)
    for line in oracle.near:
        print('NEAR THRESHOLD:', line, file=sys.stderr)
    return 1 if oracle.near else 0


if __name__ == '__main__':
    sys.exit(main())

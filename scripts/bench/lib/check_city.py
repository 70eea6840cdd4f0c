# Independent check of a synthetic city written by syntheticCity.ts (Debian's shapely 1.8 + pyproj):
# every polygon valid, the parcels' union one polygon equal to the towns' union (full coverage, no gaps),
# layer areas on GRS80, and the three join pair counts for comparison with the benchmark's.
# Usage: /usr/bin/python3 scripts/bench/lib/check_city.py <dir written with `npm run bench -- --sizes 10000 --keep`>
import json, sys
from shapely.geometry import shape
from shapely.ops import unary_union
from shapely.strtree import STRtree
from pyproj import Geod

geod = Geod(ellps='GRS80')
d = sys.argv[1]
layers = {}
for kind in ['land', 'ecology', 'industry', 'transport']:
    for f in json.load(open(f'{d}/{kind}.json', encoding='utf-8'))['features']:
        layers.setdefault(f['layer'], []).append(shape(f['geometry']))

def area_km2(g):
    return abs(geod.geometry_area_perimeter(g)[0]) / 1e6

for layer, geoms in sorted(layers.items()):
    invalid = sum(1 for g in geoms if not g.is_valid)
    polygonal = geoms[0].geom_type.endswith('Polygon')
    print(f'{layer:7} {len(geoms):7} features, {invalid} invalid' + (f', {sum(map(area_km2, geoms)):.1f} km²' if polygonal else ''))
parcels = unary_union(layers['GHYDYH'])
towns = unary_union(layers['XZQ'])
print('parcel union:', parcels.geom_type, f'{area_km2(parcels):.4f} km²; towns {area_km2(towns):.4f} km²;',
      f'symmetric difference {area_km2(parcels.symmetric_difference(towns)) * 1e6:.3f} m²')
for a, b in [('GHYDYH', 'STBHHX'), ('GHYDYH', 'GYXM'), ('YJJBNT', 'GYXM')]:
    tree = STRtree(layers[a])
    pairs = 0
    total = 0.0
    for g in layers[b]:
        for c in tree.query(g):
            if c.intersects(g):
                pairs += 1
                total += abs(geod.geometry_area_perimeter(c.intersection(g))[0])
    print(f'{a}×{b}: {pairs} intersecting pairs, {total / 1e4:.2f} ha')

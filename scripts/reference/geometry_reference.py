#!/usr/bin/python3
"""Independent reference values for the geometry core (engine/geometry).

Builds overlay, area, length and distance cases around Jiyuan (112.5°E 35.1°N) and computes the expected
results with shapely (Debian's python3-shapely 1.8 on GEOS 3.11) and pyproj.Geod(ellps='GRS80') (PROJ's geodesic code),
then writes tests/fixtures/geometry/reference.json. Run from the repository root:

    /usr/bin/python3 scripts/reference/geometry_reference.py

Deterministic (seeded); re-running rewrites the same file. Areas are of the shapely intersection measured
on the ellipsoid with geodesic edges; distances are geodesic between the nearest points found in a local
transverse Mercator (pyproj) or, for points, Geod.inv directly.
"""
import json
import math
import os
import random
import sys

import pyproj
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, mapping, shape
from shapely.geos import geos_version_string
from shapely.ops import nearest_points, transform
from shapely.validation import make_valid

COMMAND = "/usr/bin/python3 scripts/reference/geometry_reference.py"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "fixtures", "geometry", "reference.json")
GEOD = pyproj.Geod(ellps="GRS80")
LON0, LAT0 = 112.5, 35.1
# Metres per degree near Jiyuan, only to build shapes of a given size (results never use it).
M_PER_DEG_LAT = 110950.0
M_PER_DEG_LON = 91100.0


def area(geom):
    if geom is None or geom.is_empty:
        return 0.0
    polys = [g for g in getattr(geom, "geoms", [geom]) if g.geom_type in ("Polygon", "MultiPolygon")]
    total = 0.0
    for p in polys:
        a, _ = GEOD.geometry_area_perimeter(p)
        total += abs(a) if p.geom_type == "Polygon" else sum(abs(GEOD.geometry_area_perimeter(q)[0]) for q in p.geoms)
    return total


def polygonal(geom):
    """Only the polygon pieces of an overlay result (what the engine keeps), or None."""
    if geom.is_empty:
        return None
    parts = []
    for g in getattr(geom, "geoms", [geom]):
        if g.geom_type == "Polygon" and not g.is_empty:
            parts.append(g)
        elif g.geom_type == "MultiPolygon":
            parts.extend(g.geoms)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def length(geom):
    if geom is None or geom.is_empty:
        return 0.0
    return GEOD.geometry_length(geom)


def offset(lon, lat, east_m, north_m):
    return (lon + east_m / M_PER_DEG_LON, lat + north_m / M_PER_DEG_LAT)


def rect(east_m, north_m, width_m, height_m, lon=LON0, lat=LAT0):
    x0, y0 = offset(lon, lat, east_m, north_m)
    x1, y1 = offset(lon, lat, east_m + width_m, north_m + height_m)
    return Polygon([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)])


def star(rng, east_m, north_m, radius_m, vertices):
    """A random star-shaped (hence simple) polygon, like an irregular parcel."""
    angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(vertices))
    pts = []
    for a in angles:
        r = radius_m * rng.uniform(0.55, 1.0)
        pts.append(offset(LON0, LAT0, east_m + r * math.cos(a), north_m + r * math.sin(a)))
    pts.append(pts[0])
    return Polygon(pts)


def geo(geom):
    """GeoJSON with plain lists and full double precision (json writes repr of floats)."""
    return json.loads(json.dumps(mapping(geom)))


def local_tm(lon0):
    fwd = pyproj.Transformer.from_crs("EPSG:4490", f"+proj=tmerc +lon_0={lon0} +k=1 +x_0=0 +y_0=0 +ellps=GRS80", always_xy=True)
    inv = pyproj.Transformer.from_crs(f"+proj=tmerc +lon_0={lon0} +k=1 +x_0=0 +y_0=0 +ellps=GRS80", "EPSG:4490", always_xy=True)
    return fwd, inv


def distance(a, b):
    if a.intersects(b):
        return 0.0
    minx = min(a.bounds[0], b.bounds[0])
    maxx = max(a.bounds[2], b.bounds[2])
    fwd, inv = local_tm((minx + maxx) / 2)
    pa, pb = nearest_points(transform(fwd.transform, a), transform(fwd.transform, b))
    lon1, lat1 = inv.transform(pa.x, pa.y)
    lon2, lat2 = inv.transform(pb.x, pb.y)
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


def overlay_cases(rng):
    cases = []

    def add(name, a, b, note=""):
        inter = polygonal(a.intersection(b))
        union = polygonal(a.union(b))
        cases.append({
            "name": name,
            "note": note,
            "a": geo(a),
            "b": geo(b),
            "areaAM2": area(a),
            "areaBM2": area(b),
            "intersectionAreaM2": area(inter),
            "unionAreaM2": area(union),
            "differenceAreaM2": area(polygonal(a.difference(b))),
            "intersects": bool(a.intersects(b)),
            "covers": bool(a.covers(b)),
        })

    add("overlap of two parcels", rect(0, 0, 200, 150), rect(120, 90, 180, 160))
    add("touching edges", rect(0, 0, 200, 150), Polygon([(x, y) for x, y in [
        offset(LON0, LAT0, 200, 0), offset(LON0, LAT0, 400, 0), offset(LON0, LAT0, 400, 150), offset(LON0, LAT0, 200, 150), offset(LON0, LAT0, 200, 0)]]),
        "b shares a's east edge exactly: intersection is a line, no area")
    outer = rect(0, 0, 500, 500).exterior.coords
    hole = rect(100, 100, 300, 300).exterior.coords
    add("hole containing the other feature", Polygon(outer, [list(hole)[::-1]]), rect(150, 150, 100, 100),
        "b lies inside a's hole: no overlap")
    add("overlap of about half a square metre", rect(0, 0, 100, 100), rect(99.5, 0, 50, 1.0),
        "a 0.5 m x 1 m strip")
    add("parcel wholly inside a red line", rect(0, 0, 2000, 2000), star(rng, 800, 900, 120, 17),
        "a covers b: the intersection is b")
    mp = MultiPolygon([rect(0, 0, 300, 300), rect(600, 0, 300, 300)])
    add("multipolygon against a polygon", mp, rect(200, 100, 500, 100))
    big = rect(-5000, -5000, 10000, 10000)
    add("town-sized polygon against a parcel on its edge", big, rect(4900, 0, 300, 250))
    for k in range(24):
        a = star(rng, 0, 0, rng.uniform(60, 400), rng.randint(5, 40))
        b = star(rng, rng.uniform(-300, 300), rng.uniform(-300, 300), rng.uniform(60, 400), rng.randint(5, 40))
        add(f"random irregular parcels {k + 1}", a, b)
    return cases


def area_cases():
    cases = []
    square = rect(0, 0, 1000, 1000)
    cases.append({"name": "one square kilometre near Jiyuan", "geometry": geo(square), "areaM2": area(square)})
    lon1, lat1 = 112.0, 34.9
    lon2, lat2 = 112.8, 35.4
    county = Polygon([(lon1, lat1), (lon2, lat1), (lon2, lat2), (lon1, lat2), (lon1, lat1)])
    cases.append({"name": "county-sized box", "geometry": geo(county), "areaM2": area(county)})
    with_hole = Polygon(rect(0, 0, 800, 600).exterior.coords, [list(rect(100, 100, 200, 200).exterior.coords)[::-1]])
    cases.append({"name": "polygon with a hole", "geometry": geo(with_hole), "areaM2": area(with_hole)})
    mp = MultiPolygon([rect(0, 0, 300, 300), with_hole])
    cases.append({"name": "multipolygon", "geometry": geo(mp), "areaM2": area(mp)})
    bow = Polygon([offset(LON0, LAT0, 0, 0), offset(LON0, LAT0, 100, 100), offset(LON0, LAT0, 100, 0), offset(LON0, LAT0, 0, 100), offset(LON0, LAT0, 0, 0)])
    valid = make_valid(bow)
    cases.append({
        "name": "bow-tie repaired by MakeValid",
        "geometry": geo(bow),
        "makeValidAreaM2": area(polygonal(valid)),
        "makeValidParts": len(polygonal(valid).geoms) if polygonal(valid).geom_type == "MultiPolygon" else 1,
        "buffer0AreaM2": area(polygonal(bow.buffer(0))),
    })
    return cases


def line_cases():
    cases = []
    highway = LineString([(112.0, 35.0), (112.3, 35.12), (112.55, 35.08), (112.9, 35.3), (113.1, 35.25)])
    cases.append({"name": "highway across the county", "geometry": geo(highway), "lengthM": length(highway)})
    meridian = LineString([(112.5, 34.0), (112.5, 36.0)])
    cases.append({"name": "two degrees along a meridian", "geometry": geo(meridian), "lengthM": length(meridian)})
    zone = rect(0, 0, 3000, 2000)
    road = LineString([offset(LON0, LAT0, -500, 300), offset(LON0, LAT0, 1200, 900), offset(LON0, LAT0, 2500, 2600)])
    inside = road.intersection(zone)
    cases.append({
        "name": "road through a protected zone",
        "line": geo(road),
        "polygon": geo(zone),
        "insideLengthM": length(inside),
    })
    # The part strictly inside: shapely's line ∩ polygon keeps stretches lying on the boundary, which run
    # along the polygon and do not cross it, so the boundary is subtracted (0 when nothing is left).
    x0, y0, x1, y1 = zone.bounds
    xm = (x0 + x1) / 2
    along_then_in = LineString([(x0 - 0.002, y0), (xm, y0), (xm, (y0 + y1) / 2)])
    for name, line in [
        ("road along the zone's edge", LineString([(x0 - 0.002, y0), (x1 + 0.002, y0)])),
        ("road along the edge, then entering the zone", along_then_in),
        ("road touching the zone at a corner", LineString([(x0 - 0.01, y0 - 0.01), (x0, y0), (x0 - 0.01, y0 + 0.005)])),
    ]:
        cases.append({
            "name": name,
            "line": geo(line),
            "polygon": geo(zone),
            "insideLengthM": length(line.intersection(zone).difference(zone.boundary)),
        })
    return cases


def distance_cases():
    cases = []
    p1, p2 = Point(112.5, 35.1), Point(112.62, 35.17)
    cases.append({"name": "two points 13 km apart", "a": geo(p1), "b": geo(p2), "distanceM": GEOD.inv(p1.x, p1.y, p2.x, p2.y)[2]})
    a, b = rect(0, 0, 200, 200), rect(230, 50, 100, 100)
    cases.append({"name": "parcels 30 m apart", "a": geo(a), "b": geo(b), "distanceM": distance(a, b)})
    road = LineString([offset(LON0, LAT0, -100, -40), offset(LON0, LAT0, 600, 25)])
    parcel = rect(100, 0, 150, 80)
    cases.append({"name": "road passing just south of a parcel", "a": geo(road), "b": geo(parcel), "distanceM": distance(road, parcel)})
    parcel2 = rect(100, 45, 150, 80)
    road2 = LineString([offset(LON0, LAT0, -100, 0), offset(LON0, LAT0, 600, 20)])
    cases.append({"name": "road and a parcel beside it", "a": geo(road2), "b": geo(parcel2), "distanceM": distance(road2, parcel2)})
    return cases


def buffer_cases():
    """Metric buffers: shapely buffer (8 segments per quarter circle) in a local transverse Mercator."""
    cases = []
    road = LineString([offset(LON0, LAT0, -500, 300), offset(LON0, LAT0, 1200, 900), offset(LON0, LAT0, 2500, 2600)])
    parcel = rect(0, 0, 200, 150)
    for name, geom, distance_m in [("road corridor of 30 m", road, 30.0), ("parcel grown by 10 m", parcel, 10.0),
                                   ("parcel shrunk by 20 m", parcel, -20.0), ("well 500 m protection zone", Point(LON0, LAT0), 500.0)]:
        minx, _, maxx, _ = geom.bounds
        fwd, inv = local_tm((minx + maxx) / 2)
        buffered = transform(inv.transform, transform(fwd.transform, geom).buffer(distance_m, resolution=8))
        cases.append({"name": name, "geometry": geo(geom), "distanceM": distance_m, "areaM2": area(buffered)})
    return cases


def projection_cases():
    fwd, _ = local_tm(112.5)
    out = []
    for lon, lat in [(112.5, 35.1), (112.9, 35.4), (111.9, 34.8), (113.5, 36.0)]:
        x, y = fwd.transform(lon, lat)
        out.append({"lon0": 112.5, "lon": lon, "lat": lat, "x": x, "y": y})
    return out


def main():
    rng = random.Random(20261127)
    doc = {
        "command": COMMAND,
        "generator": {
            "python": sys.version.split()[0],
            "shapely": shapely.__version__,
            "geos": geos_version_string,
            "pyproj": pyproj.__version__,
            "proj": pyproj.proj_version_str,
            "ellipsoid": "GRS80",
        },
        "overlays": overlay_cases(rng),
        "areas": area_cases(),
        "lines": line_cases(),
        "distances": distance_cases(),
        "buffers": buffer_cases(),
        "transverseMercator": projection_cases(),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {os.path.normpath(OUT)}: {len(doc['overlays'])} overlays, {len(doc['areas'])} areas, "
          f"{len(doc['lines'])} lines, {len(doc['distances'])} distances")


if __name__ == "__main__":
    main()

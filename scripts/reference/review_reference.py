#!/usr/bin/python3
"""Independent reference values for the project review (engine/review measureProject) on the Jiyuan demo.

Picks five project boundaries from the demo plans (seeds/jiyuan): one over permanent farmland (with a hole), one
crossing an ecological red line, one beside the high-speed railway, one beside a national road, one inside the
development boundary, one astride a county road; and computes with shapely (Debian's python3-shapely 1.8) and pyproj.Geod(ellps='GRS80'):

- the project's GRS80 area;
- per blueprint layer the dissolved overlap and each feature's overlap (lines: their corridor, the line buffered
  by KD/2 in a local transverse Mercator centred on the line's box, and their length inside the project);
- the 规划用地用海 area per code, from the integrated coverage rebuilt here by the policy's rule
  (seeds/rules/policy-default.json `coverage`: the higher-precedence layer wins, then the lower BSM, then the
  lower id; everything clipped to the territory ∪XZQ), restricted to the project;
- per transport line of a listed grade: the distance from the project to the corridor edge (nearest points in
  a local transverse Mercator, then the geodesic distance between them) and the area of the project inside
  the control zone for each distance the line's class can take.

Writes tests/fixtures/review/reference.json. Run from the repository root:

    /usr/bin/python3 scripts/reference/review_reference.py

Deterministic; re-running rewrites the same file.
"""
import json
import os

import pyproj
import shapely
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, mapping, shape
from shapely.geos import geos_version_string
from shapely.ops import nearest_points, transform, unary_union
from shapely.validation import make_valid

COMMAND = "/usr/bin/python3 scripts/reference/review_reference.py"
ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "tests", "fixtures", "review", "reference.json")
GEOD = pyproj.Geod(ellps="GRS80")
PLANS = ["land", "ecology", "industry", "transport"]

ROAD_M = {"高速": [30], "国道": [20], "省道": [15], "县道": [10], "乡道": [5]}
HIGH_SPEED = {"高铁", "城际"}
OTHER_RAIL = {"普速铁路"}


def tm(lon0):
    proj = f"+proj=tmerc +lon_0={lon0!r} +k=1 +x_0=0 +y_0=0 +ellps=GRS80"
    fwd = pyproj.Transformer.from_crs("EPSG:4490", proj, always_xy=True)
    inv = pyproj.Transformer.from_crs(proj, "EPSG:4490", always_xy=True)
    return (lambda x, y: fwd.transform(x, y)), (lambda x, y: inv.transform(x, y))


def centre_lon(*geoms):
    xs = [g.bounds for g in geoms]
    return (min(b[0] for b in xs) + max(b[2] for b in xs)) / 2


def polygonal(geom):
    if geom is None or geom.is_empty:
        return None
    parts = []
    for g in getattr(geom, "geoms", [geom]):
        if g.geom_type == "Polygon" and not g.is_empty:
            parts.append(g)
        elif g.geom_type == "MultiPolygon":
            parts.extend(g.geoms)
        elif g.geom_type == "GeometryCollection":
            p = polygonal(g)
            if p is not None:
                parts.extend(getattr(p, "geoms", [p]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else MultiPolygon(parts)


def valid(geom):
    """As the engine repairs: GEOS MakeValid, a MultiPolygon's parts one by one and unioned."""
    if geom.is_valid:
        return geom
    if geom.geom_type == "MultiPolygon" and len(geom.geoms) > 1:
        return polygonal(unary_union([polygonal(make_valid(p)) for p in geom.geoms if polygonal(make_valid(p)) is not None]))
    return polygonal(make_valid(geom)) if geom.geom_type in ("Polygon", "MultiPolygon") else make_valid(geom)


def area(geom):
    geom = polygonal(geom)
    if geom is None:
        return 0.0
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in getattr(geom, "geoms", [geom]))


def length(geom):
    if geom is None or geom.is_empty:
        return 0.0
    total = 0.0
    for g in getattr(geom, "geoms", [geom]):
        if g.geom_type == "LineString":
            total += GEOD.geometry_length(g)
        elif g.geom_type == "MultiLineString":
            total += sum(GEOD.geometry_length(x) for x in g.geoms)
    return total


def buffer_m(geom, distance_m):
    fwd, inv = tm(centre_lon(geom))
    return transform(inv, transform(fwd, geom).buffer(distance_m, 8))


def distance_m(a, b):
    fwd, inv = tm(centre_lon(a, b))
    pa, pb = transform(fwd, a), transform(fwd, b)
    if pa.intersects(pb):
        return 0.0
    na, nb = nearest_points(pa, pb)
    (lon1, lat1), (lon2, lat2) = inv(na.x, na.y), inv(nb.x, nb.y)
    return GEOD.inv(lon1, lat1, lon2, lat2)[2]


def load():
    features = []
    for name in PLANS:
        with open(os.path.join(ROOT, "seeds", "jiyuan", f"{name}.json"), encoding="utf-8") as f:
            doc = json.load(f)
        for feat in doc["features"]:
            features.append({"id": feat["id"], "plan": doc["plan"]["id"], "layer": feat["layer"], "geometry": shape(feat["geometry"]), "properties": feat["properties"]})
    with open(os.path.join(ROOT, "seeds", "rules", "policy-default.json"), encoding="utf-8") as f:
        policy = json.load(f)
    return features, policy


def by_layer(features, layer):
    return [f for f in features if f["layer"] == layer]


def local_square(lon, lat, half_w, half_h, rotate_to=None):
    """A rectangle of 2·half_w × 2·half_h metres centred at lon/lat, axes along `rotate_to` (unit vector east/north)."""
    fwd, inv = tm(lon)
    cx, cy = fwd(lon, lat)
    ux, uy = rotate_to if rotate_to else (1.0, 0.0)
    vx, vy = -uy, ux
    corners = [(-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)]
    pts = [inv(cx + a * half_w * ux + b * half_h * vx, cy + a * half_w * uy + b * half_h * vy) for a, b in corners]
    return Polygon(pts)


def beside_line(line_feature, fraction, edge_m, half_along, half_across):
    """A rectangle aligned with the line near `fraction` of its length, its near side `edge_m` from the corridor edge."""
    line = line_feature["geometry"]
    fwd, inv = tm(centre_lon(line))
    lt = transform(fwd, line)
    p = lt.interpolate(fraction, normalized=True)
    q = lt.interpolate(min(1.0, fraction + 0.002), normalized=True)
    dx, dy = q.x - p.x, q.y - p.y
    norm = (dx * dx + dy * dy) ** 0.5
    ux, uy = dx / norm, dy / norm
    nx, ny = -uy, ux
    kd = line_feature["properties"].get("KD") or 0
    off = kd / 2 + edge_m + half_across
    cx, cy = p.x + nx * off, p.y + ny * off
    corners = [(-1, -1), (1, -1), (1, 1), (-1, 1), (-1, -1)]
    return Polygon([inv(cx + a * half_along * ux + b * half_across * nx, cy + a * half_along * uy + b * half_across * ny) for a, b in corners])


def pick_projects(features):
    projects = []
    farm = max(by_layer(features, "YJJBNT"), key=lambda f: (area(f["geometry"]), f["properties"]["BSM"]))
    p = farm["geometry"].representative_point()
    outer = local_square(p.x, p.y, 180, 120)
    hole = local_square(p.x, p.y, 30, 20)
    projects.append(("farmland", Polygon(outer.exterior.coords, [list(hole.exterior.coords)[::-1]])))

    red = sorted(by_layer(features, "STBHHX"), key=lambda f: f["properties"]["BSM"])[0]
    shell = getattr(red["geometry"], "geoms", [red["geometry"]])[0].exterior
    b = shell.interpolate(0.37, normalized=True)
    projects.append(("red-line", local_square(b.x, b.y, 200, 150)))

    lines = {f["properties"]["DJ"]: f for f in sorted(by_layer(features, "JTXL"), key=lambda f: f["properties"]["BSM"])}
    projects.append(("railway", beside_line(lines["高铁"], 0.4, 8.0, 120, 60)))
    projects.append(("road", beside_line(lines["国道"], 0.6, 12.0, 100, 50)))

    core = [f for f in by_layer(features, "CZKFBJ") if f["properties"].get("GHFQDM") == "010"]
    core = max(core, key=lambda f: (area(f["geometry"]), f["properties"]["BSM"]))
    c = core["geometry"].representative_point()
    half = 250
    while True:
        sq = local_square(c.x, c.y, half, half)
        if core["geometry"].contains(sq) or half < 20:
            break
        half *= 0.8
    projects.append(("development-boundary", sq))

    # A large site astride a county road and a town border: several parcels per layer, a corridor crossed.
    county = lines["县道"]
    fwd, inv = tm(centre_lon(county["geometry"]))
    m = transform(inv, transform(fwd, county["geometry"]).interpolate(0.5, normalized=True))
    projects.append(("crossing", local_square(m.x, m.y, 450, 350)))
    return projects


def coverage_in(project, features, policy):
    """用地用海 per code inside the project, from the coverage rebuilt by the policy's precedence."""
    territory = unary_union([valid(f["geometry"]) for f in by_layer(features, "XZQ")])
    cands = []
    for rank, entry in enumerate(policy["coverage"]):
        for f in by_layer(features, entry["layer"]):
            if f["geometry"].geom_type not in ("Polygon", "MultiPolygon"):
                continue
            field = f["properties"].get(entry["classField"]) if entry.get("classField") else None
            code = field if isinstance(field, str) and field != "" else entry.get("classValue")
            if code is None:
                continue
            bsm = f["properties"].get("BSM")
            bsm = bsm if isinstance(bsm, str) and bsm != "" else None
            cands.append(((rank, 0 if bsm is not None else 1, bsm or "", f["id"], f["plan"]), code, f))
    cands.sort(key=lambda c: c[0])
    site = project.intersection(territory)
    taken = []
    out = {}
    for _, code, f in cands:
        if not f["geometry"].envelope.intersects(project):
            continue
        g = valid(f["geometry"])
        if g is None:
            continue
        piece = polygonal(g.intersection(site))
        if piece is None:
            continue
        earlier = [t for t in taken if t.intersects(piece)]
        if earlier:
            piece = polygonal(piece.difference(unary_union(earlier)))
        if piece is None:
            continue
        taken.append(piece)
        out[code] = out.get(code, 0.0) + area(piece)
    return {k: v for k, v in sorted(out.items()) if v >= 1}


def layers_in(project, features):
    out = {}
    for layer in ["YJJBNT", "CZKFBJ", "XZQ", "STBHHX", "ZRBHD", "YYSY", "CYYQ", "GYXM", "JTXL", "JTSS"]:
        pieces = []
        listed = {}
        for f in by_layer(features, layer):
            g = f["geometry"]
            if g.geom_type in ("LineString", "MultiLineString"):
                kd = f["properties"].get("KD")
                if not isinstance(kd, (int, float)) or kd <= 0 or g.distance(project) > 0.01:
                    continue
                corridor = buffer_m(g, kd / 2)
                piece = polygonal(corridor.intersection(project))
                a = area(piece)
                if a >= 1:
                    pieces.append(piece)
                    listed[f["id"]] = {"areaM2": a, "lengthM": length(g.intersection(project))}
            elif g.geom_type in ("Polygon", "MultiPolygon"):
                if not g.envelope.intersects(project):
                    continue
                piece = polygonal(valid(g).intersection(project))
                a = area(piece)
                if a >= 1:
                    pieces.append(piece)
                    listed[f["id"]] = {"areaM2": a}
        if listed:
            out[layer] = {"areaM2": area(unary_union(pieces)), "features": listed}
    return out


def setbacks_near(project, features):
    out = []
    for f in sorted(by_layer(features, "JTXL"), key=lambda f: f["properties"]["BSM"]):
        grade = f["properties"].get("DJ")
        if grade in ROAD_M:
            distances = ROAD_M[grade]
        elif grade in HIGH_SPEED:
            distances = [10, 12, 15, 20]
        elif grade in OTHER_RAIL:
            distances = [8, 10, 12, 15]
        else:
            continue
        kd = f["properties"].get("KD")
        half = kd / 2 if isinstance(kd, (int, float)) and kd > 0 else 0
        if f["geometry"].distance(project) > 0.01:  # > ~1 km: no zone reaches
            continue
        inside = {}
        for d in distances:
            a = area(polygonal(buffer_m(f["geometry"], half + d).intersection(project)))
            if a >= 1:
                inside[str(d)] = a
        if not inside:
            continue
        corridor = buffer_m(f["geometry"], half) if half > 0 else f["geometry"]
        out.append({"featureId": f["id"], "grade": grade, "distanceM": distance_m(project, corridor), "insideAreaM2": inside})
    return out


def main():
    features, policy = load()
    projects = []
    for name, geom in pick_projects(features):
        geom = MultiPolygon([geom]) if geom.geom_type == "Polygon" else geom
        assert geom.is_valid, name
        projects.append({
            "name": name,
            "geometry": mapping(geom),
            "areaM2": area(geom),
            "layers": layers_in(geom, features),
            "landUse": coverage_in(geom, features, policy),
            "setbacks": setbacks_near(geom, features),
        })
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc = {
        "generator": f"{COMMAND} (shapely {shapely.__version__}, GEOS {geos_version_string}, pyproj {pyproj.__version__}, PROJ {pyproj.proj_version_str})",
        "projects": projects,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=1, default=lambda o: list(o))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    for p in projects:
        print(p["name"], round(p["areaM2"], 1), {k: round(v["areaM2"], 1) for k, v in p["layers"].items()}, p["landUse"], [(s["grade"], round(s["distanceM"], 2), s["insideAreaM2"]) for s in p["setbacks"]])


if __name__ == "__main__":
    main()

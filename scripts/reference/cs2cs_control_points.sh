#!/usr/bin/env bash
# Writes tests/fixtures/import/cs2cs-control-points.json: for each supported CRS family, lon/lat points in
# EPSG:4490 projected by PROJ's cs2cs (Debian proj-bin, EPSG database) to the source CRS. The import tests
# reproject the projected values back with Lantu's transverse Mercator and assert agreement within 1 cm.
# Command per point: echo "<lat> <lon>" | cs2cs -f %.6f EPSG:4490 EPSG:<code>
# (EPSG axis order: 4490 is lat, lon; the Gauss-Krüger CRSs are northing, easting.)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fixtures/import/cs2cs-control-points.json
# code  lon  lat  (points inside each zone, Jiyuan's zones 37/38 on both sides of the 112.5°E edge)
points="
4326 112.59 35.09
4326 75.5 40.1
4497 111.2 35.0
4497 113.9 35.2
4508 110.4 34.95
4508 112.77 35.28
4513 75.3 39.8
4525 112.03 34.89
4525 112.45 35.20
4526 112.59 35.09
4526 112.77 35.28
4533 134.2 47.5
4534 76.0 38.5
4546 112.2 35.1
4547 112.6 35.0
4547 113.4 34.9
4554 135.1 48.0
"
{
  echo '{'
  echo '  "command": "echo \"<lat> <lon>\" | cs2cs -f %.6f EPSG:4490 EPSG:<code>",'
  echo "  \"proj\": \"$(cs2cs 2>&1 | head -1)\","
  echo '  "points": ['
  first=1
  while read -r code lon lat; do
    [ -z "$code" ] && continue
    read -r a b _ <<<"$(echo "$lat $lon" | cs2cs -f %.6f EPSG:4490 EPSG:$code)"
    x=$b; y=$a
    [ $first = 1 ] || echo ','
    first=0
    printf '    { "epsg": %s, "lon": %s, "lat": %s, "x": %s, "y": %s }' "$code" "$lon" "$lat" "$x" "$y"
  done <<<"$points"
  echo
  echo '  ]'
  echo '}'
} >"$out"
echo "wrote $out"

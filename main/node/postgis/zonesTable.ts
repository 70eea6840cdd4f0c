// The PostGIS executor's zones table: the `withinDistance` zones built by the engine's own buffer (bufferM of the
// zone feature's footprint, else its geometry, by the rule's distance for that feature) and loaded by COPY of EWKB,
// so both executors test the same shapes. One row per rule and zone feature; GiST on the zone.
import type pg from 'pg';
import { WkbWriter, type GeometryPort } from '../../../engine/geometry/index.ts';
import type { Geometry } from '../../../engine/model/index.ts';
import { zoneDistanceM, type PreparedFeature, type Rule } from '../../../engine/rules/index.ts';
import { copyRows, copyText } from '../db/copyRows.ts';
import { ewkbHex, SRID_CGCS2000 } from '../db/ewkbHex.ts';

export const ZONES_TABLE = 'lantu_zones';

export function zonesTableName(client: pg.ClientBase, schema: string): string {
  return `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(ZONES_TABLE)}`;
}

interface ZoneRow {
  ruleId: string;
  slot: number;
  distanceM: number;
  zone: Geometry;
}

/** The zones of every withinDistance rule (zone side per `zoneAround`), one buffer per feature and distance. */
export function zonesOf(
  port: GeometryPort,
  features: readonly PreparedFeature[],
  rules: readonly { rule: Rule; subjectSlots: readonly number[]; objectSlots: readonly number[] }[],
): ZoneRow[] {
  const buffers = new Map<string, Geometry | null>();
  const out: ZoneRow[] = [];
  for (const { rule, subjectSlots, objectSlots } of rules) {
    const rel = rule.relation;
    if (rel.type !== 'withinDistance') continue;
    for (const slot of rel.zoneAround === 'subject' ? subjectSlots : objectSlots) {
      const f = features[slot]!;
      const d = zoneDistanceM(rel, f.properties);
      if (d === undefined) continue;
      const key = `${slot}:${d}`;
      let zone = buffers.get(key);
      if (zone === undefined) buffers.set(key, (zone = port.bufferM(f.footprint ?? f.geometry, d)));
      if (zone) out.push({ ruleId: rule.id, slot, distanceM: d, zone });
    }
  }
  return out;
}

function* rowsOf(zones: readonly ZoneRow[]): Iterable<string> {
  const writer = new WkbWriter();
  for (const z of zones) yield `${[z.ruleId, String(z.slot), String(z.distanceM), ewkbHex(writer, z.zone)].map(copyText).join('\t')}\n`;
}

/** (Re)creates the zones table in the schema and loads the zones; returns its escaped name. */
export async function loadZones(client: pg.Client, schema: string, zones: readonly ZoneRow[]): Promise<string> {
  const table = zonesTableName(client, schema);
  await client.query(`DROP TABLE IF EXISTS ${table}`);
  await client.query(
    `CREATE TABLE ${table} (rule_id text NOT NULL, slot int NOT NULL, distance_m float8 NOT NULL,
      zone geometry(Geometry, ${SRID_CGCS2000}) NOT NULL, PRIMARY KEY (rule_id, slot))`,
  );
  await copyRows(client, `COPY ${table} (rule_id, slot, distance_m, zone) FROM STDIN`, rowsOf(zones));
  await client.query(`CREATE INDEX ${client.escapeIdentifier(`${ZONES_TABLE}_zone_gist`)} ON ${table} USING gist (zone)`);
  await client.query(`ANALYZE ${table}`);
  return table;
}

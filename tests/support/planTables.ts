// Test support: writes a plan document into PostGIS as `lantu publish` lays out layers: one table per layer named by
// its code lower-cased, one column per national field (lower-cased; text, double precision or boolean), the geometry
// as `geom` in EPSG:4490 by COPY of hex EWKB, features in plan order. Returns the tables as `schema.table`.
import type pg from 'pg';
import { WkbWriter } from '../../engine/geometry/index.ts';
import type { PlanDocument } from '../../engine/model/index.ts';
import { copyRows, copyText } from '../../main/node/db/copyRows.ts';
import { ewkbHex } from '../../main/node/db/ewkbHex.ts';

export async function writePlanTables(client: pg.ClientBase, schema: string, plan: PlanDocument): Promise<string[]> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
  const layers = [...new Set(plan.features.map((f) => f.layer))];
  const names: string[] = [];
  const writer = new WkbWriter();
  for (const layer of layers) {
    const features = plan.features.filter((f) => f.layer === layer);
    const types = new Map<string, string>();
    for (const f of features)
      for (const [k, v] of Object.entries(f.properties))
        if (v !== null && v !== undefined && !types.has(k))
          types.set(k, typeof v === 'number' ? 'double precision' : typeof v === 'boolean' ? 'boolean' : 'text');
    const fields = [...types.keys()];
    const table = `${client.escapeIdentifier(schema)}.${client.escapeIdentifier(layer.toLowerCase())}`;
    const columns = fields.map((k) => `${client.escapeIdentifier(k.toLowerCase())} ${types.get(k)}`);
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`CREATE TABLE ${table} (${[...columns, 'geom geometry(Geometry, 4490)'].join(', ')})`);
    const rows = features.map((f) => {
      const values = fields.map((k) => {
        const v = f.properties[k];
        return v === null || v === undefined ? null : String(v);
      });
      return `${[...values, ewkbHex(writer, f.geometry)].map(copyText).join('\t')}\n`;
    });
    await copyRows(
      client as pg.Client,
      `COPY ${table} (${[...fields.map((k) => client.escapeIdentifier(k.toLowerCase())), 'geom'].join(', ')}) FROM STDIN`,
      rows,
    );
    names.push(`${schema}.${layer.toLowerCase()}`);
  }
  return names;
}

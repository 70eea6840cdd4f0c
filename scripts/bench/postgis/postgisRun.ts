// Child process of rules.bench.ts: loads the same synthetic city into PostGIS (hex EWKB over COPY, GiST
// indexes, ANALYZE) and times the three overlay joins on one core (max_parallel_workers_per_gather = 0):
// ST_Intersects + ST_Area(ST_Intersection(a, b)::geography). Prints one JSON line; "skipped" without PostGIS.
import { once } from 'node:events';
import { join } from 'node:path';
import { writeStoreWkb } from '../../../engine/geometry/index.ts';
import { WkbWriter } from '../../../engine/geometry/index.ts';
import type { LayerCode } from '../../../engine/model/index.ts';
import { indicesOf, readPlanStore, type PlanStore } from '../lib/readPlanStore.ts';
import { postgisUnavailable, psql, psqlScript } from './psql.ts';

const DATABASE = 'lantu_bench';
const SRID = 4490;
const dir = process.argv[2]!;

const unavailable = postgisUnavailable();
if (unavailable) {
  console.log(JSON.stringify({ skipped: unavailable }));
  process.exit(0);
}

/** Hex EWKB (WKB with the SRID flag and value) of store feature i, or null without geometry. */
function ewkbHex(writer: WkbWriter, plan: PlanStore, i: number): string | null {
  writer.reset();
  if (!writeStoreWkb(writer, plan.store, i)) return null;
  const wkb = writer.written();
  const out = Buffer.alloc(wkb.length + 4);
  out[0] = 1;
  out.writeUInt32LE((wkb[1]! | (wkb[2]! << 8) | (wkb[3]! << 16) | (wkb[4]! << 24)) | 0x20000000, 1);
  out.writeUInt32LE(SRID, 5);
  out.set(wkb.subarray(5), 9);
  return out.toString('hex');
}

async function copyLayer(plan: PlanStore, layer: LayerCode): Promise<number> {
  const table = layer.toLowerCase();
  const indices = indicesOf(plan, layer);
  const writer = new WkbWriter();
  await psql(DATABASE, ['-c', `COPY ${table} (id, geom) FROM STDIN`], async (stdin) => {
    let chunk = '';
    for (const i of indices) {
      const hex = ewkbHex(writer, plan, i);
      if (hex === null) continue;
      chunk += `${plan.ids[i]}\t${hex}\n`;
      if (chunk.length > 1 << 20) {
        if (!stdin.write(chunk)) await once(stdin, 'drain');
        chunk = '';
      }
    }
    stdin.write(chunk);
  });
  return indices.length;
}

const tables: LayerCode[] = ['GHYDYH', 'YJJBNT', 'STBHHX', 'GYXM'];
await psqlScript('postgres', `DROP DATABASE IF EXISTS ${DATABASE};\nCREATE DATABASE ${DATABASE};\n`);
await psqlScript(
  DATABASE,
  ['CREATE EXTENSION postgis;', ...tables.map((t) => `CREATE TABLE ${t.toLowerCase()} (id text PRIMARY KEY, geom geometry(Geometry, ${SRID}) NOT NULL);`)].join('\n'),
);
const land = await readPlanStore(join(dir, 'land.json'));
const ecology = await readPlanStore(join(dir, 'ecology.json'));
const industry = await readPlanStore(join(dir, 'industry.json'));
const t0 = performance.now();
await copyLayer(land, 'GHYDYH');
await copyLayer(land, 'YJJBNT');
await copyLayer(ecology, 'STBHHX');
await copyLayer(industry, 'GYXM');
await psqlScript(DATABASE, tables.map((t) => `CREATE INDEX ON ${t.toLowerCase()} USING gist (geom);\nANALYZE ${t.toLowerCase()};`).join('\n'));
const loadMs = Math.round(performance.now() - t0);

const join3: [string, string, string][] = [
  ['GHYDYH×STBHHX', 'ghydyh', 'stbhhx'],
  ['GHYDYH×GYXM', 'ghydyh', 'gyxm'],
  ['YJJBNT×GYXM', 'yjjbnt', 'gyxm'],
];
const joins: Record<string, { pairs: number; overlapPairs: number; totalAreaM2: number; ms: number }> = {};
for (const [name, a, b] of join3) {
  const out = await psqlScript(
    DATABASE,
    [
      'SET max_parallel_workers_per_gather = 0;',
      '\\timing on',
      '\\pset format unaligned',
      '\\pset tuples_only on',
      `SELECT count(*), count(*) FILTER (WHERE area >= 1), coalesce(sum(area), 0) FROM (SELECT ST_Area(ST_Intersection(a.geom, b.geom)::geography) AS area FROM ${a} a JOIN ${b} b ON ST_Intersects(a.geom, b.geom)) pairs;`,
    ].join('\n'),
  );
  const row = out.split('\n').find((l) => /^\d+\|\d+\|/.test(l));
  const time = /Time: ([\d.]+) ms/.exec(out);
  if (!row || !time) throw new Error(`unexpected psql output: ${out}`);
  const [pairs, overlapPairs, area] = row.split('|').map(Number);
  joins[name] = { pairs: pairs!, overlapPairs: overlapPairs!, totalAreaM2: area!, ms: Math.round(Number(time[1])) };
}
const version = (await psqlScript(DATABASE, '\\pset tuples_only on\nSELECT postgis_lib_version() || \' / GEOS \' || postgis_geos_version();')).trim();
await psqlScript('postgres', `DROP DATABASE IF EXISTS ${DATABASE};`);
console.log(JSON.stringify({ version, loadMs, joins }));

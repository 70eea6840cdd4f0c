// Publishes a verified blueprint package into a PostGIS schema in ONE transaction: its layers (national field names,
// lower-cased as PostgreSQL and ogr2ogr do), the integrated coverage, the undetermined areas, the conflicts, the
// resolutions and the indicators, each with Chinese table/column comments and a GiST index, geometry by COPY of
// hex EWKB (EPSG:4490); and a row in lantu_metadata (version, package hash, created, the source plans' ids, titles and
// departments, so a published layer read back knows whose plan it is). Readers see the old
// publication or the new, never a mix: the old tables are dropped and the new created in the same transaction, which
// also grants on each new table what was granted on the old one of its name. An aborted signal (Ctrl+C) cancels the
// running statement and rolls back: the publication stays as it was, unless the commit already went through.
import type pg from 'pg';
import { WkbWriter } from '../../../engine/geometry/index.ts';
import { ewkbHex, SRID_CGCS2000 } from './ewkbHex.ts';
import { fieldsOfLayer, isLayerCode, layerInfo } from '../../../engine/model/index.ts';
import type { Geometry } from '../../../engine/model/index.ts';
import { COVERAGE_TABLE, UNDETERMINED_TABLE } from '../../../engine/package/index.ts';
import { cancelOnAbort } from '../postgis/cancelOnAbort.ts';
import { copyRows, copyText } from './copyRows.ts';
import { PgConnectionError } from './PgConnectionError.ts';
import { isoTimeType } from './isoTimeType.ts';
import { grantAgain, readTableGrants } from './tableGrants.ts';
import { say } from '../../i18n/index.ts';

export const METADATA_TABLE = 'lantu_metadata';
const SRID = SRID_CGCS2000;

/** Chinese titles of the columns no plan schema defines (provenance, coverage, conflicts, indicators). */
const TITLE_ZH: Readonly<Record<string, string>> = {
  feature_id: '要素编号（成果包内）',
  lyghid: '来源规划',
  lyghbb: '来源规划版本',
  lyysid: '来源要素',
  czrz: '处置日志编号',
  lytc: '来源图层',
  lybsm: '来源标识码',
  ddbh: '待定区域编号',
  zxjd: '中心经度',
  zxwd: '中心纬度',
  key: '冲突键',
  rule_id: '规则编号',
  severity: '严重程度',
  handling: '处置状态',
  area_m2: '面积（平方米）',
  length_m: '长度（米）',
  distance_m: '距离（米）',
  subject_bsm: '主体标识码',
  object_bsm: '客体标识码',
  town: '乡镇',
  message: '说明',
  indicator: '指标',
  town_code: '乡镇代码',
  town_name: '乡镇名称',
  value: '指标值',
  unit: '单位',
  direction: '方向',
  status: '状态',
  target: '目标值',
  gap: '差距',
  demo: '演示目标',
  denominator_m2: '分母面积（平方米）',
  id: '编号',
  decision: '处置决定',
  note: '说明',
  author: '处置人',
  at: '时间',
};

type SqlType = 'text' | 'bigint' | 'double precision' | 'boolean' | 'jsonb' | 'timestamptz' | 'date';
interface Column {
  name: string;
  source: string;
  type: SqlType;
  commentZh: string | undefined;
}
interface TableSpec {
  name: string;
  commentZh: string;
  rows: { id: string | null; geometry: Geometry | null; properties: Record<string, unknown> }[];
  titles: ReadonlyMap<string, string>;
  geometry: boolean;
  /** Keys holding times: timestamptz or date when every value is one (isoTimeType), text otherwise. */
  times?: readonly string[];
}

export interface PublishInput {
  files: ReadonlyMap<string, Uint8Array>;
  schema: string;
  packageSha256: string;
  toolVersion: string;
}

/** One source plan of a publication, as lantu_metadata.sources holds it (from the package manifest). */
export interface PublishedSource {
  planId: string;
  kind: string;
  title: string;
  department: string;
  version: string;
}

export interface PublishOptions {
  /** How long to retry locking the old tables while readers hold them; default 60 s. */
  lockWaitMs?: number;
  /** Aborting cancels the running statement and rolls back; publishBlueprint then throws the signal's reason. */
  signal?: AbortSignal;
}

export interface PublishResult {
  version: number;
  /** Already published (same package hash as the latest version): nothing written. */
  unchanged: boolean;
  tables: { name: string; rows: number }[];
}

/** A column name from a package key: national names lower-cased, camelCase to snake_case. */
export function columnName(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function json(bytes: Uint8Array | undefined): unknown {
  return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
}

function typeOf(values: unknown[]): SqlType {
  const kinds = new Set(values.filter((v) => v !== null && v !== undefined).map((v) => (Array.isArray(v) ? 'object' : typeof v)));
  if (kinds.has('object')) return 'jsonb';
  if (kinds.size !== 1) return 'text';
  if (kinds.has('boolean')) return 'boolean';
  if (kinds.has('number')) return values.every((v) => typeof v !== 'number' || Number.isSafeInteger(v)) ? 'bigint' : 'double precision';
  return 'text';
}

function columnsOf(spec: TableSpec): Column[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of spec.rows)
    for (const k of Object.keys(row.properties))
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
  return keys.map((key) => {
    const name = columnName(key);
    const values = spec.rows.map((r) => r.properties[key]);
    const type = (spec.times?.includes(key) ? isoTimeType(values) : null) ?? typeOf(values);
    return { name, source: key, type, commentZh: spec.titles.get(key) ?? TITLE_ZH[name] };
  });
}

function cell(value: unknown, type: SqlType): string | null {
  if (value === null || value === undefined) return null;
  if (type === 'jsonb') return JSON.stringify(value);
  if (type === 'boolean') return value ? 't' : 'f';
  return String(value);
}

/** A conflict as conflicts.json holds it (engine/package/conflictFiles.ts): the fields published. */
interface PackageConflictRow {
  key: string;
  ruleId: string;
  severity: string;
  handling: string;
  region: Geometry | null;
  measure: { areaM2?: number };
  subject: { bsm?: string } | null;
  object: { bsm?: string } | null;
  town: { name: string } | null;
  message: string;
}

/** The same columns as conflicts.geojson's properties, so a table published before keeps its shape. */
function conflictRow(c: PackageConflictRow): TableSpec['rows'][number] {
  return {
    id: c.key,
    geometry: c.region,
    properties: {
      key: c.key,
      ruleId: c.ruleId,
      severity: c.severity,
      handling: c.handling,
      areaM2: c.measure.areaM2 ?? null,
      subjectBsm: c.subject?.bsm ?? null,
      objectBsm: c.object?.bsm ?? null,
      town: c.town?.name ?? null,
      message: c.message,
    },
  };
}

function featureTables(files: ReadonlyMap<string, Uint8Array>): TableSpec[] {
  const specs: TableSpec[] = [];
  const layerPaths = [...files.keys()].filter((p) => /^layers\/[A-Z]+\.geojson$/.test(p)).sort();
  for (const path of layerPaths) {
    const code = path.slice('layers/'.length, -'.geojson'.length);
    const doc = json(files.get(path)) as { features: { id?: string; geometry: Geometry | null; properties: Record<string, unknown> }[] };
    const titles = new Map<string, string>();
    let commentZh = code;
    if (isLayerCode(code)) {
      commentZh = `${layerInfo(code).nameZh}（${code}）`;
      for (const f of fieldsOfLayer(code)) titles.set(f.key, f.title);
    } else if (code === COVERAGE_TABLE) {
      commentZh = `一张图用地覆盖（${code}）`;
      for (const f of fieldsOfLayer('GHYDYH')) titles.set(f.key, f.title);
    } else if (code === UNDETERMINED_TABLE) commentZh = `待定区域（${code}）`;
    specs.push({
      name: code.toLowerCase(),
      commentZh,
      titles,
      geometry: true,
      rows: doc.features.map((f) => ({ id: f.id ?? null, geometry: f.geometry, properties: f.properties ?? {} })),
    });
  }
  // Every conflict of conflicts.json, the full list: conflicts.geojson holds only those with a region, so an
  // indicator blocker (R20, R21: a figure, no place) would be missing. Its row gets a NULL geometry.
  const conflicts = json(files.get('conflicts.json')) as PackageConflictRow[] | undefined;
  if (conflicts) {
    specs.push({
      name: 'conflicts',
      commentZh: '规划冲突（成果包 conflicts.json，冲突区域同 conflicts.geojson）',
      titles: new Map(),
      geometry: true,
      rows: conflicts.map(conflictRow),
    });
  }
  const resolutions = (json(files.get('resolutions.json')) as { resolutions?: Record<string, unknown>[] } | undefined)?.resolutions ?? [];
  specs.push({
    name: 'resolutions',
    commentZh: '冲突处置记录（成果包 resolutions.json）',
    titles: new Map(),
    geometry: false,
    times: ['decidedAt'],
    rows: resolutions.map((r) => ({ id: null, geometry: null, properties: r })),
  });
  const indicators = (json(files.get('indicators.json')) as Record<string, unknown>[] | undefined) ?? [];
  specs.push({
    name: 'indicators',
    commentZh: '规划指标（成果包 indicators.json）',
    titles: new Map(),
    geometry: false,
    rows: indicators.map((r) => ({ id: null, geometry: null, properties: r })),
  });
  return specs;
}

/** Suffix of the tables a publish writes before the swap; invisible to readers until the transaction commits. */
const STAGING = '__lantu_new';

async function writeTable(client: pg.Client, schema: string, spec: TableSpec, writer: WkbWriter): Promise<number> {
  const id = (name: string) => client.escapeIdentifier(name);
  const table = `${id(schema)}.${id(spec.name + STAGING)}`;
  const columns = columnsOf(spec).filter((c) => c.name !== 'fid' && c.name !== 'geom' && c.name !== 'feature_id');
  const defs = [
    'fid integer PRIMARY KEY',
    ...(spec.geometry ? ['feature_id text', `geom geometry(Geometry, ${SRID})`] : []),
    ...columns.map((c) => `${id(c.name)} ${c.type}`),
  ];
  await client.query(`CREATE TABLE ${table} (${defs.join(', ')})`);
  const names = ['fid', ...(spec.geometry ? ['feature_id', 'geom'] : []), ...columns.map((c) => c.name)];
  const lines = function* () {
    let fid = 0;
    for (const row of spec.rows) {
      fid++;
      const values: (string | null)[] = [String(fid)];
      if (spec.geometry) values.push(row.id, row.geometry ? ewkbHex(writer, row.geometry) : null);
      for (const c of columns) values.push(cell(row.properties[c.source], c.type));
      yield `${values.map(copyText).join('\t')}\n`;
    }
  };
  const rows = await copyRows(client, `COPY ${table} (${names.map(id).join(', ')}) FROM STDIN`, lines());
  if (spec.geometry) await client.query(`CREATE INDEX ${id(`${spec.name}_geom_gist${STAGING}`)} ON ${table} USING gist (geom)`);
  await client.query(`COMMENT ON TABLE ${table} IS ${client.escapeLiteral(spec.commentZh)}`);
  await client.query(`COMMENT ON COLUMN ${table}.fid IS '序号'`);
  if (spec.geometry) {
    await client.query(`COMMENT ON COLUMN ${table}.feature_id IS ${client.escapeLiteral(TITLE_ZH.feature_id!)}`);
    await client.query(`COMMENT ON COLUMN ${table}.geom IS '几何（CGCS2000，EPSG:4490）'`);
  }
  for (const c of columns)
    if (c.commentZh) await client.query(`COMMENT ON COLUMN ${table}.${id(c.name)} IS ${client.escapeLiteral(c.commentZh)}`);
  return rows;
}

/**
 * Creates the schema only when it is missing: a schema a DBA made for the publisher (owned by it, or with CREATE
 * granted) must serve a role without CREATE on the database, which even `CREATE SCHEMA IF NOT EXISTS` needs.
 */
async function ensureSchema(client: pg.Client, schema: string): Promise<void> {
  const found = await client.query<{ can_create: boolean; user: string; database: string; exists: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists,
            has_database_privilege(current_database(), 'CREATE') AS can_create, current_user AS user, current_database() AS database`,
    [schema],
  );
  const row = found.rows[0]!;
  if (row.exists) return;
  if (!row.can_create)
    throw new PgConnectionError('no-permission', say('db.publishBlueprint.noSchema', { schema, user: row.user, database: row.database }));
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${client.escapeIdentifier(schema)}`);
}

/** Locks every table in ACCESS EXCLUSIVE mode at once or not at all, retrying while readers hold one (up to `waitMs`). */
async function lockWithoutWaiting(client: pg.Client, tables: string[], waitMs: number, signal: AbortSignal | undefined): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    signal?.throwIfAborted();
    await client.query('SAVEPOINT lantu_lock');
    try {
      await client.query(`LOCK TABLE ${tables.join(', ')} IN ACCESS EXCLUSIVE MODE NOWAIT`);
      await client.query('RELEASE SAVEPOINT lantu_lock');
      return;
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT lantu_lock');
      // 55P03 lock_not_available: a reader holds one of them right now.
      if ((error as { code?: string }).code !== '55P03' || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Publishes in one transaction; on any error the transaction is rolled back and the error rethrown. */
export async function publishBlueprint(client: pg.Client, input: PublishInput, options: PublishOptions = {}): Promise<PublishResult> {
  const { lockWaitMs = 60_000, signal } = options;
  const id = (name: string) => client.escapeIdentifier(name);
  const manifest = json(input.files.get('manifest.json')) as { created: string; status?: string; sources?: PublishedSource[] };
  const sources = (manifest.sources ?? []).map(({ planId, kind, title, department, version }) => ({
    planId,
    kind,
    title,
    department,
    version,
  }));
  const meta = `${id(input.schema)}.${id(METADATA_TABLE)}`;
  await client.query('BEGIN');
  const canceller = cancelOnAbort(signal, [client]);
  try {
    await ensureSchema(client, input.schema);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${meta} (version integer PRIMARY KEY, package_sha256 text NOT NULL, created timestamptz NOT NULL,` +
        ` published_at timestamptz NOT NULL DEFAULT now(), status text, tool_version text NOT NULL, tables text[] NOT NULL)`,
    );
    // A schema published by an earlier version has no sources column yet.
    await client.query(`ALTER TABLE ${meta} ADD COLUMN IF NOT EXISTS sources jsonb`);
    await client.query(`COMMENT ON TABLE ${meta} IS '蓝图发布记录：每次发布一行（版本号、成果包哈希、生成时间、来源规划）'`);
    await client.query(`COMMENT ON COLUMN ${meta}.sources IS '来源规划（编号、类型、名称、编制部门、版本）'`);
    // One publisher at a time; readers (ACCESS SHARE) are not blocked by this lock.
    await client.query(`LOCK TABLE ${meta} IN EXCLUSIVE MODE`);
    const last = await client.query<{ version: number; package_sha256: string; tables: string[] }>(
      `SELECT version, package_sha256, tables FROM ${meta} ORDER BY version DESC LIMIT 1`,
    );
    const previous = last.rows[0];
    if (previous && previous.package_sha256 === input.packageSha256) {
      await canceller.settle();
      await client.query('ROLLBACK');
      return { version: previous.version, unchanged: true, tables: [] };
    }
    const specs = featureTables(input.files);
    // The new tables are written under staging names first, holding no lock a reader waits on; then the old
    // tables are locked all at once WITHOUT waiting (a reader mid-statement makes us retry, never deadlock: the
    // reader takes its table locks in its own order), dropped, and the staging tables renamed into place.
    const writer = new WkbWriter();
    const tables: { name: string; rows: number }[] = [];
    for (const spec of specs) {
      signal?.throwIfAborted();
      tables.push({ name: spec.name, rows: await writeTable(client, input.schema, spec, writer) });
    }
    const existing = await client.query<{ name: string }>(
      'SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = ANY($2)',
      [input.schema, [...new Set([...(previous?.tables ?? []), ...specs.map((s) => s.name)])]],
    );
    const old = existing.rows.map((r) => `${id(input.schema)}.${id(r.name)}`).sort();
    if (old.length > 0) await lockWithoutWaiting(client, old, lockWaitMs, signal);
    // What readers were granted on the old tables, read under the lock and granted again on the new ones below.
    const grants = await readTableGrants(
      client,
      input.schema,
      existing.rows.map((r) => r.name).filter((name) => specs.some((s) => s.name === name)),
    );
    for (const table of old) await client.query(`DROP TABLE ${table}`);
    for (const spec of specs) {
      const staged = `${id(input.schema)}.${id(spec.name + STAGING)}`;
      await client.query(`ALTER TABLE ${staged} RENAME CONSTRAINT ${id(`${spec.name}${STAGING}_pkey`)} TO ${id(`${spec.name}_pkey`)}`);
      if (spec.geometry)
        await client.query(
          `ALTER INDEX ${id(input.schema)}.${id(`${spec.name}_geom_gist${STAGING}`)} RENAME TO ${id(`${spec.name}_geom_gist`)}`,
        );
      await client.query(`ALTER TABLE ${staged} RENAME TO ${id(spec.name)}`);
    }
    await grantAgain(client, input.schema, grants);
    const version = (previous?.version ?? 0) + 1;
    await client.query(
      `INSERT INTO ${meta} (version, package_sha256, created, status, tool_version, tables, sources) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        version,
        input.packageSha256,
        manifest.created,
        manifest.status ?? null,
        input.toolVersion,
        specs.map((s) => s.name),
        JSON.stringify(sources),
      ],
    );
    signal?.throwIfAborted();
    await client.query('COMMIT');
    // Committed: the new version is published, so an interrupt from here on only skips the statistics.
    await canceller.settle();
    if (!signal?.aborted) for (const spec of specs) await client.query(`ANALYZE ${id(input.schema)}.${id(spec.name)}`);
    return { version, unchanged: false, tables };
  } catch (error) {
    // No cancel may be left to hit the ROLLBACK.
    await canceller.settle();
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

export interface PublishedVersion {
  version: number;
  packageSha256: string;
  created: string;
  publishedAt: string;
  status: string | null;
}

/** The latest publication in `schema`, or null when nothing was published there. */
export async function readPublishedVersion(client: pg.Client, schema: string): Promise<PublishedVersion | null> {
  const exists = await client.query('SELECT to_regclass($1) AS t', [`${client.escapeIdentifier(schema)}.${METADATA_TABLE}`]);
  if (exists.rows[0]?.t === null) return null;
  const r = await client.query<{ version: number; package_sha256: string; created: Date; published_at: Date; status: string | null }>(
    `SELECT version, package_sha256, created, published_at, status FROM ${client.escapeIdentifier(schema)}.${METADATA_TABLE} ORDER BY version DESC LIMIT 1`,
  );
  const row = r.rows[0];
  if (!row) return null;
  return {
    version: row.version,
    packageSha256: row.package_sha256,
    created: row.created.toISOString(),
    publishedAt: row.published_at.toISOString(),
    status: row.status,
  };
}

// Node. The desktop's 数据源 (data sources), held by main: named PostgreSQL connections (the string has no password;
// a password given in the dialog is kept only encrypted through the SecretBox port, Electron's safeStorage, and
// never written when encryption is unavailable; editing a source keeps its sealed password), and the only database operations the renderer may ask for:
// list layers, read a layer (GeoJSON bytes for the import pipeline), the published blueprint's version. Never SQL
// from the renderer: every request is validated here and every identifier escaped.
import { readFile } from 'node:fs/promises';
import type pg from 'pg';
import { atomicWriteFile } from '../atomicWriteFile.ts';
import { describePgError } from './describePgError.ts';
import { openPgClient } from './openPgClient.ts';
import { parsePgConnectionString } from './parsePgConnectionString.ts';
import { PgConnectionError } from './PgConnectionError.ts';
import { readPublishedVersion, type PublishedVersion } from './publishBlueprint.ts';
import { listPostgisLayers, readPostgisLayer, type PostgisLayer } from './readPostgisLayer.ts';
import { resolvePgConnection } from './resolvePgConnection.ts';
import type { Bilingual } from '../../../engine/i18n/index.ts';
import { say } from '../../i18n/index.ts';

/** Electron safeStorage behind a port (the one fake in the tests). */
export interface SecretBox {
  available(): boolean;
  encrypt(text: string): Uint8Array;
  decrypt(bytes: Uint8Array): string;
}

export interface DataSource {
  id: string;
  name: string;
  connection: string;
  /** Schema `lantu publish` writes to (for the published version). */
  schema: string;
  hasPassword: boolean;
}

interface StoredSource extends Omit<DataSource, 'hasPassword'> {
  /** base64 of the SecretBox's ciphertext. */
  encryptedPassword?: string;
}

export type DataSourceResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export interface DataSourceDeps {
  storePath: string;
  journalDir: string;
  secrets: SecretBox;
  /** Environment for PG* variables and ~/.pgpass (main's). */
  env: Readonly<Record<string, string | undefined>>;
  language(): 'zh' | 'en';
  newId(): string;
}

export interface DataSourceHandlers {
  list(): Promise<DataSourceResult<DataSource[]>>;
  add(request: unknown): Promise<DataSourceResult<DataSource>>;
  remove(request: unknown): Promise<DataSourceResult<null>>;
  listLayers(request: unknown): Promise<DataSourceResult<PostgisLayer[]>>;
  readLayer(request: unknown): Promise<DataSourceResult<{ file: string; bytes: Uint8Array; rows: number }>>;
  publishedVersion(request: unknown): Promise<DataSourceResult<PublishedVersion | null>>;
}

const MAX_TEXT = 2000;
const MAX_LAYER_ROWS = 2_000_000;

class BadRequest extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(message: Bilingual) {
    super(message.en);
    this.zh = message.zh;
    this.en = message.en;
  }
}

function field(request: unknown, name: string, optional = false): string | undefined {
  const value = (request as Record<string, unknown> | null)?.[name];
  if (value === undefined && optional) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TEXT)
    throw new BadRequest(say('db.createDataSourceHandlers.field', { name }));
  return value;
}

function onlyFields(request: unknown, allowed: readonly string[]): void {
  if (typeof request !== 'object' || request === null || Array.isArray(request))
    throw new BadRequest(say('db.createDataSourceHandlers.onlyFields'));
  for (const key of Object.keys(request))
    if (!allowed.includes(key)) throw new BadRequest(say('db.createDataSourceHandlers.onlyFields-2', { key }));
}

export function createDataSourceHandlers(deps: DataSourceDeps): DataSourceHandlers {
  const pick = (m: { zh: string; en: string }) => (deps.language() === 'en' ? m.en : m.zh);

  async function load(): Promise<StoredSource[]> {
    try {
      const parsed = JSON.parse(await readFile(deps.storePath, 'utf8')) as { sources?: StoredSource[] };
      return Array.isArray(parsed.sources) ? parsed.sources : [];
    } catch {
      return [];
    }
  }
  const save = (sources: StoredSource[]) =>
    atomicWriteFile(deps.storePath, new TextEncoder().encode(`${JSON.stringify({ sources }, null, 1)}\n`), { journalDir: deps.journalDir });
  const publicOf = (s: StoredSource): DataSource => ({
    id: s.id,
    name: s.name,
    connection: s.connection,
    schema: s.schema,
    hasPassword: s.encryptedPassword !== undefined,
  });

  async function run<T>(act: () => Promise<T>): Promise<DataSourceResult<T>> {
    try {
      return { ok: true, value: await act() };
    } catch (error) {
      if (error instanceof BadRequest) return { ok: false, code: 'invalid-request', message: pick(error) };
      if (error instanceof PgConnectionError) return { ok: false, code: error.code, message: pick(error) };
      throw error;
    }
  }

  async function sourceOf(request: unknown): Promise<StoredSource> {
    const id = field(request, 'id')!;
    const found = (await load()).find((s) => s.id === id);
    if (!found) throw new BadRequest(say('db.createDataSourceHandlers.sourceOf', { id }));
    return found;
  }

  async function withClient<T>(source: StoredSource, act: (client: pg.Client) => Promise<T>): Promise<T> {
    const resolved = await resolvePgConnection(source.connection, { env: deps.env });
    // A saved password is the one the user gave for this source: it goes before PGPASSWORD and .pgpass.
    if (source.encryptedPassword !== undefined) {
      const password = deps.secrets.decrypt(Buffer.from(source.encryptedPassword, 'base64'));
      resolved.config = { ...resolved.config, password };
      if (resolved.fallback) resolved.fallback = { ...resolved.fallback, password };
    }
    const client = await openPgClient(resolved, { requirePostgis: true });
    try {
      return await act(client);
    } catch (error) {
      throw describePgError(error, resolved.label);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  return {
    list: () => run(async () => (await load()).map(publicOf)),
    add: (request) =>
      run(async () => {
        onlyFields(request, ['name', 'connection', 'schema', 'password', 'replaces', 'clearPassword']);
        const name = field(request, 'name')!;
        const connection = field(request, 'connection')!;
        const schema = field(request, 'schema', true) ?? 'lantu';
        const password = field(request, 'password', true);
        const clearPassword = (request as { clearPassword?: unknown }).clearPassword;
        if (clearPassword !== undefined && clearPassword !== true)
          throw new BadRequest(say('db.createDataSourceHandlers.createDataSourceHandlers_add'));
        if (clearPassword && password !== undefined)
          throw new BadRequest(say('db.createDataSourceHandlers.createDataSourceHandlers_add-2'));
        if (parsePgConnectionString(connection).password !== undefined) await resolvePgConnection(connection, { env: {} }); // throws the password-in-string refusal
        // Editing (`replaces`) keeps the source's id, place in the list and sealed password unless a new one is
        // typed or it is cleared: the clerk does not retype a password to rename a connection.
        const replaced =
          (request as { replaces?: unknown }).replaces !== undefined ? await sourceOf({ id: field(request, 'replaces') }) : undefined;
        const source: StoredSource = { id: replaced?.id ?? deps.newId(), name, connection, schema };
        if (replaced?.encryptedPassword !== undefined && password === undefined && !clearPassword)
          source.encryptedPassword = replaced.encryptedPassword;
        if (password !== undefined) {
          if (!deps.secrets.available()) throw new BadRequest(say('db.createDataSourceHandlers.createDataSourceHandlers_add-3'));
          source.encryptedPassword = Buffer.from(deps.secrets.encrypt(password)).toString('base64');
        }
        const before = await load();
        await save(replaced ? before.map((s) => (s.id === replaced.id ? source : s)) : [...before, source]);
        return publicOf(source);
      }),
    remove: (request) =>
      run(async () => {
        onlyFields(request, ['id']);
        const id = field(request, 'id')!;
        await save((await load()).filter((s) => s.id !== id));
        return null;
      }),
    listLayers: (request) =>
      run(async () => {
        onlyFields(request, ['id']);
        return withClient(await sourceOf(request), (client) => listPostgisLayers(client));
      }),
    readLayer: (request) =>
      run(async () => {
        onlyFields(request, ['id', 'layer']);
        const layer = field(request, 'layer')!;
        return withClient(await sourceOf(request), (client) => readPostgisLayer(client, layer, MAX_LAYER_ROWS));
      }),
    publishedVersion: (request) =>
      run(async () => {
        onlyFields(request, ['id']);
        const source = await sourceOf(request);
        return withClient(source, (client) => readPublishedVersion(client, source.schema));
      }),
  };
}

// The 数据源 page (desktop only): named PostgreSQL connections main holds, a connection test, the layers of a source,
// reading one into the import dialog as a department's plan, and the published blueprint against the package this
// workspace last exported (by SHA-256). Never SQL: every call is a validated IPC request. The browser build says it needs the desktop app.
import { Alert, Button, Checkbox, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AddDataSourceRequest, DataSourceLayer, DataSourceView, PublishedBlueprintVersion } from '../../../engine/ipc/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import type { DataSourcesPort, PickedFile } from '../../services/platform/types.ts';
import { comparePublishedPackage, type PackageRelation } from '../../services/datasource/comparePublishedPackage.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { LazyImportDialog } from '../LazyImportDialog.tsx';

/** The bottom dock is short on a 1366×768 laptop: the page scrolls inside it. */
const PAGE_STYLE = { height: '100%', overflow: 'auto', padding: '4px 8px' } as const;

const SSL_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;

const RELATION_TEXT: Record<PackageRelation, MessageKey> = {
  same: 'dsPkgSame',
  changed: 'dsPkgChanged',
  different: 'dsPkgDifferent',
  none: 'dsPkgNone',
};

interface ConnectionForm {
  name: string;
  host?: string;
  port?: number;
  dbname?: string;
  user?: string;
  sslmode: (typeof SSL_MODES)[number];
  service?: string;
  schema?: string;
  password?: string;
  clearPassword?: boolean;
}

/** libpq key=value string (no password: main refuses one); values quoted when they hold spaces or quotes. */
function connectionString(form: ConnectionForm): string {
  const quote = (v: string) => (/^[^\s'\\]+$/.test(v) ? v : `'${v.replace(/[\\']/g, (c) => `\\${c}`)}'`);
  const pairs: Array<[string, string | number | undefined]> = [
    ['service', form.service],
    ['host', form.host],
    ['port', form.port],
    ['dbname', form.dbname],
    ['user', form.user],
    ['sslmode', form.sslmode],
  ];
  return pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${quote(String(v))}`)
    .join(' ');
}

function formOf(source: DataSourceView): ConnectionForm {
  const values: Record<string, string> = {};
  for (const m of source.connection.matchAll(/(\w+)=('(?:[^'\\]|\\.)*'|\S+)/g))
    values[m[1]!] = m[2]!.startsWith("'") ? m[2]!.slice(1, -1).replace(/\\(.)/g, '$1') : m[2]!;
  const sslmode = SSL_MODES.find((mode) => mode === values.sslmode) ?? 'require';
  return {
    name: source.name,
    host: values.host,
    port: values.port ? Number(values.port) : undefined,
    dbname: values.dbname,
    user: values.user,
    sslmode,
    service: values.service,
    schema: source.schema,
  };
}

export function DataSourcePage({ sources: given }: { sources?: DataSourcesPort | null }) {
  const t = useT();
  const sources = useMemo(() => (given === undefined ? createPlatform().dataSources : (given ?? undefined)), [given]);
  if (!sources)
    return (
      <div className="datasource-page" data-testid="datasource-page" style={PAGE_STYLE}>
        <Alert type="info" showIcon data-testid="datasource-needs-desktop" message={t('dsNeedsDesktop')} />
      </div>
    );
  return <DataSources sources={sources} />;
}

function DataSources({ sources }: { sources: DataSourcesPort }) {
  const t = useT();
  const lastCommandId = useEditor((s) => s.past[s.past.length - 1]?.meta.id ?? null);
  const lastExport = useEditor((s) => s.lastExport);
  const [list, setList] = useState<DataSourceView[]>([]);
  const [selected, setSelected] = useState<string | undefined>();
  const [editing, setEditing] = useState<DataSourceView | 'new' | null>(null);
  const [layers, setLayers] = useState<DataSourceLayer[] | null>(null);
  const [rows, setRows] = useState<Record<string, number>>({});
  const [published, setPublished] = useState<PublishedBlueprintVersion | null | undefined>(undefined);
  // A success is kept as its figures, not its words, so it follows a change of language.
  const [message, setMessage] = useState<{ type: 'success'; layers: number } | { type: 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [importFiles, setImportFiles] = useState<PickedFile[] | null>(null);
  const [form] = Form.useForm<ConnectionForm>();

  const attempt = useCallback(async (act: () => Promise<void>) => {
    setBusy(true);
    try {
      await act();
    } catch (error) {
      setMessage({ type: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }, []);
  const reload = useCallback(() => attempt(async () => setList(await sources.list())), [attempt, sources]);
  useEffect(() => void reload(), [reload]);

  const select = (id: string) => {
    setSelected(id);
    setLayers(null);
    setPublished(undefined);
    setMessage(null);
  };
  const test = (id: string) =>
    attempt(async () => {
      select(id);
      const found = await sources.listLayers(id);
      setLayers(found);
      setMessage({ type: 'success', layers: found.length });
      setPublished(await sources.publishedVersion(id));
    });
  const save = (values: ConnectionForm) =>
    attempt(async () => {
      const replaces = editing !== 'new' && editing ? editing.id : undefined;
      const request: AddDataSourceRequest = {
        name: values.name,
        connection: connectionString(values),
        ...(values.schema ? { schema: values.schema } : {}),
        ...(values.password ? { password: values.password } : {}),
        // Editing keeps the sealed password in main unless a new one is typed or the clerk clears it.
        ...(replaces ? { replaces } : {}),
        ...(replaces && values.clearPassword && !values.password ? { clearPassword: true as const } : {}),
      };
      const added = await sources.add(request);
      setEditing(null);
      setList(await sources.list());
      select(added.id);
    });
  const read = (layer: DataSourceLayer) =>
    attempt(async () => {
      if (!selected) return;
      const name = `${layer.schema}.${layer.table}`;
      const { file, rows: count } = await sources.readLayer(selected, name);
      setRows((r) => ({ ...r, [name]: count }));
      setImportFiles([file]);
    });

  const relation = published ? comparePublishedPackage(published.packageSha256, lastExport, lastCommandId) : undefined;
  return (
    <div className="datasource-page" data-testid="datasource-page" style={PAGE_STYLE}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Button
          type="primary"
          data-testid="datasource-add"
          onClick={() => {
            form.resetFields();
            form.setFieldsValue({ sslmode: 'require', schema: 'lantu' });
            setEditing('new');
          }}
        >
          {t('dsAdd')}
        </Button>
        {list.length === 0 && <span>{t('dsNone')}</span>}
        {message && (
          <Alert
            type={message.type}
            showIcon
            banner
            message={message.type === 'success' ? t('dsTestOk').replace('{n}', String(message.layers)) : message.text}
            data-testid="datasource-message"
            style={{ padding: '0 8px' }}
          />
        )}
      </Space>
      {editing && (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => void save(v)}
          data-testid="datasource-form"
          style={{ marginBottom: 8, rowGap: 8 }}
        >
          <Form.Item name="name" label={t('dsName')} rules={[{ required: true }]}>
            <Input style={{ width: 140 }} data-testid="datasource-name" />
          </Form.Item>
          <Form.Item name="host" label={t('dsHost')}>
            <Input style={{ width: 140 }} data-testid="datasource-host" />
          </Form.Item>
          <Form.Item name="port" label={t('dsPort')}>
            <InputNumber min={1} max={65535} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="dbname" label={t('dsDatabase')}>
            <Input style={{ width: 110 }} data-testid="datasource-db" />
          </Form.Item>
          <Form.Item name="user" label={t('dsUser')}>
            <Input style={{ width: 110 }} data-testid="datasource-user" />
          </Form.Item>
          <Form.Item name="sslmode" label={t('dsSslmode')}>
            <Select style={{ width: 120 }} options={SSL_MODES.map((m) => ({ value: m, label: m }))} />
          </Form.Item>
          <Form.Item name="service" label={t('dsService')}>
            <Input style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="schema" label={t('dsSchema')}>
            <Input style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="password" label={t('dsPassword')}>
            <Input.Password
              style={{ width: 180 }}
              autoComplete="new-password"
              data-testid="datasource-password"
              placeholder={editing !== 'new' && editing.hasPassword ? t('dsPasswordKeep') : undefined}
            />
          </Form.Item>
          {editing !== 'new' && editing.hasPassword && (
            <Form.Item name="clearPassword" valuePropName="checked">
              <Checkbox data-testid="datasource-clear-password">{t('dsPasswordClear')}</Checkbox>
            </Form.Item>
          )}
          <Space>
            <Button htmlType="submit" type="primary" loading={busy} data-testid="datasource-save">
              {t('dsSave')}
            </Button>
            <Button onClick={() => setEditing(null)}>{t('printClose')}</Button>
          </Space>
        </Form>
      )}
      <Table<DataSourceView>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list}
        data-testid="datasource-list"
        rowClassName={(s) => (s.id === selected ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('dsName'), dataIndex: 'name' },
          {
            title: 'libpq',
            dataIndex: 'connection',
            render: (c: string, s) => (
              <span>
                <code>{c}</code> {s.hasPassword && <em>（{t('dsPasswordSaved')}）</em>}
              </span>
            ),
          },
          { title: t('dsSchema'), dataIndex: 'schema', width: 100 },
          {
            title: '',
            width: 260,
            render: (_: unknown, s) => (
              <Space size="small">
                <Button
                  size="small"
                  loading={busy && selected === s.id}
                  onClick={() => void test(s.id)}
                  data-testid={`datasource-test-${s.id}`}
                >
                  {t('dsTest')}
                </Button>
                <Button
                  size="small"
                  data-testid={`datasource-edit-${s.id}`}
                  onClick={() => {
                    form.resetFields();
                    form.setFieldsValue(formOf(s));
                    setEditing(s);
                  }}
                >
                  {t('dsEdit')}
                </Button>
                <Button
                  size="small"
                  danger
                  onClick={() => void attempt(async () => (await sources.remove(s.id), setList(await sources.list())))}
                >
                  {t('dsRemove')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {/* The comparison first: in the short dock it stays in view above a long layer list. */}
      {published !== undefined && (
        <div className="datasource-published" data-testid="datasource-published" style={{ marginTop: 8 }}>
          <strong>{t('dsPublished')}：</strong>
          {published === null ? (
            t('dsNothingPublished')
          ) : (
            <>
              {t('dsVersion')} {published.version} · {t('dsHash')} <code>{published.packageSha256.slice(0, 16)}</code> · {t('dsCreated')}{' '}
              {published.created} · {t('dsPublishedAt')} {published.publishedAt}
              <div data-testid="datasource-relation" data-relation={relation}>
                {t(RELATION_TEXT[relation!])}
                {relation === 'different' && lastExport && (
                  <>
                    {' '}
                    {t('dsPkgLastExport')} <code>{lastExport.packageSha256.slice(0, 16)}</code> · {lastExport.created}
                  </>
                )}
              </div>
            </>
          )}
        </div>
      )}
      {layers && (
        <Table<DataSourceLayer>
          size="small"
          style={{ marginTop: 8 }}
          rowKey={(l) => `${l.schema}.${l.table}`}
          pagination={false}
          dataSource={layers}
          data-testid="datasource-layers"
          title={() => t('dsLayers')}
          columns={[
            { title: t('dsLayer'), render: (_: unknown, l) => `${l.schema}.${l.table}` },
            { title: t('dsGeometry'), dataIndex: 'geometryType', width: 140 },
            { title: 'SRID', dataIndex: 'srid', width: 80 },
            { title: t('dsRows'), width: 90, render: (_: unknown, l) => rows[`${l.schema}.${l.table}`] ?? '—' },
            {
              title: '',
              width: 170,
              render: (_: unknown, l) => (
                <Button size="small" onClick={() => void read(l)} data-testid={`datasource-read-${l.schema}.${l.table}`}>
                  {t('dsRead')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {importFiles && <LazyImportDialog initialFiles={importFiles} onClose={() => setImportFiles(null)} />}
    </div>
  );
}

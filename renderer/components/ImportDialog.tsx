// The import dialog: choose files, kind and layer (encoding, CRS and classification when needed), see the
// report before anything is written — source, encoding, CRS, the field-mapping step, counts, issues and a
// preview (in the dialog, and on the map itself while the dialog steps aside) — then confirm (one
// `importPlan` command, or remove + import as one batch for a new version of a plan already in the
// workspace) or cancel (nothing changes). Files dropped on the window or handed over by the desktop arrive
// already chosen. The engine prepares the import; this only shows it.
import '../styles/importDialog.css';
import { useEffect, useMemo, useState } from 'react';
import type { ImportProgress, ImportReport } from '../../engine/import/index.ts';
import type { FieldMappingOverrides } from '../../engine/import/index.ts';
import type { ImportSource } from '../../engine/import/index.ts';
import type { TextEncodingName } from '../../engine/import/index.ts';
import { JIYUAN_TERRITORY } from '../../engine/import/index.ts';
import { diffPlanVersions } from '../../engine/merge/index.ts';
import { mergePlanVersions, type MergeConflict } from '../../engine/merge/index.ts';
import { resolveMergeConflicts, type MergeChoice } from '../../engine/merge/index.ts';
import { fieldsOfLayer } from '../../engine/model/index.ts';
import { KIND_DEPARTMENT_ZH, layersOfKind, PLAN_KINDS } from '../../engine/model/index.ts';
import type { Classification, LayerCode, PlanId, PlanKind } from '../../engine/model/index.ts';
import { useEditor, useEditorStore } from '../app/StoreContext.tsx';
import { useChecks } from '../app/ChecksContext.tsx';
import { planDocumentOf } from '../store/applyCommand.ts';
import { createPlatform } from '../services/platform/createPlatform.ts';
import type { PickedFile } from '../services/platform/types.ts';
import { ImportCancelled, runImportInWorker, type ImportRun } from '../services/import/runImportInWorker.ts';
import { sourceFromPickedFiles } from '../services/import/sourceFromPickedFiles.ts';
import { loadRememberedMapping, rememberMapping } from '../services/import/rememberedMappings.ts';
import { ancestorOfPlan } from '../services/import/ancestorOfPlan.ts';
import { duplicateInWorkspace, nextVersionLabel, versionLabelsOf } from '../services/import/duplicateInWorkspace.ts';
import { errorText } from '../i18n/describeError.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportVersionDiff } from './ImportVersionDiff.tsx';

const PHASE_ZH: Record<ImportProgress['phase'], string> = { read: '正在读取…', check: '正在检查几何…', reproject: '正在转换坐标…', map: '正在映射字段…', validate: '正在校验…' };
const PHASE_EN: Record<ImportProgress['phase'], string> = { read: 'Reading…', check: 'Checking geometry…', reproject: 'Reprojecting…', map: 'Mapping fields…', validate: 'Validating…' };
const KIND_NAMES: Record<PlanKind, [string, string]> = { land: ['国土空间', 'Land'], ecology: ['生态', 'Ecology'], industry: ['产业', 'Industry'], transport: ['交通', 'Transport'] };

export function ImportDialog({ onClose, initialFiles = [] }: { onClose: () => void; initialFiles?: readonly PickedFile[] }) {
  const store = useEditorStore();
  const checks = useChecks();
  const zh = useEditor((s) => s.language) === 'zh';
  const L = (z: string, e: string) => (zh ? z : e);
  const workspace = useEditor((s) => s.workspace);
  const past = useEditor((s) => s.past);
  const [choices, setChoices] = useState<MergeChoice[]>([]);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [kind, setKind] = useState<PlanKind>('land');
  const [layer, setLayer] = useState<LayerCode | ''>('');
  const [encoding, setEncoding] = useState<TextEncodingName | ''>('');
  const [crs, setCrs] = useState('');
  const [classification, setClassification] = useState<Classification>('ydyh2023');
  const [department, setDepartment] = useState(KIND_DEPARTMENT_ZH.land);
  // The version label typed by the user; until then the next label of the target plan is proposed.
  const [versionInput, setVersion] = useState<string | null>(null);
  const [mapping, setMapping] = useState<FieldMappingOverrides | undefined>(undefined);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [acceptQuality, setAcceptQuality] = useState(false);
  const [running, setRunning] = useState<ImportRun | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [stopped, setStopped] = useState(false);
  // The dialog steps aside so the planner sees the preview on the map itself, over every other layer.
  const [onMap, setOnMap] = useState(false);
  const setImportPreview = useEditor((s) => s.setImportPreview);
  useEffect(() => setImportPreview(report?.document?.features ?? null), [report, setImportPreview]);
  useEffect(() => () => setImportPreview(null), [setImportPreview]);
  // Which plan this file is a version of: chosen by the user, else the plan of the same kind and department.
  const [target, setTarget] = useState<PlanId | 'new' | ''>('');
  const sameDepartment = [...workspace.plans.values()].find((p) => p.meta.kind === kind && p.meta.department === department);
  const planId = (target === 'new' ? `${kind}-${department}` : target || (sameDepartment?.meta.id ?? `${kind}-${department}`)) as PlanId;
  const effectiveMapping = mapping ?? loadRememberedMapping(kind, department);
  const version = versionInput ?? (workspace.plans.has(planId) ? nextVersionLabel(versionLabelsOf(workspace, past, planId)) : 'v1');

  async function pick() {
    setPickError(null);
    await choose(await createPlatform().pickPlanFiles());
  }

  async function choose(files: readonly PickedFile[]) {
    if (files.length === 0) return;
    // A file that cannot be read (moved, deleted, no permission) is told like any other refusal, not dropped.
    const picked = await sourceFromPickedFiles(files).catch((error: unknown) => ({ ok: false as const, reason: { zh: errorText(error, 'zh', 'import'), en: errorText(error, 'en', 'import') } }));
    if (!picked.ok) {
      setPickError(zh ? picked.reason.zh : picked.reason.en);
      return;
    }
    setSource(picked.source);
    setMapping(undefined);
    setAcceptQuality(false);
    setChoices([]);
  }

  // Dropped or handed-over files: chosen once, when the dialog opens with them.
  useEffect(() => {
    if (initialFiles.length > 0) void choose(initialFiles);
  }, []);

  useEffect(() => {
    if (!source) return;
    const existing = workspace.plans.get(planId);
    // The worker gets plain data: no functions, and the territory and plan info as values.
    const run = runImportInWorker(source, {
      kind,
      ...(layer ? { layer } : {}),
      ...(encoding ? { encoding } : {}),
      ...(crs.trim() ? { crs: crs.trim() } : {}),
      ...(classification === 'sandiao' ? { classification } : {}),
      ...(effectiveMapping ? { mapping: effectiveMapping } : {}),
      territory: JIYUAN_TERRITORY,
      plan: { id: planId, title: existing?.meta.title ?? source.file.replace(/\.[^.]+$/, ''), department: existing?.meta.department ?? department, version, period: existing?.meta.period ?? { start: 2021, end: 2035 } },
    }, (p) => setProgress(p));
    let live = true;
    setRunning(run);
    setStopped(false);
    setReport(null);
    run.result.then(
      (r) => {
        if (!live) return;
        setReport(r);
        setRunning(null);
      },
      (error: unknown) => {
        if (!live) return;
        setRunning(null);
        if (error instanceof ImportCancelled) setStopped(true);
        else setPickError(errorText(error, zh ? 'zh' : 'en', 'import'));
      },
    );
    // A changed option supersedes the run in flight: stop it quietly.
    return () => {
      live = false;
      run.cancel();
    };
  }, [source, kind, layer, encoding, crs, classification, mapping, department, version, planId, workspace]);

  const existing = workspace.plans.get(planId);
  // A new version of a plan already in the workspace: what changed since the version last imported, and a
  // three-way merge with the planner's local edits (ancestor = that version, ours = now, theirs = the file).
  const versions = useMemo(() => {
    if (!existing || !report?.document) return null;
    const ours = planDocumentOf(existing);
    const ancestor = ancestorOfPlan(workspace, past, planId) ?? ours;
    return { diff: diffPlanVersions(ancestor, report.document), merge: mergePlanVersions(ancestor, ours, report.document) };
  }, [existing, report, workspace, past, planId]);
  const diff = versions?.diff ?? null;
  const conflicts = versions?.merge.conflicts ?? [];
  const mappedLayer = report ? (Object.keys(report.mappings)[0] as LayerCode | undefined) : undefined;
  const m = mappedLayer ? report!.mappings[mappedLayer]! : undefined;
  const columns = m ? [...Object.keys(m.columns), ...m.unmappedColumns] : [];
  const hasFatal = report?.issues.some((i) => i.severity === 'fatal') ?? false;
  const hasQuality = report?.issues.some((i) => i.severity === 'quality') ?? false;
  // The same plan a second time (another department or plan, the same features) would overlap itself everywhere;
  // a new version that changes nothing, or reuses a label the plan already has, is refused the same way.
  const duplicate = useMemo(() => (report?.document && source ? duplicateInWorkspace(workspace, report.document, source.file, past) : null), [report, workspace, source, past]);
  const canConfirm = Boolean(report?.document) && !hasFatal && (!hasQuality || acceptQuality) && duplicate === null;

  function changeMapping(column: string, target: string) {
    if (!m) return;
    const next: Record<string, string | null> = {};
    for (const c of columns) next[c] = m.columns[c] ?? null;
    next[column] = target === '' ? null : target;
    setMapping(next);
  }

  function confirm() {
    const doc = report?.document;
    if (!doc || !canConfirm) return;
    if (mapping) rememberMapping(kind, department, mapping);
    const s = store.getState();
    const old = s.workspace.plans.get(doc.plan.id);
    if (old && versions) {
      const index = s.workspace.planOrder.indexOf(doc.plan.id);
      const merged = resolveMergeConflicts(versions.merge, conflicts.map((_c, i) => choices[i] ?? 'ours'));
      s.execute({ kind: 'batch', label: L(`导入 ${doc.plan.title} ${doc.plan.version}`, `import ${doc.plan.title} ${doc.plan.version}`), commands: [{ kind: 'removePlan', plan: planDocumentOf(old), index }, { kind: 'importPlan', plan: merged, index }] });
    } else {
      s.execute({ kind: 'importPlan', plan: doc, index: s.workspace.planOrder.length });
    }
    // Conflicts found before the import are out of date now: check again (in the rules worker).
    if (store.getState().checked) void checks.runAll();
    onClose();
  }

  if (onMap && report?.document) {
    return (
      <div className="import-onmap-bar" role="status" data-testid="import-onmap-bar">
        {L(`导入预览：${report.document.features.length} 个要素以青色虚线显示在地图上（尚未导入）`, `Import preview: ${report.document.features.length} features drawn in dashed cyan on the map (not imported yet)`)}
        <button className="primary" data-testid="import-back" onClick={() => setOnMap(false)}>{L('返回导入对话框', 'Back to the import dialog')}</button>
      </div>
    );
  }

  return (
    <div className="import-backdrop" role="presentation">
      <div className="import-dialog" role="dialog" aria-modal="true" aria-label={L('导入部门规划', 'Import a department plan')} data-testid="import-dialog">
        <h2>{L('导入部门规划', 'Import a department plan')}</h2>
        <div className="import-options">
          <button data-testid="import-pick" onClick={() => void pick()}>{source ? L('重新选择文件…', 'Choose other files…') : L('选择文件…', 'Choose files…')}</button>
          {source && <span data-testid="import-file">{source.file}</span>}
          <label>{L('规划类型', 'Kind')}
            <select data-testid="import-kind" value={kind} onChange={(e) => { const k = e.target.value as PlanKind; setKind(k); setLayer(''); setDepartment(KIND_DEPARTMENT_ZH[k]); setMapping(undefined); setTarget(''); }}>
              {PLAN_KINDS.map((k) => <option key={k} value={k}>{zh ? KIND_NAMES[k][0] : KIND_NAMES[k][1]}</option>)}
            </select>
          </label>
          <label>{L('图层', 'Layer')}
            <select data-testid="import-layer" value={layer} onChange={(e) => { setLayer(e.target.value as LayerCode | ''); setMapping(undefined); }}>
              <option value="">{L('自动', 'automatic')}</option>
              {layersOfKind(kind).map((l) => <option key={l.code} value={l.code}>{l.code} {zh ? l.nameZh : l.nameEn}</option>)}
            </select>
          </label>
          <label>{L('编码', 'Encoding')}
            <select data-testid="import-encoding" value={encoding} onChange={(e) => setEncoding(e.target.value as TextEncodingName | '')}>
              <option value="">{L('自动', 'automatic')}</option>
              <option value="utf-8">UTF-8</option>
              <option value="gbk">GBK</option>
              <option value="gb18030">GB18030</option>
            </select>
          </label>
          <label>{L('坐标系', 'CRS')}
            <input data-testid="import-crs" size={11} placeholder={L('自动，如 EPSG:4526', 'auto, e.g. EPSG:4526')} value={crs} onChange={(e) => setCrs(e.target.value)} />
          </label>
          <label>{L('地类分类', 'Classification')}
            <select data-testid="import-classification" value={classification} onChange={(e) => setClassification(e.target.value as Classification)}>
              <option value="ydyh2023">{L('用地用海 2023', 'ydyh 2023')}</option>
              <option value="sandiao">{L('三调（转换）', '三调 (translate)')}</option>
            </select>
          </label>
          <label>{L('部门', 'Department')}<input data-testid="import-department" value={department} onChange={(e) => setDepartment(e.target.value)} /></label>
          <label>{L('导入为', 'Import as')}
            <select data-testid="import-target" value={target || (workspace.plans.has(planId) ? planId : 'new')} onChange={(e) => setTarget(e.target.value as PlanId | 'new')}>
              <option value="new">{L('新规划', 'a new plan')}</option>
              {[...workspace.plans.values()].filter((p) => p.meta.kind === kind).map((p) => (
                <option key={p.meta.id} value={p.meta.id}>{L(`新版本：${p.meta.title}（${p.meta.version}）`, `new version of ${p.meta.title} (${p.meta.version})`)}</option>
              ))}
            </select>
          </label>
          <label>{L('版本', 'Version')}<input data-testid="import-version" size={4} value={version} onChange={(e) => setVersion(e.target.value)} /></label>
        </div>
        {pickError && <p className="import-issues fatal" data-testid="import-pick-error">{pickError}</p>}
        {running && (
          <p className="import-running">
            {L(PHASE_ZH[progress?.phase ?? 'read'], PHASE_EN[progress?.phase ?? 'read'])}
            <progress data-testid="import-progress" max={progress?.total || 1} value={progress?.total ? progress.done : 0} />
            <button data-testid="import-stop" onClick={() => running.cancel()}>{L('停止', 'Stop')}</button>
          </p>
        )}
        {stopped && <p data-testid="import-stopped">{L('已停止，未导入任何内容。', 'Stopped; nothing was imported.')}</p>}
        {report && (
          <div className="import-body">
            <div className="import-summary">
              {report.encoding && <p data-testid="import-encoding-choice">{L('属性编码', 'Encoding')}：{report.encoding.encoding}（{L(report.encoding.detail, report.encoding.detailEn)}）</p>}
              {report.sourceCrs && <p data-testid="import-crs-choice">{L('来源坐标系', 'Source CRS')}：{report.crsProvenance} → EPSG:4490</p>}
              <p data-testid="import-counts">
                {L(`读取 ${report.counts.read}，映射 ${report.counts.mapped}，有效 ${report.counts.valid}，有质量问题 ${report.counts.quality}，致命 ${report.counts.fatal}`,
                  `${report.counts.read} read, ${report.counts.mapped} mapped, ${report.counts.valid} valid, ${report.counts.quality} with quality issues, ${report.counts.fatal} fatal`)}
              </p>
              {diff && (
                <p data-testid="import-diff">
                  {L(`已有此规划：本次为新版本（新增 ${diff.added.length}，删除 ${diff.removed.length}，修改 ${diff.changed.length}，未变 ${diff.unchanged}）`,
                    `This plan exists: importing a new version (${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged)`)}
                </p>
              )}
              {diff && <ImportVersionDiff diff={diff} zh={zh} />}
              {versions && (
                <p data-testid="import-merge">
                  {L(`与本地修改合并：自动合并 ${versions.merge.stats.fromOurs + versions.merge.stats.fromTheirs + versions.merge.stats.combined} 个要素，冲突 ${conflicts.length} 处`,
                    `merged with local edits: ${versions.merge.stats.fromOurs + versions.merge.stats.fromTheirs + versions.merge.stats.combined} features by themselves, ${conflicts.length} conflicts`)}
                </p>
              )}
              {conflicts.length > 0 && (
                <table className="import-mapping" data-testid="import-conflicts">
                  <thead><tr><th>{L('冲突', 'Conflict')}</th><th>{L('原版本', 'Previous')}</th><th>{L('本地', 'Local')}</th><th>{L('新版本', 'New')}</th><th>{L('采用', 'Keep')}</th></tr></thead>
                  <tbody>
                    {conflicts.map((c, i) => (
                      <tr key={i} data-conflict-kind={c.kind}>
                        <td>{conflictLabel(c, zh)}</td>
                        <td>{shortValue(c.ancestor, zh)}</td>
                        <td>{shortValue(c.ours, zh)}</td>
                        <td>{shortValue(c.theirs, zh)}</td>
                        <td>
                          <select data-testid={`import-conflict-${i}`} value={choices[i] ?? 'ours'} onChange={(e) => { const next = [...choices]; next[i] = e.target.value as MergeChoice; setChoices(next); }}>
                            <option value="ours">{L('本地', 'local')}</option>
                            <option value="theirs">{L('新版本', 'new')}</option>
                            <option value="ancestor">{L('原版本', 'previous')}</option>
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {m && (
                <table className="import-mapping" data-testid="import-mapping">
                  <thead><tr><th>{L('来源列', 'Source column')}</th><th>{L('标准字段', 'Field')}</th></tr></thead>
                  <tbody>
                    {columns.map((c) => (
                      <tr key={c}>
                        <td>{c}</td>
                        <td>
                          <select data-testid={`import-map-${c}`} value={m.columns[c] ?? ''} onChange={(e) => changeMapping(c, e.target.value)}>
                            <option value="">{L('（不导入）', '(not imported)')}</option>
                            {fieldsOfLayer(mappedLayer!).map((f) => <option key={f.key} value={f.key}>{f.key} {f.title}</option>)}
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {duplicate && <p className="import-duplicate" role="alert" data-testid="import-duplicate">{zh ? duplicate.zh : duplicate.en}</p>}
              <ul className="import-issues" data-testid="import-issues">
                {report.issues.slice(0, 200).map((i, k) => <li key={k} className={i.severity} data-code={i.code}>{zh ? i.messageZh : i.messageEn}</li>)}
              </ul>
            </div>
            <div>
              {report.document && <ImportPreview features={report.document.features} />}
              {report.document && <button data-testid="import-show-on-map" onClick={() => setOnMap(true)}>{L('在地图上查看', 'Show on the map')}</button>}
            </div>
          </div>
        )}
        <div className="import-actions">
          {hasQuality && !hasFatal && (
            <label><input type="checkbox" data-testid="import-accept-quality" checked={acceptQuality} onChange={(e) => setAcceptQuality(e.target.checked)} />{L('接受质量问题并导入', 'accept the quality issues')}</label>
          )}
          <button data-testid="import-cancel" onClick={onClose}>{L('取消', 'Cancel')}</button>
          <button className="primary" data-testid="import-confirm" disabled={!canConfirm} onClick={confirm}>{diff ? L('导入为新版本', 'Import as new version') : L('导入', 'Import')}</button>
        </div>
      </div>
    </div>
  );
}

function conflictLabel(c: MergeConflict, zh: boolean): string {
  const who = c.bsm ? `BSM ${c.bsm}` : c.id.slice(0, 8);
  switch (c.kind) {
    case 'field':
      return zh ? `${who} 字段 ${c.field}` : `${who} field ${c.field}`;
    case 'geometry':
      return zh ? `${who} 几何` : `${who} geometry`;
    case 'layer':
      return zh ? `${who} 图层` : `${who} layer`;
    case 'delete-edit':
      return zh ? `${who} 本地已删除，新版本有修改` : `${who} deleted locally, changed in the new version`;
    case 'edit-delete':
      return zh ? `${who} 本地有修改，新版本已删除` : `${who} changed locally, deleted in the new version`;
    case 'add-add':
      return zh ? `${who} 双方新增了不同的要素` : `${who} added differently on both sides`;
  }
}

function shortValue(v: MergeConflict['ours'], zh: boolean): string {
  if (v === null || v === undefined) return zh ? '（无）' : '(none)';
  if (typeof v !== 'object') return String(v);
  if ('type' in v && v.type === 'Feature') return zh ? '要素' : 'feature';
  return zh ? '几何' : 'geometry';
}

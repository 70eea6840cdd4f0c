// The import dialog (antd Modal): choose files, 规划类型, department (from the workspace's managed list) and
// layer (encoding, CRS and classification when needed), map the columns — each with 5 decoded sample values —
// and the codes of coded fields, see the report before anything is written (counts, issues, a preview in the
// dialog and on the map), then confirm (one `importPlan` command, or remove + import as one batch for a new
// version of a plan already in the workspace) or cancel (nothing changes). A new version replaces only the layers
// the file brings and keeps the plan's other layers (engine/merge/replaceLayers), says which, and when it would
// delete many features it warns with the count and its confirm button says so. The plan title comes from the
// file's metadata or is asked for; kind, department and mappings are remembered per workstation. Messages
// name the dialog's fields, never CLI flags. The engine prepares the import; this only shows it.
import '../styles/importDialog.css';
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Checkbox, Input, Modal, Progress, Steps, Tooltip } from 'antd';
import { FolderOpenOutlined, TeamOutlined } from '@ant-design/icons';
import type { ImportProgress, ImportReport } from '../../engine/import/index.ts';
import type { FieldMappingOverrides, ValueMappingOverrides } from '../../engine/import/index.ts';
import type { ImportSource } from '../../engine/import/index.ts';
import type { TextEncodingName } from '../../engine/import/index.ts';
import { JIYUAN_TERRITORY } from '../../engine/import/index.ts';
import { diffPlanVersions, isLargeDeletion, replaceLayers } from '../../engine/merge/index.ts';
import { mergePlanVersions, type MergeConflict } from '../../engine/merge/index.ts';
import { resolveMergeConflicts, type MergeChoice } from '../../engine/merge/index.ts';
import { layerInfo, layersOfKind, PLAN_KINDS } from '../../engine/model/index.ts';
import type { Classification, LayerCode, PlanId, PlanKind } from '../../engine/model/index.ts';
import type { Department } from '../../engine/review/index.ts';
import { modalContainer } from './modalContainer.ts';
import { useEditor, useEditorStore } from '../app/StoreContext.tsx';
import { useChecks } from '../app/ChecksContext.tsx';
import { planDocumentOf } from '../store/applyCommand.ts';
import { createPlatform } from '../services/platform/createPlatform.ts';
import type { PickedFile } from '../services/platform/types.ts';
import { ImportCancelled, runImportInWorker, type ImportRun } from '../services/import/runImportInWorker.ts';
import { sourceFromPickedFiles } from '../services/import/sourceFromPickedFiles.ts';
import { loadRememberedMapping, rememberMapping } from '../services/import/rememberedMappings.ts';
import { loadImportChoices, rememberImportChoices } from '../services/import/rememberedImportChoices.ts';
import { ancestorOfPlan } from '../services/import/ancestorOfPlan.ts';
import { duplicateInWorkspace, nextVersionLabel, versionLabelsOf } from '../services/import/duplicateInWorkspace.ts';
import { workspaceDepartments } from '../services/review/workspaceDepartments.ts';
import { planDepartment } from './planDepartment.ts';
import { errorText } from '../i18n/describeError.ts';
import type { Language, MessageKey } from '../i18n/dictionary.ts';
import { asLine, message, type MessageParams } from '../i18n/message.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportVersionDiff } from './ImportVersionDiff.tsx';
import { ImportChoice } from './ImportChoice.tsx';
import { ImportMappingTable } from './ImportMappingTable.tsx';
import { DepartmentListDialog } from './DepartmentListDialog.tsx';
import { DECORATIVE_ICON } from './decorativeIcon.ts';

const PHASE_MESSAGES: Record<ImportProgress['phase'], MessageKey> = {
  read: 'importPhaseRead',
  check: 'importPhaseCheck',
  reproject: 'importPhaseReproject',
  map: 'importPhaseMap',
  validate: 'importPhaseValidate',
};
const KIND_MESSAGES: Record<PlanKind, MessageKey> = {
  land: 'importKindLand',
  ecology: 'importKindEcology',
  industry: 'importKindIndustry',
  transport: 'importKindTransport',
};

/** The department a kind's plans come from by default: the remembered one, else the first that submits it. */
function defaultDepartment(departments: readonly Department[], kind: PlanKind, remembered?: string): Department | undefined {
  return (
    departments.find((d) => d.id === remembered && d.planKinds.includes(kind)) ??
    departments.find((d) => d.planKinds.includes(kind)) ??
    departments.find((d) => d.id === remembered) ??
    departments[0]
  );
}

export function ImportDialog({ onClose, initialFiles = [] }: { onClose: () => void; initialFiles?: readonly PickedFile[] }) {
  const store = useEditorStore();
  const checks = useChecks();
  const language = useEditor((s) => s.language);
  const zh = language === 'zh';
  const say = (key: MessageKey, params?: MessageParams) => message(language, key, params);
  const layerName = (code: LayerCode) => `${code} ${zh ? layerInfo(code).nameZh : layerInfo(code).nameEn}`;
  const workspace = useEditor((s) => s.workspace);
  const past = useEditor((s) => s.past);
  const departments = workspaceDepartments(workspace);
  const [remembered] = useState(() => loadImportChoices());
  const [choices, setChoices] = useState<MergeChoice[]>([]);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [pickError, setPickError] = useState<string | null>(null);
  const [kind, setKind] = useState<PlanKind>(remembered.kind ?? 'land');
  const [layer, setLayer] = useState<LayerCode | ''>('');
  const [encoding, setEncoding] = useState<TextEncodingName | ''>('');
  const [crs, setCrs] = useState('');
  const [classification, setClassification] = useState<Classification>('ydyh2023');
  const [departmentId, setDepartmentId] = useState(
    () => defaultDepartment(departments, remembered.kind ?? 'land', remembered.departmentId)?.id ?? '',
  );
  const [managing, setManaging] = useState(false);
  // The version label typed by the user; until then the next label of the target plan is proposed.
  const [versionInput, setVersion] = useState<string | null>(null);
  // The title typed by the user; until then the plan's own title or the file's metadata title.
  const [titleInput, setTitle] = useState<string | null>(null);
  const [mapping, setMapping] = useState<FieldMappingOverrides | undefined>(undefined);
  const [valueMapping, setValueMapping] = useState<ValueMappingOverrides | undefined>(undefined);
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
  const department = departments.find((d) => d.id === departmentId);
  // The plan records the department's full name, so the layer tree groups every plan of it under one heading.
  const departmentName = department?.nameZh ?? '';
  // Which plan this file is a version of: chosen by the user, else the plan of the same kind and department.
  const [target, setTarget] = useState<PlanId | 'new' | ''>('');
  // New plans get an ASCII id (kind + department id): package entry names and URLs stay readable.
  const basePlanId = `${kind}-${departmentId || 'plan'}`;
  const sameDepartment =
    workspace.plans.get(basePlanId as PlanId) ??
    [...workspace.plans.values()].find((p) => p.meta.kind === kind && planDepartment(workspace, p.meta.id)?.id === departmentId);
  // "A new plan" never reuses the id of a plan in the workspace: -2, -3… are added.
  let newPlanId = basePlanId;
  for (let n = 2; target === 'new' && workspace.plans.has(newPlanId as PlanId); n++) newPlanId = `${basePlanId}-${n}`;
  const planId = (target === 'new' ? newPlanId : target || (sameDepartment?.meta.id ?? newPlanId)) as PlanId;
  const rememberedMapping = useMemo(() => loadRememberedMapping(kind, departmentId), [kind, departmentId]);
  const effectiveMapping = mapping ?? rememberedMapping?.columns;
  const effectiveValues = valueMapping ?? rememberedMapping?.values;
  const version = versionInput ?? (workspace.plans.has(planId) ? nextVersionLabel(versionLabelsOf(workspace, past, planId)) : 'v1');
  const existing = workspace.plans.get(planId);
  const title = titleInput ?? existing?.meta.title ?? report?.sourceTitle ?? '';

  async function pick() {
    setPickError(null);
    await choose(await createPlatform().pickPlanFiles());
  }

  async function choose(files: readonly PickedFile[]) {
    if (files.length === 0) return;
    // A file that cannot be read (moved, deleted, no permission) is told like any other refusal, not dropped.
    const picked = await sourceFromPickedFiles(files).catch((error: unknown) => ({
      ok: false as const,
      reason: { zh: errorText(error, 'zh', 'import'), en: errorText(error, 'en', 'import') },
    }));
    if (!picked.ok) {
      setPickError(picked.reason[language]);
      return;
    }
    setSource(picked.source);
    setMapping(undefined);
    setValueMapping(undefined);
    setTitle(null);
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
    // The worker gets plain data: no functions, and the territory and plan info as values. The title is set
    // on confirm (typing it does not read the file again).
    const run = runImportInWorker(
      source,
      {
        kind,
        audience: 'editor',
        ...(layer ? { layer } : {}),
        ...(encoding ? { encoding } : {}),
        ...(crs.trim() ? { crs: crs.trim() } : {}),
        ...(classification === 'sandiao' ? { classification } : {}),
        ...(effectiveMapping ? { mapping: effectiveMapping } : {}),
        ...(effectiveValues ? { valueMapping: effectiveValues } : {}),
        territory: JIYUAN_TERRITORY,
        plan: {
          id: planId,
          title: existing?.meta.title ?? planId,
          department: existing?.meta.department ?? departmentName,
          version,
          period: existing?.meta.period ?? { start: 2021, end: 2035 },
        },
      },
      (p) => setProgress(p),
    );
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
        else setPickError(errorText(error, language, 'import'));
      },
    );
    // A changed option supersedes the run in flight: stop it quietly.
    return () => {
      live = false;
      run.cancel();
    };
  }, [
    source,
    kind,
    layer,
    encoding,
    crs,
    classification,
    mapping,
    valueMapping,
    rememberedMapping,
    departmentName,
    version,
    planId,
    workspace,
  ]);

  // A new version of a plan already in the workspace: what changed since the version last imported, and a
  // three-way merge with the planner's local edits (ancestor = that version, ours = now, theirs = the file's
  // layers in place of the ancestor's, its other layers carried over, so they keep the local edits).
  const versions = useMemo(() => {
    if (!existing || !report?.document) return null;
    const ours = planDocumentOf(existing);
    const ancestor = ancestorOfPlan(workspace, past, planId) ?? ours;
    const fileLayers = Object.keys(report.mappings) as LayerCode[];
    const theirs = replaceLayers(ancestor, report.document, fileLayers);
    const diff = diffPlanVersions(ancestor, theirs.document);
    const before = theirs.replaced.reduce((n, l) => n + l.before, 0);
    return {
      diff,
      merge: mergePlanVersions(ancestor, ours, theirs.document),
      // What the workspace has now, layer by layer, for the dialog and the "changes nothing" check.
      current: replaceLayers(ours, report.document, fileLayers),
      replacedBefore: before,
      largeDeletion: isLargeDeletion({ added: diff.added.length, removed: diff.removed.length, before }),
    };
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
  const duplicate = useMemo(
    () =>
      report?.document && source ? duplicateInWorkspace(workspace, versions?.current.document ?? report.document, source.file, past) : null,
    [report, versions, workspace, source, past],
  );
  const titleMissing = Boolean(report?.document) && title.trim() === '';
  const canConfirm =
    Boolean(report?.document) && !hasFatal && (!hasQuality || acceptQuality) && duplicate === null && !titleMissing && Boolean(department);
  const step = !source ? 0 : !report ? 1 : !report.document ? 1 : 2;

  function changeMapping(column: string, target: string) {
    if (!m) return;
    const next: Record<string, string | null> = {};
    for (const c of columns) next[c] = m.columns[c] ?? null;
    next[column] = target === '' ? null : target;
    setMapping(next);
  }

  function changeValue(field: string, sourceValue: string, value: string) {
    const current = effectiveValues ?? {};
    const table = { ...(current[field] ?? {}) };
    if (value === '') delete table[sourceValue];
    else table[sourceValue] = value;
    setValueMapping({ ...current, [field]: table });
  }

  function changeKind(k: PlanKind) {
    setKind(k);
    setLayer('');
    setDepartmentId(defaultDepartment(departments, k, remembered.departmentId)?.id ?? '');
    setMapping(undefined);
    setValueMapping(undefined);
    setTarget('');
  }

  function confirm() {
    const found = report?.document;
    if (!found || !canConfirm) return;
    const doc = { ...found, plan: { ...found.plan, title: title.trim() } };
    if (mapping || valueMapping) {
      rememberMapping(kind, departmentId, { columns: effectiveMapping ?? {}, ...(effectiveValues ? { values: effectiveValues } : {}) });
    }
    rememberImportChoices({ kind, departmentId });
    const s = store.getState();
    const old = s.workspace.plans.get(doc.plan.id);
    if (old && versions) {
      const index = s.workspace.planOrder.indexOf(doc.plan.id);
      const merged = resolveMergeConflicts(
        versions.merge,
        conflicts.map((_c, i) => choices[i] ?? 'ours'),
      );
      s.execute({
        kind: 'batch',
        label: say('importCommandLabel', { title: doc.plan.title, version: doc.plan.version }),
        commands: [
          { kind: 'removePlan', plan: planDocumentOf(old), index },
          { kind: 'importPlan', plan: { ...merged, plan: { ...merged.plan, title: doc.plan.title } }, index },
        ],
      });
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
        {say('importPreviewOnMap', { n: report.document.features.length })}
        <Button type="primary" size="small" data-testid="import-back" onClick={() => setOnMap(false)}>
          {say('importBackToDialog')}
        </Button>
      </div>
    );
  }

  const departmentOptions = departments.map((d) => ({
    value: d.id,
    label: zh ? d.shortZh : d.shortEn,
    title: zh ? d.nameZh : d.nameEn,
  }));

  return (
    <Modal
      open
      centered
      getContainer={modalContainer}
      width="min(1120px, 96vw)"
      title={say('importDialogTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      styles={{ body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', paddingRight: 4 } }}
      footer={
        <div className="import-actions">
          {hasQuality && !hasFatal && (
            <Checkbox data-testid="import-accept-quality" checked={acceptQuality} onChange={(e) => setAcceptQuality(e.target.checked)}>
              {say('importAcceptQuality')}
            </Checkbox>
          )}
          <Button data-testid="import-cancel" onClick={onClose}>
            {say('cancel')}
          </Button>
          <Button type="primary" danger={versions?.largeDeletion} data-testid="import-confirm" disabled={!canConfirm} onClick={confirm}>
            {versions?.largeDeletion
              ? say('importConfirmDeleting', { n: versions.diff.removed.length })
              : say(diff ? 'importConfirmNewVersion' : 'importConfirm')}
          </Button>
        </div>
      }
    >
      <div className="import-dialog" data-testid="import-dialog">
        <Steps
          size="small"
          current={step}
          className="import-steps"
          items={[{ title: say('importStepFiles') }, { title: say('importStepMapping') }, { title: say('importStepCheck') }]}
        />
        <div className="import-options">
          <div className="import-option import-file">
            <span className="import-caption">{say('importCaptionFile')}</span>
            <span className="import-file-row">
              <Button size="small" icon={<FolderOpenOutlined {...DECORATIVE_ICON} />} data-testid="import-pick" onClick={() => void pick()}>
                {say(source ? 'importPickOtherFiles' : 'importPickFiles')}
              </Button>
              {source && (
                <span className="import-file-name" data-testid="import-file" title={source.file} data-user-text="" data-user-title="">
                  {source.file}
                </span>
              )}
            </span>
          </div>
          <label className="import-option">
            <span className="import-caption">{say('importCaptionKind')}</span>
            <ImportChoice
              testId="import-kind"
              value={kind}
              options={PLAN_KINDS.map((k) => ({ value: k, label: say(KIND_MESSAGES[k]) }))}
              onChange={(v) => changeKind(v as PlanKind)}
            />
          </label>
          <div className="import-option">
            <span className="import-caption">{say('importCaptionDepartment')}</span>
            <span className="import-file-row">
              <Tooltip title={department ? (zh ? department.nameZh : department.nameEn) : undefined}>
                <span className="import-grow">
                  <ImportChoice
                    testId="import-department"
                    value={departmentId}
                    options={departmentOptions}
                    onChange={(v) => {
                      setDepartmentId(v);
                      setMapping(undefined);
                      setValueMapping(undefined);
                      setTarget('');
                    }}
                  />
                </span>
              </Tooltip>
              <Tooltip title={say('importManageDepartments')}>
                <Button
                  size="small"
                  icon={<TeamOutlined aria-label={say('importManageDepartments')} />}
                  data-testid="import-manage-departments"
                  aria-label={say('importManageDepartments')}
                  onClick={() => setManaging(true)}
                />
              </Tooltip>
            </span>
          </div>
          <label className="import-option">
            <span className="import-caption">{say('importCaptionLayer')}</span>
            <ImportChoice
              testId="import-layer"
              value={layer}
              options={[
                // Automatic: once the file is read, the layer it was put on is named.
                { value: '', label: mappedLayer ? say('importAutomaticLayer', { layer: layerName(mappedLayer) }) : say('importAutomatic') },
                ...layersOfKind(kind).map((l) => ({ value: l.code, label: `${l.code} ${zh ? l.nameZh : l.nameEn}` })),
              ]}
              onChange={(v) => {
                setLayer(v as LayerCode | '');
                setMapping(undefined);
              }}
            />
          </label>
          <label className="import-option">
            <span className="import-caption">{say('importCaptionEncoding')}</span>
            <ImportChoice
              testId="import-encoding"
              value={encoding}
              options={[
                { value: '', label: say('importAutomatic') },
                { value: 'utf-8', label: 'UTF-8' },
                { value: 'gbk', label: 'GBK' },
                { value: 'gb18030', label: 'GB18030' },
              ]}
              onChange={(v) => setEncoding(v as TextEncodingName | '')}
            />
          </label>
          <label className="import-option">
            <span className="import-caption">{say('importCaptionCrs')}</span>
            <Input
              size="small"
              data-testid="import-crs"
              placeholder={say('importCrsPlaceholder')}
              value={crs}
              onChange={(e) => setCrs(e.target.value)}
            />
          </label>
          <label className="import-option">
            <span className="import-caption">{say('importCaptionClassification')}</span>
            <ImportChoice
              testId="import-classification"
              value={classification}
              options={[
                { value: 'ydyh2023', label: say('importClassificationYdyh') },
                { value: 'sandiao', label: say('importClassificationSandiao') },
              ]}
              onChange={(v) => setClassification(v as Classification)}
            />
          </label>
          <label className="import-option">
            <span className="import-caption">{say('importCaptionTarget')}</span>
            <ImportChoice
              testId="import-target"
              value={target || (workspace.plans.has(planId) ? planId : 'new')}
              options={[
                { value: 'new', label: say('importTargetNewPlan') },
                ...[...workspace.plans.values()]
                  .filter((p) => p.meta.kind === kind)
                  .map((p) => ({
                    value: p.meta.id,
                    label: say('importTargetNewVersion', { title: p.meta.title, version: p.meta.version }),
                  })),
              ]}
              onChange={(v) => setTarget(v as PlanId | 'new')}
            />
          </label>
          <label className="import-option import-version">
            <span className="import-caption">{say('importCaptionVersion')}</span>
            <Input size="small" data-testid="import-version" value={version} onChange={(e) => setVersion(e.target.value)} />
          </label>
          <label className="import-option import-title">
            <span className="import-caption">{say('importCaptionTitle')}</span>
            <Input
              size="small"
              data-testid="import-title"
              status={titleMissing ? 'error' : undefined}
              placeholder={say('importTitlePlaceholder')}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          </label>
        </div>
        {report?.document && (
          <p className="import-title-source" data-testid="import-title-source">
            {titleInput !== null
              ? say(titleInput.trim() === '' ? 'importTitleCleared' : 'importTitleTyped')
              : existing
                ? say('importTitleFromWorkspace')
                : report.sourceTitle
                  ? say('importTitleFromMetadata')
                  : say('importTitleMissing')}
          </p>
        )}
        {pickError && <Alert type="error" showIcon className="import-issues fatal" data-testid="import-pick-error" title={pickError} />}
        {running && (
          <div className="import-running">
            {say(PHASE_MESSAGES[progress?.phase ?? 'read'])}
            <span data-testid="import-progress" className="import-progress">
              <Progress size="small" showInfo={false} percent={progress?.total ? (100 * progress.done) / progress.total : 0} />
            </span>
            <Button size="small" data-testid="import-stop" onClick={() => running.cancel()}>
              {say('importStop')}
            </Button>
          </div>
        )}
        {stopped && <p data-testid="import-stopped">{say('importStopped')}</p>}
        {report && (
          <div className="import-body">
            <div className="import-summary">
              {m && mappedLayer && (
                <ImportMappingTable
                  report={report}
                  layer={mappedLayer}
                  mapping={m}
                  values={effectiveValues ?? {}}
                  zh={zh}
                  onMapColumn={changeMapping}
                  onMapValue={changeValue}
                />
              )}
              {conflicts.length > 0 && (
                <table className="import-mapping" data-testid="import-conflicts">
                  <thead>
                    <tr>
                      <th>{say('importConflictHeader')}</th>
                      <th>{say('importPreviousHeader')}</th>
                      <th>{say('importLocalHeader')}</th>
                      <th>{say('importNewHeader')}</th>
                      <th>{say('importKeepHeader')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {conflicts.map((c, i) => (
                      <tr key={i} data-conflict-kind={c.kind}>
                        <td>{conflictLabel(c, language)}</td>
                        <td>{shortValue(c.ancestor, language)}</td>
                        <td>{shortValue(c.ours, language)}</td>
                        <td>{shortValue(c.theirs, language)}</td>
                        <td>
                          <ImportChoice
                            testId={`import-conflict-${i}`}
                            value={choices[i] ?? 'ours'}
                            width={96}
                            options={[
                              { value: 'ours', label: say('importKeepLocal') },
                              { value: 'theirs', label: say('importKeepNew') },
                              { value: 'ancestor', label: say('importKeepPrevious') },
                            ]}
                            onChange={(v) => {
                              const next = [...choices];
                              next[i] = v as MergeChoice;
                              setChoices(next);
                            }}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <div className="import-check">
              {report.encoding && (
                <p data-testid="import-encoding-choice">
                  {say('importEncodingChoice', {
                    encoding: report.encoding.encoding.toUpperCase(),
                    detail: report.encoding.detail,
                  })}
                </p>
              )}
              {report.sourceCrs && (
                <p data-testid="import-crs-choice">
                  {say('importSourceCrs', {
                    crs: {
                      zh: report.crsProvenance ?? report.sourceCrs,
                      en: report.crsProvenanceEn ?? report.crsProvenance ?? report.sourceCrs,
                    },
                  })}
                </p>
              )}
              <p data-testid="import-counts">{say('importCounts', { ...report.counts })}</p>
              {diff && (
                <p data-testid="import-diff">
                  {say('importNewVersionSummary', {
                    added: diff.added.length,
                    removed: diff.removed.length,
                    changed: diff.changed.length,
                    unchanged: diff.unchanged,
                  })}
                </p>
              )}
              {versions && (
                <p data-testid="import-layers-replaced">
                  {say('importLayersReplaced', {
                    layers: versions.current.replaced
                      .map((l) => say('importLayerReplacedItem', { layer: layerName(l.layer), before: l.before, after: l.after }))
                      .join(say('listSeparator')),
                  })}
                </p>
              )}
              {versions && versions.current.kept.length > 0 && (
                <p data-testid="import-layers-kept">
                  {say('importLayersKept', {
                    layers: versions.current.kept
                      .map((l) => say('importLayerKeptItem', { layer: layerName(l.layer), n: l.features }))
                      .join(say('listSeparator')),
                  })}
                </p>
              )}
              {versions?.largeDeletion && (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="import-large-deletion"
                  title={say('importLargeDeletion', {
                    removed: versions.diff.removed.length,
                    added: versions.diff.added.length,
                    before: versions.replacedBefore,
                    layers: versions.current.replaced.map((l) => l.layer).join(say('listSeparator')),
                  })}
                />
              )}
              {diff && <ImportVersionDiff diff={diff} zh={zh} />}
              {versions && (
                <p data-testid="import-merge">
                  {say('importMergeSummary', {
                    merged: versions.merge.stats.fromOurs + versions.merge.stats.fromTheirs + versions.merge.stats.combined,
                    conflicts: conflicts.length,
                  })}
                </p>
              )}
              {duplicate && (
                <p className="import-duplicate" role="alert" data-testid="import-duplicate">
                  {duplicate[language]}
                </p>
              )}
              <ul className="import-issues" data-testid="import-issues">
                {report.issues.slice(0, 200).map((i, k) => (
                  <li key={k} className={i.severity} data-code={i.code}>
                    {zh ? i.messageZh : asLine(i.messageEn)}
                  </li>
                ))}
              </ul>
              {report.document && <ImportPreview features={report.document.features} />}
              {report.document && (
                <Button size="small" data-testid="import-show-on-map" onClick={() => setOnMap(true)}>
                  {say('importShowOnMap')}
                </Button>
              )}
            </div>
          </div>
        )}
      </div>
      {managing && <DepartmentListDialog onClose={() => setManaging(false)} onChosen={(id) => setDepartmentId(id)} />}
    </Modal>
  );
}

function conflictLabel(c: MergeConflict, language: Language): string {
  const who = c.bsm ? `BSM ${c.bsm}` : c.id.slice(0, 8);
  switch (c.kind) {
    case 'field':
      return message(language, 'importConflictField', { who, field: c.field ?? '' });
    case 'geometry':
      return message(language, 'importConflictGeometry', { who });
    case 'layer':
      return message(language, 'importConflictLayer', { who });
    case 'delete-edit':
      return message(language, 'importConflictDeleteEdit', { who });
    case 'edit-delete':
      return message(language, 'importConflictEditDelete', { who });
    case 'add-add':
      return message(language, 'importConflictAddAdd', { who });
  }
}

function shortValue(v: MergeConflict['ours'], language: Language): string {
  if (v === null || v === undefined) return message(language, 'importValueNone');
  if (typeof v !== 'object') return String(v);
  if ('type' in v && v.type === 'Feature') return message(language, 'importValueFeature');
  return message(language, 'importValueGeometry');
}

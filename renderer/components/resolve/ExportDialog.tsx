// Export the blueprint package (一张蓝图成果包): the coordinator chooses 正式成果 (refused while blockers or
// 待定 areas remain, which are listed) or 草稿 (a package marked draft that lists them). Built in a Web Worker
// with its phase shown; saved through the platform adapter (save dialog, or a download in a browser). Closing cancels a run.
// A saved package's SHA-256 is recorded as the workspace's last export (数据源 compares the published one with it).
import { useEffect, useRef, useState } from 'react';
import { Button, Modal, Radio } from 'antd';
import type { DraftReason } from '../../../engine/package/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { message } from '../../i18n/message.ts';
import { DICTIONARIES, type MessageKey } from '../../i18n/dictionary.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { errorText } from '../../i18n/describeError.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { workspaceExportOf } from '../../../engine/export/index.ts';
import type { AppPackagePhase } from '../../services/blueprint/buildAppPackage.ts';
import { runExportInWorker, type ExportRun } from '../../services/blueprint/runExportInWorker.ts';
import { packageSha256 } from '../../services/blueprint/packageSha256.ts';
import { workspaceDepartments } from '../../services/review/workspaceDepartments.ts';
import { workspacePolicy } from '../../services/blueprint/workspacePolicy.ts';

/** Reasons listed before "N more" (the rest one click away). */
const SHOWN_REASONS = 20;

const PHASE_LABEL: Record<AppPackagePhase, MessageKey> = {
  sources: 'exportPhaseSources',
  rules: 'exportPhaseRules',
  blueprint: 'exportPhaseBlueprint',
  indicators: 'exportPhaseIndicators',
  package: 'exportPhasePackage',
};

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useEditorStore();
  const zh = useEditor((s) => s.language) === 'zh';
  const [draft, setDraft] = useState(false);
  const [phase, setPhase] = useState<AppPackagePhase | null>(null);
  const [reasons, setReasons] = useState<DraftReason[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const run = useRef<ExportRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);

  async function start(asDraft: boolean) {
    setErrors([]);
    setReasons(null);
    setShowAll(false);
    const ws = store.getState().workspace;
    const platform = createPlatform();
    const info = await platform.getAppInfo();
    // Whole seconds, like `lantu export`: the creation time is part of the package's bytes.
    const created = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    // The same inputs `lantu export <workspace.lantu>` takes (engine/export workspaceExportOf): the same bytes.
    const input = workspaceExportOf(
      ws,
      { policy: workspacePolicy(ws), departments: workspaceDepartments(ws) },
      { created, draft: asDraft, toolVersion: info.version || 'web' },
    );
    if (!input) return setErrors([t('exportNoRulePack')]);
    // What the package was built from, so 数据源 can tell later whether the workspace changed since.
    const past = store.getState().past;
    const afterCommandId = past[past.length - 1]?.meta.id ?? null;
    setPhase('sources');
    run.current = runExportInWorker(input, setPhase);
    try {
      const outcome = await run.current.result;
      if (!outcome.ok) {
        if ('reasons' in outcome) setReasons(outcome.reasons);
        else setErrors(outcome.errors.map((e) => (zh ? e.zh : e.en)));
        return;
      }
      const status = outcome.manifest.status;
      const name = message(zh ? 'zh' : 'en', status === 'final' ? 'fileNamePackageFinal' : 'fileNamePackageDraft', {
        date: created.slice(0, 10),
      });
      const saved = await platform.saveFile(outcome.zip, { suggestedName: name, format: 'zip' });
      if (saved) {
        store.getState().setLastExport({ packageSha256: await packageSha256(outcome.zip), created, status, afterCommandId });
        const done: MessageKey = status === 'final' ? 'exportDoneFinal' : 'exportDoneDraft';
        store
          .getState()
          .notify(bilingualNotice('info', `${DICTIONARIES.zh[done]}「${saved.name}」`, `${DICTIONARIES.en[done]} "${saved.name}"`));
        onClose();
      }
    } catch (error) {
      if (!(error instanceof Error && error.message === 'export cancelled')) setErrors([errorText(error, zh ? 'zh' : 'en', 'export')]);
    } finally {
      setPhase(null);
      run.current = null;
    }
  }

  const close = () => {
    run.current?.cancel();
    onClose();
  };
  return (
    <Modal
      open
      title={t('exportTitle')}
      onCancel={close}
      // No click-away, and no scroll lock: antd's lock injects a <style> without the CSP nonce (the window never scrolls).
      mask={{ closable: false }}
      scrollLock={false}
      width={560}
      footer={[
        <Button key="start" type="primary" data-testid="export-start" disabled={phase !== null} onClick={() => void start(draft)}>
          {t('exportStart')}
        </Button>,
        <Button key="close" data-testid="export-close" onClick={close}>
          {phase ? t('cancel') : t('dismiss')}
        </Button>,
      ]}
    >
      <div className="export-body" data-testid="export-dialog">
        <Radio.Group className="export-mode" value={draft ? 'draft' : 'final'} onChange={(e) => setDraft(e.target.value === 'draft')}>
          <Radio value="final" data-testid="export-final">
            {t('exportFinal')}
          </Radio>
          <Radio value="draft" data-testid="export-draft">
            {t('exportDraft')}
          </Radio>
        </Radio.Group>
        {phase && (
          <p role="status" data-testid="export-phase">
            {t(PHASE_LABEL[phase])}…
          </p>
        )}
        {reasons && (
          <div role="alert" className="resolve-errors" data-testid="export-refused">
            <p>{t('exportRefused')}</p>
            <ul data-testid="export-reasons">
              {(showAll ? reasons : reasons.slice(0, SHOWN_REASONS)).map((r) => (
                <li key={`${r.kind}:${r.id}`} title={r.id}>
                  {zh ? r.zh : r.en}
                </li>
              ))}
            </ul>
            {reasons.length > SHOWN_REASONS && (
              <p data-testid="export-reasons-more">
                {showAll
                  ? t('exportReasonsAll').replace('{n}', String(reasons.length))
                  : t('exportReasonsMore').replace('{n}', String(reasons.length - SHOWN_REASONS))}{' '}
                <Button type="link" size="small" data-testid="export-reasons-toggle" onClick={() => setShowAll(!showAll)}>
                  {showAll ? t('exportReasonsFewer') : t('exportReasonsShowAll')}
                </Button>
              </p>
            )}
            <Button data-testid="export-as-draft" disabled={phase !== null} onClick={() => void start(true)}>
              {t('exportAsDraft')}
            </Button>
          </div>
        )}
        {errors.length > 0 && (
          <ul role="alert" className="resolve-errors">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}

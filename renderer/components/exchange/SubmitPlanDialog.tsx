// The liaison's 导出报送包: choose a plan of the workspace, and this station signs (asking for the passphrase when its
// key is sealed) a 部门报送包 of it — the plan now, the version last imported or accepted here as its base, the edits
// between them — and saves it through the platform (the same bytes `lantu submit` makes from the same inputs).
import { useState } from 'react';
import { Alert, Button, Input, Modal } from 'antd';
import type { PlanId } from '../../../engine/model/index.ts';
import { useStation } from '../../app/StationContext.tsx';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { message } from '../../i18n/message.ts';
import { nextSubmissionSequence, recordSubmissionSequence } from '../../services/exchange/submissionSequenceStore.ts';
import { workspaceSubmission } from '../../services/exchange/workspaceSubmission.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { StationFailure } from '../../services/station/types.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import { ImportChoice } from '../ImportChoice.tsx';

export function SubmitPlanDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const station = useStation();
  const language = useEditor((s) => s.language);
  const t = useT();
  const planOrder = useEditor((s) => s.workspace.planOrder);
  const plans = useEditor((s) => s.workspace.plans);
  const stationName = station?.state?.station?.stationName ?? '';
  const [planId, setPlanId] = useState<PlanId | ''>(planOrder[planOrder.length - 1] ?? '');
  const [author, setAuthor] = useState(stationName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setError(null);
    if (!station?.state?.station) return setError(t('submitPlanNoStation'));
    if (planId === '' || !plans.has(planId)) return setError(t('submitPlanChoosePlan'));
    setBusy(true);
    try {
      const signer = await station.signer();
      const s = store.getState();
      const sequence = nextSubmissionSequence(planId);
      const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
      const who = author.trim() || signer.stationName;
      const made = await workspaceSubmission({ workspace: s.workspace, past: s.past, planId, author: who, sequence, createdAt }, signer);
      if (!made) return setError(message(language, 'submitPlanNoSuchPlan', { plan: planId }));
      // The department, plan id and sequence identify the submission in either language.
      const name = message(language, 'fileNameSubmission', {
        department: made.plan.plan.department,
        plan: planId,
        sequence: String(sequence),
      });
      const saved = await createPlatform().saveFile(made.zip, { suggestedName: name, format: 'zip' });
      if (!saved) return;
      const kept = recordSubmissionSequence(planId, sequence);
      s.notify(
        catalogueNotice(kept ? 'info' : 'error', kept ? 'submitPlanExported' : 'submitPlanExportedUnrecorded', {
          file: saved.name,
          plan: planId,
          sequence,
          edits: made.edits,
          author: who,
        }),
      );
      onClose();
    } catch (e) {
      // A station refusal (no key, passphrase not given, wrong or damaged key) says itself what to do; nothing was saved.
      if (e instanceof StationFailure) {
        const cancelled = e.code === 'needs-passphrase';
        setError(cancelled ? t('submitPlanNoPassphrase') : message(language, 'submitPlanNotSigned', { reason: e.text }));
      } else setError(errorText(e, language, 'export'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={t('submitPlanTitle')}
      onCancel={onClose}
      // No click-away, and no scroll lock: antd's lock injects a <style> without the CSP nonce (the window never scrolls).
      mask={{ closable: false }}
      scrollLock={false}
      // Under the station's passphrase prompt (z-index 60), which signing opens over this dialog.
      zIndex={50}
      width={560}
      footer={[
        <Button
          key="save"
          type="primary"
          data-testid="submit-plan-save"
          loading={busy}
          disabled={busy || planOrder.length === 0}
          onClick={() => void submit()}
        >
          {t('submitPlanSave')}
        </Button>,
        <Button key="close" data-testid="submit-plan-close" onClick={onClose}>
          {t('submitPlanClose')}
        </Button>,
      ]}
    >
      <div className="submit-plan-body" data-testid="submit-plan-dialog">
        <p>{t('submitPlanIntro')}</p>
        <label className="dialog-field">
          <span className="dialog-caption">{t('submitPlanPlan')}</span>
          <ImportChoice
            testId="submit-plan-select"
            value={planId}
            size="middle"
            onChange={(v) => setPlanId(v as PlanId)}
            options={planOrder.map((id) => {
              const meta = plans.get(id)?.meta;
              const text = meta
                ? message(language, 'submitPlanOption', { title: meta.title, department: meta.department, version: meta.version })
                : id;
              // The plan's title, department and version are user data.
              return { value: id, label: <span data-user-text="">{text}</span>, title: text };
            })}
          />
        </label>
        <label className="dialog-field">
          <span className="dialog-caption">{t('submitPlanAuthor')}</span>
          <Input data-testid="submit-plan-author" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        {error && <Alert type="error" showIcon role="alert" title={<span data-testid="submit-plan-error">{error}</span>} />}
      </div>
    </Modal>
  );
}

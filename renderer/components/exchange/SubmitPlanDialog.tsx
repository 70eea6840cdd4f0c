// The liaison's 导出报送包: choose a plan of the workspace, and this station signs (asking for the passphrase when its
// key is sealed) a 部门报送包 of it — the plan now, the version last imported or accepted here as its base, the edits
// between them — and saves it through the platform (the same bytes `lantu submit` makes from the same inputs).
import { useState } from 'react';
import { Alert, Button, Input, Modal } from 'antd';
import type { PlanId } from '../../../engine/model/index.ts';
import { useStation } from '../../app/StationContext.tsx';
import { useEditor, useEditorStore } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { nextSubmissionSequence, recordSubmissionSequence } from '../../services/exchange/submissionSequenceStore.ts';
import { workspaceSubmission } from '../../services/exchange/workspaceSubmission.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { StationFailure } from '../../services/station/types.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { ImportChoice } from '../ImportChoice.tsx';

export function SubmitPlanDialog({ onClose }: { onClose: () => void }) {
  const store = useEditorStore();
  const station = useStation();
  const zh = useEditor((s) => s.language) === 'zh';
  const L = (z: string, e: string) => (zh ? z : e);
  const planOrder = useEditor((s) => s.workspace.planOrder);
  const plans = useEditor((s) => s.workspace.plans);
  const stationName = station?.state?.station?.stationName ?? '';
  const [planId, setPlanId] = useState<PlanId | ''>(planOrder[planOrder.length - 1] ?? '');
  const [author, setAuthor] = useState(stationName);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setError(null);
    if (!station?.state?.station)
      return setError(L('本机尚未设置工作站，不能签名报送包', 'This installation has no station yet: it cannot sign a submission'));
    if (planId === '' || !plans.has(planId)) return setError(L('请选择要报送的规划', 'Choose the plan to submit'));
    setBusy(true);
    try {
      const signer = await station.signer();
      const s = store.getState();
      const sequence = nextSubmissionSequence(planId);
      const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
      const who = author.trim() || signer.stationName;
      const made = await workspaceSubmission({ workspace: s.workspace, past: s.past, planId, author: who, sequence, createdAt }, signer);
      if (!made) return setError(L(`工作区中没有规划 ${planId}`, `The workspace has no plan ${planId}`));
      const name = `报送包-${made.plan.plan.department}-${planId}-${sequence}.zip`;
      const saved = await createPlatform().saveFile(made.zip, { suggestedName: name, format: 'zip' });
      if (!saved) return;
      const kept = recordSubmissionSequence(planId, sequence);
      s.notify(
        bilingualNotice(
          kept ? 'info' : 'error',
          `已导出报送包「${saved.name}」：规划 ${planId} 第 ${sequence} 号，编辑 ${made.edits} 条，报送人 ${who}，已签名${kept ? '' : '（本机未能记录序号，下次报送可能重号）'}`,
          `Exported submission "${saved.name}": plan ${planId} no. ${sequence}, ${made.edits} edits, by ${who}, signed${kept ? '' : ' (this browser could not record its number: the next one may repeat it)'}`,
        ),
      );
      onClose();
    } catch (e) {
      // A station refusal (no key, passphrase not given, wrong or damaged key) says itself what to do; nothing was saved.
      if (e instanceof StationFailure) {
        const cancelled = e.code === 'needs-passphrase';
        setError(
          cancelled
            ? L('未输入口令：报送包未签名，未保存', 'No passphrase given: the submission was not signed or saved')
            : `${L('未能签名报送包：', 'Could not sign the submission: ')}${zh ? e.text.zh : e.text.en}`,
        );
      } else setError(errorText(e, zh ? 'zh' : 'en', 'export'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open
      title={L('导出部门报送包', 'Export a department submission')}
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
          {L('签名并保存', 'Sign and save')}
        </Button>,
        <Button key="close" data-testid="submit-plan-close" onClick={onClose}>
          {L('关闭', 'Close')}
        </Button>,
      ]}
    >
      <div className="submit-plan-body" data-testid="submit-plan-dialog">
        <p>
          {L(
            '报送包含规划当前版本、自上次导入或接收以来的编辑历史和本工作站的签名。',
            'The package holds the plan as it is now, its edits since it was last imported or accepted here, and this station’s signature.',
          )}
        </p>
        <label className="dialog-field">
          <span className="dialog-caption">{L('规划', 'Plan')}</span>
          <ImportChoice
            testId="submit-plan-select"
            value={planId}
            size="middle"
            onChange={(v) => setPlanId(v as PlanId)}
            options={planOrder.map((id) => {
              const meta = plans.get(id)?.meta;
              const text = meta ? `${meta.title}（${meta.department}，${meta.version}）` : id;
              // The plan's title, department and version are user data.
              return { value: id, label: <span data-user-text="">{text}</span>, title: text };
            })}
          />
        </label>
        <label className="dialog-field">
          <span className="dialog-caption">{L('报送人', 'Submitted by')}</span>
          <Input data-testid="submit-plan-author" value={author} onChange={(e) => setAuthor(e.target.value)} />
        </label>
        {error && <Alert type="error" showIcon role="alert" title={<span data-testid="submit-plan-error">{error}</span>} />}
      </div>
    </Modal>
  );
}

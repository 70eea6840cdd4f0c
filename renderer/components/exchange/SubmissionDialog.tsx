// The bureau opens a 部门报送包 (打开成果包 or a drop): the dialog says who signed it and whether this installation
// trusts the key, or why it is refused (unsigned, unknown or revoked key, changed signer, tampered, a replayed older
// submission); otherwise it shows the diff against the version the bureau accepted (ImportVersionDiff) and the
// three-way merge with the workspace's own edits, each conflict decided here, and 接收 applies it as one undoable
// batch and records the sequence for this browser profile.
import { useMemo, useState } from 'react';
import { Alert, Button, Modal } from 'antd';
import { recordAccepted } from '../../../engine/exchange/index.ts';
import type { MergeConflict } from '../../../engine/merge/index.ts';
import type { MergeChoice } from '../../../engine/merge/index.ts';
import { sha256Hex } from '../../../engine/package/index.ts';
import { jsonBytes } from '../../../engine/package/index.ts';
import type { TrustedKeys } from '../../../engine/sign/index.ts';
import { useEditor, useEditorStore } from '../../app/StoreContext.tsx';
import { loadAcceptedRegister, saveAcceptedRegister } from '../../services/exchange/acceptedSubmissionsStore.ts';
import { NO_TRUSTED_KEYS } from '../../services/exchange/openSignedPackage.ts';
import { acceptSubmissionCommand, submissionForWorkspace } from '../../services/exchange/submissionForWorkspace.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { ImportChoice } from '../ImportChoice.tsx';
import { ImportVersionDiff } from '../ImportVersionDiff.tsx';

function valueText(v: unknown, zh: boolean): string {
  if (v === undefined || v === null) return zh ? '（无）' : '(none)';
  return typeof v === 'object' ? (zh ? '（图形或要素）' : '(geometry or feature)') : String(v);
}

function conflictText(c: MergeConflict, zh: boolean): string {
  const what = c.kind === 'field' ? `${zh ? '字段' : 'field'} ${c.field}` : c.kind;
  return `${c.bsm ?? c.id} ${what}`;
}

/** `trustedKeys`: this installation's trust list (the station's); with none, every signer is unknown and refused. */
export function SubmissionDialog({ trustedKeys = NO_TRUSTED_KEYS }: { trustedKeys?: TrustedKeys }) {
  const store = useEditorStore();
  const pending = useEditor((s) => s.pendingSubmission);
  const zh = useEditor((s) => s.language) === 'zh';
  const L = (z: string, e: string) => (zh ? z : e);
  const [choices, setChoices] = useState<(MergeChoice | undefined)[]>([]);
  // Read once per opened file, against the workspace as it was when the dialog opened.
  const view = useMemo(
    () =>
      pending ? submissionForWorkspace(pending.bytes, pending.name, trustedKeys, loadAcceptedRegister(), store.getState().workspace) : null,
    [pending, trustedKeys, store],
  );
  if (!pending || !view) return null;
  const close = () => {
    setChoices([]);
    store.getState().setPendingSubmission(null);
  };
  const accept = () => {
    if (!view.ok) return;
    const s = store.getState();
    const acceptedAt = new Date().toISOString();
    s.execute(acceptSubmissionCommand(view, s.workspace, choices, acceptedAt));
    const m = view.submission.manifest;
    const saved = saveAcceptedRegister(recordAccepted(loadAcceptedRegister(), m, sha256Hex(jsonBytes(view.submission.plan)), acceptedAt));
    s.notify(
      bilingualNotice(
        saved ? 'info' : 'error',
        `已接收「${pending.name}」：${m.station.stationName} 的规划 ${m.plan.id} 第 ${m.sequence} 号报送${saved ? '' : '（本机未能记录序号，重放检查可能失效）'}`,
        `Accepted "${pending.name}": submission no. ${m.sequence} of plan ${m.plan.id} from ${m.station.stationName}${saved ? '' : ' (this browser could not record its number: replays may pass unnoticed)'}`,
      ),
    );
    close();
  };
  const conflicts = view.ok ? (view.merge?.conflicts ?? []) : [];
  const m = view.ok ? view.submission.manifest : null;
  return (
    <Modal
      open
      title={
        <>
          {L('部门报送包', 'Department submission')}
          {L('：', ': ')}
          <span data-user-text="">{pending.name}</span>
        </>
      }
      onCancel={close}
      // No click-away, and no scroll lock: antd's lock injects a <style> without the CSP nonce (the window never scrolls).
      mask={{ closable: false }}
      scrollLock={false}
      width="min(760px, 96vw)"
      styles={{ body: { maxHeight: 'calc(100vh - 180px)', overflowY: 'auto' } }}
      footer={[
        ...(view.ok
          ? [
              <Button key="accept" type="primary" data-testid="submission-accept" onClick={accept}>
                {L('接收并合并', 'Accept and merge')}
              </Button>,
            ]
          : []),
        <Button key="close" data-testid="submission-close" onClick={close}>
          {L('关闭', 'Close')}
        </Button>,
      ]}
    >
      <div className="submission-body" data-testid="submission-dialog">
        {!view.ok ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={<span data-testid="submission-refused">{zh ? view.message.zh : view.message.en}</span>}
          />
        ) : (
          <>
            <Alert
              type="success"
              showIcon
              className="submission-signature"
              title={
                <span data-testid="submission-signature">
                  {zh ? view.submission.signature.message.zh : view.submission.signature.message.en}
                </span>
              }
            />
            {m && (
              <p data-testid="submission-summary">
                {/* The plan's department, version and author are the department's own text (user data). */}
                {zh ? (
                  <>
                    规划 {m.plan.id}（<span data-user-text="">{m.plan.department}</span>，<span data-user-text="">{m.plan.version}</span>
                    ），第 {m.sequence} 号，报送人 <span data-user-text="">{m.author}</span>，{m.createdAt}，编辑{' '}
                    {view.submission.history.length} 条
                  </>
                ) : (
                  <>
                    plan {m.plan.id} (<span data-user-text="">{m.plan.department}</span>, <span data-user-text="">{m.plan.version}</span>),
                    no. {m.sequence}, by <span data-user-text="">{m.author}</span>, {m.createdAt}, {view.submission.history.length} edits
                  </>
                )}
              </p>
            )}
            <ImportVersionDiff diff={view.diff} zh={zh} />
            {view.merge && (
              <p data-testid="submission-merge">
                {L(
                  `与局方编辑三方合并：取自局方 ${view.merge.stats.fromOurs}，取自部门 ${view.merge.stats.fromTheirs}，双方合并 ${view.merge.stats.combined}，冲突 ${conflicts.length}`,
                  `three-way merge with the bureau's edits: ${view.merge.stats.fromOurs} from the bureau, ${view.merge.stats.fromTheirs} from the department, ${view.merge.stats.combined} combined, ${conflicts.length} conflicts`,
                )}
              </p>
            )}
            {conflicts.length > 0 && (
              // A plain table styled like antd's: antd Table's scrollbar probe injects a <style> without the CSP nonce.
              <table className="import-mapping" data-testid="submission-conflicts">
                <thead>
                  <tr>
                    <th>{L('冲突', 'Conflict')}</th>
                    <th>{L('局方', 'Bureau')}</th>
                    <th>{L('部门', 'Department')}</th>
                    <th>{L('采用', 'Keep')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((c, i) => (
                    <tr key={i}>
                      <td>{conflictText(c, zh)}</td>
                      <td data-user-text="">{valueText(c.ours, zh)}</td>
                      <td data-user-text="">{valueText(c.theirs, zh)}</td>
                      <td>
                        <ImportChoice
                          testId={`submission-conflict-${i}`}
                          value={choices[i] ?? 'ours'}
                          width={120}
                          options={[
                            { value: 'ours', label: L('局方', 'bureau') },
                            { value: 'theirs', label: L('部门', 'department') },
                            { value: 'ancestor', label: L('已接收版本', 'accepted version') },
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
          </>
        )}
      </div>
    </Modal>
  );
}

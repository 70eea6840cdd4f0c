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
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import type { Language, MessageKey } from '../../i18n/dictionary.ts';
import { message } from '../../i18n/message.ts';
import { messageNodes } from '../../i18n/messageNodes.tsx';
import { loadAcceptedRegister, saveAcceptedRegister } from '../../services/exchange/acceptedSubmissionsStore.ts';
import { NO_TRUSTED_KEYS } from '../../services/exchange/openSignedPackage.ts';
import { acceptSubmissionCommand, submissionForWorkspace } from '../../services/exchange/submissionForWorkspace.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import { ImportChoice } from '../ImportChoice.tsx';
import { ImportVersionDiff } from '../ImportVersionDiff.tsx';

function valueText(v: unknown, language: Language): string {
  if (v === undefined || v === null) return message(language, 'submissionValueNone');
  return typeof v === 'object' ? message(language, 'submissionValueGeometry') : String(v);
}

const CONFLICT_KIND: Readonly<Record<Exclude<MergeConflict['kind'], 'field'>, MessageKey>> = {
  layer: 'submissionConflictLayer',
  geometry: 'submissionConflictGeometry',
  'add-add': 'submissionConflictAddAdd',
  'delete-edit': 'submissionConflictDeleteEdit',
  'edit-delete': 'submissionConflictEditDelete',
};

function conflictText(c: MergeConflict, language: Language): string {
  const what =
    c.kind === 'field' ? message(language, 'submissionConflictField', { field: c.field ?? '' }) : message(language, CONFLICT_KIND[c.kind]);
  return `${c.bsm ?? c.id} ${what}`;
}

/** `trustedKeys`: this installation's trust list (the station's); with none, every signer is unknown and refused. */
export function SubmissionDialog({ trustedKeys = NO_TRUSTED_KEYS }: { trustedKeys?: TrustedKeys }) {
  const store = useEditorStore();
  const pending = useEditor((s) => s.pendingSubmission);
  const language = useEditor((s) => s.language);
  const t = useT();
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
    s.execute(acceptSubmissionCommand(view, s.workspace, choices, acceptedAt, s.language));
    const m = view.submission.manifest;
    const saved = saveAcceptedRegister(recordAccepted(loadAcceptedRegister(), m, sha256Hex(jsonBytes(view.submission.plan)), acceptedAt));
    s.notify(
      catalogueNotice(saved ? 'info' : 'error', saved ? 'submissionAccepted' : 'submissionAcceptedUnrecorded', {
        file: pending.name,
        station: m.station.stationName,
        plan: m.plan.id,
        sequence: m.sequence,
      }),
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
          {t('submissionTitle')}
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
                {t('submissionAcceptMerge')}
              </Button>,
            ]
          : []),
        <Button key="close" data-testid="submission-close" onClick={close}>
          {t('submissionClose')}
        </Button>,
      ]}
    >
      <div className="submission-body" data-testid="submission-dialog">
        {!view.ok ? (
          <Alert type="error" showIcon role="alert" title={<span data-testid="submission-refused">{view.message[language]}</span>} />
        ) : (
          <>
            <Alert
              type="success"
              showIcon
              className="submission-signature"
              title={<span data-testid="submission-signature">{view.submission.signature.message[language]}</span>}
            />
            {m && (
              <p data-testid="submission-summary">
                {/* The plan's department, version and author are the department's own text (user data). */}
                {messageNodes(language, 'submissionSummary', {
                  plan: m.plan.id,
                  department: <span data-user-text="">{m.plan.department}</span>,
                  version: <span data-user-text="">{m.plan.version}</span>,
                  sequence: m.sequence,
                  author: <span data-user-text="">{m.author}</span>,
                  createdAt: m.createdAt,
                  edits: view.submission.history.length,
                })}
              </p>
            )}
            <ImportVersionDiff diff={view.diff} zh={language === 'zh'} />
            {view.merge && (
              <p data-testid="submission-merge">
                {message(language, 'submissionMerge', {
                  ours: view.merge.stats.fromOurs,
                  theirs: view.merge.stats.fromTheirs,
                  combined: view.merge.stats.combined,
                  conflicts: conflicts.length,
                })}
              </p>
            )}
            {conflicts.length > 0 && (
              // A plain table styled like antd's: antd Table's scrollbar probe injects a <style> without the CSP nonce.
              <table className="import-mapping" data-testid="submission-conflicts">
                <thead>
                  <tr>
                    <th>{t('submissionConflict')}</th>
                    <th>{t('submissionBureau')}</th>
                    <th>{t('submissionDepartment')}</th>
                    <th>{t('submissionKeep')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflicts.map((c, i) => (
                    <tr key={i}>
                      <td>{conflictText(c, language)}</td>
                      <td data-user-text="">{valueText(c.ours, language)}</td>
                      <td data-user-text="">{valueText(c.theirs, language)}</td>
                      <td>
                        <ImportChoice
                          testId={`submission-conflict-${i}`}
                          value={choices[i] ?? 'ours'}
                          width={120}
                          options={[
                            { value: 'ours', label: t('submissionKeepBureau') },
                            { value: 'theirs', label: t('submissionKeepDepartment') },
                            { value: 'ancestor', label: t('submissionKeepAccepted') },
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

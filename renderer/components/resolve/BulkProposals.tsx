// Bulk application of the policy's proposals to the conflicts the list's filters show: a preview first
// (per conflict the proposal and whether it applies or why it is left for individual handling), then one
// history entry for all of them, undone in one step. Individual conflicts are adjusted afterwards.
import { useState } from 'react';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { filterConflicts } from '../ConflictList.tsx';
import { geometryPortOnce } from '../../services/blueprint/geometryPortOnce.ts';
import { planBulkProposals, type BulkPlan } from '../../services/blueprint/planBulkProposals.ts';
import { workspacePolicy } from '../../services/blueprint/workspacePolicy.ts';
import { KIND_LABEL } from './ResolvePanel.tsx';
import { readWorkstationUser } from '../../services/blueprint/workstationUser.ts';

export function BulkProposals() {
  const t = useT();
  const store = useEditorStore();
  const zh = useEditor((s) => s.language) === 'zh';
  const conflicts = useEditor((s) => s.conflicts);
  const filters = useEditor((s) => s.filters);
  const workspace = useEditor((s) => s.workspace);
  const staleKeys = useEditor((s) => s.staleKeys);
  const revision = useEditor((s) => s.workspaceRevision);
  const [preview, setPreview] = useState<{ plan: BulkPlan; revision: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const filtered = filterConflicts(conflicts, filters, workspace, staleKeys);

  async function makePreview() {
    setError(null);
    const user = readWorkstationUser();
    if (!user) return setError(t('resolveUserMissing'));
    setBusy(true);
    try {
      const port = await geometryPortOnce();
      const s = store.getState();
      const plan = planBulkProposals({
        conflicts: filterConflicts(s.conflicts, s.filters, s.workspace, s.staleKeys),
        allConflicts: s.conflicts,
        workspace: s.workspace,
        policy: workspacePolicy(s.workspace),
        decidedBy: user,
        decidedAt: new Date().toISOString(),
        port,
      });
      setPreview({ plan, revision: s.workspaceRevision });
    } catch (e) {
      setError(errorText(e, zh ? 'zh' : 'en', 'proposals'));
    } finally {
      setBusy(false);
    }
  }

  function apply() {
    if (!preview?.plan.command) return;
    // The preview was made against one state of the workspace: after any other change it must be redone.
    if (preview.revision !== store.getState().workspaceRevision) {
      setPreview(null);
      return setError(t('bulkStale'));
    }
    store.getState().execute(preview.plan.command);
    store.getState().notify({ kind: 'info', text: `${t('bulkApplied')} ${preview.plan.applied}` });
    setPreview(null);
  }

  return (
    <div className="bulk" data-testid="bulk-proposals">
      <button data-testid="bulk-preview" disabled={busy || filtered.length === 0} onClick={() => void makePreview()}>
        {t('bulkPreview')} ({filtered.length})
      </button>
      {error && (
        <p role="alert" className="resolve-errors" data-testid="bulk-error">
          {error}
        </p>
      )}
      {preview && (
        <div className="bulk-preview" data-testid="bulk-preview-list">
          <table>
            <thead>
              <tr>
                <th>{t('bulkConflict')}</th>
                <th>{t('resolveProposal')}</th>
                <th>{t('bulkOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.plan.items.map((item) => (
                <tr key={item.conflict.key} data-ok={item.outcome.ok ? 'true' : 'false'}>
                  <td title={item.conflict.key}>
                    {item.conflict.ruleId} {item.conflict.subject?.bsm ?? ''}
                  </td>
                  <td>{t(KIND_LABEL[item.proposal.kind])}</td>
                  <td>{item.outcome.ok ? `${t('bulkWillApply')} ${item.outcome.resolution.logNumber}` : zh ? item.outcome.reasonZh : item.outcome.reasonEn}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button className="primary" data-testid="bulk-apply" disabled={!preview.plan.command || preview.revision !== revision} onClick={apply}>
            {t('bulkApply')} ({preview.plan.applied})
          </button>
          <button data-testid="bulk-cancel" onClick={() => setPreview(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </div>
  );
}

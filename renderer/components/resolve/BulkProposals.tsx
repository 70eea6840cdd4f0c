// Bulk application of the policy's proposals to the conflicts the list's filters show: a preview first
// (per conflict the proposal and whether it applies or why it is left for individual handling; per feature its
// area before and after; the features that would vanish), then one history entry for all of them, undone in
// one step. Removing a feature or changing more than a conflict's area needs an explicit confirmation.
import { useState } from 'react';
import { conflictLabel } from '../../../engine/model/index.ts';
import type { FeatureChange, FeatureImpact } from '../../../engine/resolutions/index.ts';
import { DICTIONARIES, type MessageKey } from '../../i18n/dictionary.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { useLogNumberIssuer } from '../../app/StationContext.tsx';
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
  const logIssuer = useLogNumberIssuer();
  const zh = useEditor((s) => s.language) === 'zh';
  const conflicts = useEditor((s) => s.conflicts);
  const filters = useEditor((s) => s.filters);
  const workspace = useEditor((s) => s.workspace);
  const staleKeys = useEditor((s) => s.staleKeys);
  const revision = useEditor((s) => s.workspaceRevision);
  const [preview, setPreview] = useState<{ plan: BulkPlan; revision: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
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
        logIssuer,
        port,
        language: s.language,
      });
      setConfirmed(false);
      setPreview({ plan, revision: s.workspaceRevision });
    } catch (e) {
      setError(errorText(e, zh ? 'zh' : 'en', 'proposals'));
    } finally {
      setBusy(false);
    }
  }

  function apply() {
    if (!preview?.plan.command) return;
    if (preview.plan.needsConfirmation && !confirmed) return;
    // The preview was made against one state of the workspace: after any other change it must be redone.
    if (preview.revision !== store.getState().workspaceRevision) {
      setPreview(null);
      return setError(t('bulkStale'));
    }
    store.getState().execute(preview.plan.command);
    store
      .getState()
      .notify(
        bilingualNotice(
          'info',
          `${DICTIONARIES.zh.bulkApplied} ${preview.plan.applied}`,
          `${DICTIONARIES.en.bulkApplied} ${preview.plan.applied}`,
        ),
      );
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
        <div className="bulk-preview">
          <table data-testid="bulk-preview-list">
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
                  <td title={item.conflict.key} data-testid="bulk-conflict">
                    {conflictLabel(
                      item.conflict,
                      zh ? 'zh' : 'en',
                      workspace.rulePack?.rules.find((r) => r.id === item.conflict.ruleId)?.titleEn,
                    )}
                  </td>
                  <td>{t(KIND_LABEL[item.proposal.kind])}</td>
                  <td>
                    {item.outcome.ok
                      ? item.outcome.resolution.logNumber !== undefined
                        ? `${t('bulkWillApply')} ${item.outcome.resolution.logNumber}`
                        : t('resolveNotLogged')
                      : zh
                        ? item.outcome.reasonZh
                        : item.outcome.reasonEn}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <FeatureChanges plan={preview.plan} />
          {preview.plan.needsConfirmation && (
            <label className="bulk-confirm">
              <input type="checkbox" data-testid="bulk-confirm" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
              {t('bulkConfirm')}
            </label>
          )}
          <button
            className="primary"
            data-testid="bulk-apply"
            disabled={!preview.plan.command || preview.revision !== revision || (preview.plan.needsConfirmation && !confirmed)}
            onClick={apply}
          >
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

const CHANGE_LABEL: Readonly<Record<FeatureChange, MessageKey>> = {
  added: 'bulkChangeAdded',
  removed: 'bulkChangeRemoved',
  reshaped: 'bulkChangeReshaped',
  attributes: 'bulkChangeAttributes',
};

const M2_PER_HA = 10_000;

/** Per feature of every applied item: plan, layer, BSM and name, area (ha) or length (m) before and after. */
function FeatureChanges({ plan }: { plan: BulkPlan }) {
  const t = useT();
  const workspace = useEditor((s) => s.workspace);
  const zh = useEditor((s) => s.language) === 'zh';
  const rows = plan.items.flatMap((item) =>
    item.outcome.ok ? item.outcome.impact.features.map((f) => ({ conflict: item.conflict, f })) : [],
  );
  const label = (f: FeatureImpact) =>
    `${workspace.plans.get(f.planId as never)?.meta.title ?? f.planId} · ${f.layer} · ${f.bsm ?? f.featureId.slice(0, 8)}${f.name ? ` ${f.name}` : ''}`;
  const measure = (f: FeatureImpact, v: number | null) =>
    v === null
      ? '—'
      : f.unit === 'area'
        ? `${(v / M2_PER_HA).toFixed(4)} ${t('hectare')}`
        : f.unit === 'length'
          ? `${v.toFixed(2)} ${t('metre')}`
          : '—';
  const [open, close, comma] = zh ? ['（', '）', '，'] : [' (', ')', ', '];
  return (
    <>
      <h5>{t('bulkFeatures')}</h5>
      <table data-testid="bulk-features">
        <thead>
          <tr>
            <th>{t('bulkConflict')}</th>
            <th>{t('bulkFeature')}</th>
            <th>{t('bulkBefore')}</th>
            <th>{t('bulkAfter')}</th>
            <th>{t('bulkChange')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ conflict, f }) => (
            <tr
              key={`${conflict.key}|${f.featureId}`}
              data-change={f.change}
              data-exceeds={f.exceedsConflict ? 'true' : 'false'}
              data-feature={f.featureId}
            >
              <td title={conflict.key}>{conflict.ruleId}</td>
              <td title={f.featureId}>{label(f)}</td>
              <td data-m={f.before ?? ''}>{measure(f, f.before)}</td>
              <td data-m={f.after ?? ''}>{measure(f, f.after)}</td>
              <td>
                {t(CHANGE_LABEL[f.change])}
                {f.fieldChanges.length > 0
                  ? `${open}${f.fieldChanges.map((c) => `${c.field} ${String(c.before ?? '—')} → ${String(c.after ?? '—')}`).join(comma)}${close}`
                  : ''}
                {f.exceedsConflict ? ` · ${t('bulkExceeds')}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h5>{t('bulkVanishing')}</h5>
      {plan.vanishing.length === 0 ? (
        <p data-testid="bulk-vanishing-none">{t('bulkNoVanishing')}</p>
      ) : (
        <ul data-testid="bulk-vanishing">
          {plan.vanishing.map((f) => (
            <li key={f.featureId} data-feature={f.featureId} title={f.featureId}>
              {label(f)}
              {open}
              {measure(f, f.before)}
              {close}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

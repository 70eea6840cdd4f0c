// The resolution panel for the selected conflict: the policy's proposal, the resolution recorded for it
// (who, when, log number, change type, status — 重新打开 with the reason), and the form to resolve it
// (subject yields / object yields / change an attribute / exception with approval document / defer, plus
// 补划 where the occupied farmland must be replaced). The engine makes the resolution; this only asks (twice when it removes a feature or exceeds the conflict).
import { useMemo, useState } from 'react';
import type { Geometry, PropertyValue } from '../../../engine/model/index.ts';
import { createResolution } from '../../../engine/resolutions/index.ts';
import { fullCoverageOf } from '../../../engine/resolutions/index.ts';
import { maintenanceLogNumber } from '../../../engine/resolutions/index.ts';
import { DEFER_FALLBACK_REASON, proposeResolutions } from '../../../engine/resolutions/index.ts';
import { resolutionImpact } from '../../../engine/resolutions/index.ts';
import { changeTypeName, RESOLUTION_KINDS, type Resolution, type ResolutionKind } from '../../../engine/resolutions/index.ts';
import type { Conflict } from '../../../engine/rules/index.ts';
import { CONFLICT_STATUS_LABEL } from '../../../engine/resolutions/index.ts';
import { featureLabel, isLayerCode, layerInfo } from '../../../engine/model/index.ts';
import { message } from '../../i18n/message.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { useLogNumberIssuer } from '../../app/StationContext.tsx';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { errorText } from '../../i18n/describeError.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import { geometryPortOnce } from '../../services/blueprint/geometryPortOnce.ts';
import { resolutionStatus, type ResolutionStatusInfo } from '../../services/blueprint/resolutionStatus.ts';
import { resolutionToCommand } from '../../services/blueprint/resolutionToCommand.ts';
import { suggestedAttribute } from '../../services/blueprint/suggestedAttribute.ts';
import { workspacePolicy } from '../../services/blueprint/workspacePolicy.ts';
import { WorkstationUser } from './WorkstationUser.tsx';
import { formatArea } from '../formatArea.ts';

export const KIND_LABEL: Record<ResolutionKind, MessageKey> = {
  subjectYields: 'resolveSubjectYields',
  objectYields: 'resolveObjectYields',
  changeAttribute: 'resolveChangeAttribute',
  exception: 'resolveException',
  defer: 'resolveDefer',
};

const M2_PER_HA = 10_000;

/** A number per policy object (policies are immutable: a new object is a new policy). */
const policyRevisions = new WeakMap<object, number>();
let nextPolicyRevision = 1;
function policyRevisionOf(policy: object): number {
  let n = policyRevisions.get(policy);
  if (n === undefined) {
    n = nextPolicyRevision++;
    policyRevisions.set(policy, n);
  }
  return n;
}

export function ResolvePanel() {
  const t = useT();
  const key = useEditor((s) => s.selectedConflictKey);
  const conflicts = useEditor((s) => s.conflicts);
  const conflict = useMemo(() => conflicts.find((c) => c.key === key) ?? null, [conflicts, key]);
  const recorded = useEditor((s) => s.workspace.resolutions?.find((r) => r.conflictKey === key) ?? null);
  const policyRevision = policyRevisionOf(useEditor((s) => workspacePolicy(s.workspace)));
  if (!conflict) {
    // A yield or an attribute change makes its conflict disappear on re-check: the record stays visible.
    return recorded ? (
      <ResolutionRecord resolution={recorded} status={resolutionStatus(recorded, conflicts)} />
    ) : (
      <p className="placeholder" data-testid="resolve-none">
        {t('resolveSelectHint')}
      </p>
    );
  }
  // Keyed by the conflict and the policy so the form starts afresh for each one and follows a new policy.
  return <ResolveForm key={`${conflict.key}|${policyRevision}`} conflict={conflict} />;
}

function ResolveForm({ conflict }: { conflict: Conflict }) {
  const t = useT();
  const store = useEditorStore();
  const logIssuer = useLogNumberIssuer();
  const zh = useEditor((s) => s.language) === 'zh';
  const workspace = useEditor((s) => s.workspace);
  const ruleTitleEn = workspace.rulePack?.rules.find((r) => r.id === conflict.ruleId)?.titleEn;
  const conflicts = useEditor((s) => s.conflicts);
  const [user, setUser] = useState('');
  const policy = useEditor((s) => workspacePolicy(s.workspace));
  const proposal = useMemo(() => proposeResolutions([conflict], policy)[0]!, [conflict, policy]);
  const recorded = workspace.resolutions?.find((r) => r.conflictKey === conflict.key) ?? null;
  const status = recorded ? resolutionStatus(recorded, conflicts) : null;
  const suggested = useMemo(() => suggestedAttribute(conflict, workspace), [conflict, workspace]);
  const [kind, setKind] = useState<ResolutionKind>(proposal.kind);
  // The proposal's reason in the chosen language (the policy's Chinese when it gives no English) until the user types.
  const [typedReason, setReason] = useState<string | null>(null);
  const reason = typedReason ?? (zh ? proposal.reasonZh : (proposal.reasonEn ?? proposal.reasonZh));
  const [side, setSide] = useState<'subject' | 'object'>(suggested?.side ?? 'subject');
  const [field, setField] = useState(suggested?.field ?? '');
  const [value, setValue] = useState(suggested ? String(suggested.value) : '');
  const [approvalNumber, setApprovalNumber] = useState('');
  const [authority, setAuthority] = useState('');
  const [exceptionReason, setExceptionReason] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [compBsm, setCompBsm] = useState('');
  const [compGeometry, setCompGeometry] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // What the resolution would remove or change beyond its conflict, shown until the user confirms it.
  const [confirming, setConfirming] = useState<string | null>(null);
  const needsCompensation =
    (proposal.requiresCompensation || (conflict.ruleId === 'R08' && conflict.severity === 'major')) &&
    kind !== 'subjectYields' &&
    kind !== 'defer';
  const party = (p: Conflict['subject']) => (p ? `${p.planTitle} · ${featureLabel(p, zh ? 'zh' : 'en')}` : '—');
  // The tooltip says where the feature is (plan, layer, BSM), never its internal id.
  const partyTip = (p: Conflict['subject']) =>
    p
      ? message(zh ? 'zh' : 'en', 'resolvePartyTip', {
          plan: p.planTitle,
          layer: isLayerCode(p.layer) ? layerInfo(p.layer)[zh ? 'nameZh' : 'nameEn'] : p.layer,
          code: p.layer,
          bsm: p.bsm ?? '—',
        })
      : undefined;

  function currentValue(c: Conflict, which: 'subject' | 'object', name: string): PropertyValue | undefined {
    const p = which === 'subject' ? c.subject : c.object;
    return p ? workspace.plans.get(p.planId as never)?.features.get(p.featureId as never)?.properties[name] : undefined;
  }

  async function apply(confirmed = false) {
    setErrors([]);
    setConfirming(null);
    const problems: string[] = [];
    let compensation: { bsm: string; geometry: Geometry } | undefined;
    if (needsCompensation && (compBsm.trim() !== '' || compGeometry.trim() !== '')) {
      const geometry = parseGeometry(compGeometry);
      if (!geometry) problems.push(t('compensationGeometryInvalid'));
      else compensation = { bsm: compBsm.trim(), geometry };
    }
    if (problems.length > 0) return setErrors(problems);
    setBusy(true);
    try {
      const port = await geometryPortOnce();
      const ws = store.getState().workspace;
      const decidedAt = new Date().toISOString();
      const plans = ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
      const result = createResolution(
        {
          conflict,
          kind,
          decidedBy: user,
          decidedAt,
          logNumber: maintenanceLogNumber(decidedAt, ws.resolutions ?? [], logIssuer),
          reason,
          fullCoverage: fullCoverageOf(policy),
          ...(kind === 'exception'
            ? {
                exception: {
                  approvalNumber: approvalNumber.trim(),
                  authority: authority.trim(),
                  reason: exceptionReason.trim(),
                  ...(expiresOn ? { expiresOn } : {}),
                },
              }
            : {}),
          ...(kind === 'changeAttribute'
            ? { attribute: { side, field: field.trim(), value: typedValue(value, currentValue(conflict, side, field.trim())) } }
            : {}),
          ...(compensation ? { compensation } : {}),
          ...(proposal.requiresCompensation ? { requiresCompensation: true } : {}),
        },
        plans,
        port,
      );
      if (!result.ok) return setErrors(result.errors.map((e) => (zh ? e.zh : e.en)));
      const impact = resolutionImpact(result.resolution, conflict);
      if (impact.needsConfirmation && !confirmed) {
        const named = impact.features
          .filter((f) => f.change === 'removed' || f.exceedsConflict)
          .map(
            (f) =>
              `${f.layer} ${f.bsm ?? f.featureId.slice(0, 8)}${f.name ? ` ${f.name}` : ''}${zh ? '（' : ' ('}${f.change === 'removed' ? t('bulkChangeRemoved') : t('bulkExceeds')}${zh ? '）' : ')'}`,
          );
        return setConfirming(`${t('resolveNeedsConfirm')}${named.join(zh ? '；' : '; ')}`);
      }
      store.getState().execute(resolutionToCommand(result.resolution, ws));
      // A 暂缓 or an exception changes no data and has no log number: say what was recorded instead.
      const log = result.resolution.logNumber;
      const recordedAs = CONFLICT_STATUS_LABEL[resolutionStatus(result.resolution, [conflict]).conflictStatus][zh ? 'zh' : 'en'];
      store
        .getState()
        .notify({ kind: 'info', text: log === undefined ? `${t('resolveRecorded')}${recordedAs}` : `${t('resolveDone')} ${log}` });
    } catch (error) {
      setErrors([errorText(error, zh ? 'zh' : 'en', 'resolve')]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="resolve-form" data-testid="resolve-panel" data-conflict={conflict.key}>
      {/* The severity as a badge before the title (as in the inspector), not glued onto its last word. */}
      <h4 data-testid="resolve-title">
        <span className={`badge sev-${conflict.severity}`}>{t(conflict.severity)}</span> {conflict.ruleId} ·{' '}
        {zh ? conflict.title : (ruleTitleEn ?? conflict.ruleId)}
      </h4>
      <dl className="resolve-parties">
        <dt>{t('resolveSubject')}</dt>
        <dd title={partyTip(conflict.subject)} data-user-text="" data-user-title="" data-testid="resolve-subject">
          {party(conflict.subject)}
        </dd>
        <dt>{t('resolveObject')}</dt>
        <dd title={partyTip(conflict.object)} data-user-text="" data-user-title="" data-testid="resolve-object">
          {party(conflict.object)}
        </dd>
        {conflict.measure.areaM2 !== undefined && (
          <>
            <dt>{t('resolveArea')}</dt>
            <dd>{formatArea(conflict.measure.areaM2, t)}</dd>
          </>
        )}
      </dl>
      <p className="resolve-proposal" data-testid="resolve-proposal">
        {t('resolveProposal')}
        {t('labelColon')}
        {t(KIND_LABEL[proposal.kind])} —{' '}
        {/* In English the policy's English text (or the engine's words); without one, the policy's Chinese (user data). */}
        {!zh && proposal.reasonEn ? (
          <span data-testid="resolve-proposal-reason">{proposal.reasonEn}</span>
        ) : (
          <span data-testid="resolve-proposal-reason" data-user-text="">
            {proposal.reasonZh}
          </span>
        )}
      </p>
      {recorded && status && <ResolutionRecord resolution={recorded} status={status} />}
      <WorkstationUser onChange={setUser} />
      <label>
        {t('resolveKind')}
        <select data-testid="resolve-kind" value={kind} onChange={(e) => setKind(e.target.value as ResolutionKind)}>
          {RESOLUTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABEL[k])}
            </option>
          ))}
        </select>
      </label>
      {kind === 'changeAttribute' && (
        <div className="resolve-group">
          <label>
            {t('resolveSide')}
            <select data-testid="resolve-attr-side" value={side} onChange={(e) => setSide(e.target.value as 'subject' | 'object')}>
              <option value="subject">{t('resolveSubject')}</option>
              <option value="object">{t('resolveObject')}</option>
            </select>
          </label>
          <label>
            {t('resolveField')}
            <input data-testid="resolve-attr-field" value={field} onChange={(e) => setField(e.target.value)} />
          </label>
          <label>
            {t('resolveValue')}
            <input data-testid="resolve-attr-value" value={value} onChange={(e) => setValue(e.target.value)} />
          </label>
        </div>
      )}
      {kind === 'exception' && (
        <div className="resolve-group">
          <label>
            {t('resolveApprovalNumber')}
            <input
              data-testid="resolve-approval"
              value={approvalNumber}
              onChange={(e) => setApprovalNumber(e.target.value)}
              placeholder="豫政土〔2026〕12号"
            />
          </label>
          <label>
            {t('resolveAuthority')}
            <input data-testid="resolve-authority" value={authority} onChange={(e) => setAuthority(e.target.value)} />
          </label>
          <label>
            {t('resolveExceptionReason')}
            <input data-testid="resolve-exception-reason" value={exceptionReason} onChange={(e) => setExceptionReason(e.target.value)} />
          </label>
          <label>
            {t('resolveExpiresOn')}
            <input data-testid="resolve-expiry" type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
          </label>
        </div>
      )}
      {needsCompensation && (
        <div className="resolve-group" data-testid="resolve-compensation">
          <p>
            {t('resolveCompensationHint')} {((conflict.measure.areaM2 ?? 0) / M2_PER_HA).toFixed(4)} {t('hectare')}
          </p>
          <label>
            {t('resolveCompensationBsm')}
            <input data-testid="resolve-comp-bsm" value={compBsm} onChange={(e) => setCompBsm(e.target.value)} />
          </label>
          <label>
            {t('resolveCompensationGeometry')}
            <textarea data-testid="resolve-comp-geometry" rows={3} value={compGeometry} onChange={(e) => setCompGeometry(e.target.value)} />
          </label>
        </div>
      )}
      <label>
        {t('resolveReason')}
        <textarea data-testid="resolve-reason" data-user-text="" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      {errors.length > 0 && (
        <ul className="resolve-errors" role="alert" data-testid="resolve-errors">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {confirming && (
        <div className="resolve-errors" role="alert" data-testid="resolve-confirm-text">
          {confirming}
          <button data-testid="resolve-confirm" disabled={busy} onClick={() => void apply(true)}>
            {t('resolveConfirmApply')}
          </button>
        </div>
      )}
      <button className="primary" data-testid="resolve-apply" disabled={busy} onClick={() => void apply()}>
        {t('resolveApply')}
      </button>
    </div>
  );
}

/** What was decided for a conflict: kind, who, when, log number, change type, exception, 补划, status. */
function ResolutionRecord({ resolution, status }: { resolution: Resolution; status: ResolutionStatusInfo }) {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  return (
    <div
      className={`resolve-record ${status.status}`}
      data-testid="resolve-record"
      data-status={status.status}
      data-conflict-status={status.conflictStatus}
      data-kind={resolution.kind}
    >
      <strong data-testid="resolve-status">{CONFLICT_STATUS_LABEL[status.conflictStatus][zh ? 'zh' : 'en']}</strong> ·{' '}
      {t(KIND_LABEL[resolution.kind])}
      <div>
        {t('resolveBy')} {resolution.decidedBy} · {new Date(resolution.decidedAt).toLocaleString(zh ? 'zh-CN' : 'en-GB')} ·{' '}
        {resolution.logNumber !== undefined && resolution.changeType !== undefined ? (
          <>
            {t('resolveLogNumber')} <span data-testid="resolve-log-number">{resolution.logNumber}</span> · {t('resolveChangeType')}{' '}
            {resolution.changeType} {changeTypeName(resolution.changeType)[zh ? 'zh' : 'en']}
          </>
        ) : (
          <span data-testid="resolve-not-logged">{t('resolveNotLogged')}</span>
        )}
      </div>
      {resolution.reason !== '' && (
        <div>
          {t('resolveReason')}{' '}
          {!zh && resolution.reason === DEFER_FALLBACK_REASON.zh ? (
            DEFER_FALLBACK_REASON.en
          ) : (
            <span data-user-text="">{resolution.reason}</span>
          )}
        </div>
      )}
      {resolution.exception && (
        <div>
          {t('resolveApprovalNumber')} {resolution.exception.approvalNumber} · {resolution.exception.authority}
          {resolution.exception.expiresOn ? ` · ${t('resolveExpiresOn')} ${resolution.exception.expiresOn}` : ''}
        </div>
      )}
      {resolution.exception && resolution.exception.reason !== '' && (
        <div data-testid="resolve-record-exception-reason">
          {t('resolveExceptionReason')} {resolution.exception.reason}
        </div>
      )}
      {resolution.compensation && (
        <div>
          {t('resolveCompensation')} {resolution.compensation.bsm} · {(resolution.compensation.areaM2 / M2_PER_HA).toFixed(4)} /{' '}
          {(resolution.compensation.requiredM2 / M2_PER_HA).toFixed(4)} {t('hectare')}
        </div>
      )}
      {status.status === 'reopened' && (
        <div
          role="status"
          data-testid="resolve-reopen-reason"
          {...(status.detail !== undefined ? { title: `${t('resolveRegionHash')} ${status.detail}` } : {})}
        >
          {zh ? status.reasonZh : status.reasonEn}
        </div>
      )}
    </div>
  );
}

/** The new value takes the type of the field's current value: codes such as 1001 stay text, areas numbers. */
function typedValue(text: string, current: PropertyValue | undefined): PropertyValue {
  const trimmed = text.trim();
  if (typeof current === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  if (typeof current === 'boolean' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return trimmed;
}

function parseGeometry(text: string): Geometry | null {
  try {
    const value = JSON.parse(text) as { type?: string; geometry?: Geometry };
    const g = (value.type === 'Feature' ? value.geometry : value) as Geometry | undefined;
    return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? g : null;
  } catch {
    return null;
  }
}

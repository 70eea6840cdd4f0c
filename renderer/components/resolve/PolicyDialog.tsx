// The precedence policy dialog (优先级策略…): the workspace's policy as the coordinator edits it — tiers with
// their layers and basis, per-rule proposals, the order of the integrated land-use coverage — loaded from or
// saved to a JSON file, or back to the bundled default. Nothing changes until 应用: then the draft is
// checked (schema and checkPolicy) and, when valid, becomes the workspace's policy as one undoable command.
import './policy.css';
import { useMemo, useState } from 'react';
import { LAYERS } from '../../../engine/model/index.ts';
import type { LayerCode } from '../../../engine/model/index.ts';
import type { PolicyIssue } from '../../../engine/resolutions/index.ts';
import { RESOLUTION_KINDS, type Policy, type PolicyRule, type ResolutionKind } from '../../../engine/resolutions/index.ts';
import { validatePolicy } from '../../../engine/resolutions/index.ts';
import type { Severity } from '../../../engine/rules/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { DEFAULT_POLICY } from '../../services/blueprint/defaultPolicy.ts';
import { editPolicy, PolicyEditError, type PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { readPolicyFile } from '../../services/blueprint/readPolicyFile.ts';
import { workspacePolicy } from '../../services/blueprint/workspacePolicy.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { KIND_LABEL } from './ResolvePanel.tsx';

const SEVERITIES: readonly Severity[] = ['blocker', 'major', 'minor', 'info'];
const LAYER_NAME = new Map(LAYERS.map((l) => [l.code, l]));

interface Draft {
  policy: Policy;
  /** True while the draft is the bundled default untouched: applying it stores null (follow the default). */
  isDefault: boolean;
}

export function PolicyDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const store = useEditorStore();
  const zh = useEditor((s) => s.language) === 'zh';
  const rulePack = useEditor((s) => s.workspace.rulePack);
  const [draft, setDraft] = useState<Draft>(() => {
    const ws = store.getState().workspace;
    return { policy: workspacePolicy(ws), isDefault: !ws.policy };
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const ruleIds = useMemo(() => (rulePack ? new Set(rulePack.rules.map((r) => r.id)) : null), [rulePack]);
  const ruleTitle = useMemo(() => new Map((rulePack?.rules ?? []).map((r) => [r.id, zh ? r.title : r.titleEn ?? r.title])), [rulePack, zh]);
  const say = (issue: PolicyIssue | { zh: string; en: string }) => (zh ? issue.zh : issue.en);
  const policy = draft.policy;

  function edit(change: PolicyEdit) {
    try {
      setDraft({ policy: editPolicy(policy, change), isDefault: false });
      setErrors([]);
    } catch (error) {
      setErrors([error instanceof PolicyEditError ? say({ zh: error.message, en: error.en }) : errorText(error, zh ? 'zh' : 'en')]);
    }
  }

  function setRule(index: number, patch: Partial<PolicyRule>) {
    const next: PolicyRule = { ...policy.rules[index]!, ...patch };
    // Optional fields are left out rather than stored as undefined or false (the file stays as written).
    if (next.severity === undefined) delete next.severity;
    if (!next.requiresApproval) delete next.requiresApproval;
    if (!next.requiresCompensation) delete next.requiresCompensation;
    edit({ kind: 'setRule', index, rule: next });
  }

  function apply() {
    setStatus(null);
    // The draft goes through the same checks as a loaded file (a plain copy: what would be saved).
    const v = validatePolicy(JSON.parse(JSON.stringify(policy)), ruleIds);
    setWarnings(v.warnings.map(say));
    if (!v.ok) return setErrors(v.errors.map(say));
    setErrors([]);
    const s = store.getState();
    const before = s.workspace.policy ?? null;
    const after = draft.isDefault ? null : v.policy;
    if (JSON.stringify(before) === JSON.stringify(after)) return setStatus(t('policyUnchanged'));
    s.execute({ kind: 'setPolicy', before, after });
    s.notify({ kind: 'info', text: `${t('policyApplied')}「${after?.title ?? t('policyIsDefault')}」${v.warnings.length ? `（${v.warnings.map(say).join('；')}）` : ''}` });
    onClose();
  }

  async function load() {
    setStatus(null);
    const platform = createPlatform();
    try {
      const [file] = await platform.pickPlanFiles();
      if (!file) return;
      const reading = readPolicyFile(await file.read(), file.name, ruleIds);
      if (!reading.ok) {
        setWarnings([]);
        return setErrors([say(reading)]);
      }
      setDraft({ policy: reading.policy, isDefault: false });
      setErrors([]);
      setWarnings(reading.warnings.map(say));
      setStatus(`${t('policyLoaded')}「${file.name}」`);
    } catch (error) {
      setErrors([errorText(error, zh ? 'zh' : 'en', 'policyLoad')]);
    }
  }

  async function saveAs() {
    const bytes = new TextEncoder().encode(`${JSON.stringify(policy, null, 2)}\n`);
    try {
      const saved = await createPlatform().saveFile(bytes, { suggestedName: `${policy.id}.json`, format: 'json' });
      if (saved) setStatus(zh ? `已另存为「${saved.name}」` : `Saved as "${saved.name}"`);
    } catch (error) {
      setErrors([errorText(error, zh ? 'zh' : 'en', 'policySave')]);
    }
  }

  const layerLabel = (code: LayerCode) => `${LAYER_NAME.get(code)?.[zh ? 'nameZh' : 'nameEn'] ?? code} (${code})`;
  const packRuleIds = [...(rulePack?.rules ?? []).map((r) => r.id)];

  return (
    <div className="export-backdrop">
      <div className="policy-dialog" role="dialog" aria-label={t('policyTitle')} data-testid="policy-dialog" data-default={draft.isDefault}>
        <h3>
          {t('policyTitle')} — <span data-testid="policy-name">{draft.isDefault ? t('policyIsDefault') : policy.title}</span>
        </h3>

        <div className="policy-meta">
          <label>
            {t('policyName')}
            <input data-testid="policy-title" value={policy.title} onChange={(e) => edit({ kind: 'setMeta', title: e.target.value })} />
          </label>
          <label>
            {t('policyId')}
            <input data-testid="policy-id" value={policy.id} onChange={(e) => edit({ kind: 'setMeta', id: e.target.value })} />
          </label>
        </div>

        <h4>{t('policyTiers')}</h4>
        <table className="policy-table" data-testid="policy-tiers">
          <thead>
            <tr>
              <th>{t('policyTier')}</th>
              <th>{t('policyTierName')}</th>
              <th>{t('policyLayers')}</th>
              <th>{t('policyBasis')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {policy.tiers.map((tier, i) => (
              <tr key={i} data-testid={`policy-tier-${i}`}>
                <td>{tier.tier}</td>
                <td>
                  <input data-testid={`policy-tier-${i}-name`} value={tier.nameZh} onChange={(e) => edit({ kind: 'setTier', index: i, nameZh: e.target.value })} />
                </td>
                <td>
                  {tier.layers.map((layer) => (
                    <label key={layer} className="policy-layer">
                      {layerLabel(layer)}
                      <select
                        data-testid={`policy-layer-${layer}`}
                        aria-label={`${t('policyMoveTo')} ${layer}`}
                        value={i}
                        onChange={(e) => edit({ kind: 'moveLayer', layer, toTier: Number(e.target.value) })}
                      >
                        {policy.tiers.map((_, j) => (
                          <option key={j} value={j}>
                            {t('policyTier')} {j + 1}
                          </option>
                        ))}
                      </select>
                    </label>
                  ))}
                </td>
                <td>
                  <textarea data-testid={`policy-tier-${i}-basis`} rows={2} value={tier.basis} onChange={(e) => edit({ kind: 'setTier', index: i, basis: e.target.value })} />
                </td>
                <td className="policy-buttons">
                  <button data-testid={`policy-tier-${i}-up`} disabled={i === 0} onClick={() => edit({ kind: 'moveTier', index: i, by: -1 })}>
                    {t('moveUp')}
                  </button>
                  <button data-testid={`policy-tier-${i}-down`} disabled={i === policy.tiers.length - 1} onClick={() => edit({ kind: 'moveTier', index: i, by: 1 })}>
                    {t('moveDown')}
                  </button>
                  <button data-testid={`policy-tier-${i}-remove`} disabled={tier.layers.length > 0} onClick={() => edit({ kind: 'removeTier', index: i })}>
                    {t('policyRemoveTier')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button data-testid="policy-add-tier" onClick={() => edit({ kind: 'addTier', nameZh: t('policyNewTier') })}>
          {t('policyAddTier')}
        </button>

        <h4>{t('policyRules')}</h4>
        <table className="policy-table" data-testid="policy-rules">
          <thead>
            <tr>
              <th>{t('policyRule')}</th>
              <th>{t('policySeverity')}</th>
              <th>{t('policyAction')}</th>
              <th>{t('policyReason')}</th>
              <th>{t('policyRequiresApproval')}</th>
              <th>{t('policyRequiresCompensation')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {policy.rules.map((rule, i) => (
              <tr key={i} data-testid={`policy-rule-${i}`} data-rule={rule.ruleId} data-severity={rule.severity ?? ''}>
                <td>
                  <select data-testid={`policy-rule-${i}-id`} value={rule.ruleId} onChange={(e) => setRule(i, { ruleId: e.target.value })}>
                    {(packRuleIds.includes(rule.ruleId) ? packRuleIds : [rule.ruleId, ...packRuleIds]).map((id) => (
                      <option key={id} value={id}>
                        {id} {ruleTitle.get(id) ?? '?'}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    data-testid={`policy-rule-${i}-severity`}
                    value={rule.severity ?? ''}
                    onChange={(e) => setRule(i, { severity: e.target.value === '' ? undefined : (e.target.value as Severity) })}
                  >
                    <option value="">{t('policyAnySeverity')}</option>
                    {SEVERITIES.map((s) => (
                      <option key={s} value={s}>
                        {t(s)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <select data-testid={`policy-rule-${i}-action`} value={rule.action} onChange={(e) => setRule(i, { action: e.target.value as ResolutionKind })}>
                    {RESOLUTION_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(KIND_LABEL[k])}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input data-testid={`policy-rule-${i}-reason`} value={rule.reasonZh} onChange={(e) => setRule(i, { reasonZh: e.target.value })} />
                </td>
                <td>
                  <input type="checkbox" data-testid={`policy-rule-${i}-approval`} checked={rule.requiresApproval === true} onChange={(e) => setRule(i, { requiresApproval: e.target.checked })} />
                </td>
                <td>
                  <input
                    type="checkbox"
                    data-testid={`policy-rule-${i}-compensation`}
                    checked={rule.requiresCompensation === true}
                    onChange={(e) => setRule(i, { requiresCompensation: e.target.checked })}
                  />
                </td>
                <td>
                  <button data-testid={`policy-rule-${i}-remove`} onClick={() => edit({ kind: 'removeRule', index: i })}>
                    {t('policyRemove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button
          data-testid="policy-add-rule"
          onClick={() => edit({ kind: 'addRule', rule: { ruleId: packRuleIds.find((id) => !policy.rules.some((r) => r.ruleId === id)) ?? packRuleIds[0] ?? 'R01', action: 'defer', reasonZh: '' } })}
        >
          {t('policyAddRule')}
        </button>

        <h4>{t('policyCoverage')}</h4>
        <ol className="policy-coverage" data-testid="policy-coverage">
          {policy.coverage.map((c, i) => (
            <li key={c.layer} data-layer={c.layer}>
              {layerLabel(c.layer)}
              {c.classNameZh ? ` · ${c.classNameZh}` : ''}
              <button data-testid={`policy-coverage-${i}-up`} disabled={i === 0} onClick={() => edit({ kind: 'moveCoverage', index: i, by: -1 })}>
                {t('moveUp')}
              </button>
              <button data-testid={`policy-coverage-${i}-down`} disabled={i === policy.coverage.length - 1} onClick={() => edit({ kind: 'moveCoverage', index: i, by: 1 })}>
                {t('moveDown')}
              </button>
            </li>
          ))}
        </ol>

        <div className="policy-footer">
          {status && (
            <p role="status" data-testid="policy-status">
              {status}
            </p>
          )}
          {errors.length > 0 && (
            <div role="alert" className="resolve-errors" data-testid="policy-errors">
              <p>{t('policyRefused')}</p>
              <ul>
                {errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          {warnings.length > 0 && (
            <div className="policy-warnings" data-testid="policy-warnings">
              <p>{t('policyWarnings')}</p>
              <ul>
                {warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <div className="export-actions">
            <button data-testid="policy-load" onClick={() => void load()}>
              {t('policyLoad')}
            </button>
            <button data-testid="policy-save" onClick={() => void saveAs()}>
              {t('policySaveAs')}
            </button>
            <button
              data-testid="policy-reset"
              onClick={() => {
                setDraft({ policy: DEFAULT_POLICY, isDefault: true });
                setErrors([]);
                setWarnings([]);
              }}
            >
              {t('policyReset')}
            </button>
            <button className="primary" data-testid="policy-apply" onClick={apply}>
              {t('policyApply')}
            </button>
            <button data-testid="policy-close" onClick={onClose}>
              {t('dismiss')}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

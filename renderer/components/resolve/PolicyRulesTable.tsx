// The policy dialog's per-rule proposals: rule (from the workspace's rule pack), severity filter, action, reason,
// and whether approval or compensation is required; rows can be removed and added. Edits go to the draft only.
import { useMemo } from 'react';
import { RESOLUTION_KINDS, type Policy, type PolicyRule, type ResolutionKind } from '../../../engine/resolutions/index.ts';
import type { Severity } from '../../../engine/rules/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import type { PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { KIND_LABEL } from './ResolvePanel.tsx';

const SEVERITIES: readonly Severity[] = ['blocker', 'major', 'minor', 'info'];

export function PolicyRulesTable({
  policy,
  edit,
  setRule,
}: {
  policy: Policy;
  edit: (change: PolicyEdit) => void;
  setRule: (index: number, patch: Partial<PolicyRule>) => void;
}) {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  const rulePack = useEditor((s) => s.workspace.rulePack);
  const ruleTitle = useMemo(
    () => new Map((rulePack?.rules ?? []).map((r) => [r.id, zh ? r.title : (r.titleEn ?? r.title)])),
    [rulePack, zh],
  );
  const packRuleIds = [...(rulePack?.rules ?? []).map((r) => r.id)];
  return (
    <>
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
                <select
                  data-testid={`policy-rule-${i}-action`}
                  value={rule.action}
                  onChange={(e) => setRule(i, { action: e.target.value as ResolutionKind })}
                >
                  {RESOLUTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(KIND_LABEL[k])}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  data-testid={`policy-rule-${i}-reason`}
                  value={rule.reasonZh}
                  onChange={(e) => setRule(i, { reasonZh: e.target.value })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  data-testid={`policy-rule-${i}-approval`}
                  checked={rule.requiresApproval === true}
                  onChange={(e) => setRule(i, { requiresApproval: e.target.checked })}
                />
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
        onClick={() =>
          edit({
            kind: 'addRule',
            rule: {
              ruleId: packRuleIds.find((id) => !policy.rules.some((r) => r.ruleId === id)) ?? packRuleIds[0] ?? 'R01',
              action: 'defer',
              reasonZh: '',
            },
          })
        }
      >
        {t('policyAddRule')}
      </button>
    </>
  );
}

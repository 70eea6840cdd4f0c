// The policy dialog's per-rule proposals: rule (from the workspace's rule pack), severity filter, action, reason,
// and whether approval or compensation is required; rows can be removed and added. Edits go to the draft only.
import { useMemo } from 'react';
import { Button, Checkbox, Input } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { RESOLUTION_KINDS, type Policy, type PolicyRule, type ResolutionKind } from '../../../engine/resolutions/index.ts';
import type { Severity } from '../../../engine/rules/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import type { PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { KIND_LABEL } from './ResolvePanel.tsx';
import { ImportChoice } from '../ImportChoice.tsx';
import { DECORATIVE_ICON } from '../decorativeIcon.ts';

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
      {/* A plain table styled like antd's (antd Table's scrollbar probe injects a <style> without the CSP nonce). */}
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
                <ImportChoice
                  testId={`policy-rule-${i}-id`}
                  width={230}
                  value={rule.ruleId}
                  onChange={(v) => setRule(i, { ruleId: v })}
                  options={(packRuleIds.includes(rule.ruleId) ? packRuleIds : [rule.ruleId, ...packRuleIds]).map((id) => ({
                    value: id,
                    label: `${id} ${ruleTitle.get(id) ?? '?'}`,
                  }))}
                />
              </td>
              <td>
                <ImportChoice
                  testId={`policy-rule-${i}-severity`}
                  width={104}
                  value={rule.severity ?? ''}
                  onChange={(v) => setRule(i, { severity: v === '' ? undefined : (v as Severity) })}
                  options={[{ value: '', label: t('policyAnySeverity') }, ...SEVERITIES.map((s) => ({ value: s, label: t(s) }))]}
                />
              </td>
              <td>
                <ImportChoice
                  testId={`policy-rule-${i}-action`}
                  width={168}
                  value={rule.action}
                  onChange={(v) => setRule(i, { action: v as ResolutionKind })}
                  options={RESOLUTION_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
                />
              </td>
              <td>
                <Input
                  data-testid={`policy-rule-${i}-reason`}
                  value={rule.reasonZh}
                  onChange={(e) => setRule(i, { reasonZh: e.target.value })}
                />
              </td>
              <td>
                <Checkbox
                  data-testid={`policy-rule-${i}-approval`}
                  checked={rule.requiresApproval === true}
                  onChange={(e) => setRule(i, { requiresApproval: e.target.checked })}
                />
              </td>
              <td>
                <Checkbox
                  data-testid={`policy-rule-${i}-compensation`}
                  checked={rule.requiresCompensation === true}
                  onChange={(e) => setRule(i, { requiresCompensation: e.target.checked })}
                />
              </td>
              <td>
                <Button
                  danger
                  icon={<DeleteOutlined {...DECORATIVE_ICON} />}
                  data-testid={`policy-rule-${i}-remove`}
                  onClick={() => edit({ kind: 'removeRule', index: i })}
                >
                  {t('policyRemove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        icon={<PlusOutlined {...DECORATIVE_ICON} />}
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
      </Button>
    </>
  );
}

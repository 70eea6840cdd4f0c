// The policy dialog's precedence tiers: each tier's name, its layers (each can be moved to another tier), its
// legal basis, and buttons to reorder, remove (only when empty) and add tiers. Edits go to the draft only.
import { Button, Input } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Policy } from '../../../engine/resolutions/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import type { PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { policyLayerLabel } from './policyLayerLabel.ts';
import { ImportChoice } from '../ImportChoice.tsx';
import { DECORATIVE_ICON } from '../decorativeIcon.ts';

export function PolicyTiersTable({ policy, edit }: { policy: Policy; edit: (change: PolicyEdit) => void }) {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  return (
    <>
      <h4>{t('policyTiers')}</h4>
      {/* A plain table styled like antd's (antd Table's scrollbar probe injects a <style> without the CSP nonce). */}
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
                <Input
                  data-testid={`policy-tier-${i}-name`}
                  value={tier.nameZh}
                  onChange={(e) => edit({ kind: 'setTier', index: i, nameZh: e.target.value })}
                />
              </td>
              <td>
                {tier.layers.map((layer) => (
                  <label key={layer} className="policy-layer">
                    {policyLayerLabel(layer, zh)}
                    <ImportChoice
                      testId={`policy-layer-${layer}`}
                      title={`${t('policyMoveTo')} ${layer}`}
                      width={96}
                      value={String(i)}
                      onChange={(v) => edit({ kind: 'moveLayer', layer, toTier: Number(v) })}
                      options={policy.tiers.map((_, j) => ({ value: String(j), label: `${t('policyTier')} ${j + 1}` }))}
                    />
                  </label>
                ))}
              </td>
              <td>
                <Input.TextArea
                  data-testid={`policy-tier-${i}-basis`}
                  rows={2}
                  value={tier.basis}
                  onChange={(e) => edit({ kind: 'setTier', index: i, basis: e.target.value })}
                />
              </td>
              <td className="policy-buttons">
                <Button
                  icon={<ArrowUpOutlined {...DECORATIVE_ICON} />}
                  data-testid={`policy-tier-${i}-up`}
                  disabled={i === 0}
                  onClick={() => edit({ kind: 'moveTier', index: i, by: -1 })}
                >
                  {t('moveUp')}
                </Button>
                <Button
                  icon={<ArrowDownOutlined {...DECORATIVE_ICON} />}
                  data-testid={`policy-tier-${i}-down`}
                  disabled={i === policy.tiers.length - 1}
                  onClick={() => edit({ kind: 'moveTier', index: i, by: 1 })}
                >
                  {t('moveDown')}
                </Button>
                <Button
                  danger
                  icon={<DeleteOutlined {...DECORATIVE_ICON} />}
                  data-testid={`policy-tier-${i}-remove`}
                  disabled={tier.layers.length > 0}
                  onClick={() => edit({ kind: 'removeTier', index: i })}
                >
                  {t('policyRemoveTier')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Button
        icon={<PlusOutlined {...DECORATIVE_ICON} />}
        data-testid="policy-add-tier"
        onClick={() => edit({ kind: 'addTier', nameZh: t('policyNewTier') })}
      >
        {t('policyAddTier')}
      </Button>
    </>
  );
}

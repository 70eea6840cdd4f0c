// The policy dialog's precedence tiers: each tier's name, its layers (each can be moved to another tier), its
// legal basis, and buttons to reorder, remove (only when empty) and add tiers. Edits go to the draft only.
import type { Policy } from '../../../engine/resolutions/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import type { PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { policyLayerLabel } from './policyLayerLabel.ts';

export function PolicyTiersTable({ policy, edit }: { policy: Policy; edit: (change: PolicyEdit) => void }) {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  return (
    <>
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
                <input
                  data-testid={`policy-tier-${i}-name`}
                  value={tier.nameZh}
                  onChange={(e) => edit({ kind: 'setTier', index: i, nameZh: e.target.value })}
                />
              </td>
              <td>
                {tier.layers.map((layer) => (
                  <label key={layer} className="policy-layer">
                    {policyLayerLabel(layer, zh)}
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
                <textarea
                  data-testid={`policy-tier-${i}-basis`}
                  rows={2}
                  value={tier.basis}
                  onChange={(e) => edit({ kind: 'setTier', index: i, basis: e.target.value })}
                />
              </td>
              <td className="policy-buttons">
                <button data-testid={`policy-tier-${i}-up`} disabled={i === 0} onClick={() => edit({ kind: 'moveTier', index: i, by: -1 })}>
                  {t('moveUp')}
                </button>
                <button
                  data-testid={`policy-tier-${i}-down`}
                  disabled={i === policy.tiers.length - 1}
                  onClick={() => edit({ kind: 'moveTier', index: i, by: 1 })}
                >
                  {t('moveDown')}
                </button>
                <button
                  data-testid={`policy-tier-${i}-remove`}
                  disabled={tier.layers.length > 0}
                  onClick={() => edit({ kind: 'removeTier', index: i })}
                >
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
    </>
  );
}

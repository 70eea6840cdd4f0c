// The inspector: for a selected conflict, both features and the rule's legal basis; for a selected
// feature, its attribute form (FeatureForm).
import { Button } from 'antd';
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { ConflictParty } from '../../engine/rules/index.ts';
import { FeatureForm } from './FeatureForm.tsx';
import { formatArea } from './formatArea.ts';
import { legalBasisEn } from '../i18n/legalBasisEn.ts';
import { codedValueEn, partyNameEn } from '../../engine/model/index.ts';
import type { LayerCode } from '../../engine/model/index.ts';
import { StoredValue } from './StoredValue.tsx';

export function Inspector() {
  const t = useT();
  const selection = useEditor((s) => s.selection);
  const conflictKey = useEditor((s) => s.selectedConflictKey);
  const conflict = useEditor((s) => (conflictKey ? s.conflicts.find((c) => c.key === conflictKey) : undefined));
  const rulePack = useEditor((s) => s.workspace.rulePack);
  const language = useEditor((s) => s.language);
  if (conflict) {
    const rule = rulePack?.rules.find((r) => r.id === conflict.ruleId);
    const english = language === 'en' && rule ? legalBasisEn(rule.legalBasis) : undefined;
    return (
      <div className="inspector" data-testid="inspector-conflict">
        <h3>
          <span className={`badge sev-${conflict.severity}`}>{t(conflict.severity)}</span> {conflict.ruleId}{' '}
          {language === 'en' && rule?.titleEn ? rule.titleEn : conflict.title}
        </h3>
        {/* The message names both features (user data); its wording is the engine's, in the chosen language. */}
        <p className="message" data-user-text="">
          {language === 'en' && conflict.messageEn ? conflict.messageEn : conflict.message}
        </p>
        {conflict.measure.areaM2 !== undefined && (
          <p>
            {t('conflictRegion')}: {formatArea(conflict.measure.areaM2, t)}
          </p>
        )}
        <Party label={t('subjectFeature')} party={conflict.subject} />
        <Party label={t('objectFeature')} party={conflict.object} />
        <h4>{t('legalBasis')}</h4>
        {english ? (
          // In English: the translation for reading, then the Chinese original, which is the authoritative text.
          <>
            <p className="legal-basis" data-testid="legal-basis">
              {english}
            </p>
            <p className="legal-basis-note">{t('legalBasisOriginal')}</p>
            <p className="legal-basis legal-basis-original" data-testid="legal-basis-original" lang="zh-CN">
              {rule!.legalBasis}
            </p>
          </>
        ) : (
          <>
            {/* Legal sources are quoted as published (Chinese); in English a note says so. */}
            <p className="legal-basis" data-testid="legal-basis" lang="zh-CN">
              {rule?.legalBasis ?? '—'}
            </p>
            {language === 'en' && rule?.legalBasis && <p className="legal-basis-note">{t('legalBasisQuoted')}</p>}
          </>
        )}
      </div>
    );
  }
  if (selection) return <FeatureForm key={`${selection.planId}/${selection.featureId}`} ref_={selection} />;
  return <div className="placeholder">{t('noSelection')}</div>;
}

function Party({ label, party }: { label: string; party: ConflictParty | null }) {
  const t = useT();
  const select = useEditor((s) => s.select);
  const feature = useEditor((s) =>
    party ? s.workspace.plans.get(party.planId as never)?.features.get(party.featureId as never) : undefined,
  );
  const english = useEditor((s) => s.language === 'en');
  const classification = useEditor((s) => (party ? s.workspace.plans.get(party.planId as never)?.meta.classification : undefined));
  if (!party) return null;
  const layer = party.layer as LayerCode;
  return (
    <div className="party">
      <h4>{label}</h4>
      <div>
        {t('plan')}: <span data-user-text="">{party.planTitle}</span>
      </div>
      <div>
        {t('layer')}: {party.layer} ·{' '}
        <StoredValue text={party.name ?? ''} en={english ? partyNameEn(layer, party.name, classification) : undefined} /> · BSM{' '}
        {party.bsm ?? '—'}
      </div>
      {feature && (
        <table className="props">
          <tbody>
            {Object.entries(feature.properties).map(([k, v]) => (
              <tr key={k}>
                <th>{k}</th>
                <td>
                  <StoredValue text={String(v ?? '')} en={english ? codedValueEn(layer, k, v, classification) : undefined} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Button size="small" onClick={() => select({ planId: party.planId as never, featureId: party.featureId as never })}>
        {t('inspector')}
      </Button>
    </div>
  );
}

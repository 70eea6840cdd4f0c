// The policy dialog's order of the integrated land-use coverage: which layer wins where coverage layers overlap,
// first to last, each moved up or down. Edits go to the draft only.
import { Button } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { Policy } from '../../../engine/resolutions/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import type { PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { policyLayerLabel } from './policyLayerLabel.ts';
import { codeInfo } from '../../../engine/model/index.ts';
import { DECORATIVE_ICON } from '../decorativeIcon.ts';

export function PolicyCoverageOrder({ policy, edit }: { policy: Policy; edit: (change: PolicyEdit) => void }) {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  return (
    <>
      <h4>{t('policyCoverage')}</h4>
      <ol className="policy-coverage" data-testid="policy-coverage">
        {policy.coverage.map((c, i) => (
          <li key={c.layer} data-layer={c.layer}>
            {policyLayerLabel(c.layer, zh)}
            {c.classNameZh ? ` · ${zh ? c.classNameZh : (codeInfo('ydyh2023', c.classValue ?? '')?.nameEn ?? c.classNameZh)}` : ''}
            <Button
              size="small"
              icon={<ArrowUpOutlined {...DECORATIVE_ICON} />}
              data-testid={`policy-coverage-${i}-up`}
              disabled={i === 0}
              onClick={() => edit({ kind: 'moveCoverage', index: i, by: -1 })}
            >
              {t('moveUp')}
            </Button>
            <Button
              size="small"
              icon={<ArrowDownOutlined {...DECORATIVE_ICON} />}
              data-testid={`policy-coverage-${i}-down`}
              disabled={i === policy.coverage.length - 1}
              onClick={() => edit({ kind: 'moveCoverage', index: i, by: 1 })}
            >
              {t('moveDown')}
            </Button>
          </li>
        ))}
      </ol>
    </>
  );
}

// Legend: the 用地用海 classes present in the workspace with their table colours, and the symbols of
// the other layers (control lines, reserves, roads and railways by grade).
import { useMemo } from 'react';
import { LAYERS } from '../../engine/model/index.ts';
import codeTable from '../../schemas/codes/ydyh-2023.json' with { type: 'json' };
import { useEditor, useT } from '../app/StoreContext.tsx';
import { landUseColour } from '../map/landUseColour.ts';
import { GRADE_SYMBOLS } from '../map/layerStyles.ts';
import { featureSummary } from '../store/featureSummary.ts';

const codeNames = new Map(codeTable.codes.map((c) => [c.code, { zh: c.name, en: c.nameEn }]));

export function Legend() {
  const t = useT();
  const workspace = useEditor((s) => s.workspace);
  const language = useEditor((s) => s.language);
  const { codes, layers, grades } = useMemo(() => {
    const codes = new Set<string>();
    const layers = new Set<string>();
    const grades = new Set<string>();
    for (const entry of workspace.plans.values()) {
      const summary = featureSummary(entry.features);
      for (const layer of summary.layerCounts.keys()) layers.add(layer);
      for (const c of summary.landUseCodes) codes.add(c);
      for (const g of summary.grades) grades.add(g);
    }
    return { codes: [...codes].sort(), layers, grades: [...grades] };
  }, [workspace]);
  return (
    <div className="legend" data-testid="legend">
      <h3>{t('legend')}</h3>
      {codes.map((code) => {
        const [r, g, b] = landUseColour(code);
        return (
          <div key={code} className="legend-row">
            <Swatch colour={`rgb(${r},${g},${b})`} />
            {code} {codeNames.get(code)?.[language] ?? ''}
          </div>
        );
      })}
      {LAYERS.filter((l) => l.code !== 'GHYDYH' && l.code !== 'JTXL' && layers.has(l.code)).map((l) => (
        <div key={l.code} className="legend-row">
          <Swatch colour="transparent" className={`legend-${l.code}`} />
          {language === 'zh' ? l.nameZh : l.nameEn}
        </div>
      ))}
      {grades.map((grade) => (
        <div key={grade} className="legend-row">
          <Swatch colour={GRADE_SYMBOLS[grade]?.colour ?? '#777'} line />
          {language === 'zh' ? grade : (GRADE_SYMBOLS[grade]?.nameEn ?? grade)}
        </div>
      ))}
    </div>
  );
}

function Swatch({ colour, line, className }: { colour: string; line?: boolean; className?: string }) {
  return <span className={`swatch ${line ? 'swatch-line' : ''} ${className ?? ''}`} style={{ background: colour }} />;
}

// The history panel: every command of the one undo history (applied, then undone in grey); clicking
// an entry undoes or redoes up to it.
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { MessageKey } from '../i18n/dictionary.ts';
import type { Command } from '../store/types.ts';

const LABELS: Record<Command['kind'], MessageKey> = {
  setAttributes: 'commandSetAttributes',
  setGeometry: 'commandSetGeometry',
  addFeature: 'commandAddFeature',
  deleteFeature: 'commandDeleteFeature',
  importPlan: 'commandImportPlan',
  removePlan: 'commandRemovePlan',
  batch: 'commandBatch',
  setResolution: 'commandSetResolution',
  setPolicy: 'commandSetPolicy',
};

function subjectOf(c: Command): string {
  switch (c.kind) {
    case 'setAttributes':
    case 'setGeometry':
      return c.featureId.slice(0, 8);
    case 'addFeature':
    case 'deleteFeature':
      return String(c.feature.properties.BSM || c.feature.id.slice(0, 8));
    case 'importPlan':
    case 'removePlan':
      return c.plan.plan.title;
    case 'batch':
      return c.label;
    case 'setResolution':
      return c.conflictKey;
    case 'setPolicy':
      return c.after?.title ?? '默认';
  }
}

export function HistoryPanel() {
  const t = useT();
  const past = useEditor((s) => s.past);
  const future = useEditor((s) => s.future);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  if (past.length === 0 && future.length === 0) return <div className="placeholder">{t('historyEmpty')}</div>;
  return (
    <ol className="history" data-testid="history">
      {past.map((c, i) => (
        <li key={`p${i}`} className="applied" onClick={() => { for (let n = past.length - 1; n > i; n--) undo(); }}>
          {t(LABELS[c.kind])} · {subjectOf(c)}
        </li>
      ))}
      {future.map((c, i) => (
        <li key={`f${i}`} className="undone" onClick={() => { for (let n = 0; n <= i; n++) redo(); }}>
          {t(LABELS[c.kind])} · {subjectOf(c)}
        </li>
      ))}
    </ol>
  );
}

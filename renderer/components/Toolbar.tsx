// The toolbar: checks, undo/redo, map tools, draw target, delete, language. Shortcuts are in useShortcuts.
import { LAYERS } from '../../engine/model/index.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { MapTool } from '../store/selectionSlice.ts';
import type { MessageKey } from '../i18n/dictionary.ts';
import { deleteSelected } from '../app/editActions.ts';
import { useEditorStore } from '../app/StoreContext.tsx';
import { useChecks } from '../app/ChecksContext.tsx';
import { ImportButton } from './ImportButton.tsx';

const TOOLS: { tool: MapTool; label: MessageKey; key: string }[] = [
  { tool: 'select', label: 'toolSelect', key: 'S' },
  { tool: 'modify', label: 'toolModify', key: 'E' },
  { tool: 'drawPolygon', label: 'toolDrawPolygon', key: 'P' },
  { tool: 'drawLine', label: 'toolDrawLine', key: 'L' },
  { tool: 'measureLength', label: 'toolMeasureLength', key: 'D' },
  { tool: 'measureArea', label: 'toolMeasureArea', key: 'A' },
];

export function Toolbar() {
  const t = useT();
  const store = useEditorStore();
  const checks = useChecks();
  const tool = useEditor((s) => s.tool);
  const setTool = useEditor((s) => s.setTool);
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  const undo = useEditor((s) => s.undo);
  const redo = useEditor((s) => s.redo);
  const language = useEditor((s) => s.language);
  const setLanguage = useEditor((s) => s.setLanguage);
  const running = useEditor((s) => s.progress.running);
  const selection = useEditor((s) => s.selection);
  const conflictKey = useEditor((s) => s.selectedConflictKey);
  const workspace = useEditor((s) => s.workspace);
  const drawTarget = useEditor((s) => s.drawTarget);
  const setDrawTarget = useEditor((s) => s.setDrawTarget);
  return (
    <div className="toolbar" role="toolbar">
      <strong className="app-title">{t('appTitle')}</strong>
      <button data-testid="run-checks" disabled={running} onClick={() => checks.runAll()}>{t('runChecks')}</button>
      {running && <button data-testid="cancel-checks" onClick={() => checks.cancel()}>{t('cancel')}</button>}
      <ImportButton />
      <span className="sep" />
      <button data-testid="undo" disabled={!canUndo} onClick={() => undo()} title="Ctrl+Z">{t('undo')}</button>
      <button data-testid="redo" disabled={!canRedo} onClick={() => redo()} title="Ctrl+Y">{t('redo')}</button>
      <span className="sep" />
      {TOOLS.map((x) => (
        <button key={x.tool} className={tool === x.tool ? 'active' : ''} data-tool={x.tool} title={x.key} onClick={() => setTool(x.tool)}>
          {t(x.label)}
        </button>
      ))}
      <label className="draw-target">
        {t('drawTarget')}{' '}
        <select
          data-testid="draw-target"
          value={drawTarget ? `${drawTarget.planId}|${drawTarget.layer}` : ''}
          onChange={(e) => {
            const [planId, layer] = e.target.value.split('|');
            setDrawTarget(planId && layer ? { planId: planId as never, layer } : null);
          }}
        >
          <option value="">{t('chooseLayer')}</option>
          {workspace.planOrder.map((planId) => {
            const meta = workspace.plans.get(planId)?.meta;
            if (!meta) return null;
            return LAYERS.filter((l) => l.kind === meta.kind).map((l) => (
              <option key={`${planId}|${l.code}`} value={`${planId}|${l.code}`}>
                {meta.title} / {language === 'zh' ? l.nameZh : l.nameEn}
              </option>
            ));
          })}
        </select>
      </label>
      <button data-testid="delete-feature" disabled={!selection} onClick={() => deleteSelected(store)} title="Delete">{t('deleteFeature')}</button>
      <button data-testid="subtract-other" disabled={!selection && !conflictKey} onClick={() => checks.subtractOther()}>{t('subtractOther')}</button>
      <span className="spacer" />
      <button data-testid="language" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>{t('language')}</button>
    </div>
  );
}

// Layer tree grouped by department and plan: visibility, opacity and drawing order per layer.
import { LAYERS } from '../../engine/model/index.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import { DEFAULT_LAYER_VIEW } from '../store/viewSlice.ts';
import { featureSummary } from '../store/featureSummary.ts';
import { departmentLabel } from './planDepartment.ts';

export function LayerTree() {
  const t = useT();
  const workspace = useEditor((s) => s.workspace);
  const layerViews = useEditor((s) => s.layerViews);
  const language = useEditor((s) => s.language);
  const setLayerView = useEditor((s) => s.setLayerView);
  const movePlan = useEditor((s) => s.movePlan);
  // Top of the list = drawn on top.
  const plans = [...workspace.planOrder].reverse();
  return (
    <div className="layer-tree" data-testid="layer-tree">
      <h3>{t('layers')}</h3>
      {plans.map((planId) => {
        const entry = workspace.plans.get(planId);
        if (!entry) return null;
        const counts = featureSummary(entry.features).layerCounts;
        return (
          <div key={planId} className="plan-group">
            <div className="plan-head">
              {(() => {
                // The managed list's short name, the full name in the tooltip (one name per department).
                const department = departmentLabel(workspace, planId, language);
                return (
                  <span className="department" title={department.full}>
                    {department.short}
                  </span>
                );
              })()}
              <span className="plan-title">
              <span className="department" data-user-text="">
                {entry.meta.department}
              </span>
              <span className="plan-title" data-user-text="">
                {entry.meta.title} {entry.meta.version}
              </span>
              <button title={t('moveUp')} onClick={() => movePlan(planId, 1)}>
                ▲
              </button>
              <button title={t('moveDown')} onClick={() => movePlan(planId, -1)}>
                ▼
              </button>
            </div>
            {LAYERS.filter((l) => counts.has(l.code)).map((l) => {
              const key = `${planId}/${l.code}`;
              const view = layerViews[key] ?? DEFAULT_LAYER_VIEW;
              return (
                <div key={key} className="layer-row">
                  <label>
                    <input
                      type="checkbox"
                      checked={view.visible}
                      data-layer-key={key}
                      onChange={(e) => setLayerView(key, { visible: e.target.checked })}
                    />
                    {language === 'zh' ? l.nameZh : l.nameEn} <small>({counts.get(l.code)})</small>
                  </label>
                  <input
                    type="range"
                    min={0}
                    max={1}
                    step={0.1}
                    value={view.opacity}
                    title={t('opacity')}
                    onChange={(e) => setLayerView(key, { opacity: Number(e.target.value) })}
                  />
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

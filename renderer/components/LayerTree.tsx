// Layer tree (antd Tree with checkboxes): department → plan → layer, the managed department's short name with the
// full name in a tooltip; a checkbox shows or hides a layer (or a whole plan or department), a slider sets its
// opacity, and ▲/▼ change a plan's drawing order (top of the list = drawn on top).
import { useMemo, useState, type Key, type ReactNode } from 'react';
import { Button, Slider, Tooltip, Tree } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { LAYERS } from '../../engine/model/index.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import { DEFAULT_LAYER_VIEW } from '../store/viewSlice.ts';
import { featureSummary } from '../store/featureSummary.ts';
import { departmentLabel } from './planDepartment.ts';

interface TreeNode {
  key: string;
  title: ReactNode;
  children?: TreeNode[];
  selectable: false;
}

export function LayerTree() {
  const t = useT();
  const workspace = useEditor((s) => s.workspace);
  const layerViews = useEditor((s) => s.layerViews);
  const language = useEditor((s) => s.language);
  const setLayerView = useEditor((s) => s.setLayerView);
  const movePlan = useEditor((s) => s.movePlan);

  // Groups in the order of their topmost plan; a plan's layers in the model's order.
  const groups = useMemo(() => {
    const byDepartment = new Map<string, { short: string; full: string; plans: { planId: string; layerKeys: string[] }[] }>();
    for (const planId of [...workspace.planOrder].reverse()) {
      const entry = workspace.plans.get(planId);
      if (!entry) continue;
      const counts = featureSummary(entry.features).layerCounts;
      const { short, full } = departmentLabel(workspace, planId, language);
      const group = byDepartment.get(full) ?? { short, full, plans: [] };
      group.plans.push({ planId, layerKeys: LAYERS.filter((l) => counts.has(l.code)).map((l) => `${planId}/${l.code}`) });
      byDepartment.set(full, group);
    }
    return [...byDepartment.values()];
  }, [workspace, language]);

  const allLayerKeys = groups.flatMap((g) => g.plans.flatMap((p) => p.layerKeys));
  const checkedKeys = allLayerKeys.filter((key) => (layerViews[key] ?? DEFAULT_LAYER_VIEW).visible);

  const treeData: TreeNode[] = groups.map((group) => ({
    key: `department:${group.full}`,
    selectable: false,
    title: (
      <Tooltip title={group.full} mouseEnterDelay={0.4}>
        <span className="department" data-testid="layer-department" data-department={group.full} data-user-text="">
          {group.short || group.full}
        </span>
      </Tooltip>
    ),
    children: group.plans.map(({ planId, layerKeys }) => {
      const entry = workspace.plans.get(planId as never)!;
      const counts = featureSummary(entry.features).layerCounts;
      return {
        key: `plan:${planId}`,
        selectable: false,
        title: (
          <span className="plan-head" data-testid="layer-plan">
            <span className="plan-title" title={`${entry.meta.title} ${entry.meta.version}`} data-user-text="" data-user-title="">
              {entry.meta.title} {entry.meta.version}
            </span>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined aria-label={t('moveUp')} />}
              aria-label={t('moveUp')}
              title={t('moveUp')}
              onClick={(e) => {
                e.stopPropagation();
                movePlan(planId as never, 1);
              }}
            />
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined aria-label={t('moveDown')} />}
              aria-label={t('moveDown')}
              title={t('moveDown')}
              onClick={(e) => {
                e.stopPropagation();
                movePlan(planId as never, -1);
              }}
            />
          </span>
        ),
        children: layerKeys.map((key) => {
          const code = key.slice(planId.length + 1);
          const layer = LAYERS.find((l) => l.code === code)!;
          const view = layerViews[key] ?? DEFAULT_LAYER_VIEW;
          return {
            key,
            selectable: false,
            title: (
              <span className="layer-row" data-layer-key={key}>
                <span className="layer-name" title={language === 'zh' ? layer.nameZh : layer.nameEn}>
                  {language === 'zh' ? layer.nameZh : layer.nameEn} <small>({counts.get(code)})</small>
                </span>
                <span className="layer-opacity" title={t('opacity')} onClick={(e) => e.stopPropagation()}>
                  <Slider
                    min={0}
                    max={1}
                    step={0.1}
                    value={view.opacity}
                    tooltip={{ formatter: (v) => `${Math.round((v ?? 0) * 100)}%` }}
                    aria-label={t('opacity')}
                    onChange={(value) => setLayerView(key, { opacity: value })}
                  />
                </span>
              </span>
            ),
          };
        }),
      };
    }),
  }));

  // Every group starts open, an imported plan too; only what the user folds stays folded.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const groupKeys = treeData.flatMap((d) => [d.key, ...(d.children ?? []).map((p) => p.key)]);
  const expandedKeys = groupKeys.filter((key) => !folded.has(key));
  const onExpand = (keys: Key[]) => {
    const open = new Set(keys.map(String));
    setFolded(new Set(groupKeys.filter((key) => !open.has(key))));
  };

  const onCheck = (checked: Key[] | { checked: Key[] }) => {
    const now = new Set((Array.isArray(checked) ? checked : checked.checked).map(String));
    for (const key of allLayerKeys) {
      const visible = now.has(key);
      if ((layerViews[key] ?? DEFAULT_LAYER_VIEW).visible !== visible) setLayerView(key, { visible });
    }
  };

  return (
    <div className="layer-tree" data-testid="layer-tree">
      <h3>{t('layers')}</h3>
      <Tree
        checkable
        selectable={false}
        blockNode
        expandedKeys={expandedKeys}
        onExpand={onExpand}
        expandAction={false}
        treeData={treeData}
        checkedKeys={checkedKeys}
        onCheck={onCheck}
      />
    </div>
  );
}

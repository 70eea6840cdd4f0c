// The toolbar (antd buttons with icons): checks, import, undo/redo, map tools, draw target, delete, subtract,
// language. It never wraps: when the window is too narrow for every label, secondary actions move into a 更多
// menu and the title shortens (the levels below), so no label is ever clipped. Shortcuts are in useShortcuts.
import { useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { Button, Dropdown, Select, Tooltip } from 'antd';
import type { MenuProps } from 'antd';
import {
  AimOutlined,
  BorderOutlined,
  ColumnWidthOutlined,
  DeleteOutlined,
  GlobalOutlined,
  LineOutlined,
  MoreOutlined,
  NodeIndexOutlined,
  PlayCircleOutlined,
  RadiusSettingOutlined,
  RedoOutlined,
  ScissorOutlined,
  StopOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { LAYERS } from '../../engine/model/index.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { MapTool } from '../store/selectionSlice.ts';
import type { MessageKey } from '../i18n/dictionary.ts';
import { deleteSelected } from '../app/editActions.ts';
import { useEditorStore } from '../app/StoreContext.tsx';
import { useChecks } from '../app/ChecksContext.tsx';
import { ImportButton } from './ImportButton.tsx';
import { PrintButton } from './print/PrintButton.tsx';
import { DECORATIVE_ICON } from './decorativeIcon.ts';

// Icon-only buttons: each icon is named by its tool's label (antd would name it in English: "aim").
const TOOLS: { tool: MapTool; label: MessageKey; key: string; Icon: ComponentType<{ 'aria-label': string }> }[] = [
  { tool: 'select', label: 'toolSelect', key: 'S', Icon: AimOutlined },
  { tool: 'modify', label: 'toolModify', key: 'E', Icon: NodeIndexOutlined },
  { tool: 'drawPolygon', label: 'toolDrawPolygon', key: 'P', Icon: BorderOutlined },
  { tool: 'drawLine', label: 'toolDrawLine', key: 'L', Icon: LineOutlined },
  { tool: 'measureLength', label: 'toolMeasureLength', key: 'D', Icon: ColumnWidthOutlined },
  { tool: 'measureArea', label: 'toolMeasureArea', key: 'A', Icon: RadiusSettingOutlined },
];

/** 0: everything inline; 1: delete and subtract in 更多; 2: short title; 3: the draw-target label hidden. */
const MAX_FOLD_LEVEL = 3;

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

  const bar = useRef<HTMLDivElement>(null);
  const [fold, setFold] = useState(0);
  // Fold one level at a time while the row overflows (after a render: new labels, new buttons).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- runs after every render on purpose: one fold level per render until the row fits
  useLayoutEffect(() => {
    const el = bar.current;
    if (el && el.scrollWidth > el.clientWidth && fold < MAX_FOLD_LEVEL) setFold(fold + 1);
  });
  // The window changes the row's width with no render: a narrower row that overflows folds one level more (the
  // effect above goes on from there); a wider one unfolds from scratch and folds again as far as it must.
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    let width = el.clientWidth;
    const observer = new ResizeObserver(() => {
      const grew = el.clientWidth > width;
      width = el.clientWidth;
      if (grew) setFold(0);
      else if (el.scrollWidth > el.clientWidth) setFold((f) => Math.min(f + 1, MAX_FOLD_LEVEL));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new language has labels of other widths: measure again.
  useLayoutEffect(() => setFold(0), [language]);

  const moreItems: MenuProps['items'] = [
    {
      key: 'delete',
      icon: <DeleteOutlined {...DECORATIVE_ICON} />,
      disabled: !selection,
      label: <span data-testid="delete-feature">{t('deleteFeature')}</span>,
      onClick: () => deleteSelected(store),
    },
    {
      key: 'subtract',
      icon: <ScissorOutlined {...DECORATIVE_ICON} />,
      disabled: !selection && !conflictKey,
      label: <span data-testid="subtract-other">{t('subtractOther')}</span>,
      onClick: () => void checks.subtractOther(),
    },
  ];
  return (
    <div className="toolbar" role="toolbar" ref={bar} data-fold={fold}>
      <strong className="app-title" title={t('appTitle')}>
        {fold >= 2 ? t('appTitleShort') : t('appTitle')}
      </strong>
      <Button
        type="primary"
        icon={<PlayCircleOutlined {...DECORATIVE_ICON} />}
        data-testid="run-checks"
        disabled={running}
        onClick={() => checks.runAll()}
      >
        {t('runChecks')}
      </Button>
      {running && (
        <Button icon={<StopOutlined {...DECORATIVE_ICON} />} data-testid="cancel-checks" onClick={() => checks.cancel()}>
          {t('cancel')}
        </Button>
      )}
      <ImportButton />
      <PrintButton />
      <span className="sep" />
      <Tooltip title={`${t('undo')} (Ctrl+Z)`}>
        <Button
          icon={<UndoOutlined aria-label={t('undo')} />}
          aria-label={t('undo')}
          data-testid="undo"
          disabled={!canUndo}
          onClick={() => undo()}
        />
      </Tooltip>
      <Tooltip title={`${t('redo')} (Ctrl+Y)`}>
        <Button
          icon={<RedoOutlined aria-label={t('redo')} />}
          aria-label={t('redo')}
          data-testid="redo"
          disabled={!canRedo}
          onClick={() => redo()}
        />
      </Tooltip>
      <span className="sep" />
      {TOOLS.map((x) => (
        <Tooltip key={x.tool} title={`${t(x.label)} (${x.key})`}>
          <Button
            type={tool === x.tool ? 'primary' : 'default'}
            className={tool === x.tool ? 'active' : ''}
            icon={<x.Icon aria-label={t(x.label)} />}
            aria-label={t(x.label)}
            aria-pressed={tool === x.tool}
            data-tool={x.tool}
            onClick={() => setTool(x.tool)}
          />
        </Tooltip>
      ))}
      <span className="sep" />
      <span className="draw-target">
        {fold < 3 && <span className="draw-target-label">{t('drawTarget')}</span>}
        <Select<string>
          data-testid="draw-target"
          aria-label={t('drawTarget')}
          size="small"
          popupMatchSelectWidth={false}
          value={drawTarget ? `${drawTarget.planId}|${drawTarget.layer}` : ''}
          onChange={(value) => {
            const [planId, layer] = value.split('|');
            setDrawTarget(planId && layer ? { planId: planId as never, layer } : null);
          }}
          options={[
            { value: '', label: t('chooseLayer') },
            ...workspace.planOrder.flatMap((planId) => {
              const meta = workspace.plans.get(planId)?.meta;
              if (!meta) return [];
              return LAYERS.filter((l) => l.kind === meta.kind).map((l) => ({
                value: `${planId}|${l.code}`,
                label: `${meta.title} / ${language === 'zh' ? l.nameZh : l.nameEn}`,
              }));
            }),
          ]}
        />
      </span>
      {fold < 1 && (
        <>
          <Button
            icon={<DeleteOutlined {...DECORATIVE_ICON} />}
            data-testid="delete-feature"
            disabled={!selection}
            onClick={() => deleteSelected(store)}
            title={t('deleteFeatureTip')}
          >
            {t('deleteFeature')}
          </Button>
          <Button
            icon={<ScissorOutlined {...DECORATIVE_ICON} />}
            data-testid="subtract-other"
            disabled={!selection && !conflictKey}
            onClick={() => checks.subtractOther()}
          >
            {t('subtractOther')}
          </Button>
        </>
      )}
      <span className="spacer" />
      {fold >= 1 && (
        <Dropdown menu={{ items: moreItems }} trigger={['click']}>
          <Button icon={<MoreOutlined {...DECORATIVE_ICON} />} data-testid="toolbar-more">
            {t('toolbarMore')}
          </Button>
        </Dropdown>
      )}
      <Button
        icon={<GlobalOutlined {...DECORATIVE_ICON} />}
        data-testid="language"
        onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
      >
        {/* The other language's name, in that language. */}
        <span lang={language === 'zh' ? 'en' : 'zh-CN'}>{t('language')}</span>
      </Button>
    </div>
  );
}

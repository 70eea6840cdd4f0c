// The editor window: toolbar, then the workstation layout (layer tree and legend | map over the bottom dock
// with the conflict list | inspector and history over the resolve dock), status bar; an empty workspace shows
// what to do first (导入部门规划).
import { Tabs } from 'antd';
import { lazy, Suspense } from 'react';
import { useEditor, useT } from './StoreContext.tsx';
import { Toolbar } from '../components/Toolbar.tsx';
import { LayerTree } from '../components/LayerTree.tsx';
import { Legend } from '../components/Legend.tsx';
import { MapView } from '../components/MapView.tsx';
import { Inspector } from '../components/Inspector.tsx';
import { HistoryPanel } from '../components/HistoryPanel.tsx';
import { ConflictList, ConflictFilterBar, ConflictTabLabel } from '../components/ConflictList.tsx';
import { StatusBar } from '../components/StatusBar.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { AutosaveBanner } from '../components/AutosaveBanner.tsx';
import { ImportButton } from '../components/ImportButton.tsx';
import type { SaveStatus } from '../services/persistence/attachAutosave.ts';
import { useShortcuts } from './useShortcuts.ts';
import { CoordinatorDock } from '../components/resolve/CoordinatorDock.tsx';
import { WorkstationLayout, type DockTab } from '../layout/WorkstationLayout.tsx';
import { FindBar } from '../components/FindBar.tsx';
import type { OverviewStore } from '../map/overviewStore.ts';

// Dock pages not shown at start load on first open (antd Tabs renders a pane only once it is activated).
const AttributeTable = lazy(() => import('../components/table/AttributeTable.tsx').then((m) => ({ default: m.AttributeTable })));
const DataSourcePage = lazy(() => import('../components/datasource/DataSourcePage.tsx').then((m) => ({ default: m.DataSourcePage })));

export function App({
  save,
  onRetrySave = () => undefined,
  overviews,
}: {
  save: SaveStatus;
  onRetrySave?: () => void;
  /** Where the map keeps its overview images between starts (none: drawn at every start). */
  overviews?: OverviewStore;
}) {
  const t = useT();
  const empty = useEditor((s) => s.workspace.planOrder.length === 0);
  const language = useEditor((s) => s.language);
  useShortcuts();
  // The bottom dock's tabs: other panels (attribute table …) append theirs here.
  const bottomTabs: DockTab[] = [
    { key: 'conflicts', label: <ConflictTabLabel />, extra: <ConflictFilterBar />, content: <ConflictList /> },
    {
      key: 'table',
      label: <span data-testid="attribute-table-tab">{t('attributeTable')}</span>,
      content: (
        <Suspense fallback={null}>
          <AttributeTable />
        </Suspense>
      ),
    },
    {
      key: 'datasources',
      label: <span data-testid="datasource-tab">{t('dsTab')}</span>,
      content: (
        <Suspense fallback={null}>
          <DataSourcePage />
        </Suspense>
      ),
    },
  ];
  return (
    <div className="app" lang={language === 'zh' ? 'zh-CN' : 'en'} data-testid="app">
      <Toolbar />
      <AutosaveBanner save={save} onRetry={onRetrySave} />
      <NoticeBar />
      <WorkstationLayout
        left={
          <>
            <LayerTree />
            <Legend />
          </>
        }
        map={
          empty ? (
            <div className="empty" data-testid="empty-workspace">
              <h2>{t('emptyTitle')}</h2>
              <p>{t('emptyHint')}</p>
              <ImportButton primary />
            </div>
          ) : (
            <div className="map-with-find">
              <MapView overviews={overviews} />
              <FindBar />
            </div>
          )
        }
        bottomTabs={bottomTabs}
        inspector={
          <Tabs
            className="side-tabs"
            destroyOnHidden
            items={[
              { key: 'inspector', label: t('inspector'), children: <Inspector /> },
              { key: 'history', label: <span data-testid="history-tab">{t('history')}</span>, children: <HistoryPanel /> },
            ]}
          />
        }
        dock={<CoordinatorDock />}
      />
      <StatusBar save={save} />
    </div>
  );
}

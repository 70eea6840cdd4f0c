// The editor window: toolbar, layer tree and legend, map, inspector and history, conflict list,
// status bar; an empty workspace shows what to do first (导入部门规划).
import { useState } from 'react';
import { useEditor, useT } from './StoreContext.tsx';
import { Toolbar } from '../components/Toolbar.tsx';
import { LayerTree } from '../components/LayerTree.tsx';
import { Legend } from '../components/Legend.tsx';
import { MapView } from '../components/MapView.tsx';
import { Inspector } from '../components/Inspector.tsx';
import { HistoryPanel } from '../components/HistoryPanel.tsx';
import { ConflictList } from '../components/ConflictList.tsx';
import { StatusBar } from '../components/StatusBar.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { AutosaveBanner } from '../components/AutosaveBanner.tsx';
import { ImportButton } from '../components/ImportButton.tsx';
import type { SaveStatus } from '../services/persistence/attachAutosave.ts';
import { useShortcuts } from './useShortcuts.ts';
import { CoordinatorDock } from '../components/resolve/CoordinatorDock.tsx';
import { AttributeTable } from '../components/table/AttributeTable.tsx';
import { FindBar } from '../components/FindBar.tsx';

export function App({ save, onRetrySave = () => undefined }: { save: SaveStatus; onRetrySave?: () => void }) {
  const t = useT();
  const empty = useEditor((s) => s.workspace.planOrder.length === 0);
  const language = useEditor((s) => s.language);
  const [side, setSide] = useState<'inspector' | 'history'>('inspector');
  const [bottom, setBottom] = useState<'conflicts' | 'table'>('conflicts');
  useShortcuts();
  return (
    <div className="app" lang={language === 'zh' ? 'zh-CN' : 'en'} data-testid="app">
      <Toolbar />
      <AutosaveBanner save={save} onRetry={onRetrySave} />
      <NoticeBar />
      <div className="main">
        <aside className="left">
          <LayerTree />
          <Legend />
        </aside>
        <section className="centre">
          {empty ? (
            <div className="empty" data-testid="empty-workspace">
              <h2>{t('emptyTitle')}</h2>
              <p>{t('emptyHint')}</p>
              <ImportButton primary />
            </div>
          ) : (
            <>
              <MapView />
              <FindBar />
            </>
          )}
          <div className="bottom">
            <div className="bottom-tabs">
              <button className={bottom === 'conflicts' ? 'active' : ''} data-testid="conflicts-tab" onClick={() => setBottom('conflicts')}>{t('conflicts')}</button>
              <button className={bottom === 'table' ? 'active' : ''} data-testid="attribute-table-tab" onClick={() => setBottom('table')}>{t('attributeTable')}</button>
            </div>
            {bottom === 'conflicts' ? <ConflictList /> : <AttributeTable />}
          </div>
        </section>
        <aside className="right">
          <div className="tabs">
            <button className={side === 'inspector' ? 'active' : ''} onClick={() => setSide('inspector')}>{t('inspector')}</button>
            <button className={side === 'history' ? 'active' : ''} data-testid="history-tab" onClick={() => setSide('history')}>{t('history')}</button>
          </div>
          {side === 'inspector' ? <Inspector /> : <HistoryPanel />}
        </aside>
        <CoordinatorDock />
      </div>
      <StatusBar save={save} />
    </div>
  );
}

// The editor's panels around the map, resizable and foldable (antd Splitter): the layer tree on the left, the
// inspector above the resolve dock on the right, and a bottom dock of tabs under the map (the conflict list is
// one tab; other panels add a DockTab). Sizes are remembered per workstation (layoutSizes.ts).
import type { ReactNode } from 'react';
import { useMemo, useRef, useState } from 'react';
import { Splitter, Tabs } from 'antd';
import { readLayoutSizes, workstationStorage, writeLayoutSizes, type LayoutSizes } from './layoutSizes.ts';
import { useSplitterLabels } from './useSplitterLabels.ts';

/** One tab of the bottom dock; `extra` is shown at the right of the tab bar while the tab is active. */
export interface DockTab {
  key: string;
  label: ReactNode;
  extra?: ReactNode;
  content: ReactNode;
}

const FOLD = { start: true, end: true, showCollapsibleIcon: true } as const;

export function WorkstationLayout({
  left,
  map,
  bottomTabs,
  inspector,
  dock,
}: {
  left: ReactNode;
  map: ReactNode;
  bottomTabs: DockTab[];
  inspector: ReactNode;
  dock: ReactNode;
}) {
  const initial = useMemo(() => readLayoutSizes(workstationStorage(), window.innerWidth, window.innerHeight), []);
  const sizes = useRef<LayoutSizes>(initial);
  const remember = (patch: Partial<LayoutSizes>) => {
    sizes.current = { ...sizes.current, ...patch };
    writeLayoutSizes(workstationStorage(), sizes.current);
  };
  const [activeTab, setActiveTab] = useState(bottomTabs[0]?.key ?? '');
  const active = bottomTabs.find((tab) => tab.key === activeTab) ?? bottomTabs[0];
  const root = useRef<HTMLDivElement>(null);
  useSplitterLabels(root);
  return (
    <div className="main" data-testid="layout" ref={root}>
      <Splitter onResizeEnd={([leftPx, , rightPx]) => remember({ leftPx, rightPx })}>
        <Splitter.Panel className="panel-left" defaultSize={initial.leftPx} min={220} collapsible={FOLD}>
          <aside className="left" data-testid="panel-left">
            {left}
          </aside>
        </Splitter.Panel>
        <Splitter.Panel className="panel-centre" min={320}>
          <Splitter orientation="vertical" onResizeEnd={([, bottomPx]) => remember({ bottomPx })}>
            <Splitter.Panel className="panel-map" min={160}>
              {map}
            </Splitter.Panel>
            <Splitter.Panel className="panel-bottom" defaultSize={initial.bottomPx} min={90} collapsible={FOLD}>
              <section className="bottom" data-testid="panel-bottom">
                <Tabs
                  className="dock-tabs"
                  activeKey={active?.key}
                  onChange={setActiveTab}
                  tabBarExtraContent={active?.extra}
                  items={bottomTabs.map((tab) => ({ key: tab.key, label: tab.label, children: tab.content }))}
                />
              </section>
            </Splitter.Panel>
          </Splitter>
        </Splitter.Panel>
        <Splitter.Panel className="panel-right" defaultSize={initial.rightPx} min={240} collapsible={FOLD}>
          <Splitter orientation="vertical" onResizeEnd={([inspectorPx]) => remember({ inspectorPx })}>
            <Splitter.Panel className="panel-inspector" defaultSize={initial.inspectorPx} min={80} collapsible={FOLD}>
              <aside className="right" data-testid="panel-inspector">
                {inspector}
              </aside>
            </Splitter.Panel>
            <Splitter.Panel className="panel-dock" min={120}>
              {dock}
            </Splitter.Panel>
          </Splitter>
        </Splitter.Panel>
      </Splitter>
    </div>
  );
}

// The editor's panels around the map, resizable and foldable (antd Splitter): the layer tree on the left, the
// inspector above the resolve dock on the right, and a bottom dock of tabs under the map (the conflict list is
// one tab; other panels add a DockTab). Sizes are remembered per workstation (layoutSizes.ts).
import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
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

/**
 * Whether the active tab's extra (the conflict filters) goes on a row of its own under the tab bar: when the tabs
 * and the extra at its natural width do not fit side by side (English at 1366 with the layer tree open), rather
 * than cutting the filters' labels ("S…") or hiding tabs. The natural width is the sum of the extra's items, so
 * it is the same on either row; a row of its own lets the search box widen, so moving back needs a little more
 * room than moving down did, and the two never alternate.
 */
function useExtraBelow(section: React.RefObject<HTMLElement | null>, activeKey: string | undefined): boolean {
  const [below, setBelow] = useState(false);
  useEffect(() => {
    const el = section.current;
    if (!el) return;
    const measure = () => {
      const list = el.querySelector<HTMLElement>('.dock-tabs > .ant-tabs-nav .ant-tabs-nav-list');
      const bar = el.querySelector<HTMLElement>('.dock-extra > *');
      if (!list || !bar) return setBelow(false);
      const style = getComputedStyle(bar);
      const gapPx = parseFloat(style.columnGap) || 0;
      const items = [...bar.children].map((child) => child.getBoundingClientRect().width);
      const barPx =
        items.reduce((sum, w) => sum + w, 0) +
        gapPx * Math.max(items.length - 1, 0) +
        (parseFloat(style.paddingLeft) || 0) +
        (parseFloat(style.paddingRight) || 0);
      // The tab bar's own padding (8 px each side) and a little air between the last tab and the first filter.
      setBelow(list.getBoundingClientRect().width + barPx + 16 + 8 > el.clientWidth);
    };
    // The dock, the tabs and each item of the extra (a language switch changes their widths). Moving the extra to
    // the other row makes new elements: `below` re-runs this effect, which then follows those.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const item of el.querySelectorAll('.dock-extra > * > *, .dock-tabs > .ant-tabs-nav .ant-tabs-nav-list')) observer.observe(item);
    measure();
    return () => observer.disconnect();
  }, [section, activeKey, below]);
  return below;
}

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
  const bottom = useRef<HTMLElement>(null);
  const extraBelow = useExtraBelow(bottom, active?.key);
  const extra = active?.extra ? <div className="dock-extra">{active.extra}</div> : undefined;
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
              <section className="bottom" data-testid="panel-bottom" ref={bottom}>
                <Tabs
                  className="dock-tabs"
                  activeKey={active?.key}
                  onChange={setActiveTab}
                  tabBarExtraContent={extraBelow ? undefined : extra}
                  renderTabBar={(props, DefaultTabBar) => (
                    <>
                      <DefaultTabBar {...props} />
                      {extraBelow && extra && <div className="dock-extra-row">{extra}</div>}
                    </>
                  )}
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

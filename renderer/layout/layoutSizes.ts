// Panel sizes of the editor window, remembered per workstation (localStorage: the browser profile or Electron's
// user data, never the workspace file). Defaults depend on the window: below 1600 px wide the layer tree starts
// folded and the bottom dock takes what the map can spare above 56 % of the window (a 1366×768 laptop: ≈ 4 rows).

/** Pixel sizes of the panels around the map; 0 is a folded panel. */
export interface LayoutSizes {
  leftPx: number;
  rightPx: number;
  bottomPx: number;
  /** Height of the inspector above the resolve dock in the right column. */
  inspectorPx: number;
}

export const LAYOUT_STORAGE_KEY = 'lantu.layout.v1';
export const NARROW_WINDOW_PX = 1600;

/** Toolbar and status bar heights; the splitter bars' widths beside the map (the folded left panel takes none). */
const CHROME_HEIGHT_PX = 58;
const CHROME_WIDTH_PX = 2;
const NARROW_MAP_SHARE = 0.56;

export function defaultLayoutSizes(windowWidthPx: number, windowHeightPx: number): LayoutSizes {
  const narrow = windowWidthPx < NARROW_WINDOW_PX;
  const rightPx = narrow ? 280 : 340;
  const mapWidthPx = Math.max(windowWidthPx - rightPx - CHROME_WIDTH_PX, 1);
  const mapHeightPx = Math.ceil((NARROW_MAP_SHARE * windowWidthPx * windowHeightPx) / mapWidthPx);
  const spareHeightPx = windowHeightPx - CHROME_HEIGHT_PX - mapHeightPx - 4;
  return {
    leftPx: narrow ? 0 : 280,
    rightPx,
    bottomPx: narrow ? Math.max(150, spareHeightPx) : 280,
    inspectorPx: Math.round((windowHeightPx - 60) * 0.42),
  };
}

function sizeOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < 20_000 ? Math.round(value) : fallback;
}

/** The remembered sizes, each one falling back to the default when missing or unreadable. */
export function readLayoutSizes(storage: Pick<Storage, 'getItem'> | null, windowWidthPx: number, windowHeightPx: number): LayoutSizes {
  const fallback = defaultLayoutSizes(windowWidthPx, windowHeightPx);
  let stored: Record<string, unknown> = {};
  try {
    const text = storage?.getItem(LAYOUT_STORAGE_KEY);
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (parsed && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    // A damaged entry (or storage that refuses access) only costs the remembered layout.
  }
  return {
    leftPx: sizeOr(stored.leftPx, fallback.leftPx),
    rightPx: sizeOr(stored.rightPx, fallback.rightPx),
    bottomPx: sizeOr(stored.bottomPx, fallback.bottomPx),
    inspectorPx: sizeOr(stored.inspectorPx, fallback.inspectorPx),
  };
}

export function writeLayoutSizes(storage: Pick<Storage, 'setItem'> | null, sizes: LayoutSizes): void {
  try {
    storage?.setItem(LAYOUT_STORAGE_KEY, JSON.stringify(sizes));
  } catch {
    // Full or disabled storage: the layout is simply not remembered.
  }
}

/** The window's localStorage, or null where there is none (tests in Node, storage disabled). */
export function workstationStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

// Remembers the map view (centre in lon/lat, zoom, rotation) per workstation in localStorage, written at every
// move's end (synchronous, so it survives a crash), and gives it back at the next start when it still looks at
// the workspace's data. Per workstation, not in the workspace: where a clerk was looking is their own screen
// state; the `.lantu` file and the stored workspace stay byte-identical whatever the view.
export interface RememberedView {
  centre: [number, number];
  zoom: number;
  rotation: number;
}

export const MAP_VIEW_KEY = 'lantu.mapView.v1';

/** The remembered view in `text`, or null when it is missing or malformed (never throws). */
export function parseRememberedView(text: string | null): RememberedView | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Partial<RememberedView>;
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
    if (!Array.isArray(v.centre) || v.centre.length !== 2 || !finite(v.centre[0]) || !finite(v.centre[1])) return null;
    if (!finite(v.zoom) || !finite(v.rotation)) return null;
    if (Math.abs(v.centre[0]) > 180 || Math.abs(v.centre[1]) > 90 || v.zoom < 0 || v.zoom > 30) return null;
    return { centre: [v.centre[0], v.centre[1]], zoom: v.zoom, rotation: v.rotation };
  } catch {
    return null;
  }
}

/** Whether the view's centre lies within the data's lon/lat bounds (with a margin of half their size). */
export function viewFitsData(view: RememberedView, bounds: readonly [number, number, number, number] | null): boolean {
  if (!bounds) return false;
  const mx = (bounds[2] - bounds[0]) / 2 + 0.01;
  const my = (bounds[3] - bounds[1]) / 2 + 0.01;
  const [x, y] = view.centre;
  return x >= bounds[0] - mx && x <= bounds[2] + mx && y >= bounds[1] - my && y <= bounds[3] + my;
}

/** localStorage, or nothing where it is unavailable (a locked-down profile): the view is a convenience. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readRememberedView(): RememberedView | null {
  try {
    return parseRememberedView(storage()?.getItem(MAP_VIEW_KEY) ?? null);
  } catch {
    return null;
  }
}

export function rememberView(view: RememberedView): void {
  try {
    storage()?.setItem(MAP_VIEW_KEY, JSON.stringify(view));
  } catch {
    // Quota or a disabled store: the next start fits the data instead.
  }
}

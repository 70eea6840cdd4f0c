// Node. Remembers the main window's size and position: `fitWindowBounds` (pure) keeps a saved rectangle
// on a display that still exists (monitors get unplugged between sessions); load/save persist it as JSON.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { atomicWriteFile } from './atomicWriteFile.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
/** A saved window must show at least this much of itself on some display to be restored where it was. */
const MIN_VISIBLE_PX = 120;

function overlapArea(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centeredOn(workArea: Rect, width: number, height: number): Rect {
  const w = Math.min(width, workArea.width);
  const h = Math.min(height, workArea.height);
  return {
    x: Math.round(workArea.x + (workArea.width - w) / 2),
    y: Math.round(workArea.y + (workArea.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Pure. Takes the saved state (or undefined) and the displays' work areas (primary first), returns where
 * to open the window: the saved rectangle if enough of it is visible on one display (shrunk to fit it),
 * else the saved size (or the default) centred on the primary display.
 */
export function fitWindowBounds(saved: WindowState | undefined, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height };
  if (!saved) return { ...centeredOn(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height), maximized: false };
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.round(saved.height));
  const rect = { x: Math.round(saved.x), y: Math.round(saved.y), width, height };
  const host = workAreas
    .map((area) => ({ area, overlap: overlapArea(rect, area) }))
    .filter(({ overlap }) => overlap.width >= MIN_VISIBLE_PX && overlap.height >= MIN_VISIBLE_PX)
    .sort((a, b) => b.overlap.width * b.overlap.height - a.overlap.width * a.overlap.height)[0];
  if (!host) return { ...centeredOn(primary, width, height), maximized: saved.maximized };
  const area = host.area;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - w);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - h);
  return { x, y, width: w, height: h, maximized: saved.maximized };
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof v[k] === 'number' && Number.isFinite(v[k])) && typeof v.maximized === 'boolean';
}

/** Reads the saved state; a missing or corrupt file gives undefined (the window opens at the default). */
export async function loadWindowState(path: string): Promise<WindowState | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isWindowState(parsed)
      ? { x: parsed.x, y: parsed.y, width: parsed.width, height: parsed.height, maximized: parsed.maximized }
      : undefined;
  } catch {
    return undefined;
  }
}

export async function saveWindowState(path: string, state: WindowState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await atomicWriteFile(path, new TextEncoder().encode(`${JSON.stringify(state, null, 2)}\n`));
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_WINDOW_SIZE, fitWindowBounds, loadWindowState, saveWindowState } from '../../../main/node/windowBounds.ts';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const secondary = { x: 1920, y: 0, width: 1280, height: 984 };

describe('fitWindowBounds', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(fitWindowBounds(undefined, [primary])).toEqual({ x: 240, y: 70, ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('restores a window where it was on a display that still exists', () => {
    const saved = { x: 2000, y: 50, width: 1100, height: 800, maximized: true };
    expect(fitWindowBounds(saved, [primary, secondary])).toEqual(saved);
  });

  it('moves a window from an unplugged display back onto the primary one, keeping its size', () => {
    const saved = { x: 2000, y: 50, width: 1100, height: 800, maximized: false };
    expect(fitWindowBounds(saved, [primary])).toEqual({ x: 410, y: 120, width: 1100, height: 800, maximized: false });
  });

  it('shrinks a window larger than its display and pulls a half-hidden one fully into view', () => {
    expect(fitWindowBounds({ x: -100, y: 900, width: 4000, height: 700, maximized: false }, [primary])).toEqual({
      x: 0,
      y: 340,
      width: 1920,
      height: 700,
      maximized: false,
    });
  });
});

describe('window state file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lantu-bounds-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves and loads the state', async () => {
    const path = join(dir, 'window-state.json');
    const state = { x: 10, y: 20, width: 1200, height: 800, maximized: false };
    await saveWindowState(path, state);
    expect(await loadWindowState(path)).toEqual(state);
  });

  it('treats a missing or corrupt file as no saved state', async () => {
    expect(await loadWindowState(join(dir, 'absent.json'))).toBeUndefined();
    writeFileSync(join(dir, 'bad.json'), '{"x": "left"}');
    expect(await loadWindowState(join(dir, 'bad.json'))).toBeUndefined();
  });
});

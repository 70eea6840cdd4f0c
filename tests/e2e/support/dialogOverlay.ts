// Node. How a modal dialog sits in the page: over the whole window (fixed, covering the viewport, above the editor)
// with its panel inside the window, rather than in the page's flow where it would push the map and toolbar aside.
import type { Page } from 'playwright-core';

export interface DialogPlacement {
  position: string;
  /** The backdrop's box against the window's, in px. */
  coversWindow: boolean;
  panelInsideWindow: boolean;
  /** Nothing of the editor (such as a splitter's arrows) is drawn over the dialog: at the centre of every element
   * outside it, the topmost element belongs to the dialog. */
  onTop: boolean;
}

export function dialogPlacement(page: Page, testId: string): Promise<DialogPlacement> {
  return page.evaluate((id) => {
    const backdrop = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!backdrop) throw new Error(`no dialog ${id}`);
    const box = backdrop.getBoundingClientRect();
    const panel = (backdrop.firstElementChild ?? backdrop).getBoundingClientRect();
    const [w, h] = [window.innerWidth, window.innerHeight];
    let onTop = true;
    for (const element of document.body.querySelectorAll('*')) {
      if (backdrop.contains(element)) continue;
      const r = element.getBoundingClientRect();
      const [x, y] = [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
      if (r.width === 0 || r.height === 0 || x < 0 || y < 0 || x >= w || y >= h) continue;
      const hit = document.elementFromPoint(x, y);
      if (!hit || !backdrop.contains(hit)) onTop = false;
    }
    return {
      position: getComputedStyle(backdrop).position,
      coversWindow: box.left <= 0 && box.top <= 0 && box.right >= w && box.bottom >= h,
      panelInsideWindow: panel.left >= 0 && panel.top >= 0 && panel.right <= w && panel.bottom <= h,
      onTop,
    };
  }, testId);
}

export const OVERLAY: DialogPlacement = { position: 'fixed', coversWindow: true, panelInsideWindow: true, onTop: true };

// Pure. Tells a file dropped on the window from a page that navigates to a file:// URL by itself: the preload
// reports trusted file drags over the window (main/preload/reportFileDrags.ts), and main accepts one file://
// navigation shortly after such a report.

/** How long after the last drag report a file:// navigation counts as its drop. */
export const FILE_DRAG_WINDOW_MS = 3_000;

export interface FileDragGuard {
  /** A trusted file drag was reported at `nowMs`. */
  noteDrag(nowMs: number): void;
  /** Whether a file:// navigation at `nowMs` follows a reported drag; consumes that drag. */
  acceptDrop(nowMs: number): boolean;
}

export function createFileDragGuard(windowMs: number = FILE_DRAG_WINDOW_MS): FileDragGuard {
  let lastDragMs: number | undefined;
  return {
    noteDrag(nowMs) {
      lastDragMs = nowMs;
    },
    acceptDrop(nowMs) {
      const accepted = lastDragMs !== undefined && nowMs >= lastDragMs && nowMs - lastDragMs <= windowMs;
      lastDragMs = undefined;
      return accepted;
    },
  };
}

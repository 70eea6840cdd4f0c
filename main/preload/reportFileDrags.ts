// Preload. Reports trusted file drags over the window to main (dragenter/dragover, capture phase): where the
// page accepts no drop, Chromium fires no drop event and navigates to the file, and main opens that file only
// right after such a report. Synthetic events dispatched by the page are not trusted and are never reported.
import { FILE_DRAG_REPORT_INTERVAL_MS } from '../../engine/ipc/index.ts';

/** The part of a DOM drag event read here. */
export interface DragEventLike {
  isTrusted: boolean;
  dataTransfer?: { types: ArrayLike<string> } | null;
}

export interface DragTargetLike {
  addEventListener(type: string, listener: (event: DragEventLike) => void, capture: boolean): void;
}

/** Calls `report` for trusted drags that carry files, at most once per FILE_DRAG_REPORT_INTERVAL_MS. */
export function reportFileDrags(target: DragTargetLike, report: () => void, now: () => number = () => Date.now()): void {
  let lastReportMs: number | undefined;
  const listener = (event: DragEventLike): void => {
    if (event.isTrusted !== true || !event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files')) return;
    const nowMs = now();
    if (lastReportMs !== undefined && nowMs - lastReportMs < FILE_DRAG_REPORT_INTERVAL_MS) return;
    lastReportMs = nowMs;
    report();
  };
  target.addEventListener('dragenter', listener, true);
  target.addEventListener('dragover', listener, true);
}

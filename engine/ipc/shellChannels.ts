// Pure. Preload → main messages that are not part of the page's API (`window.lantu` never exposes them).

/** "A file is being dragged over the window": the preload's report that lets main accept the drop's file:// navigation. */
export const FILE_DRAG_CHANNEL = 'shell:file-drag';
/** The preload reports a drag at most this often (dragover fires every few dozen milliseconds). */
export const FILE_DRAG_REPORT_INTERVAL_MS = 200;

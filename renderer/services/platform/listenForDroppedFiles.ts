// Listens for files dropped on `target` (the window): accepts the drag, stops the browser from opening
// the file itself, and reports the dropped files (kinds Lantu reads; others refused with a reason). Project
// boundary files (.txt, .dxf, .dwg) are reported apart, for the project register.
import type { UiLanguage } from '../../../engine/ipc/index.ts';
import { fileKindOfName } from './fileKindOfName.ts';
import { isBoundaryFileName } from '../review/readBoundaryFile.ts';
import type { OpenedFiles, PickedFile, Unsubscribe } from './types.ts';
import { message } from '../../i18n/message.ts';

export function pickedFromFile(file: File): PickedFile {
  return {
    name: file.name,
    kind: fileKindOfName(file.name),
    sizeBytes: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

function hasFiles(event: Event): event is DragEvent {
  const transfer = (event as DragEvent).dataTransfer;
  return !!transfer && Array.from(transfer.types).includes('Files');
}

export function listenForDroppedFiles(
  target: EventTarget,
  language: () => UiLanguage,
  callback: (opened: OpenedFiles) => void,
): Unsubscribe {
  const onDragOver = (event: Event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDrop = (event: Event) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    const files = Array.from(event.dataTransfer?.files ?? []);
    const opened: OpenedFiles = { source: 'drop', files: [], rejected: [] };
    for (const file of files) {
      const picked = pickedFromFile(file);
      if (isBoundaryFileName(file.name)) (opened.boundaries ??= []).push(picked);
      else if (picked.kind) opened.files.push(picked);
      else {
        opened.rejected.push({
          name: file.name,
          reason: message(language(), 'dropNotReadable', { file: file.name }),
        });
      }
    }
    if (files.length > 0) callback(opened);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}

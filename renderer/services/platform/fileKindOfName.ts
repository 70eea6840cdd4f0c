// Pure. A file's kind from its name: the renderer's view of the one table in engine/ipc/fileKindOf.ts, so
// dropped files and file inputs agree with the desktop's open dialogs.
import { fileKindOf, PLAN_FILE_EXTENSIONS, type FileKind } from '../../../engine/ipc/index.ts';

/** `accept` attribute for plan-file inputs. */
export const PLAN_FILE_ACCEPT = PLAN_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

export function fileKindOfName(name: string): FileKind | undefined {
  return fileKindOf(name);
}

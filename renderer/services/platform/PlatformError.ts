// An expected failure outside the page (refused workspace file, write error, bad request), with a code
// and a message in the UI language that the UI shows as is.
import type { IpcErrorCode } from '../../../engine/ipc/index.ts';

export class PlatformError extends Error {
  override readonly name = 'PlatformError';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

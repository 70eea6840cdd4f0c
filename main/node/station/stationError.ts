// Node. A refusal from the station files (no station yet, wrong passphrase, a damaged file), in both languages.
import type { SignMessage } from '../../../engine/sign/index.ts';

export type StationErrorCode = 'no-station' | 'station-exists' | 'damaged' | 'wrong-passphrase' | 'needs-passphrase' | 'refused';

export class StationError extends Error {
  constructor(
    readonly code: StationErrorCode,
    readonly text: SignMessage,
  ) {
    super(text.en);
  }
}

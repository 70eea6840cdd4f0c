// signReviewFile(bytes, station) → the 征求意见 / 部门意见 file signed by this station (asking for the passphrase when
// its key is sealed). Throws StationFailure when there is no station or key, or the passphrase was not given.
import { signJsonFile } from '../../../engine/exchange/index.ts';
import type { StationContextValue } from '../../app/StationContext.tsx';
import { messages } from '../../i18n/message.ts';
import { StationFailure } from '../station/types.ts';

export async function signReviewFile(bytes: Uint8Array, station: StationContextValue | null): Promise<Uint8Array> {
  if (!station?.state?.station) {
    throw new StationFailure('no-station', messages('signNoStation'));
  }
  return signJsonFile(bytes, await station.signer(), new Date().toISOString());
}

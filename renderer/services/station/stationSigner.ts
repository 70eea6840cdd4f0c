// The engine's Signer port for this shell's station: `sign` asks the user for the passphrase (through
// `askPassphrase`) only when the key is sealed and not yet opened this session, and asks again after a wrong one.
import type { Signer } from '../../../engine/sign/index.ts';
import { messages } from '../../i18n/message.ts';
import { StationFailure, type StationService } from './types.ts';

export async function stationSigner(service: StationService, askPassphrase: (retry: boolean) => Promise<string | null>): Promise<Signer> {
  const state = await service.view();
  if (!state.station?.publicKey) throw new StationFailure('no-station', messages('stationCannotSign'));
  const { stationId, stationName } = state.station;
  const publicKey = Uint8Array.from(atob(state.station.publicKey), (c) => c.charCodeAt(0));
  return {
    stationId,
    stationName,
    publicKey,
    async sign(message) {
      let passphrase: string | undefined;
      let retry = false;
      for (;;) {
        try {
          return (await service.sign(message, passphrase)).signature;
        } catch (error) {
          if (!(error instanceof StationFailure) || (error.code !== 'needs-passphrase' && error.code !== 'wrong-passphrase')) throw error;
          const typed = await askPassphrase(retry || error.code === 'wrong-passphrase');
          if (typed === null) throw error;
          passphrase = typed;
          retry = true;
        }
      }
    },
  };
}

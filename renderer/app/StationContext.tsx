// This installation's station for the editor: loads it from the shell's station service, shows the first-start
// dialog while there is none, gives the store the identity commands are stamped with, and offers a Signer that
// asks for the passphrase in a dialog when the key is sealed. Components read it with useStation().
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LogNumberIssuer } from '../../engine/resolutions/index.ts';
import type { Signer, StationIdentity } from '../../engine/sign/index.ts';
import { PassphraseDialog } from '../components/station/PassphraseDialog.tsx';
import { StationSetupDialog } from '../components/station/StationSetupDialog.tsx';
import { stationSigner } from '../services/station/stationSigner.ts';
import type { StationService, StationState } from '../services/station/types.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import { useEditorStore } from './StoreContext.tsx';

export interface StationContextValue {
  service: StationService;
  /** null while loading. */
  state: StationState | null;
  update(state: StationState): void;
  /** The Signer port of this station (asks for the passphrase when needed). */
  signer(): Promise<Signer>;
}

const StationContext = createContext<StationContextValue | null>(null);

/** Commands are stamped with the station from now on (the store's history slice owns the identity). */
function applyIdentity(store: EditorStore, identity: StationIdentity): void {
  store.getState().setStationIdentity({ stationId: identity.stationId, stationName: identity.stationName });
}

export function StationProvider({ service, children }: { service: StationService; children: ReactNode }) {
  const store = useEditorStore();
  const [state, setState] = useState<StationState | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [prompt, setPrompt] = useState<{ retry: boolean; answer: (passphrase: string | null) => void } | null>(null);
  useEffect(() => {
    service.view().then(setState, setLoadError);
  }, [service]);
  useEffect(() => {
    if (state?.station) applyIdentity(store, state.station);
  }, [store, state]);
  const ask = useCallback(
    (retry: boolean) => new Promise<string | null>((resolve) => setPrompt({ retry, answer: (p) => (setPrompt(null), resolve(p)) })),
    [],
  );
  const value = useMemo<StationContextValue>(
    () => ({
      service,
      state,
      update: setState,
      signer: async () => {
        const made = await stationSigner(service, ask);
        // Once a signature went through, the key is open for this session.
        return { ...made, sign: async (m: Uint8Array) => made.sign(m).finally(() => void service.view().then(setState)) };
      },
    }),
    [service, state, ask],
  );
  return (
    <StationContext.Provider value={value}>
      {children}
      {state !== null && state.station === null && loadError === null && <StationSetupDialog />}
      {prompt && <PassphraseDialog retry={prompt.retry} onAnswer={prompt.answer} />}
    </StationContext.Provider>
  );
}

export function useStation(): StationContextValue | null {
  return useContext(StationContext);
}

/** Who numbers this station's maintenance-log entries: official numbers without a station (and for the bureau). */
export function useLogNumberIssuer(): LogNumberIssuer {
  const station = useContext(StationContext)?.state?.station;
  return station && station.role === 'department' ? { role: 'department', stationCode: station.stationCode } : { role: 'bureau' };
}

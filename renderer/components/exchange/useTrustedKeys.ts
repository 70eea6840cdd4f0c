// This installation's trust list for reading a signed file, loaded when `needed` becomes true (a submission
// was opened). Null while it loads, so a dialog never judges a signer against an empty list for a moment.
import { useEffect, useState } from 'react';
import { useStation } from '../../app/StationContext.tsx';
import { trustedKeysOf, type TrustedKeys } from '../../../engine/sign/index.ts';
import { NO_TRUSTED_KEYS } from '../../services/exchange/openSignedPackage.ts';

export function useTrustedKeys(needed: unknown): TrustedKeys | null {
  const service = useStation()?.service ?? null;
  const [loaded, setLoaded] = useState<{ for: unknown; keys: TrustedKeys } | null>(null);
  useEffect(() => {
    if (!needed) return;
    if (!service) {
      setLoaded({ for: needed, keys: NO_TRUSTED_KEYS });
      return;
    }
    let live = true;
    service.trusted().then(
      (t) => live && setLoaded({ for: needed, keys: trustedKeysOf(t.log) }),
      () => live && setLoaded({ for: needed, keys: NO_TRUSTED_KEYS }),
    );
    return () => {
      live = false;
    };
  }, [needed, service]);
  return loaded && loaded.for === needed ? loaded.keys : null;
}

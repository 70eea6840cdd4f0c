// Browser shell. The SHA-256 (hex) of an exported package's bytes, as `lantu publish` records it: through Web
// Crypto (native and off the UI thread, a 300k-parcel package is ≈ 200 MB), or engine/package's sha256Hex where
// no SubtleCrypto is available (an insecure context).
import { sha256Hex } from '../../../engine/package/index.ts';

export async function packageSha256(bytes: Uint8Array): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

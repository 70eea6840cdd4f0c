// Node. sha256HexNode(bytes) → SHA-256 as lower-case hex through node:crypto (native; the engine's
// @noble/hashes gives the same digests, several times slower on the hundreds of MB of a city's package).
import { createHash } from 'node:crypto';

export function sha256HexNode(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

// Pure. Takes a JSON value, returns its UTF-8 bytes: two-space indentation and a final newline. Key order is
// the order the package builder constructs objects in, so the same inputs give the same bytes.
import { strToU8 } from 'fflate';

export function jsonBytes(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(value, null, 2)}\n`);
}

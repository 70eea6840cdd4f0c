// Pure. decodeText(bytes, encoding, strict) via the platform TextDecoder (Node, browsers and workers all
// have it with GBK/GB18030); returns null when strict decoding meets an invalid byte sequence.
import { createTextDecoder, type TextDecoderLike } from '../../model/createTextDecoder.ts';
import type { TextEncodingName } from '../types.ts';

const cache = new Map<string, TextDecoderLike>();

function decoderFor(encoding: TextEncodingName, strict: boolean): TextDecoderLike {
  const key = `${encoding}:${strict}`;
  let d = cache.get(key);
  if (!d) {
    d = createTextDecoder(encoding, { fatal: strict, ignoreBOM: false });
    cache.set(key, d);
  }
  return d;
}

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName, strict: boolean): string | null {
  try {
    return decoderFor(encoding, strict).decode(bytes);
  } catch {
    return null;
  }
}

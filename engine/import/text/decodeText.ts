// Pure. decodeText(bytes, encoding, strict) via the platform TextDecoder (Node, browsers and workers all
// have it with GBK/GB18030); returns null when strict decoding meets an invalid byte sequence.
// The engine is compiled without DOM types, so the constructor is described here, not declared globally.
import type { TextEncodingName } from '../types.ts';

interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;

const Decoder = (globalThis as unknown as { TextDecoder: TextDecoderCtor }).TextDecoder;
const cache = new Map<string, TextDecoderLike>();

function decoderFor(encoding: TextEncodingName, strict: boolean): TextDecoderLike {
  const key = `${encoding}:${strict}`;
  let d = cache.get(key);
  if (!d) {
    d = new Decoder(encoding, { fatal: strict, ignoreBOM: false });
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

// Pure. createTextDecoder(label, options) → the platform's WHATWG TextDecoder (a global in Node, Chromium and
// workers, GBK and GB18030 included). The engine compiles with lib ES2022 and no DOM types, so the
// constructor is described once here instead of widening the lib for the whole engine.

export interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}

export interface TextDecoderOptions {
  /** Throw on an invalid byte sequence instead of inserting U+FFFD. */
  fatal?: boolean;
  /** Keep a leading byte-order mark in the text instead of dropping it. */
  ignoreBOM?: boolean;
}

type TextDecoderConstructor = new (label: string, options?: TextDecoderOptions) => TextDecoderLike;

const PlatformTextDecoder = (globalThis as unknown as { TextDecoder: TextDecoderConstructor }).TextDecoder;

export function createTextDecoder(label: string, options: TextDecoderOptions = {}): TextDecoderLike {
  return new PlatformTextDecoder(label, options);
}

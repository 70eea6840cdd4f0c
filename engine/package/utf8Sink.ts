// Pure. Utf8Sink: UTF-8 text encoded straight into one growing buffer, for a file too large to gather as parts and
// then join (the join held the file twice: 346 MB for a 300k-parcel layer). The buffer starts at a generous estimate
// and grows by half again when full. Its zero pages that are never written cost no resident memory, so a generous
// estimate is cheap where a low one costs a copy.
interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}

// The platform's WHATWG TextEncoder (a global in Node, Chromium and Electron; the engine's lib has no DOM types).
const encoder = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();

/** Up to this many UTF-16 units, ASCII text is copied byte by byte. */
const SHORT_TEXT = 64;

export class Utf8Sink {
  private bytes: Uint8Array;
  private length = 0;

  constructor(capacityBytes: number) {
    this.bytes = new Uint8Array(Math.max(capacityBytes, 1024));
  }

  write(text: string): void {
    // Short ASCII (a GeoJSON's punctuation, several per coordinate) is copied by hand: encodeInto allocates a view
    // and a result object on each call.
    if (text.length <= SHORT_TEXT && this.writeAscii(text)) return;
    let rest = text;
    for (;;) {
      // encodeInto never splits a surrogate pair, so what is left starts on a whole character.
      const { read, written } = encoder.encodeInto(rest, this.bytes.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.grow(rest.length * 3);
    }
  }

  /** Writes `text` when it is all ASCII; false, having written nothing, when it is not. */
  private writeAscii(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
    if (this.length + text.length > this.bytes.length) this.grow(text.length);
    for (let i = 0; i < text.length; i++) this.bytes[this.length + i] = text.charCodeAt(i);
    this.length += text.length;
    return true;
  }

  /** One byte (an ASCII character's code). */
  byte(code: number): void {
    if (this.length === this.bytes.length) this.grow(1);
    this.bytes[this.length++] = code;
  }

  /** The decimal digits of a non-negative safe integer. */
  uint(value: number): void {
    let scale = 1;
    while (scale * 10 <= value) scale *= 10;
    for (let rest = value; scale >= 1; scale /= 10) {
      const digit = Math.floor(rest / scale);
      this.byte(0x30 + digit);
      rest -= digit * scale;
    }
  }

  /** The bytes written, as a view of the sink's buffer (which may be longer). */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private grow(atLeast: number): void {
    const next = new Uint8Array(Math.max(this.length + atLeast, Math.ceil(this.bytes.length * 1.5)));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}

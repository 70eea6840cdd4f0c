// Pure. Utf8Sink: UTF-8 text encoded straight into one growing buffer, for a file too large to gather as parts and
// then join (the join held the file twice: 346 MB for a 300k-parcel layer). The buffer starts at a generous estimate
// and grows by half again when full. Its zero pages that are never written cost no resident memory, so a generous
// estimate is cheap where a low one costs a copy.
interface Utf8Encoder {
  encodeInto(text: string, into: Uint8Array): { read: number; written: number };
}

// The platform's WHATWG TextEncoder (a global in Node, Chromium and Electron; the engine's lib has no DOM types).
const encoder = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();

export class Utf8Sink {
  private bytes: Uint8Array;
  private length = 0;

  constructor(capacityBytes: number) {
    this.bytes = new Uint8Array(Math.max(capacityBytes, 1024));
  }

  write(text: string): void {
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

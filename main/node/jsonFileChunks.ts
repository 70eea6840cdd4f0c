// Node. jsonFileChunks(value, indent) → the UTF-8 bytes of `JSON.stringify(value, null, indent) + '\n'`, byte for
// byte, in chunks of about `chunkChars`, so a document whose text passes V8's string limit (~512 M chars; a
// 300 MB GeoJSON re-indented) can still be written. The outer levels (a document and its features array) are
// walked with one explicit stack; the elements below them (features, a report's conflicts) are JSON.stringify'd whole,
// a run of them at a time nested in as many arrays as they are deep, so that V8 indents them as the document would (a
// single container below is re-indented, which is exact because JSON text has raw newlines only between tokens). An
// element too large for one string falls back to the walk. A chunk's bytes are valid until the next chunk is asked
// for: one buffer holds them all in turn (atomicWriteFile writes each before asking).

interface ArrayFrame {
  kind: 'array';
  value: unknown[];
  next: number;
  depth: number;
}

interface ObjectFrame {
  kind: 'object';
  value: Record<string, unknown>;
  keys: string[];
  next: number;
  depth: number;
  /** Whether a member has been written: JSON.stringify skips undefined, function and symbol members. */
  opened: boolean;
}

type Frame = ArrayFrame | ObjectFrame;

export interface JsonChunkOptions {
  /** Text gathered before a chunk is handed out; 256 Ki chars measured faster than 1 Mi or 4 Mi (see README). */
  chunkChars?: number;
  /** Containers at this depth or deeper are stringified whole (2: each feature of a FeatureCollection). */
  wholeFromDepth?: number;
}

/** What JSON.stringify serialises in place of `value` under `key`: toJSON, then boxed primitives unboxed. */
function toSerialisable(value: unknown, key: string): unknown {
  let v = value;
  if (v !== null && (typeof v === 'object' || typeof v === 'bigint') && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    v = (v as { toJSON(key: string): unknown }).toJSON(key);
  }
  if (v instanceof Number) return Number(v);
  if (v instanceof String) return String(v);
  if (v instanceof Boolean) return v.valueOf();
  return v;
}

/** The most elements one JSON.stringify call writes (the chunk's size bounds it first). */
const RUN_ELEMENTS = 4096;

const hasToJson = (v: unknown): boolean =>
  v !== null && (typeof v === 'object' || typeof v === 'bigint') && typeof (v as { toJSON?: unknown }).toJSON === 'function';

const skipped = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export async function* jsonFileChunks(value: unknown, indent: number, options: JsonChunkOptions = {}): AsyncGenerator<Uint8Array> {
  const chunkChars = options.chunkChars ?? 1 << 18;
  const wholeFromDepth = options.wholeFromDepth ?? 2;
  const pads: string[] = [''];
  const pad = (depth: number): string => (pads[depth] ??= ' '.repeat(indent * depth));
  const stack: Frame[] = [];
  let text = '';
  // One buffer for every chunk's bytes: a new one per chunk (Buffer.from) cost more than the encoding, in allocation
  // and in the collections its external memory set off (README).
  let bytes = Buffer.allocUnsafe(0);
  const encoded = (chunk: string): Uint8Array => {
    if (bytes.length < 3 * chunk.length) bytes = Buffer.allocUnsafe(Math.max(3 * chunk.length, 2 * bytes.length));
    return bytes.subarray(0, bytes.write(chunk, 0, 'utf8'));
  };

  /** Writes a primitive, or opens a container frame (the loop continues with it). `v` is already serialisable. */
  const begin = (v: unknown, depth: number): void => {
    if (v === null || typeof v !== 'object') {
      text += skipped(v) ? 'null' : JSON.stringify(v); // JSON.stringify of a primitive: numbers, strings, booleans
      return;
    }
    if (stack.some((f) => f.value === v)) throw new TypeError('Converting circular structure to JSON');
    if (depth >= wholeFromDepth) {
      try {
        // `v` is already what toJSON gave, and a plain object or array has no toJSON of its own to call again.
        text += JSON.stringify(v, null, indent).replaceAll('\n', `\n${pad(depth)}`);
        return;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error; // past V8's string limit: walk it instead
      }
    }
    if (Array.isArray(v)) {
      if (v.length === 0) text += '[]';
      else {
        text += '[';
        stack.push({ kind: 'array', value: v, next: 0, depth });
      }
      return;
    }
    stack.push({ kind: 'object', value: v as Record<string, unknown>, keys: Object.keys(v), next: 0, depth, opened: false });
  };

  /** Characters per element of the runs written so far, to size the next run to what is left of the chunk. */
  let runChars = 0;
  let runElements = 0;
  /**
   * Writes a run of the array's next elements with one JSON.stringify of the run nested as deep as the array, which
   * indents it as the whole document would; returns how many were written (0: the next element has a toJSON, whose
   * key would be its index in the run, or the run passed V8's string limit, and the walk takes them one by one).
   */
  const writeRun = (frame: ArrayFrame): number => {
    const left = chunkChars - text.length;
    const wanted = runElements === 0 ? 1 : Math.floor(left / Math.max(1, runChars / runElements));
    const end = Math.min(frame.value.length, frame.next + Math.min(RUN_ELEMENTS, Math.max(1, wanted)));
    let stop = frame.next;
    while (stop < end && !hasToJson(frame.value[stop])) stop++;
    if (stop === frame.next) return 0;
    let nested: unknown = frame.value.slice(frame.next, stop);
    for (let d = 0; d < frame.depth; d++) nested = [nested];
    let whole: string;
    try {
      whole = JSON.stringify(nested, null, indent);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return 0;
    }
    // `[` and a line for each level above the run's elements, then the elements; the closing lines likewise.
    let open = 0;
    for (let d = 0; d <= frame.depth; d++) open += 2 + pad(d + 1).length;
    let close = 0;
    for (let d = 0; d <= frame.depth; d++) close += 2 + pad(d).length;
    const run = whole.slice(open, whole.length - close);
    text += `${frame.next === 0 ? '' : ','}\n${pad(frame.depth + 1)}${run}`;
    runChars += run.length;
    runElements += stop - frame.next;
    return stop - frame.next;
  };

  if (!Number.isInteger(indent) || indent < 1 || indent > 10) throw new RangeError('jsonFileChunks: indent must be 1 to 10 spaces');
  const top = toSerialisable(value, '');
  if (skipped(top)) throw new TypeError('jsonFileChunks: the value has no JSON text');
  begin(top, 0);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.kind === 'array') {
      const run = frame.depth + 1 >= wholeFromDepth && frame.next < frame.value.length ? writeRun(frame) : 0;
      if (run > 0) frame.next += run;
      else if (frame.next < frame.value.length) {
        const i = frame.next++;
        text += `${i === 0 ? '' : ','}\n${pad(frame.depth + 1)}`;
        begin(toSerialisable(frame.value[i], String(i)), frame.depth + 1);
      } else {
        stack.pop();
        text += `\n${pad(frame.depth)}]`;
      }
    } else if (frame.next < frame.keys.length) {
      const key = frame.keys[frame.next++]!;
      const member = toSerialisable(frame.value[key], key);
      if (skipped(member)) continue;
      text += `${frame.opened ? ',' : '{'}\n${pad(frame.depth + 1)}${JSON.stringify(key)}: `;
      frame.opened = true;
      begin(member, frame.depth + 1);
    } else {
      stack.pop();
      text += frame.opened ? `\n${pad(frame.depth)}}` : '{}';
    }
    if (text.length >= chunkChars) {
      yield encoded(text);
      text = '';
    }
  }
  yield encoded(`${text}\n`);
}

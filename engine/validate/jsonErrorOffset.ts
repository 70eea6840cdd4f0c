// Pure. jsonErrorOffset(text) → the offset of the first JSON syntax error (text.length when the text ends
// too early), or -1 when the text is valid. Iterative, so any nesting is safe. Only used once JSON.parse has
// failed, because engines word their errors differently and do not always give a position.
export function jsonErrorOffset(text: string): number {
  const stack: number[] = []; // 0x7b object, 0x5b array
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  /** Parses one scalar or opens a container; returns false on a syntax error at i. */
  const value = (): boolean => {
    ws();
    if (i >= n) return false;
    const c = text[i]!;
    if (c === '{' || c === '[') {
      stack.push(c.charCodeAt(0));
      i++;
      ws();
      if (text[i] === (c === '{' ? '}' : ']')) {
        stack.pop();
        i++;
        return true;
      }
      if (c === '{') return key();
      return value();
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0].length === 0) return false;
    i += m[0].length;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) return false;
        i += 2;
        continue;
      }
      i++;
    }
    return false;
  };
  const key = (): boolean => {
    ws();
    if (text[i] !== '"' || !string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return value();
  };

  if (!value()) return Math.min(i, n);
  for (;;) {
    ws();
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : -1;
    if (i >= n) return n;
    const c = text[i];
    if (c === ',') {
      i++;
      if (!(top === 0x7b ? key() : value())) return Math.min(i, n);
    } else if ((c === '}' && top === 0x7b) || (c === ']' && top === 0x5b)) {
      stack.pop();
      i++;
    } else return i;
  }
}

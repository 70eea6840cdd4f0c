// Pure. firstSeen(keyAt) → repeatOf(key, index): where a key was first seen, for finding duplicate ids and BSMs.
// A clean plan has no repeat, so until the first one a Set answers with one hash operation a key (a Map's get
// and set took two, and were most of the quality checks' own time); at the first repeat the keys seen so far are
// indexed once by where they first appeared, and a Map answers from then on.

export interface FirstSeen {
  /** undefined when `key` is new (it is recorded at `index`), else the index where it was first seen. Indices ascend. */
  repeatOf(key: string, index: number): number | undefined;
}

/** `keyAt(i)` gives the key recorded at an earlier index i (undefined where none was), to index them at the first repeat. */
export function firstSeen(keyAt: (index: number) => string | undefined): FirstSeen {
  let seen: Set<string> | undefined = new Set();
  let first: Map<string, number> | undefined;
  return {
    repeatOf(key, index) {
      if (seen) {
        const before = seen.size;
        seen.add(key);
        if (seen.size > before) return undefined;
        first = new Map();
        for (let i = 0; i < index; i++) {
          const k = keyAt(i);
          if (k !== undefined && !first.has(k)) first.set(k, i);
        }
        seen = undefined;
      }
      const at = first!.get(key);
      if (at === undefined) first!.set(key, index);
      return at;
    },
  };
}

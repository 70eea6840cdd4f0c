// Pure. firstSeen(keyAt) → repeatOf(key, index): where a key was first seen, for finding duplicate ids and BSMs.
// An open-addressed table of typed arrays holds each new key's hash and index; a key is compared as a string only
// when its whole 32-bit hash matches, so a clean plan reads each key once, to hash it. (A Set of the keys took three
// times as long on a 300k-parcel plan: its table and the strings it rehashed were spread over the plan's heap.)

export interface FirstSeen {
  /** undefined when `key` is new (it is recorded at `index`), else the index where it was first seen. Indices ascend. */
  repeatOf(key: string, index: number): number | undefined;
}

/** `keyAt(i)` gives the key recorded at index i (only asked for an index it recorded, when a hash matches). */
export function firstSeen(keyAt: (index: number) => string | undefined): FirstSeen {
  let mask = 1023;
  let hashes = new Int32Array(mask + 1);
  /** Index + 1 of the key in each slot; 0 is an empty slot. */
  let slots = new Int32Array(mask + 1);
  let count = 0;

  function grow(): void {
    const oldHashes = hashes;
    const oldSlots = slots;
    mask = 2 * mask + 1;
    hashes = new Int32Array(mask + 1);
    slots = new Int32Array(mask + 1);
    for (let s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] === 0) continue;
      let at = oldHashes[s]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      hashes[at] = oldHashes[s]!;
      slots[at] = oldSlots[s]!;
    }
  }

  return {
    repeatOf(key, index) {
      const hash = hashOf(key);
      let at = hash & mask;
      for (let slot = slots[at]!; slot !== 0; slot = slots[at]!) {
        if (hashes[at] === hash && keyAt(slot - 1) === key) return slot - 1;
        at = (at + 1) & mask;
      }
      hashes[at] = hash;
      slots[at] = index + 1;
      if (++count * 2 > mask) grow();
      return undefined;
    },
  };
}

/** FNV-1a over the UTF-16 code units, then murmur3's finaliser, so the low bits used for the slot depend on every unit. */
function hashOf(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

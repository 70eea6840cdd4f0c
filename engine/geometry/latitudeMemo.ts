// Pure. latitudeMemo(f) → f, answered from a 4,096-slot table of the latitudes met lately. Neighbouring parcels share
// their boundary's vertices, plans list neighbours near each other, and a rule measures the same control line against
// many parcels, so the latitude-only part of a projection or an area is asked for the same latitudes again and again.
// The same latitude gives the same bits either way: `f` must depend on the latitude alone.
const SLOT_BITS = 12;
const latBits = new Float64Array(1);
const latWords = new Int32Array(latBits.buffer);

export function latitudeMemo(f: (latDeg: number) => number): (latDeg: number) => number {
  const latitudes = new Float64Array(1 << SLOT_BITS).fill(NaN);
  const values = new Float64Array(1 << SLOT_BITS);
  // The slot comes from the bits, so +0 and −0 (equal under ===) fall in different slots and keep their signs; NaN
  // equals nothing and is computed.
  return (latDeg) => {
    latBits[0] = latDeg;
    const slot = Math.imul(latWords[0]! ^ latWords[1]!, 0x9e3779b1) >>> (32 - SLOT_BITS); // the product's top bits
    if (latitudes[slot] === latDeg) return values[slot]!;
    const value = f(latDeg);
    latitudes[slot] = latDeg;
    values[slot] = value;
    return value;
  };
}

// Pure. A ring's SVG path data from its projected vertices, each written as `toFixed(1)` writes it, a vertex that
// repeats the one before (at 0.1 px) left out, and `M…L…Z` only when two points are left. At 300k parcels the
// report's map meets millions of vertices of which most repeat: they are compared as whole tenths, and only a kept
// vertex is given its text.

/** x.toFixed(1) as a count of tenths, or NaN where float arithmetic might round otherwise than toFixed (which
 *  rounds the exact decimal value, half away from zero): below 0, from 1e11 up, or within 1e-3 of a half tenth. */
function tenths(x: number): number {
  const t = x * 10;
  if (!(t >= 0 && t < 1e12)) return NaN;
  const n = Math.round(t);
  // t is within 1e12 · 2⁻⁵³ ≈ 1e-4 of 10x, so away from a half its nearest integer is 10x's.
  return Math.abs(Math.abs(t - n) - 0.5) < 1e-3 ? NaN : n;
}

/** The text toFixed(1) gives for `n` tenths (n ≥ 0; -0 writes as 0, as (-0).toFixed(1) does). */
function tenthsText(n: number): string {
  return `${Math.floor(n / 10)}.${n % 10}`;
}

export class SvgRingPath {
  private points: string[] = [];
  private lastX = NaN;
  private lastY = NaN;

  /** Adds the next vertex, already projected to the map's pixels. */
  vertex(x: number, y: number): void {
    const nx = tenths(x);
    const ny = tenths(y);
    const exact = nx === nx && ny === ny;
    const lastExact = this.lastX === this.lastX;
    if (exact && lastExact && nx === this.lastX && ny === this.lastY) return;
    const text = exact ? `${tenthsText(nx)} ${tenthsText(ny)}` : `${x.toFixed(1)} ${y.toFixed(1)}`;
    // Where either vertex lacks exact tenths they are compared by their text, as every vertex once was.
    if (!(exact && lastExact) && text === this.points[this.points.length - 1]) return;
    this.points.push(text);
    this.lastX = exact ? nx : NaN;
    this.lastY = exact ? ny : NaN;
  }

  /** The ring's path data ('' when fewer than two points are left), and a fresh start for the next ring. */
  end(closed: boolean): string {
    const points = this.points;
    this.points = [];
    this.lastX = NaN;
    this.lastY = NaN;
    return points.length > 1 ? `M${points.join('L')}${closed ? 'Z' : ''}` : '';
  }
}

// Test support: compares a PostGIS report with the embedded one under the PostGIS executor's agreement tolerance:
// the same keys, severities, towns and parties; areas and lengths within 1e-6 relative or 0.01 (m², m), distances equal
// (both are the engine's); shares within one unit of their 1e-6 rounding (an unrounded share a hair either side of a
// rounding boundary rounds a unit apart); and lists the conflicts whose region hashes differ (by rule) so a test can
// require none or name them.
import type { Conflict, ConflictReport } from '../../../../engine/rules/index.ts';

export interface ReportDifference {
  missing: string[];
  extra: string[];
  /** key: what differs beyond the tolerance (measures, shares, severity, town, parties). */
  mismatched: string[];
  /** rule id → keys whose region hash differs. */
  hashDiffers: Record<string, string[]>;
  compared: number;
}

const near = (a: number | undefined, b: number | undefined, abs: number) =>
  a === b || (a !== undefined && b !== undefined && Math.abs(a - b) <= Math.max(abs, Math.abs(b) * 1e-6));

export function compareReports(postgis: ConflictReport, embedded: ConflictReport): ReportDifference {
  const byKey = (r: ConflictReport) => new Map(r.conflicts.map((c) => [c.key, c] as const));
  const p = byKey(postgis);
  const e = byKey(embedded);
  const out: ReportDifference = { missing: [], extra: [], mismatched: [], hashDiffers: {}, compared: 0 };
  for (const key of e.keys()) if (!p.has(key)) out.missing.push(key);
  for (const key of p.keys()) if (!e.has(key)) out.extra.push(key);
  for (const [key, ec] of e) {
    const pc: Conflict | undefined = p.get(key);
    if (!pc) continue;
    out.compared++;
    const why: string[] = [];
    for (const m of ['areaM2', 'lengthM', 'meanWidthM', 'value'] as const)
      if (!near(pc.measure[m], ec.measure[m], 0.011)) why.push(`${m} ${pc.measure[m]} vs ${ec.measure[m]}`);
    // A distance is the engine's own in both (withinDistanceRecords): equal, not near.
    if (pc.measure.distanceM !== ec.measure.distanceM) why.push(`distanceM ${pc.measure.distanceM} vs ${ec.measure.distanceM}`);
    for (const side of ['subject', 'object'] as const)
      if (!near(pc.shares[side], ec.shares[side], 1.000001e-6)) why.push(`share ${side} ${pc.shares[side]} vs ${ec.shares[side]}`);
    if (pc.severity !== ec.severity) why.push(`severity ${pc.severity} vs ${ec.severity}`);
    if (JSON.stringify(pc.town) !== JSON.stringify(ec.town)) why.push(`town ${pc.town?.code} vs ${ec.town?.code}`);
    if (JSON.stringify([pc.subject, pc.object]) !== JSON.stringify([ec.subject, ec.object])) why.push('parties');
    if (why.length > 0) out.mismatched.push(`${key}: ${why.join('; ')}`);
    if (pc.regionHash !== ec.regionHash) (out.hashDiffers[ec.ruleId] ??= []).push(key);
  }
  return out;
}

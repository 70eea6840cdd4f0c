// Pure. packageReceipts(files, fileName, signature, currentGeometry) → the 回执 of an opened blueprint package for
// every department it holds (engine/exchange departmentReceipt), with each row's geometry for the map filter: the
// feature as the package left it (the opened workspace's), or, for a removed one, as the department sent it.
import { departmentReceipt, type DepartmentReceipt, type ReceiptOutcome } from '../../../engine/exchange/index.ts';
import type { ReceiptView } from '../../store/receiptSlice.ts';
import type { Geometry, PlanDocument } from '../../../engine/model/index.ts';
import { BUILD_PATH, type BuildRecord } from '../../../engine/package/index.ts';

export const receiptFeatureKey = (planId: string, featureId: string) => `${planId}/${featureId}`;

export const RECEIPT_OUTCOMES: readonly ReceiptOutcome[] = ['changed', 'removed', 'added', 'kept'];

function parse(bytes: Uint8Array | undefined): unknown {
  try {
    return bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  } catch {
    return undefined;
  }
}

/** Null when the package has no readable build record (then there is no receipt to show). */
export function packageReceipts(
  files: ReadonlyMap<string, Uint8Array>,
  fileName: string,
  signature: ReceiptView['signature'],
  currentGeometry: (planId: string, featureId: string) => Geometry | undefined,
): ReceiptView | null {
  const build = parse(files.get(BUILD_PATH)) as BuildRecord | undefined;
  if (!build || !Array.isArray(build.sources)) return null;
  const sources = build.sources.map((path) => parse(files.get(path)) as PlanDocument | undefined);
  const departments = [...new Set(sources.flatMap((p) => (p?.plan ? [p.plan.department] : [])))].sort();
  const receipts: DepartmentReceipt[] = [];
  for (const department of departments) {
    const read = departmentReceipt(files, department, fileName);
    if (read.ok) receipts.push(read.receipt);
  }
  const sent = new Map<string, Geometry>();
  for (const plan of sources) for (const f of plan?.features ?? []) sent.set(receiptFeatureKey(plan!.plan.id, f.id), f.geometry);
  const geometries = new Map<string, Geometry>();
  for (const r of receipts) {
    for (const row of r.rows) {
      const key = receiptFeatureKey(row.planId, row.featureId);
      const geometry = row.outcome === 'removed' ? sent.get(key) : (currentGeometry(row.planId, row.featureId) ?? sent.get(key));
      if (geometry) geometries.set(key, geometry);
    }
  }
  return { fileName, signature, receipts, geometries };
}

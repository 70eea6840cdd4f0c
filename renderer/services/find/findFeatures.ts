// Pure. findFeatures(workspace, text) → features across every plan whose BSM or a name field (XMMC, XZQMC,
// GHFQMC, any *MC: 名称 and 地名) matches, best first: exact BSM, BSM prefix, exact name, name prefix, then
// contains; ties in plan order then document order. Capped at `limit` (the list a user reads).
import type { FeatureId, LayerCode, PlanId } from '../../../engine/model/index.ts';
import type { WorkspaceData } from '../../store/types.ts';

export interface FoundFeature {
  planId: PlanId;
  featureId: FeatureId;
  layer: LayerCode;
  bsm: string;
  /** The matched name, or when the BSM matched the feature's own name (else its town's); '' when it has none. */
  name: string;
  /** The field that matched (BSM, XMMC …). */
  field: string;
  rank: number;
}

const isNameField = (key: string) => key.endsWith('MC');
/** Names of the administrative area a feature lies in: shown only when the feature has no name of its own. */
const PLACE_FIELDS = new Set(['XZQMC', 'XZQHMC', 'XZMC']);

/** The feature's own name (XMMC, YQMC …) before the name of the town it lies in. */
function displayName(p: Record<string, unknown>): string {
  let place = '';
  for (const key in p) {
    const v = p[key];
    if (!isNameField(key) || typeof v !== 'string' || v === '') continue;
    if (!PLACE_FIELDS.has(key)) return v;
    if (place === '') place = v;
  }
  return place;
}

export function findFeatures(workspace: WorkspaceData, text: string, limit = 50): { hits: FoundFeature[]; total: number } {
  const q = text.trim().toLowerCase();
  if (q === '') return { hits: [], total: 0 };
  const hits: FoundFeature[] = [];
  for (const planId of workspace.planOrder) {
    const plan = workspace.plans.get(planId);
    if (!plan) continue;
    for (const f of plan.features.values()) {
      const p = f.properties;
      const bsm = typeof p.BSM === 'string' ? p.BSM : typeof p.BSM === 'number' ? String(p.BSM) : '';
      let rank = 9;
      let field = '';
      let name = '';
      const b = bsm.toLowerCase();
      if (b !== '') {
        if (b === q) rank = 0;
        else if (b.startsWith(q)) rank = 1;
        else if (b.includes(q)) rank = 4;
        if (rank < 9) field = 'BSM';
      }
      for (const key in p) {
        const v = p[key];
        if (!isNameField(key) || typeof v !== 'string' || v === '') continue;
        const n = v.toLowerCase();
        const r = n === q ? 2 : n.startsWith(q) ? 3 : n.includes(q) ? 4 : 9;
        if (r < rank) {
          rank = r;
          field = key;
          name = v;
        }
      }
      if (rank === 9) continue;
      if (field === 'BSM') name = displayName(p);
      hits.push({ planId, featureId: f.id, layer: f.layer, bsm, name, field, rank });
    }
  }
  // Array.prototype.sort is stable: equal ranks keep plan and document order.
  hits.sort((a, b) => a.rank - b.rank);
  return { hits: hits.slice(0, limit), total: hits.length };
}

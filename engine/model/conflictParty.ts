// Pure. One side of a conflict as reports, packages and the inspector name it: plan, layer, feature.
import type { LayerCode } from './types.ts';

export interface ConflictParty {
  planId: string;
  planTitle: string;
  layer: LayerCode;
  featureId: string;
  bsm: string | null;
  name: string | null;
}

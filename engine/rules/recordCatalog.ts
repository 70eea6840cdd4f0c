// Pure (town lookup through the geometry port). What the shared step needs besides the records: each named
// feature's plan, layer and attributes, the town covering a point, and the 用地用海 code groups. Built from a
// run's state (the embedded executor on one thread) or straight from the plans (records from workers or a
// database), where only the town layer is prepared.
import type { GeometryPort } from '../geometry/port.ts';
import { ydyhGroup } from '../model/codes.ts';
import type { LayerCode, PlanDocument, PlanMeta, Properties } from '../model/types.ts';
import type { CodeGroupOf } from './matchCondition.ts';
import type { RecordParty } from './relationRecord.ts';
import { createRulesState, releaseHandles, type RulesState } from './rulesState.ts';
import { townAt } from './townOf.ts';

export interface CatalogFeature {
  id: string;
  plan: PlanMeta;
  layer: LayerCode;
  properties: Properties;
}

export interface RecordCatalog {
  /** The feature a record names; throws when no plan holds it (an executor broke the contract). */
  feature(party: RecordParty): CatalogFeature;
  town(at: readonly [number, number] | null): { code: string; name: string } | null;
  groupOf: CodeGroupOf;
  /** Frees what the town lookup holds in the port. */
  release(): void;
}

function missing(party: RecordParty): Error {
  return new Error(`record names feature ${party.featureId} of plan ${party.planId}, which no plan holds`);
}

/** The catalog of a run's own state (no copy: the prepared features are the catalog). */
export function catalogOfState(state: RulesState): RecordCatalog {
  return {
    feature(party) {
      const slot = state.slotById.get(party.featureId);
      const f = slot === undefined ? undefined : state.features[slot];
      if (f && f.plan.id === party.planId) return f;
      // Ids are unique across plans in practice; should two plans share one, find the right plan's feature.
      const found = state.features.find((x) => x.id === party.featureId && x.plan.id === party.planId);
      if (!found) throw missing(party);
      return found;
    },
    town: (at) => townAt(state, at),
    groupOf: state.groupOf,
    release: () => undefined,
  };
}

/** A catalog over the plans themselves: attributes by (plan, id); the town layer alone is prepared, in input order. */
export function catalogOfPlans(port: GeometryPort, plans: readonly PlanDocument[]): RecordCatalog {
  const byKey = new Map<string, CatalogFeature>();
  for (const doc of plans) {
    for (const f of doc.features)
      byKey.set(`${doc.plan.id}\n${f.id}`, { id: f.id, plan: doc.plan, layer: f.layer, properties: f.properties });
  }
  let towns: RulesState | null = null;
  const townState = (): RulesState =>
    (towns ??= createRulesState(
      port,
      plans.map((doc) => ({ ...doc, features: doc.features.filter((f) => f.layer === 'XZQ') })),
    ));
  return {
    feature(party) {
      const f = byKey.get(`${party.planId}\n${party.featureId}`);
      if (!f) throw missing(party);
      return f;
    },
    town: (at) => (at === null ? null : townAt(townState(), at)),
    groupOf: ydyhGroup,
    release: () => {
      if (towns) releaseHandles(towns);
    },
  };
}

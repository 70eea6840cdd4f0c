// Pure. Takes a feature (layer, geometry class, plan kind, properties) and a rule's selectors,
// returns whether any selector picks the feature.
import type { LayerCode, PlanKind, Properties } from '../model/types.ts';
import { matchCondition, type CodeGroupOf } from './matchCondition.ts';
import type { GeometryClass, Selector } from './types.ts';

export interface SelectableFeature {
  layer: LayerCode;
  kind: PlanKind;
  geometryClass: GeometryClass;
  properties: Properties;
}

export function matchSelector(f: SelectableFeature, sel: Selector, groupOf: CodeGroupOf): boolean {
  if (sel.layer !== undefined && f.layer !== sel.layer) return false;
  if (sel.layers !== undefined && !sel.layers.includes(f.layer)) return false;
  if (sel.exceptLayers !== undefined && sel.exceptLayers.includes(f.layer)) return false;
  if (sel.kind !== undefined && f.kind !== sel.kind) return false;
  if (sel.geometry !== undefined && !sel.geometry.includes(f.geometryClass)) return false;
  if (sel.where !== undefined && !matchCondition(f.properties, sel.where, groupOf)) return false;
  return true;
}

export function matchAnySelector(f: SelectableFeature, sels: readonly Selector[], groupOf: CodeGroupOf): boolean {
  return sels.some((s) => matchSelector(f, s, groupOf));
}

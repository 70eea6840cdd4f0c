// Pure. suggestedAttribute(conflict, workspace) → the attribute change that settles a use mismatch: the
// subject takes the object's use code (the rule's `useMismatch` field and object field), or null when the
// rule compares no attribute or a feature is missing.
import type { FeatureId, PlanId, PropertyValue } from '../../../engine/model/index.ts';
import type { Conflict } from '../../../engine/rules/index.ts';
import type { WorkspaceData } from '../../store/types.ts';

export interface AttributeChange {
  side: 'subject' | 'object';
  field: string;
  value: PropertyValue;
}

export function suggestedAttribute(conflict: Conflict, ws: WorkspaceData): AttributeChange | null {
  const rule = ws.rulePack?.rules.find((r) => r.id === conflict.ruleId);
  if (!rule || rule.relation.type !== 'useMismatch' || !conflict.subject || !conflict.object) return null;
  const object = ws.plans.get(conflict.object.planId as PlanId)?.features.get(conflict.object.featureId as FeatureId);
  const value = object?.properties[rule.relation.objectField ?? rule.relation.field];
  if (value === undefined || value === null || value === '') return null;
  return { side: 'subject', field: rule.relation.field, value };
}

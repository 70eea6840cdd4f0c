// Pure. Takes a rule id and the feature ids of a conflict (or a label for featureless findings such as
// a coverage gap or an indicator), returns the conflict key: the rule id plus the sorted ids, so the same
// conflict keeps its key across runs, argument orders and edits.
export function conflictKey(ruleId: string, featureIds: readonly string[], label?: string): string {
  const ids = [...featureIds].sort();
  return [ruleId, ...(label === undefined ? [] : [label]), ...ids].join(':');
}

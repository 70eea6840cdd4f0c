// Pure. Thrown by runRules / recheckFeatures when the caller's signal is aborted between two steps.
export class RulesCancelledError extends Error {
  override readonly name = 'RulesCancelledError';
  constructor() {
    super('规则检查已取消');
  }
}

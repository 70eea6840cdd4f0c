// Pure. Public surface of the indicators module (product.md §8).
export type * from './types.ts';
export { INDICATOR_DEFINITIONS, INDICATOR_IDS, indicatorDefinition } from './definitions.ts';
export { computeIndicators, type ComputeIndicatorsOptions } from './computeIndicators.ts';
export { indicatorStatus } from './indicatorStatus.ts';
export { findTarget, findBaseline } from './findTarget.ts';
export { createIndicatorCache, type IndicatorCache } from './indicatorCache.ts';

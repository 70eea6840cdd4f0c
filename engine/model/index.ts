// Public surface of engine/model for the shells (main, renderer, scripts); engine modules import each other's files directly.
export type { Blueprint } from './blueprint.ts';
export { codeInfo, isKnownCode } from './codes.ts';
export { conflictLabel, featureLabel } from './conflictLabel.ts';
export { duplicatePlanMessage, duplicatePlans } from './duplicatePlans.ts';
export type { PlanIdentity } from './duplicatePlans.ts';
export { featureId } from './featureId.ts';
export { fieldOf, fieldsOfLayer } from './fieldSchema.ts';
export { GRADE_SYMBOLS, UNKNOWN_GRADE_SYMBOL } from './gradeSymbols.ts';
export { KIND_DEPARTMENT_ZH, LAYERS, PLAN_KINDS, geometryTypesOf, isLayerCode, layerInfo, layersOfKind } from './layers.ts';
export type {
  Classification,
  FeatureId,
  Geometry,
  LayerCode,
  PlanDocument,
  PlanFeature,
  PlanId,
  PlanKind,
  PlanMeta,
  Position,
  Properties,
  PropertyValue,
  Ring,
} from './types.ts';
export { DERIVED_MEASURE_DECIMALS, DERIVED_MEASURE_FIELDS, derivedMeasures, derivedMeasureUnit } from './derivedMeasures.ts';
export { CODE_NAME_PAIRS, derivedClassNames, derivedNameFields } from './derivedClassNames.ts';
export { ydyhGroup } from './codes.ts';
export { codedValueEn, partyNameEn } from './codedValueEn.ts';

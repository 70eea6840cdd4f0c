// Pure. fieldSpecsFor(layer, properties) → the form fields of a feature: the layer's fields from the plan
// kind's JSON Schema (engine/model/fieldSchema: Chinese titles, enums, required, patterns) in schema
// order, then any other attribute the feature carries (typed by its value).
import { fieldsOfLayer } from '../../engine/model/index.ts';
import type { LayerCode, Properties } from '../../engine/model/index.ts';
import { inferFieldSpec } from './inferFieldSpec.ts';
import { CODE_NAME_PAIRS, DERIVED_MEASURE_FIELDS, derivedNameFields } from '../../engine/model/index.ts';
import type { FieldSpec } from './types.ts';

/** Fields whose value is derived from the geometry (MJ, CD) are shown but not typed in. */
const DERIVED_FIELDS = new Set(DERIVED_MEASURE_FIELDS);

export function fieldSpecsFor(layer: LayerCode, properties: Properties): FieldSpec[] {
  const namesFromCodes = new Set(derivedNameFields(layer));
  const specs: FieldSpec[] = fieldsOfLayer(layer).map((f) => {
    const spec: FieldSpec = { name: f.key, title: f.title, type: f.type, required: f.required };
    if (f.enum) spec.enum = f.enum;
    if (f.enumEn) spec.enumEn = f.enumEn;
    if (f.titleEn !== undefined) spec.titleEn = f.titleEn;
    if (f.pattern !== undefined) spec.pattern = f.pattern;
    if (f.formatZh !== undefined) spec.formatZh = f.formatZh;
    if (f.formatEn !== undefined) spec.formatEn = f.formatEn;
    if (f.minimum !== undefined) spec.minimum = f.minimum;
    if (f.exclusiveMinimum !== undefined) spec.exclusiveMinimum = f.exclusiveMinimum;
    if (f.key === 'YDYHFLDM') spec.codeTable = 'ydyh2023';
    if (DERIVED_FIELDS.has(f.key)) spec.readOnly = true;
    if (namesFromCodes.has(f.key)) {
      spec.readOnly = true;
      spec.derivedFrom = CODE_NAME_PAIRS.find((p) => p.name === f.key)!.code;
    }
    return spec;
  });
  const known = new Set(specs.map((s) => s.name));
  for (const [name, value] of Object.entries(properties)) if (!known.has(name)) specs.push(inferFieldSpec(name, value));
  return specs;
}

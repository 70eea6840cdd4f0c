// Pure. validatePolicy(data, ruleIds) → the policy when `data` passes schemas/policy.schema.json (the
// generated validator) and checkPolicy's errors, else every problem as a sentence naming the field
// (第 2 个层次的 图层：…); warnings (unknown rule ids) come back either way and never refuse.
import { validateSchema, type SchemaError } from '../validate/validateSchema.ts';
import { schemaErrorMessage } from '../validate/schemaErrorText.ts';
import { checkPolicy, type PolicyIssue } from './checkPolicy.ts';
import { RESOLUTION_KIND_ZH, type Policy, type ResolutionKind } from './types.ts';
import { say } from '../i18n/index.ts';

export type PolicyValidation =
  { ok: true; policy: Policy; warnings: PolicyIssue[] } | { ok: false; errors: PolicyIssue[]; warnings: PolicyIssue[] };

/** The schema's field titles (schemas/policy.schema.json), for naming a field in a message. */
const FIELD: Readonly<Record<string, { zh: string; en: string }>> = {
  schemaVersion: say('resolutions.validatePolicy.schemaVersion'),
  id: say('resolutions.validatePolicy.id'),
  title: say('resolutions.validatePolicy.title'),
  description: say('resolutions.validatePolicy.description'),
  titleEn: say('resolutions.validatePolicy.titleEn'),
  descriptionEn: say('resolutions.validatePolicy.descriptionEn'),
  nameEn: say('resolutions.validatePolicy.nameEn'),
  basisEn: say('resolutions.validatePolicy.basisEn'),
  reasonEn: say('resolutions.validatePolicy.reasonEn'),
  tiers: say('resolutions.validatePolicy.tiers'),
  rules: say('resolutions.validatePolicy.rules'),
  coverage: say('resolutions.validatePolicy.coverage'),
  tier: say('resolutions.validatePolicy.tier'),
  nameZh: say('resolutions.validatePolicy.nameZh'),
  layers: say('resolutions.validatePolicy.layers'),
  basis: say('resolutions.validatePolicy.basis'),
  ruleId: say('resolutions.validatePolicy.ruleId'),
  severity: say('resolutions.validatePolicy.severity'),
  action: say('resolutions.validatePolicy.action'),
  reasonZh: say('resolutions.validatePolicy.reasonZh'),
  requiresApproval: say('resolutions.validatePolicy.requiresApproval'),
  requiresCompensation: say('resolutions.validatePolicy.requiresCompensation'),
  layer: say('resolutions.validatePolicy.layer'),
  classField: say('resolutions.validatePolicy.classField'),
  classValue: say('resolutions.validatePolicy.classValue'),
  classNameZh: say('resolutions.validatePolicy.classNameZh'),
  fullCoverage: say('resolutions.validatePolicy.fullCoverage'),
  nameField: say('resolutions.validatePolicy.nameField'),
  splitUses: say('resolutions.validatePolicy.splitUses'),
  code: say('resolutions.validatePolicy.code'),
};

const field = (name: string) => FIELD[name] ?? { zh: name, en: name };

/** `/tiers/1/layers/0` → 第 2 个层次的 图层（第 1 项）. */
export function describePolicyPath(pointer: string): { zh: string; en: string } {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (parts.length === 0) return say('resolutions.validatePolicy.describePolicyPath');
  const [list, indexText, name, itemText] = parts;
  const index = Number(indexText);
  const item =
    itemText !== undefined && Number.isInteger(Number(itemText))
      ? say('resolutions.validatePolicy.item', { itemText: Number(itemText) + 1 })
      : { zh: '', en: '' };
  if (indexText !== undefined && Number.isInteger(index)) {
    const owner =
      list === 'tiers'
        ? say('resolutions.validatePolicy.owner', { index: index + 1 })
        : list === 'rules'
          ? say('resolutions.validatePolicy.owner-2', { index: index + 1 })
          : list === 'coverage'
            ? say('resolutions.validatePolicy.owner-3', { index: index + 1 })
            : say('resolutions.validatePolicy.owner-4', { list: field(list!), index: index + 1 });
    if (name === undefined) return owner;
    return say('resolutions.validatePolicy.describePolicyPath-2', { owner, name: field(name), item });
  }
  return field(list!);
}

function schemaIssue(e: SchemaError): PolicyIssue {
  const params = e.params;
  // `required` and `additionalProperties` name a child of the object the pointer shows.
  const child =
    typeof params['missingProperty'] === 'string'
      ? params['missingProperty']
      : typeof params['additionalProperty'] === 'string'
        ? params['additionalProperty']
        : undefined;
  const pointer = e.keyword === 'required' && child ? `${e.instancePath}/${child}` : e.instancePath;
  const where = describePolicyPath(pointer);
  const values = Array.isArray(params['allowedValues']) ? (params['allowedValues'] as unknown[]).map(String) : [];
  const allowed = values.join('、');
  // Resolution kinds read as the dialog shows them: 主体让步（subjectYields）…
  const allowedZh = values.map((v) => (v in RESOLUTION_KIND_ZH ? `${RESOLUTION_KIND_ZH[v as ResolutionKind]}（${v}）` : v)).join('、');
  let zh: string;
  let en: string;
  switch (e.keyword) {
    case 'required':
      zh = '缺少该字段';
      en = 'missing';
      break;
    case 'additionalProperties':
      zh = `不允许的字段 ${child ?? ''}`;
      en = `field ${child ?? ''} is not allowed`;
      break;
    case 'enum':
      zh = `应为 ${allowedZh} 之一`;
      en = `must be one of ${allowed}`;
      break;
    case 'type':
      zh = `类型应为 ${String(params['type'])}`;
      en = `must be of type ${String(params['type'])}`;
      break;
    case 'minItems':
      zh = `至少应有 ${String(params['limit'])} 项`;
      en = `must have at least ${String(params['limit'])} item(s)`;
      break;
    case 'minLength':
      zh = '不能为空';
      en = 'must not be empty';
      break;
    case 'minimum':
      zh = `不应小于 ${String(params['limit'])}`;
      en = `must be at least ${String(params['limit'])}`;
      break;
    case 'pattern':
      zh = `格式不符（应匹配 ${String(params['pattern'])}）`;
      en = `must match ${String(params['pattern'])}`;
      break;
    default: {
      const text = schemaErrorMessage(e);
      zh = text.zh;
      en = text.en;
    }
  }
  return { path: pointer || '/', zh: `${where.zh}：${zh}`, en: `${where.en}: ${en}` };
}

/** `ruleIds`: the ids of the workspace's rule pack; null when it has none. */
export function validatePolicy(data: unknown, ruleIds: ReadonlySet<string> | null): PolicyValidation {
  const schema = validateSchema('policy', data);
  if (!schema.valid) {
    // ajv reports one error per failed branch; the same sentence twice says nothing more.
    const seen = new Set<string>();
    const errors = schema.errors.map(schemaIssue).filter((i) => !seen.has(i.zh) && (seen.add(i.zh), true));
    return { ok: false, errors, warnings: [] };
  }
  const policy = data as Policy;
  const check = checkPolicy(policy, ruleIds);
  return check.errors.length > 0
    ? { ok: false, errors: check.errors, warnings: check.warnings }
    : { ok: true, policy, warnings: check.warnings };
}

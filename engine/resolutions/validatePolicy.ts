// Pure. validatePolicy(data, ruleIds) → the policy when `data` passes schemas/policy.schema.json (the
// generated validator) and checkPolicy's errors, else every problem as a sentence naming the field
// (第 2 个层次的 图层：…); warnings (unknown rule ids) come back either way and never refuse.
import { validateSchema, type SchemaError } from '../validate/validateSchema.ts';
import { schemaErrorMessage } from '../validate/schemaErrorText.ts';
import { checkPolicy, type PolicyIssue } from './checkPolicy.ts';
import { RESOLUTION_KIND_ZH, type Policy, type ResolutionKind } from './types.ts';

export type PolicyValidation =
  { ok: true; policy: Policy; warnings: PolicyIssue[] } | { ok: false; errors: PolicyIssue[]; warnings: PolicyIssue[] };

/** The schema's field titles (schemas/policy.schema.json), for naming a field in a message. */
const FIELD: Readonly<Record<string, { zh: string; en: string }>> = {
  schemaVersion: { zh: '模式版本', en: 'schema version' },
  id: { zh: '策略标识', en: 'id' },
  title: { zh: '名称', en: 'title' },
  description: { zh: '说明', en: 'description' },
  tiers: { zh: '优先级层次', en: 'tiers' },
  rules: { zh: '按规则的处置建议', en: 'rules' },
  coverage: { zh: '一张图用地覆盖', en: 'coverage' },
  tier: { zh: '层次', en: 'tier' },
  nameZh: { zh: '名称', en: 'name' },
  layers: { zh: '图层', en: 'layers' },
  basis: { zh: '依据', en: 'basis' },
  ruleId: { zh: '规则', en: 'rule' },
  severity: { zh: '仅适用于该级别', en: 'severity' },
  action: { zh: '处置方式', en: 'action' },
  reasonZh: { zh: '理由', en: 'reason' },
  requiresApproval: { zh: '需要批准文件', en: 'requires approval' },
  requiresCompensation: { zh: '需要补划', en: 'requires compensation' },
  layer: { zh: '图层', en: 'layer' },
  classField: { zh: '用途代码字段', en: 'class field' },
  classValue: { zh: '固定用途代码', en: 'class value' },
  classNameZh: { zh: '固定用途名称', en: 'class name' },
  fullCoverage: { zh: '全覆盖图层', en: 'full-coverage layers' },
  nameField: { zh: '用途名称字段', en: 'name field' },
  splitUses: { zh: '让出部分用途', en: 'split uses' },
  code: { zh: '用途代码', en: 'use code' },
};

const field = (name: string) => FIELD[name] ?? { zh: name, en: name };

/** `/tiers/1/layers/0` → 第 2 个层次的 图层（第 1 项）. */
export function describePolicyPath(pointer: string): { zh: string; en: string } {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (parts.length === 0) return { zh: '策略', en: 'policy' };
  const [list, indexText, name, itemText] = parts;
  const index = Number(indexText);
  const item =
    itemText !== undefined && Number.isInteger(Number(itemText))
      ? { zh: `（第 ${Number(itemText) + 1} 项）`, en: ` (item ${Number(itemText) + 1})` }
      : { zh: '', en: '' };
  if (indexText !== undefined && Number.isInteger(index)) {
    const owner =
      list === 'tiers'
        ? { zh: `第 ${index + 1} 个层次`, en: `tier ${index + 1}` }
        : list === 'rules'
          ? { zh: `第 ${index + 1} 条处置建议`, en: `proposal ${index + 1}` }
          : list === 'coverage'
            ? { zh: `一张图用地覆盖第 ${index + 1} 项`, en: `coverage entry ${index + 1}` }
            : { zh: `${field(list!).zh}第 ${index + 1} 项`, en: `${field(list!).en} item ${index + 1}` };
    if (name === undefined) return owner;
    return { zh: `${owner.zh}的 ${field(name).zh}${item.zh}`, en: `${owner.en}, ${field(name).en}${item.en}` };
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

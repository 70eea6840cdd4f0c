// Pure. checkPolicy(policy, ruleIds) → the semantic problems of a schema-valid precedence policy: errors
// (a layer in more than one tier or twice in one, tiers not numbered 1..n in order, a rule entry, a coverage
// layer, a full-coverage layer or one rule's split use listed twice) and warnings (a rule id the workspace's
// rule pack does not have: kept, but it never proposes anything). Each names the field as the dialog shows it.
import { isLayerCode, layerInfo } from '../model/layers.ts';
import type { Message, Policy } from './types.ts';

export interface PolicyIssue extends Message {
  /** JSON pointer of the offending field, e.g. `/tiers/1/layers/0`. */
  path: string;
}

export interface PolicyCheck {
  errors: PolicyIssue[];
  warnings: PolicyIssue[];
}

const SEVERITY_ZH: Readonly<Record<string, string>> = { blocker: '阻断', major: '重要', minor: '提示', info: '信息' };

function layerName(code: string): string {
  return isLayerCode(code) ? `${code} ${layerInfo(code).nameZh}` : code;
}

/** `ruleIds`: the ids of the workspace's rule pack; null when it has none (no rule-id warnings then). */
export function checkPolicy(policy: Policy, ruleIds: ReadonlySet<string> | null): PolicyCheck {
  const errors: PolicyIssue[] = [];
  const warnings: PolicyIssue[] = [];

  policy.tiers.forEach((t, i) => {
    if (t.tier !== i + 1) {
      errors.push({
        path: `/tiers/${i}/tier`,
        zh: `第 ${i + 1} 个层次的 层次：应为 ${i + 1}（层次按先后编号 1..n，1 最高），实际为 ${t.tier}`,
        en: `tier ${i + 1}, number: expected ${i + 1} (tiers are numbered 1..n in order, 1 highest), found ${t.tier}`,
      });
    }
  });

  const tierOfLayer = new Map<string, number>();
  policy.tiers.forEach((t, i) => {
    t.layers.forEach((layer, j) => {
      const first = tierOfLayer.get(layer);
      if (first === undefined) {
        tierOfLayer.set(layer, i);
        return;
      }
      const where = first === i ? '同一层次中' : `第 ${first + 1} 个层次`;
      errors.push({
        path: `/tiers/${i}/layers/${j}`,
        zh: `第 ${i + 1} 个层次的 图层：${layerName(layer)} 重复出现在${where}（每个图层至多属于一个层次）`,
        en: `tier ${i + 1}, layers: ${layer} already appears in ${first === i ? 'the same tier' : `tier ${first + 1}`} (a layer belongs to at most one tier)`,
      });
    });
  });

  const ruleEntries = new Map<string, number>();
  policy.rules.forEach((r, i) => {
    const key = `${r.ruleId}|${r.severity ?? ''}`;
    const first = ruleEntries.get(key);
    const label = r.severity ? `${r.ruleId}（仅${SEVERITY_ZH[r.severity] ?? r.severity}）` : r.ruleId;
    if (first !== undefined) {
      errors.push({
        path: `/rules/${i}/ruleId`,
        zh: `第 ${i + 1} 条处置建议的 规则：${label} 与第 ${first + 1} 条重复（只有第 ${first + 1} 条会被采用）`,
        en: `proposal ${i + 1}, rule: ${r.ruleId}${r.severity ? ` (${r.severity})` : ''} repeats proposal ${first + 1} (only that one would be used)`,
      });
    } else ruleEntries.set(key, i);
    if (ruleIds && !ruleIds.has(r.ruleId)) {
      warnings.push({
        path: `/rules/${i}/ruleId`,
        zh: `第 ${i + 1} 条处置建议的 规则：${r.ruleId} 不在当前规则包中，这条建议不会用到`,
        en: `proposal ${i + 1}, rule: ${r.ruleId} is not in the current rule pack; this proposal will not be used`,
      });
    }
  });

  const coverageAt = new Map<string, number>();
  policy.coverage.forEach((c, i) => {
    const first = coverageAt.get(c.layer);
    if (first !== undefined) {
      errors.push({
        path: `/coverage/${i}/layer`,
        zh: `一张图用地覆盖第 ${i + 1} 项的 图层：${layerName(c.layer)} 重复出现在第 ${first + 1} 项`,
        en: `coverage entry ${i + 1}, layer: ${c.layer} repeats entry ${first + 1}`,
      });
    } else coverageAt.set(c.layer, i);
  });

  const fullCoverageAt = new Map<string, number>();
  (policy.fullCoverage ?? []).forEach((l, i) => {
    const first = fullCoverageAt.get(l.layer);
    if (first !== undefined) {
      errors.push({
        path: `/fullCoverage/${i}/layer`,
        zh: `全覆盖图层第 ${i + 1} 项的 图层：${layerName(l.layer)} 重复出现在第 ${first + 1} 项`,
        en: `full-coverage entry ${i + 1}, layer: ${l.layer} repeats entry ${first + 1}`,
      });
    } else fullCoverageAt.set(l.layer, i);
    const useAt = new Map<string, number>();
    l.splitUses.forEach((u, j) => {
      const firstUse = useAt.get(u.ruleId);
      if (firstUse !== undefined) {
        errors.push({
          path: `/fullCoverage/${i}/splitUses/${j}/ruleId`,
          zh: `全覆盖图层第 ${i + 1} 项的 让出部分用途第 ${j + 1} 条：规则 ${u.ruleId} 与第 ${firstUse + 1} 条重复（只有第 ${firstUse + 1} 条会被采用）`,
          en: `full-coverage entry ${i + 1}, split use ${j + 1}: rule ${u.ruleId} repeats use ${firstUse + 1} (only that one would be used)`,
        });
      } else useAt.set(u.ruleId, j);
    });
  });

  return { errors, warnings };
}

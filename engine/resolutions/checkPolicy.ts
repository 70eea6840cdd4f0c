// Pure. checkPolicy(policy, ruleIds) → the semantic problems of a schema-valid precedence policy: errors
// (a layer in more than one tier or twice in one, tiers not numbered 1..n in order, a rule entry, a coverage
// layer, a full-coverage layer or one rule's split use listed twice) and warnings (a rule id the workspace's
// rule pack does not have: kept, but it never proposes anything). Each names the field as the dialog shows it.
import { isLayerCode, layerInfo } from '../model/layers.ts';
import type { Message, Policy } from './types.ts';
import { say } from '../i18n/index.ts';

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
        ...say('resolutions.checkPolicy.checkPolicy', { index: i + 1, tier: t.tier }),
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
        ...say('resolutions.checkPolicy.checkPolicy-2', { index: i + 1, ruleId: r.ruleId }),
      });
    }
  });

  const coverageAt = new Map<string, number>();
  policy.coverage.forEach((c, i) => {
    const first = coverageAt.get(c.layer);
    if (first !== undefined) {
      errors.push({
        path: `/coverage/${i}/layer`,
        ...say('resolutions.checkPolicy.checkPolicy-4', {
          index: i + 1,
          first: first + 1,
          layer: { zh: String(layerName(c.layer)), en: String(c.layer) },
        }),
      });
    } else coverageAt.set(c.layer, i);
  });

  const fullCoverageAt = new Map<string, number>();
  (policy.fullCoverage ?? []).forEach((l, i) => {
    const first = fullCoverageAt.get(l.layer);
    if (first !== undefined) {
      errors.push({
        path: `/fullCoverage/${i}/layer`,
        ...say('resolutions.checkPolicy.checkPolicy-5', {
          index: i + 1,
          first: first + 1,
          layer: { zh: String(layerName(l.layer)), en: String(l.layer) },
        }),
      });
    } else fullCoverageAt.set(l.layer, i);
    const useAt = new Map<string, number>();
    l.splitUses.forEach((u, j) => {
      const firstUse = useAt.get(u.ruleId);
      if (firstUse !== undefined) {
        errors.push({
          path: `/fullCoverage/${i}/splitUses/${j}/ruleId`,
          ...say('resolutions.checkPolicy.checkPolicy-3', { index: i + 1, j: j + 1, ruleId: u.ruleId, firstUse: firstUse + 1 }),
        });
      } else useAt.set(u.ruleId, j);
    });
  });

  return { errors, warnings };
}

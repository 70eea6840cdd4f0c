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
      // Chinese names the layer, English gives its code.
      const named = { zh: layerName(layer), en: layer };
      errors.push({
        path: `/tiers/${i}/layers/${j}`,
        ...(first === i
          ? say('resolutions.checkPolicy.layer-twice-in-tier', { tier: i + 1, layer: named })
          : say('resolutions.checkPolicy.layer-twice', { tier: i + 1, layer: named, first: first + 1 })),
      });
    });
  });

  const ruleEntries = new Map<string, number>();
  policy.rules.forEach((r, i) => {
    const key = `${r.ruleId}|${r.severity ?? ''}`;
    const first = ruleEntries.get(key);
    const rule = r.severity
      ? say('resolutions.checkPolicy.rule-of-severity', {
          ruleId: r.ruleId,
          severity: { zh: SEVERITY_ZH[r.severity] ?? r.severity, en: r.severity },
        })
      : r.ruleId;
    if (first !== undefined) {
      errors.push({
        path: `/rules/${i}/ruleId`,
        ...say('resolutions.checkPolicy.rule-twice', { index: i + 1, rule, first: first + 1 }),
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

// Pure. proposeResolutions(conflicts, policy) → one proposal per conflict, in the conflicts' order: the
// policy's per-rule action when it lists the rule (and severity), else the side whose layer has the larger
// tier number yields; equal tiers, unknown layers or featureless conflicts (indicators) are deferred. English
// reasons come from the policy's English text (reasonEn, nameEn, basisEn) where it has some.
import { say } from '../i18n/index.ts';
import type { Conflict } from '../rules/types.ts';
import type { Message, Policy, PolicyRule, Proposal } from './types.ts';

/** The reason of a deferred proposal when the tiers cannot decide (the engine's words, not the policy's). */
export const DEFER_FALLBACK_REASON: Message = say('resolutions.proposeResolutions.defer-fallback');

export function proposeResolutions(conflicts: readonly Conflict[], policy: Policy): Proposal[] {
  const tierOf = new Map<string, number>();
  for (const t of policy.tiers) for (const layer of t.layers) if (!tierOf.has(layer)) tierOf.set(layer, t.tier);
  return conflicts.map((c) => {
    const rule = ruleFor(policy.rules, c);
    const base = { conflictKey: c.key, ruleId: c.ruleId, severity: c.severity };
    if (rule) {
      return {
        ...base,
        kind: rule.action,
        reasonZh: rule.reasonZh,
        ...(rule.reasonEn !== undefined ? { reasonEn: rule.reasonEn } : {}),
        requiresApproval: rule.requiresApproval ?? rule.action === 'exception',
        requiresCompensation: rule.requiresCompensation ?? false,
      };
    }
    const subjectTier = c.subject ? tierOf.get(c.subject.layer) : undefined;
    const objectTier = c.object ? tierOf.get(c.object.layer) : undefined;
    if (subjectTier === undefined || objectTier === undefined || subjectTier === objectTier) {
      return {
        ...base,
        kind: 'defer',
        reasonZh: DEFER_FALLBACK_REASON.zh,
        reasonEn: DEFER_FALLBACK_REASON.en,
        requiresApproval: false,
        requiresCompensation: false,
      };
    }
    const subjectYields = subjectTier > objectTier;
    const tier = subjectYields ? subjectTier : objectTier;
    const winner = policy.tiers.find((t) => t.tier === (subjectYields ? objectTier : subjectTier))!;
    // The tier's English name and basis when the policy gives them; else its own Chinese text, quoted as user data.
    const reason = say('resolutions.proposeResolutions.tier-precedence', {
      name: { zh: winner.nameZh, en: winner.nameEn ?? `“${winner.nameZh}”` },
      tier: winner.tier,
      basis: { zh: winner.basis, en: winner.basisEn ?? `“${winner.basis}”` },
    });
    return {
      ...base,
      kind: subjectYields ? 'subjectYields' : 'objectYields',
      reasonZh: reason.zh,
      reasonEn: reason.en,
      tier,
      requiresApproval: false,
      requiresCompensation: false,
    } satisfies Proposal;
  });
}

/** A rule entry with the conflict's severity wins over one without a severity. */
function ruleFor(rules: readonly PolicyRule[], c: Conflict): PolicyRule | undefined {
  return (
    rules.find((r) => r.ruleId === c.ruleId && r.severity === c.severity) ??
    rules.find((r) => r.ruleId === c.ruleId && r.severity === undefined)
  );
}

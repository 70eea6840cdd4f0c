// Pure. editPolicy(policy, edit) → the policy with one edit of the policy dialog applied (its id and title,
// move a layer to
// another tier, move a tier, add or remove an empty tier, edit a tier's name or basis, edit, add or remove
// a per-rule proposal, move a coverage layer). Tiers are renumbered 1..n after every edit, so an edited
// policy never has gaps. Throws PolicyEditError for an edit that does not fit (an index out of range,
// removing a tier that still has layers); the input is never mutated.
import type { LayerCode } from '../../../engine/model/index.ts';
import type { Policy, PolicyRule, PolicyTier } from '../../../engine/resolutions/index.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { messages, type MessageParams } from '../../i18n/message.ts';

export type PolicyEdit =
  | { kind: 'setMeta'; id?: string; title?: string }
  | { kind: 'moveLayer'; layer: LayerCode; toTier: number }
  | { kind: 'moveTier'; index: number; by: -1 | 1 }
  | { kind: 'addTier'; nameZh: string }
  | { kind: 'removeTier'; index: number }
  | { kind: 'setTier'; index: number; nameZh?: string; basis?: string }
  | { kind: 'setRule'; index: number; rule: PolicyRule }
  | { kind: 'addRule'; rule: PolicyRule }
  | { kind: 'removeRule'; index: number }
  | { kind: 'moveCoverage'; index: number; by: -1 | 1 };

/** `message` is Chinese; `en` the same in English. */
export class PolicyEditError extends Error {
  override readonly name = 'PolicyEditError';
  constructor(
    zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

/** What a list of the policy holds, by its catalogue word. */
type Item = 'policyItemTier' | 'policyItemProposal' | 'policyItemCoverage';

const refuse = (key: MessageKey, params: MessageParams): PolicyEditError => {
  const m = messages(key, params);
  return new PolicyEditError(m.zh, m.en);
};

const renumber = (tiers: PolicyTier[]): PolicyTier[] => tiers.map((t, i) => (t.tier === i + 1 ? t : { ...t, tier: i + 1 }));

function at<T>(list: readonly T[], index: number, what: Item): T {
  const item = Number.isInteger(index) ? list[index] : undefined;
  if (item === undefined) throw refuse('policyEditNoItem', { n: index + 1, what: messages(what), total: list.length });
  return item;
}

function swap<T>(list: readonly T[], index: number, by: -1 | 1, what: Item): T[] {
  at(list, index, what);
  const other = index + by;
  if (other < 0 || other >= list.length) {
    throw refuse(by < 0 ? 'policyEditAlreadyFirst' : 'policyEditAlreadyLast', { n: index + 1, what: messages(what) });
  }
  const copy = [...list];
  [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  return copy;
}

export function editPolicy(policy: Policy, edit: PolicyEdit): Policy {
  switch (edit.kind) {
    case 'setMeta': {
      const next = {
        ...policy,
        ...(edit.id !== undefined ? { id: edit.id } : {}),
        ...(edit.title !== undefined ? { title: edit.title } : {}),
      };
      if (next.title !== policy.title) delete next.titleEn;
      return next;
    }
    case 'moveLayer': {
      at(policy.tiers, edit.toTier, 'policyItemTier');
      const tiers = policy.tiers.map((t, i) => {
        const rest = t.layers.filter((l) => l !== edit.layer);
        return { ...t, layers: i === edit.toTier ? [...rest, edit.layer] : rest };
      });
      return { ...policy, tiers: renumber(tiers) };
    }
    case 'moveTier':
      return { ...policy, tiers: renumber(swap(policy.tiers, edit.index, edit.by, 'policyItemTier')) };
    case 'addTier':
      return {
        ...policy,
        tiers: renumber([...policy.tiers, { tier: policy.tiers.length + 1, nameZh: edit.nameZh, layers: [], basis: '' }]),
      };
    case 'removeTier': {
      const tier = at(policy.tiers, edit.index, 'policyItemTier');
      if (tier.layers.length > 0) {
        throw refuse('policyEditTierHasLayers', {
          n: edit.index + 1,
          layers: { zh: tier.layers.join(messages('listSeparator').zh), en: tier.layers.join(messages('listSeparator').en) },
        });
      }
      return { ...policy, tiers: renumber(policy.tiers.filter((_, i) => i !== edit.index)) };
    }
    case 'setTier': {
      at(policy.tiers, edit.index, 'policyItemTier');
      const tiers = policy.tiers.map((t, i) => {
        if (i !== edit.index) return t;
        const next = {
          ...t,
          ...(edit.nameZh !== undefined ? { nameZh: edit.nameZh } : {}),
          ...(edit.basis !== undefined ? { basis: edit.basis } : {}),
        };
        // English that no longer says what the edited Chinese says is dropped: English then quotes the Chinese.
        if (next.nameZh !== t.nameZh) delete next.nameEn;
        if (next.basis !== t.basis) delete next.basisEn;
        return next;
      });
      return { ...policy, tiers };
    }
    case 'setRule': {
      const before = at(policy.rules, edit.index, 'policyItemProposal');
      const rule = { ...edit.rule };
      if (rule.reasonZh !== before.reasonZh && rule.reasonEn === before.reasonEn) delete rule.reasonEn;
      return { ...policy, rules: policy.rules.map((r, i) => (i === edit.index ? rule : r)) };
    }
    case 'addRule':
      return { ...policy, rules: [...policy.rules, edit.rule] };
    case 'removeRule':
      at(policy.rules, edit.index, 'policyItemProposal');
      return { ...policy, rules: policy.rules.filter((_, i) => i !== edit.index) };
    case 'moveCoverage':
      return { ...policy, coverage: swap(policy.coverage, edit.index, edit.by, 'policyItemCoverage') };
  }
}

// usePolicyDraft(onClose) → the policy dialog's state and actions: the draft (the workspace's policy until edited),
// its errors, warnings and status line, and edit / apply / load / save-as / reset. Nothing reaches the store until
// apply, which checks the draft like a loaded file (schema and checkPolicy) and executes one undoable setPolicy.
import { useMemo, useState } from 'react';
import type { Policy, PolicyIssue, PolicyRule } from '../../../engine/resolutions/index.ts';
import { validatePolicy } from '../../../engine/resolutions/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { DEFAULT_POLICY } from '../../services/blueprint/defaultPolicy.ts';
import { editPolicy, PolicyEditError, type PolicyEdit } from '../../services/blueprint/editPolicy.ts';
import { readPolicyFile } from '../../services/blueprint/readPolicyFile.ts';
import { workspacePolicy } from '../../services/blueprint/workspacePolicy.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { message } from '../../i18n/message.ts';

interface Draft {
  policy: Policy;
  /** True while the draft is the bundled default untouched: applying it stores null (follow the default). */
  isDefault: boolean;
}

export interface PolicyDraft {
  policy: Policy;
  isDefault: boolean;
  errors: string[];
  warnings: string[];
  status: string | null;
  edit: (change: PolicyEdit) => void;
  setRule: (index: number, patch: Partial<PolicyRule>) => void;
  apply: () => void;
  load: () => Promise<void>;
  saveAs: () => Promise<void>;
  reset: () => void;
}

export function usePolicyDraft(onClose: () => void): PolicyDraft {
  const t = useT();
  const store = useEditorStore();
  const zh = useEditor((s) => s.language) === 'zh';
  const rulePack = useEditor((s) => s.workspace.rulePack);
  const [draft, setDraft] = useState<Draft>(() => {
    const ws = store.getState().workspace;
    return { policy: workspacePolicy(ws), isDefault: !ws.policy };
  });
  const [errors, setErrors] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const ruleIds = useMemo(() => (rulePack ? new Set(rulePack.rules.map((r) => r.id)) : null), [rulePack]);
  const say = (issue: PolicyIssue | { zh: string; en: string }) => (zh ? issue.zh : issue.en);
  const policy = draft.policy;

  function edit(change: PolicyEdit) {
    try {
      setDraft({ policy: editPolicy(policy, change), isDefault: false });
      setErrors([]);
    } catch (error) {
      setErrors([error instanceof PolicyEditError ? say({ zh: error.message, en: error.en }) : errorText(error, zh ? 'zh' : 'en')]);
    }
  }

  function setRule(index: number, patch: Partial<PolicyRule>) {
    const next: PolicyRule = { ...policy.rules[index]!, ...patch };
    // Optional fields are left out rather than stored as undefined or false (the file stays as written).
    if (next.severity === undefined) delete next.severity;
    if (!next.requiresApproval) delete next.requiresApproval;
    if (!next.requiresCompensation) delete next.requiresCompensation;
    edit({ kind: 'setRule', index, rule: next });
  }

  function apply() {
    setStatus(null);
    // The draft goes through the same checks as a loaded file (a plain copy: what would be saved).
    const v = validatePolicy(JSON.parse(JSON.stringify(policy)), ruleIds);
    setWarnings(v.warnings.map(say));
    if (!v.ok) return setErrors(v.errors.map(say));
    setErrors([]);
    const s = store.getState();
    const before = s.workspace.policy ?? null;
    const after = draft.isDefault ? null : v.policy;
    if (JSON.stringify(before) === JSON.stringify(after)) return setStatus(t('policyUnchanged'));
    s.execute({ kind: 'setPolicy', before, after });
    s.notify({
      kind: 'info',
      text: `${t('policyApplied')}「${after?.title ?? t('policyIsDefault')}」${v.warnings.length ? `（${v.warnings.map(say).join('；')}）` : ''}`,
    });
    onClose();
  }

  async function load() {
    setStatus(null);
    const platform = createPlatform();
    try {
      const [file] = await platform.pickPlanFiles();
      if (!file) return;
      const reading = readPolicyFile(await file.read(), file.name, ruleIds);
      if (!reading.ok) {
        setWarnings([]);
        return setErrors([say(reading)]);
      }
      setDraft({ policy: reading.policy, isDefault: false });
      setErrors([]);
      setWarnings(reading.warnings.map(say));
      setStatus(`${t('policyLoaded')}「${file.name}」`);
    } catch (error) {
      setErrors([errorText(error, zh ? 'zh' : 'en', 'policyLoad')]);
    }
  }

  async function saveAs() {
    const bytes = new TextEncoder().encode(`${JSON.stringify(policy, null, 2)}\n`);
    try {
      const saved = await createPlatform().saveFile(bytes, { suggestedName: `${policy.id}.json`, format: 'json' });
      if (saved) setStatus(message(zh ? 'zh' : 'en', 'policySavedAs', { name: saved.name }));
    } catch (error) {
      setErrors([errorText(error, zh ? 'zh' : 'en', 'policySave')]);
    }
  }

  function reset() {
    setDraft({ policy: DEFAULT_POLICY, isDefault: true });
    setErrors([]);
    setWarnings([]);
  }

  return { policy, isDefault: draft.isDefault, errors, warnings, status, edit, setRule, apply, load, saveAs, reset };
}

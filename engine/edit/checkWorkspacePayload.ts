// checkWorkspacePayload(payload, source) → the base workspace, the current one and both history stacks, or
// the first problem as one message (zh or en) naming the file and the field. Run before IndexedDB is
// touched: a crafted or damaged `.lantu` (whose container hashes anyone can recompute) must be refused whole.
// Checks, in order: every history entry is a command object of a known kind; schemas/workspace.schema.json
// (each plan document against its kind's schema, attribute findings tolerated as on import); unique plan
// ids; and a replay of the undo stack, then the redo stack, on the base plans. Pure: the editor and `lantu
// replay` / `lantu export <workspace.lantu>` open payloads through it.
import type { PlanId } from '../model/types.ts';
import { validateSchema } from '../validate/validateSchema.ts';
import { applyCommand } from './applyCommand.ts';
import { CommandError } from './commandError.ts';
import { upgradeCommands } from './commandMeta.ts';
import { planEntryOf } from './planEntry.ts';
import type { LoggedCommand, PlanEntry, WorkspaceData } from './types.ts';
import { reviewRecordsFrom, type WorkspacePayload } from './workspacePayload.ts';
import { COMMAND_KINDS, payloadProblemMessage, type PayloadProblem } from './payloadProblemMessage.ts';

export interface PayloadSource {
  /** Shown in messages, e.g. "济源.lantu". */
  fileName: string;
  lang: 'zh' | 'en';
}

export type CheckedPayload =
  | { ok: true; base: WorkspaceData; workspace: WorkspaceData; past: LoggedCommand[]; future: LoggedCommand[] }
  | { ok: false; message: string };

type PlanKind = 'land' | 'ecology' | 'industry' | 'transport';
/** Attribute errors are quality findings on import (kept, listed), not reasons to refuse the plan. */
const ATTRIBUTE_ERROR = /^\/features\/\d+\/properties(\/|$)/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface PlanAt {
  pointer: string;
  doc: Json & { features: unknown[] };
}

export function checkWorkspacePayload(payload: unknown, source: PayloadSource): CheckedPayload {
  const problem = findProblem(payload);
  if (problem) return { ok: false, message: payloadProblemMessage(problem, payload, source) };
  return replay(payload as WorkspacePayload, source);
}

function findProblem(payload: unknown): PayloadProblem | null {
  if (!isObject(payload)) return { pointer: '', kind: 'not-object' };
  // Commands first: a null or an unknown kind makes every schema branch fail at once; name it plainly.
  const plans: PlanAt[] = [];
  const history = payload.history;
  if (isObject(history)) {
    for (const stack of ['past', 'future'] as const) {
      const list = history[stack];
      if (!Array.isArray(list)) continue;
      for (const [i, c] of list.entries()) {
        const problem = commandProblem(c, `/history/${stack}/${i}`, plans);
        if (problem) return problem;
      }
    }
  }
  if (Array.isArray(payload.plans)) {
    for (const [i, doc] of payload.plans.entries()) {
      if (isObject(doc) && Array.isArray(doc.features)) plans.push({ pointer: `/plans/${i}`, doc: doc as PlanAt['doc'] });
    }
  }
  // The envelope with every plan's features left out (checked next, each against its own kind's schema:
  // the workspace schema's oneOf over the four plan schemas costs four validations of every feature).
  const envelope = withoutFeatures(payload, new Set(plans.map((p) => p.doc)));
  const schema = validateSchema('workspace', envelope);
  if (!schema.valid) return { pointer: '', kind: 'schema', errors: schema.errors };
  for (const { pointer, doc } of plans) {
    const kind = (doc.plan as Json).kind as PlanKind;
    const result = validateSchema(`plan-${kind}`, doc);
    // An `if` error only says that a layer's `then` failed; the `then` errors themselves are kept or tolerated.
    const errors = result.errors.filter((e) => e.keyword !== 'if' && !ATTRIBUTE_ERROR.test(e.instancePath));
    if (errors.length > 0) return { pointer: '', kind: 'schema', errors: errors.map((e) => ({ ...e, instancePath: pointer + e.instancePath })) };
  }
  const seen = new Set<unknown>();
  for (const [i, doc] of (payload.plans as Json[]).entries()) {
    const id = (doc.plan as Json).id;
    if (seen.has(id)) return { pointer: `/plans/${i}/plan/id`, kind: 'duplicate-plan', found: id };
    seen.add(id);
  }
  return null;
}

function commandProblem(c: unknown, pointer: string, plans: PlanAt[]): PayloadProblem | null {
  if (!isObject(c)) return { pointer, kind: 'not-command', found: c };
  if (typeof c.kind !== 'string' || !(COMMAND_KINDS as readonly string[]).includes(c.kind)) return { pointer: `${pointer}/kind`, kind: 'unknown-command', found: c.kind };
  if ((c.kind === 'importPlan' || c.kind === 'removePlan') && isObject(c.plan) && Array.isArray(c.plan.features)) {
    plans.push({ pointer: `${pointer}/plan`, doc: c.plan as PlanAt['doc'] });
  }
  if (c.kind === 'batch' && Array.isArray(c.commands)) {
    for (const [i, inner] of c.commands.entries()) {
      const problem = commandProblem(inner, `${pointer}/commands/${i}`, plans);
      if (problem) return problem;
    }
  }
  return null;
}

/** A shallow copy of the payload where the given plan documents have `features: []` (nothing is mutated). */
function withoutFeatures(payload: Json, docs: ReadonlySet<unknown>): Json {
  const strip = (doc: unknown) => (docs.has(doc) ? { ...(doc as Json), features: [] } : doc);
  const command = (c: unknown): unknown => {
    if (!isObject(c)) return c;
    if (c.kind === 'batch' && Array.isArray(c.commands)) return { ...c, commands: c.commands.map(command) };
    if ('plan' in c) return { ...c, plan: strip(c.plan) };
    return c;
  };
  const history = isObject(payload.history)
    ? Object.fromEntries(Object.entries(payload.history).map(([k, v]) => [k, Array.isArray(v) ? v.map(command) : v]))
    : payload.history;
  return { ...payload, plans: Array.isArray(payload.plans) ? payload.plans.map(strip) : payload.plans, history };
}

/** The payload is schema-valid here; a command that does not fit the workspace is still refused. */
function replay(payload: WorkspacePayload, source: PayloadSource): CheckedPayload {
  const plans = new Map<PlanId, PlanEntry>();
  for (const doc of payload.plans) plans.set(doc.plan.id, planEntryOf(doc));
  const base: WorkspaceData = { plans, planOrder: [...plans.keys()], rulePack: payload.rulePack, targets: payload.targets, policy: payload.policy ?? null, ...reviewRecordsFrom(payload) };
  const run = (ws: WorkspaceData, stack: 'past' | 'future'): WorkspaceData | { pointer: string; reason: { zh: string; en: string } } => {
    for (const [i, command] of payload.history[stack].entries()) {
      try {
        ws = applyCommand(ws, command);
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        return { pointer: `/history/${stack}/${i}`, reason: error instanceof CommandError ? { zh: error.message, en: error.en } : { zh: text, en: text } };
      }
    }
    return ws;
  };
  const current = run(base, 'past');
  if ('pointer' in current) return { ok: false, message: payloadProblemMessage({ kind: 'misfit', ...current }, payload, source) };
  const workspace = current;
  const redone = run(workspace, 'future');
  if ('pointer' in redone) return { ok: false, message: payloadProblemMessage({ kind: 'misfit', ...redone }, payload, source) };
  // Commands saved before metadata existed get it now (legacy ids by position: undo stack, then redo stack).
  const past = upgradeCommands(payload.history.past);
  return { ok: true, base, workspace, past, future: upgradeCommands(payload.history.future, past.length) };
}

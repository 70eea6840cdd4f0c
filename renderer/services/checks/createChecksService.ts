// The checks service: runs the rule pack over the workspace in the rules workers (progress, cancel),
// re-checks incrementally after edits (debounced, off the UI thread), and performs the resolving edit
// "subtract the other feature's footprint" with GEOS.
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { Geometry } from '../../../engine/model/index.ts';
import type { ConflictReport } from '../../../engine/rules/index.ts';
import type { PreviousCheck } from '../../../engine/rules/index.ts';
import type { LastCheck } from '../persistence/lastCheckStore.ts';
import type { RulePack } from '../../../engine/rules/index.ts';
import type { Targets } from '../../../engine/indicators/index.ts';
import type { PlanEntry } from '../../store/types.ts';
import { describeError, errorText } from '../../i18n/describeError.ts';
import type { EditorStore } from '../../store/createEditorStore.ts';
import { changedFeatureIds } from '../../store/changedFeatureIds.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';
import { findSelfIntersection } from '../../../engine/geometry/index.ts';

/** The workspace the rules read: its plans in order, the pack and the targets (the backend encodes what each worker needs). */
export interface RulesSource {
  plans: PlanEntry[];
  pack: RulePack;
  targets?: Targets;
}

/** What the service needs from the rules engine (the worker clients implement it). */
export interface RulesBackend {
  run(input: RulesSource, onProgress: (done: number, total: number, phase: string) => void): Promise<ConflictReport>;
  recheck(changedFeatureIds: string[], input: RulesSource): Promise<ConflictReport>;
  /** Re-checks from stored results (no run state in the worker, as after a reload): engine/rules/resumeCheck. */
  resume(
    previous: PreviousCheck,
    changedFeatureIds: string[],
    input: RulesSource,
    onProgress: (done: number, total: number, phase: string) => void,
  ): Promise<ConflictReport>;
  cancel(): void;
}

export interface ChecksService {
  runAll: () => Promise<void>;
  cancel: () => void;
  subtractOther: () => Promise<void>;
  /** Resolves when no check or re-check is pending (tests, benchmark). */
  idle: () => Promise<void>;
  /**
   * Shows stored results (after a reload or a crash) when they are for the workspace's rule pack, marks what
   * was edited since as stale, and re-checks only those features (everything when the record says 'all').
   */
  restore: (last: LastCheck | null) => Promise<void>;
  dispose: () => void;
}

const RECHECK_DELAY_MS = 150;

/** How long landed results wait before they are stored (a burst of edits writes them once). */
const PERSIST_DELAY_MS = 400;

export function createChecksService(
  store: EditorStore,
  backend: RulesBackend | null,
  geometryPort: () => Promise<GeometryPort>,
  /** Stores the shown results with the ids edited since (IndexedDB: lastCheckStore); absent in tests. */
  persist: ((check: LastCheck) => Promise<void>) | null = null,
): ChecksService {
  const zh = () => store.getState().language === 'zh';
  let pending = new Set<string>();
  /** Features edited after the input of the shown results was taken (what the stale marker counts). */
  let sinceResult = new Set<string>();
  let persistTimer: ReturnType<typeof setTimeout> | null = null;
  let lastReport: ConflictReport | null = null;
  let persisting: Promise<void> = Promise.resolve();

  const publish = () => store.getState().setCheckFreshness({ uncheckedFeatureIds: [...sinceResult].sort() });
  const writeResults = () => {
    persistTimer = null;
    const report = lastReport;
    const checkedAt = store.getState().checkedAt;
    if (!persist || !report || !checkedAt) return;
    // The edits at the time of writing: every edit after the results' input is in `sinceResult` by now.
    persisting = persisting
      .then(() => persist({ pack: report.pack, checkedAt, conflicts: report.conflicts, editedIds: [...sinceResult].sort() }))
      .catch(() => {
        // Results are a convenience: a failed write leaves the older record, whose edits the log keeps up to date.
      });
  };
  /** Shows a report as the current results; edits made after its input (`after`) stay unchecked. */
  const land = (report: ConflictReport, after: ReadonlySet<string>) => {
    const s = store.getState();
    s.setConflicts(report.conflicts);
    sinceResult = new Set(after);
    s.setCheckFreshness({ checkedAt: new Date().toISOString() });
    if (sinceResult.size > 0) s.markStale([...sinceResult]);
    publish();
    lastReport = report;
    if (persistTimer) clearTimeout(persistTimer);
    persistTimer = setTimeout(writeResults, PERSIST_DELAY_MS);
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let busy: Promise<void> = Promise.resolve();

  /** The current workspace as the rules read it (the backend encodes it in slices, never one long task). */
  const input = async (): Promise<RulesSource | null> => {
    const ws = store.getState().workspace;
    if (!ws.rulePack) return null;
    const plans: PlanEntry[] = [];
    for (const id of ws.planOrder) {
      const entry = ws.plans.get(id);
      if (entry) plans.push(entry);
    }
    return ws.targets ? { plans, pack: ws.rulePack, targets: ws.targets } : { plans, pack: ws.rulePack };
  };

  const fail = (error: unknown) => {
    const s = store.getState();
    const cancelled = error instanceof Error && /cancel/i.test(error.name + error.message);
    s.setProgress({ running: false });
    if (cancelled) return;
    const detailZh = zh() ? errorText(error, 'zh') : describeError(error, 'zh').text;
    const detailEn = zh() ? describeError(error, 'en').text : errorText(error, 'en');
    const notice = catalogueNotice('error', 'checksFailed', { detail: { zh: detailZh, en: detailEn } });
    s.setCheckError(zh() ? notice.texts!.zh : notice.texts!.en);
    s.notify(notice);
  };

  const runAll = async () => {
    const s = store.getState();
    if (!backend) {
      s.notify(catalogueNotice('error', 'checksNoEngine'));
      return;
    }
    if (!s.workspace.rulePack) {
      s.notify(catalogueNotice('error', 'checksNoRulePack'));
      return;
    }
    pending = new Set();
    s.setProgress({ running: true, done: 0, total: s.workspace.rulePack.rules.length + 1, phase: '' });
    const run = input()
      .then((data) => backend.run(data!, (done, total, phase) => store.getState().setProgress({ done, total, phase })))
      .then((report) => {
        land(report, pending);
        store.getState().setProgress({ running: false });
      }, fail);
    busy = busy.then(() => run);
    await run;
  };

  const recheck = () => {
    timer = null;
    const ids = [...pending];
    pending = new Set();
    if (!backend || !store.getState().workspace.rulePack || ids.length === 0 || !store.getState().checked) return;
    const run = input()
      .then((data) => backend.recheck(ids, data!))
      .then((report) => {
        // Only replace when no newer edit arrived meanwhile; otherwise the next re-check will.
        if (pending.size === 0) land(report, pending);
      }, fail);
    busy = busy.then(() => run);
  };

  const stop = store.getState().onHistory((event) => {
    const ids = changedFeatureIds(event.command);
    if (!store.getState().checked) return;
    for (const id of ids) pending.add(id);
    for (const id of ids) sinceResult.add(id);
    store.getState().markStale(ids);
    if (ids.length > 0) publish();
    if (timer) clearTimeout(timer);
    timer = setTimeout(recheck, RECHECK_DELAY_MS);
  });

  const subtractOther = async () => {
    const s = store.getState();
    const conflict = s.selectedConflictKey
      ? s.conflicts.find((c) => c.key === s.selectedConflictKey)
      : s.selection
        ? s.conflicts.find((c) => c.subject?.featureId === s.selection!.featureId || c.object?.featureId === s.selection!.featureId)
        : undefined;
    const selectedId = s.selection?.featureId ?? conflict?.subject?.featureId;
    const self = conflict && (conflict.subject?.featureId === selectedId ? conflict.subject : conflict.object);
    const other = conflict && (self === conflict.subject ? conflict.object : conflict.subject);
    if (!conflict || !self || !other) {
      s.notify(catalogueNotice('error', 'subtractSelectConflict'));
      return;
    }
    const ws = s.workspace;
    const mine = ws.plans.get(self.planId as never)?.features.get(self.featureId as never);
    const theirs = ws.plans.get(other.planId as never)?.features.get(other.featureId as never);
    if (!mine || !theirs) return;
    if (mine.geometry.type !== 'Polygon' && mine.geometry.type !== 'MultiPolygon') {
      s.notify(catalogueNotice('error', 'subtractOnlyPolygon'));
      return;
    }
    const port = await geometryPort();
    let footprint: Geometry | null = theirs.geometry;
    if (theirs.geometry.type === 'LineString' || theirs.geometry.type === 'MultiLineString') {
      const widthM = Number(theirs.properties.KD ?? 0);
      footprint = widthM > 0 ? port.bufferM(theirs.geometry, widthM / 2) : null;
    }
    if (!footprint) {
      s.notify(catalogueNotice('error', 'subtractNoFootprint'));
      return;
    }
    const result = port.difference(mine.geometry, footprint, { keep: 'polygonal' });
    if (!result) {
      s.notify(catalogueNotice('error', 'subtractNothingLeft'));
      return;
    }
    const validity = port.validity(result);
    if (!validity.valid || findSelfIntersection(result)) {
      s.notify(catalogueNotice('error', 'subtractInvalid'));
      return;
    }
    s.execute({
      kind: 'setGeometry',
      planId: self.planId as never,
      featureId: self.featureId as never,
      before: mine.geometry,
      after: result,
    });
    s.notify(catalogueNotice('info', 'subtractDone'));
  };

  const restore = async (last: LastCheck | null) => {
    const s = store.getState();
    const pack = s.workspace.rulePack;
    if (!last || !pack || last.pack.id !== pack.id || last.pack.version !== pack.version) return;
    s.setConflicts(last.conflicts);
    s.setCheckFreshness({ checkedAt: last.checkedAt });
    lastReport = null;
    if (last.editedIds === 'all') {
      await runAll();
      return;
    }
    sinceResult = new Set(last.editedIds);
    const ids = [...sinceResult];
    s.markStale(ids);
    publish();
    if (ids.length === 0 || !backend) return;
    pending = new Set();
    s.setProgress({ running: true, done: 0, total: pack.rules.length, phase: '' });
    const previous: PreviousCheck = { pack: last.pack, conflicts: last.conflicts };
    const run = input()
      .then((data) => backend.resume(previous, ids, data!, (done, total, phase) => store.getState().setProgress({ done, total, phase })))
      .then((report) => {
        store.getState().setProgress({ running: false });
        if (pending.size === 0) land(report, pending);
      }, fail);
    busy = busy.then(() => run);
    await run;
  };

  return {
    runAll,
    restore,
    cancel: () => backend?.cancel(),
    subtractOther,
    idle: async () => {
      while (timer) await new Promise((r) => setTimeout(r, RECHECK_DELAY_MS));
      await busy;
      if (persistTimer) {
        clearTimeout(persistTimer);
        writeResults();
      }
      await persisting;
    },
    dispose: () => {
      stop();
      if (timer) clearTimeout(timer);
      if (persistTimer) clearTimeout(persistTimer);
    },
  };
}

// Store slice: the conflict list (from the rules worker), the check's progress, list filters and the
// keys whose features changed since the last check (re-checked incrementally).
import type { StateCreator } from 'zustand';
import type { Conflict, Severity } from '../../engine/rules/index.ts';
import type { EditorState } from './createEditorStore.ts';
import type { ConflictStatus } from '../../engine/resolutions/index.ts';

/** The one status definition (engine/resolutions/conflictStatus): 未处置, 待复核, 已处置, 例外（已批准/已过期）, 暂缓, 重新打开. */
export type { ConflictStatus } from '../../engine/resolutions/index.ts';

export interface CheckProgress {
  running: boolean;
  done: number;
  total: number;
  phase: string;
}

export interface ConflictFilters {
  severity: Severity | '';
  ruleId: string;
  department: string;
  town: string;
  status: ConflictStatus | '';
  search: string;
}

export interface ConflictSlice {
  conflicts: Conflict[];
  /** False until the first check has run on this workspace. */
  checked: boolean;
  /** Conflicts whose features were edited after the last check, until the re-check replaces them. */
  staleKeys: ReadonlySet<string>;
  progress: CheckProgress;
  checkError: string | null;
  filters: ConflictFilters;
  setConflicts: (conflicts: Conflict[]) => void;
  /** Replaces the conflicts that involve `featureIds` with `fresh` (incremental re-check result). */
  replaceConflictsOf: (featureIds: readonly string[], fresh: Conflict[]) => void;
  markStale: (featureIds: readonly string[]) => void;
  setProgress: (progress: Partial<CheckProgress>) => void;
  setCheckError: (message: string | null) => void;
  setFilters: (filters: Partial<ConflictFilters>) => void;
  /** When the shown results were computed (ISO 8601; restored with them after a reload), null before a check. */
  checkedAt: string | null;
  /** Features edited after the shown results' input was taken (the checks service keeps it; sorted). */
  uncheckedFeatureIds: readonly string[];
  setCheckFreshness: (freshness: { checkedAt?: string | null; uncheckedFeatureIds?: readonly string[] }) => void;
}

export const EMPTY_FILTERS: ConflictFilters = { severity: '', ruleId: '', department: '', town: '', status: '', search: '' };

function involves(conflict: Conflict, ids: ReadonlySet<string>): boolean {
  return (conflict.subject !== null && ids.has(conflict.subject.featureId)) ||
    (conflict.object !== null && ids.has(conflict.object.featureId));
}

export const createConflictSlice: StateCreator<EditorState, [], [], ConflictSlice> = (set) => ({
  conflicts: [],
  checked: false,
  staleKeys: new Set(),
  progress: { running: false, done: 0, total: 0, phase: '' },
  checkError: null,
  filters: EMPTY_FILTERS,
  setConflicts: (conflicts) => set({ conflicts, checked: true, staleKeys: new Set(), checkError: null }),
  replaceConflictsOf: (featureIds, fresh) =>
    set((s) => {
      const ids = new Set(featureIds);
      const kept = s.conflicts.filter((c) => !involves(c, ids));
      const freshKeys = new Set(fresh.map((c) => c.key));
      const merged = [...kept.filter((c) => !freshKeys.has(c.key)), ...fresh].sort(compareConflicts);
      const staleKeys = new Set([...s.staleKeys].filter((k) => merged.some((c) => c.key === k && !freshKeys.has(k))));
      return { conflicts: merged, staleKeys };
    }),
  markStale: (featureIds) =>
    set((s) => {
      const ids = new Set(featureIds);
      const staleKeys = new Set(s.staleKeys);
      for (const c of s.conflicts) if (involves(c, ids)) staleKeys.add(c.key);
      return { staleKeys };
    }),
  setProgress: (progress) => set((s) => ({ progress: { ...s.progress, ...progress } })),
  setCheckError: (checkError) => set({ checkError }),
  setFilters: (filters) => set((s) => ({ filters: { ...s.filters, ...filters } })),
  checkedAt: null,
  uncheckedFeatureIds: [],
  setCheckFreshness: (freshness) => set(freshness),
});

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, major: 1, minor: 2, info: 3 };

/** Severity first, then rule id, then key: the order the engine reports (deterministic). */
export function compareConflicts(a: Conflict, b: Conflict): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.ruleId.localeCompare(b.ruleId) || a.key.localeCompare(b.key);
}

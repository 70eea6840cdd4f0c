// Store slice: the project register's view state — the selected project (the map shows it, the report
// opens), boundary files waiting for their report and facts form, and the latest review of each project
// (computed by the review service off the store; `changed` flags a result that moved after the blueprint did).
import type { StateCreator } from 'zustand';
import type { ProjectReview } from '../../engine/review/index.ts';
import type { EditorState } from './createEditorStore.ts';

export interface ProjectReviewEntry {
  /** The project version the review was computed on. */
  projectVersion: string;
  review: ProjectReview;
  /** The verdicts (overall and per department) differ from the previous review of the same version. */
  changed: boolean;
}

/** A dropped or chosen file (boundary, 征求意见, 部门意见) awaiting its dialog. */
export interface PendingBoundary {
  name: string;
  bytes: Uint8Array;
  /** A boundary drawn on the map instead of a file (EPSG:4490). */
  drawn?: { type: 'Polygon'; coordinates: [number, number][][] };
  /** 界址点 typed or pasted from a spreadsheet (`点号 圈号 X Y` rows), with the 带号 for Y without its prefix. */
  typed?: { text: string; zone?: number };
}

export interface ProjectSlice {
  selectedProjectId: string | null;
  selectProject: (id: string | null) => void;
  pendingBoundaries: PendingBoundary[];
  /** True while the polygon tool draws a project boundary (not a plan feature). */
  drawingBoundary: boolean;
  setDrawingBoundary: (on: boolean) => void;
  setPendingBoundaries: (files: PendingBoundary[]) => void;
  /** 征求意见 files opened on a department's workstation (the department dialog shows the first), and 部门意见
   *  files given to the coordinator (imported by the register's host, which reports each). */
  pendingConsultations: PendingBoundary[];
  setPendingConsultations: (files: PendingBoundary[]) => void;
  pendingOpinions: PendingBoundary[];
  setPendingOpinions: (files: PendingBoundary[]) => void;
  projectReviews: Readonly<Record<string, ProjectReviewEntry>>;
  setProjectReviews: (reviews: Readonly<Record<string, ProjectReviewEntry>>) => void;
  /** Clears the 结果已变化 flag once the user has looked at the project. */
  acknowledgeReview: (id: string) => void;
}

export const createProjectSlice: StateCreator<EditorState, [], [], ProjectSlice> = (set) => ({
  selectedProjectId: null,
  selectProject: (selectedProjectId) => set({ selectedProjectId }),
  pendingBoundaries: [],
  drawingBoundary: false,
  setDrawingBoundary: (drawingBoundary) => set(drawingBoundary ? { drawingBoundary, tool: 'drawPolygon' } : { drawingBoundary }),
  setPendingBoundaries: (pendingBoundaries) => set({ pendingBoundaries }),
  pendingConsultations: [],
  setPendingConsultations: (pendingConsultations) => set({ pendingConsultations }),
  pendingOpinions: [],
  setPendingOpinions: (pendingOpinions) => set({ pendingOpinions }),
  projectReviews: {},
  setProjectReviews: (projectReviews) => set({ projectReviews }),
  acknowledgeReview: (id) =>
    set((s) => {
      const entry = s.projectReviews[id];
      return entry?.changed ? { projectReviews: { ...s.projectReviews, [id]: { ...entry, changed: false } } } : {};
    }),
});

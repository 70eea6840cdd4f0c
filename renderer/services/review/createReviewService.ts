// The review service: reviews the register's projects against the workspace's blueprint (in the review
// worker) whenever projects change and whenever the checks have run again (the blueprint changed), one run
// at a time (triggers during a run coalesce into one more). A project whose verdicts (overall or any
// department's) differ from its previous review of the same version is flagged `changed` in the register.
import { loadReviewPack } from '../../../engine/review/index.ts';
import type { Department, DepartmentOpinion, JointOpinion, ProjectDocument, ProjectReview } from '../../../engine/review/index.ts';
import { describeError, errorText } from '../../i18n/describeError.ts';
import type { EditorStore } from '../../store/createEditorStore.ts';
import type { ProjectReviewEntry } from '../../store/projectSlice.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import { todayIso } from '../blueprint/resolutionStatus.ts';
import { workspacePolicy } from '../blueprint/workspacePolicy.ts';
import reviewPackSeed from '../../../seeds/rules/jiyuan-review.json';
import { BLUEPRINT_NEEDS_PLANS, type ProjectReviewResult, type ReviewProjectsInput } from './reviewProjects.ts';
import { workspaceDepartments } from './workspaceDepartments.ts';
import { catalogueNotice } from '../../store/catalogueNotice.ts';

export interface ReviewBackend {
  review(input: ReviewProjectsInput): Promise<ProjectReviewResult[]>;
  /** The 合规性审查报告 HTML of a project on the blueprint of the last review run; null before any run. */
  reportHtml(input: ReportRequest): Promise<string | null>;
}

/** What the report needs besides the blueprint the backend keeps from its last review run. */
export interface ReportRequest {
  project: ProjectDocument;
  review: ProjectReview;
  departments: Department[];
  opinions: DepartmentOpinion[];
  joint: JointOpinion | null;
  created: string;
  language: 'zh' | 'en';
  pack: { id: string; version: string };
}

export interface ReviewService {
  /** Reviews every project now (after the current run). */
  reviewAll: () => Promise<void>;
  /** The report of a project as reviewed now (after any queued review); null when it has no review yet. */
  reportHtml: (projectId: string) => Promise<string | null>;
  /** Resolves when no review is running or queued (tests). */
  idle: () => Promise<void>;
  dispose: () => void;
}

/** The verdicts a reader compares: overall, then each department's in order. */
const signature = (review: ProjectReview): string =>
  [review.verdict, ...review.departments.map((d) => `${d.department}:${d.verdict}`)].join('|');

export function createReviewService(store: EditorStore, backend: ReviewBackend): ReviewService {
  let running: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  // The blueprint's inputs by identity (the store never mutates them): a new key whenever one changes. The
  // plans are sent only with a new key (or when the backend lost its blueprint), not with every new project.
  let blueprintKey = 0;
  let keyed: { plans: unknown; resolutions: unknown; policy: unknown } | null = null;
  let sentKey = -1;

  async function run(): Promise<void> {
    const s = store.getState();
    const ws = s.workspace;
    const projects = [...(ws.projects ?? [])];
    if (projects.length === 0) {
      if (Object.keys(s.projectReviews).length > 0) s.setProjectReviews({});
      return;
    }
    const departments = [...workspaceDepartments(ws)];
    const pack = loadReviewPack(reviewPackSeed, departments, 'jiyuan-review.json');
    if (!pack.ok) {
      const first = pack.errors[0];
      s.notify(catalogueNotice('error', 'reviewPackInvalid', { reason: { zh: first?.zh ?? '', en: first?.en ?? '' } }));
      return;
    }
    if (!keyed || keyed.plans !== ws.plans || keyed.resolutions !== ws.resolutions || keyed.policy !== ws.policy) {
      keyed = { plans: ws.plans, resolutions: ws.resolutions, policy: ws.policy };
      blueprintKey++;
    }
    const plans = () => ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
    const request = {
      blueprintKey,
      resolutions: [...(ws.resolutions ?? [])],
      policy: workspacePolicy(ws),
      conflicts: [...s.conflicts],
      asOfDate: todayIso(),
      projects,
      pack: pack.pack,
      departments,
    };
    let results: ProjectReviewResult[];
    try {
      results = await backend.review(sentKey === blueprintKey ? request : { ...request, plans: plans() });
    } catch (error) {
      if (!(error instanceof Error && error.message.includes(BLUEPRINT_NEEDS_PLANS))) throw error;
      results = await backend.review({ ...request, plans: plans() });
    }
    sentKey = request.blueprintKey;
    const previous = store.getState().projectReviews;
    const next: Record<string, ProjectReviewEntry> = {};
    for (const r of results) {
      const before = previous[r.projectId];
      const sameVersion = before?.projectVersion === r.projectVersion;
      const changed = sameVersion && signature(before.review) !== signature(r.review) ? true : sameVersion ? before.changed : false;
      next[r.projectId] = { projectVersion: r.projectVersion, review: r.review, changed };
    }
    store.getState().setProjectReviews(next);
  }

  function schedule(): Promise<void> {
    if (queued) return queued;
    const next = running.then(() => {
      queued = null;
      return run().catch((error: unknown) => {
        const lang = store.getState().language;
        const zh = lang === 'zh' ? errorText(error, 'zh') : describeError(error, 'zh').text;
        const en = lang === 'en' ? errorText(error, 'en') : describeError(error, 'en').text;
        store.getState().notify(catalogueNotice('error', 'projectReviewFailed', { reason: { zh, en } }));
      });
    });
    queued = next;
    running = next;
    return next;
  }

  const unsubscribe = store.subscribe((s, prev) => {
    const projectsChanged = s.workspace.projects !== prev.workspace.projects;
    // New conflicts = the checks ran again on a changed workspace: the blueprint may have changed.
    const blueprintChanged = s.conflicts !== prev.conflicts && s.checked;
    const departmentsChanged = s.workspace.departments !== prev.workspace.departments;
    if (s.workspaceEpoch !== prev.workspaceEpoch || projectsChanged || blueprintChanged || departmentsChanged) void schedule();
  });
  if ((store.getState().workspace.projects ?? []).length > 0) void schedule();

  return {
    reviewAll: schedule,
    reportHtml: async (projectId) => {
      await running;
      const s = store.getState();
      const project = s.workspace.projects?.find((p) => p.project.id === projectId);
      const entry = s.projectReviews[projectId];
      if (!project || !entry) return null;
      return backend.reportHtml({
        project,
        review: entry.review,
        departments: [...workspaceDepartments(s.workspace)],
        opinions: (s.workspace.opinions ?? []).filter((o) => o.projectId === projectId),
        joint: s.workspace.jointOpinions?.find((j) => j.projectId === projectId && j.projectVersion === entry.projectVersion) ?? null,
        created: todayIso(),
        language: s.language,
        pack: { id: (reviewPackSeed as { id: string }).id, version: (reviewPackSeed as { version: string }).version },
      });
    },
    idle: async () => {
      // `running` is always a promise: the loop ends when a wait finishes with nothing newer started or queued.
      for (;;) {
        const current = running;
        await current;
        if (current === running && !queued) return;
      }
    },
    dispose: unsubscribe,
  };
}

// Pure. readOpinionFile(bytes, fileName, context) → the DepartmentOpinion of a 部门意见 file checked against
// the workspace: the department is in the managed list, the project is in the register, a conditional verdict
// has a condition, dates are calendar dates. An opinion on an older project version is returned with
// `stale: true` and a warning (it is kept, not counted). Any fatal finding → no opinion. Never throws.
import { decodeReviewFile, fieldLabel } from './decodeReviewFile.ts';
import { isIsoDate } from './isIsoDate.ts';
import { projectVersion } from './projectVersion.ts';
import { reviewFileFinding, type ReviewFileFinding } from './reviewFileFinding.ts';
import type { Department, DepartmentOpinion, ProjectDocument } from './types.ts';
import { VERDICT_LABELS } from './verdictLabels.ts';
import { say } from '../i18n/index.ts';

export interface OpinionFileContext {
  /** The workspace's managed department list. */
  departments: readonly Department[];
  /** The project register, each at its current version. */
  projects: readonly ProjectDocument[];
}

export interface OpinionFileRead {
  /** Absent whenever a finding is fatal. */
  opinion?: DepartmentOpinion;
  /** Given on a version other than the project's current one: kept for the record, not counted. */
  stale: boolean;
  /** The project's name (XMMC) and version now, when the project is known. */
  projectName?: string;
  currentVersion?: string;
  findings: ReviewFileFinding[];
}

export function readOpinionFile(bytes: Uint8Array, fileName: string, context: OpinionFileContext): OpinionFileRead {
  const decoded = decodeReviewFile(bytes, fileName, 'review-opinion');
  if ('findings' in decoded) return { stale: false, findings: decoded.findings };
  const o = decoded.value.opinion as DepartmentOpinion;
  const findings: ReviewFileFinding[] = [];
  if (!isIsoDate(o.date)) {
    const title = say('review.decodeReviewFile.field-date');
    findings.push(
      reviewFileFinding('REVIEW_FILE_DATE', fileName, '/opinion/date', {
        field: '/opinion/date',
        title: title.zh,
        titleEn: title.en,
        value: o.date,
      }),
    );
  }
  for (const [key, value] of [
    ['reviewer', o.reviewer],
    ['documentNo', o.documentNo],
  ] as const) {
    if (value.trim() === '') findings.push(blank(fileName, `/opinion/${key}`));
  }
  o.conditions.forEach((c, i) => {
    if (c.trim() === '') findings.push(blank(fileName, `/opinion/conditions/${i}`));
  });
  const conditions = o.conditions.filter((c) => c.trim() !== '');
  if (o.verdict === 'conditional' && conditions.length === 0 && !findings.some((f) => f.path.startsWith('/opinion/conditions/'))) {
    findings.push(reviewFileFinding('REVIEW_CONDITIONS_MISSING', fileName, '/opinion/conditions'));
  }
  if (o.verdict !== 'conditional' && conditions.length > 0) {
    findings.push(
      reviewFileFinding('REVIEW_CONDITIONS_UNEXPECTED', fileName, '/opinion/conditions', {
        verdict: VERDICT_LABELS[o.verdict].zh,
        verdictEn: VERDICT_LABELS[o.verdict].en,
        count: conditions.length,
      }),
    );
  }
  if (!context.departments.some((d) => d.id === o.department)) {
    const known = context.departments.map((d) => `${d.id} ${d.shortZh}`).join('、') || '—';
    findings.push(reviewFileFinding('REVIEW_UNKNOWN_DEPARTMENT', fileName, '/opinion/department', { department: o.department, known }));
  }
  const project = context.projects.find((p) => p.project.id === o.projectId);
  const read: OpinionFileRead = { stale: false, findings };
  if (!project) findings.push(reviewFileFinding('REVIEW_UNKNOWN_PROJECT', fileName, '/opinion/projectId', { project: o.projectId }));
  else {
    read.projectName = project.properties.XMMC;
    read.currentVersion = projectVersion(project);
    if (read.currentVersion !== o.projectVersion) {
      read.stale = true;
      findings.push(
        reviewFileFinding('REVIEW_STALE', fileName, '/opinion/projectVersion', {
          name: project.properties.XMMC,
          version: o.projectVersion,
          current: read.currentVersion,
        }),
      );
    }
  }
  if (findings.some((f) => f.level === 'fatal')) return { stale: false, findings };
  read.opinion = {
    projectId: o.projectId,
    projectVersion: o.projectVersion,
    department: o.department,
    verdict: o.verdict,
    // Conditions count only for a conditional verdict (the warning above says so).
    conditions: o.verdict === 'conditional' ? conditions : [],
    basis: o.basis,
    reviewer: o.reviewer.trim(),
    date: o.date,
    documentNo: o.documentNo.trim(),
  };
  return read;
}

function blank(fileName: string, path: string): ReviewFileFinding {
  const label = fieldLabel(path);
  return reviewFileFinding('REVIEW_FILE_BLANK', fileName, path, { field: label.zh, fieldEn: label.en });
}

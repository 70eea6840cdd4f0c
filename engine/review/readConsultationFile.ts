// Pure. readConsultationFile(bytes, fileName) → the 征求意见 file a department received: the consultation, the
// department's entry, the project document and the preliminary review, once the file passes its schema, its
// dates are calendar dates (deadline not before sent-on) and its parts agree (project id and version, the
// department, the review's version). Any fatal finding → no file. Never throws.
import { decodeReviewFile } from './decodeReviewFile.ts';
import { isIsoDate } from './isIsoDate.ts';
import { projectVersion } from './projectVersion.ts';
import { reviewFileFinding, type ReviewFileFinding } from './reviewFileFinding.ts';
import type { ConsultationFile } from './writeConsultationFile.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export interface ConsultationFileRead {
  /** Absent whenever a finding is fatal. */
  file?: ConsultationFile;
  findings: ReviewFileFinding[];
}

export function readConsultationFile(bytes: Uint8Array, fileName: string): ConsultationFileRead {
  const decoded = decodeReviewFile(bytes, fileName, 'review-consultation');
  if ('findings' in decoded) return { findings: decoded.findings };
  const file = decoded.value as unknown as ConsultationFile;
  const c = file.consultation;
  const findings: ReviewFileFinding[] = [];
  const dates = [
    ['sentOn', say('review.decodeReviewFile.field-sentOn')],
    ['deadline', say('review.decodeReviewFile.field-deadline')],
  ] as const;
  for (const [key, { zh: title, en: titleEn }] of dates) {
    if (!isIsoDate(c[key]))
      findings.push(
        reviewFileFinding('REVIEW_FILE_DATE', fileName, `/consultation/${key}`, {
          field: `/consultation/${key}`,
          title,
          titleEn,
          value: c[key],
        }),
      );
  }
  if (findings.length === 0 && c.deadline < c.sentOn)
    findings.push(
      reviewFileFinding('REVIEW_DEADLINE_BEFORE_SENT', fileName, '/consultation/deadline', { deadline: c.deadline, sentOn: c.sentOn }),
    );
  const mismatch = (field: string, found: string, expected: string, what: Bilingual): void => {
    if (found !== expected)
      findings.push(
        reviewFileFinding('REVIEW_CONSULTATION_MISMATCH', fileName, field, { field, found, expected, whatZh: what.zh, whatEn: what.en }),
      );
  };
  mismatch('/consultation/projectId', c.projectId, file.project.project.id, say('review.readConsultationFile.project-id'));
  mismatch('/consultation/department', c.department, file.department.id, say('review.readConsultationFile.department-id'));
  if (findings.length === 0) {
    // The version is a hash of the project's facts and boundary: a file whose project was edited by hand no longer matches.
    mismatch(
      '/consultation/projectVersion',
      c.projectVersion,
      projectVersion(file.project),
      say('review.readConsultationFile.computed-version'),
    );
  }
  if (file.review !== null) {
    mismatch(
      '/review/measurement/projectId',
      file.review.measurement.projectId,
      c.projectId,
      say('review.readConsultationFile.project-id'),
    );
    mismatch(
      '/review/measurement/projectVersion',
      file.review.measurement.projectVersion,
      c.projectVersion,
      say('review.readConsultationFile.project-version'),
    );
  }
  if (findings.length > 0) return { findings };
  return { file: { consultation: c, department: file.department, project: file.project, review: file.review }, findings };
}

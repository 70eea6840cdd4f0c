// Pure. writeConsultationFile(input) → the bytes of the 征求意见 file the coordinator sends one department
// (schemas/review-consultation.schema.json) and its suggested name. Deterministic: fixed top-level order,
// every nested object's keys sorted, two-space JSON with a final newline.
import { jsonBytes } from '../package/jsonBytes.ts';
import { consultationFileName } from './reviewFileNames.ts';
import { sortedKeys } from './sortedKeys.ts';
import type { Consultation, Department, ProjectDocument, ProjectReview } from './types.ts';

export const CONSULTATION_FORMAT = 'lantu-review-consultation';
export const CONSULTATION_SCHEMA_VERSION = '1.0.0';

export interface ConsultationFile {
  consultation: Consultation;
  /** The department's entry of the managed list, so its workstation needs no list of its own. */
  department: Department;
  /** The project document at the consulted version. */
  project: ProjectDocument;
  /** The preliminary review of that version (every department's part), or null when none was run. */
  review: ProjectReview | null;
}

export function writeConsultationFile(input: ConsultationFile): { bytes: Uint8Array; fileName: string } {
  const c = input.consultation;
  const value = {
    format: CONSULTATION_FORMAT,
    schemaVersion: CONSULTATION_SCHEMA_VERSION,
    consultation: {
      projectId: c.projectId,
      projectVersion: c.projectVersion,
      department: c.department,
      sentOn: c.sentOn,
      deadline: c.deadline,
    },
    department: sortedKeys(input.department),
    project: sortedKeys(input.project),
    review: input.review === null ? null : sortedKeys(input.review),
  };
  return { bytes: jsonBytes(value), fileName: consultationFileName(input.project.properties.XMMC, input.department.shortZh) };
}

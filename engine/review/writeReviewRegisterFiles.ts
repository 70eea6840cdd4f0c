// Pure. writeReviewRegisterFiles(register) → the two files a blueprint package carries for a workspace's projects:
// review/projects.json (the project documents, sorted by id) and review/opinions.json (departments,
// consultations, opinions and joint opinions in recorded order). Deterministic (fixed top-level order, nested keys
// sorted), so the package rebuilds from its own copies byte for byte.
import { jsonBytes } from '../package/jsonBytes.ts';
import { sortedKeys } from './sortedKeys.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument } from './types.ts';

/** A workspace's projects and the opinion records about them. */
export interface ReviewRegister {
  projects: readonly ProjectDocument[];
  departments: readonly Department[];
  consultations: readonly Consultation[];
  opinions: readonly DepartmentOpinion[];
  jointOpinions: readonly JointOpinion[];
}

export const REVIEW_PROJECTS_PATH = 'review/projects.json';
export const REVIEW_OPINIONS_PATH = 'review/opinions.json';

export function writeReviewRegisterFiles(register: ReviewRegister): { projects: Uint8Array; opinions: Uint8Array } {
  const projects = [...register.projects].sort((a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0));
  return {
    projects: jsonBytes({ format: 'lantu-review-projects', schemaVersion: '1.0.0', projects: projects.map(sortedKeys) }),
    opinions: jsonBytes({
      format: 'lantu-review-opinions',
      schemaVersion: '1.0.0',
      departments: register.departments.map(sortedKeys),
      consultations: register.consultations.map(sortedKeys),
      opinions: register.opinions.map(sortedKeys),
      jointOpinions: register.jointOpinions.map(sortedKeys),
    }),
  };
}

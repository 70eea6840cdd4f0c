// Pure. writeOpinionFile(opinion, names) → the bytes of the small 部门意见 file a department's reviewer exports
// (schemas/review-opinion.schema.json) and its suggested name. Deterministic: fixed key order, conditions in
// the reviewer's order, two-space JSON with a final newline.
import { jsonBytes } from '../package/jsonBytes.ts';
import { opinionFileName } from './reviewFileNames.ts';
import type { DepartmentOpinion } from './types.ts';

export const OPINION_FORMAT = 'lantu-review-opinion';
export const OPINION_SCHEMA_VERSION = '1.0.0';

export interface OpinionFileNames {
  /** XMMC of the project and the department's names, for the reader's eyes and the file name. */
  projectName: string;
  departmentName: string;
  departmentShortName: string;
}

export function writeOpinionFile(opinion: DepartmentOpinion, names: OpinionFileNames): { bytes: Uint8Array; fileName: string } {
  const o = opinion;
  const value = {
    format: OPINION_FORMAT,
    schemaVersion: OPINION_SCHEMA_VERSION,
    projectName: names.projectName,
    departmentName: names.departmentName,
    opinion: {
      projectId: o.projectId,
      projectVersion: o.projectVersion,
      department: o.department,
      verdict: o.verdict,
      conditions: [...o.conditions],
      basis: o.basis,
      reviewer: o.reviewer,
      date: o.date,
      documentNo: o.documentNo,
    },
  };
  return { bytes: jsonBytes(value), fileName: opinionFileName(names.projectName, names.departmentShortName) };
}

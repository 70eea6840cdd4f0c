// Pure. loadDepartments(data, fileName) → the workspace's managed department list (schemas/departments.schema.json)
// or errors in Chinese and English naming the file, the department and the field. Never throws on bad input.
import { validateSchema } from '../validate/validateSchema.ts';
import { dedupeLoadErrors, schemaLoadError, type ReviewLoadError } from './reviewLoadError.ts';
import type { Department } from './types.ts';
import { say } from '../i18n/index.ts';

/** The file around the list (seeds/jiyuan/departments.json). */
export interface DepartmentList {
  schemaVersion: string;
  id: string;
  title: string;
  departments: Department[];
}

export type DepartmentsLoad = { ok: true; list: DepartmentList } | { ok: false; errors: ReviewLoadError[] };

const NAMING = { member: 'departments', ...say('review.loadDepartments.NAMING') };

export function loadDepartments(data: unknown, fileName = 'departments.json'): DepartmentsLoad {
  const schema = validateSchema('departments', data);
  if (!schema.valid) {
    const errors = schema.errors
      .filter((e) => e.keyword !== 'if' && e.keyword !== 'anyOf')
      .map((e) => schemaLoadError(fileName, data, e, NAMING));
    return { ok: false, errors: dedupeLoadErrors(errors) };
  }
  const list = data as DepartmentList;
  const errors: ReviewLoadError[] = [];
  const firstById = new Map<string, number>();
  const firstByName = new Map<string, number>();
  list.departments.forEach((d, i) => {
    const idFirst = firstById.get(d.id);
    if (idFirst !== undefined) {
      errors.push({
        path: `/departments/${i}/id`,
        ...say('review.loadDepartments.loadDepartments', { fileName, index: i + 1, id: d.id, idFirst: idFirst + 1 }),
      });
    } else firstById.set(d.id, i);
    const nameFirst = firstByName.get(d.nameZh);
    if (nameFirst !== undefined) {
      errors.push({
        path: `/departments/${i}/nameZh`,
        ...say('review.loadDepartments.loadDepartments-2', {
          fileName,
          index: i + 1,
          id: d.id,
          nameZh: d.nameZh,
          nameFirst: nameFirst + 1,
        }),
      });
    } else firstByName.set(d.nameZh, i);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, list };
}

/** The department with this id, or undefined. */
export function departmentById(departments: readonly Department[], id: string): Department | undefined {
  return departments.find((d) => d.id === id);
}

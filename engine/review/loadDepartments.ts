// Pure. loadDepartments(data, fileName) → the workspace's managed department list (schemas/departments.schema.json)
// or errors in Chinese and English naming the file, the department and the field. Never throws on bad input.
import { validateSchema } from '../validate/validateSchema.ts';
import { dedupeLoadErrors, schemaLoadError, type ReviewLoadError } from './reviewLoadError.ts';
import type { Department } from './types.ts';

/** The file around the list (seeds/jiyuan/departments.json). */
export interface DepartmentList {
  schemaVersion: string;
  id: string;
  title: string;
  departments: Department[];
}

export type DepartmentsLoad = { ok: true; list: DepartmentList } | { ok: false; errors: ReviewLoadError[] };

const NAMING = { member: 'departments', zh: '部门', en: 'department' };

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
        zh: `${fileName}：第 ${i + 1} 个部门的标识 ${d.id} 与第 ${idFirst + 1} 个部门重复`,
        en: `${fileName}: department ${i + 1} repeats the id ${d.id} of department ${idFirst + 1}`,
      });
    } else firstById.set(d.id, i);
    const nameFirst = firstByName.get(d.nameZh);
    if (nameFirst !== undefined) {
      errors.push({
        path: `/departments/${i}/nameZh`,
        zh: `${fileName}：第 ${i + 1} 个部门 ${d.id} 的全称“${d.nameZh}”与第 ${nameFirst + 1} 个部门重复`,
        en: `${fileName}: department ${i + 1} (${d.id}) repeats the full name "${d.nameZh}" of department ${nameFirst + 1}`,
      });
    } else firstByName.set(d.nameZh, i);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, list };
}

/** The department with this id, or undefined. */
export function departmentById(departments: readonly Department[], id: string): Department | undefined {
  return departments.find((d) => d.id === id);
}

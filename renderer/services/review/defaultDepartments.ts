// The bundled department list, seeds/jiyuan/departments.json (checked by loadDepartments once, at load): the
// list a workspace follows until it records its own with `setDepartments`.
import { loadDepartments } from '../../../engine/review/index.ts';
import type { Department } from '../../../engine/review/index.ts';
import seed from '../../../seeds/jiyuan/departments.json';

const loaded = loadDepartments(seed, 'seeds/jiyuan/departments.json');
if (!loaded.ok) throw new Error(`seeds/jiyuan/departments.json: ${loaded.errors.map((e) => e.en).join('; ')}`);

export const DEFAULT_DEPARTMENTS: readonly Department[] = loaded.list.departments;

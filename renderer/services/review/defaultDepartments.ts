// The bundled department list: seeds/jiyuan/departments.json (slice "verdict" writes it). Until that seed is
// in main this list is empty and departments show by id; see the report of slice "editor".
import type { Department } from '../../../engine/review/types.ts';

export const DEFAULT_DEPARTMENTS: readonly Department[] = [];

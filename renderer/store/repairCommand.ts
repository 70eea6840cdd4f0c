// Repairing older logs' resolutions lives in engine/edit; re-exported for the persistence service.
export { repairCommand } from '../../engine/edit/index.ts';

// The exact inverse of a command lives in engine/edit; re-exported for the store's users.
export { invertCommand } from '../../engine/edit/index.ts';

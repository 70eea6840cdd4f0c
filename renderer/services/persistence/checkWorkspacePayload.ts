// Checking a workspace payload is pure and shared with the CLI: it lives in engine/edit; re-exported here.
export { checkWorkspacePayload, type CheckedPayload, type PayloadSource } from '../../../engine/edit/index.ts';

// Refusals of a workspace payload are worded in engine/edit (the CLI says the same); re-exported here.
export { payloadProblemMessage, fieldPath, COMMAND_KINDS, type PayloadProblem } from '../../../engine/edit/index.ts';

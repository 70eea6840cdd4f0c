// A resolution as edit commands lives in engine/edit (the export and the CLI use the same); re-exported here.
export { resolutionToCommand, resolutionCommands } from '../../../engine/edit/index.ts';

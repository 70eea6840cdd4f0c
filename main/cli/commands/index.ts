// The command table: `lantu <name>` runs COMMANDS[name], in the order `lantu --help` lists them. Each
// module default-exports a CliCommand; a new command is one import and one line here.
import type { CliCommand } from '../command.ts';
import validate from './validate.ts';
import check from './check.ts';
import rules from './rules.ts';
import importCommand from './import.ts';
import exportCommand from './export.ts';
import verify from './verify.ts';
import diff from './diff.ts';
import review from './review.ts';
import station from './station.ts';
import keys from './keys.ts';
import submit from './submit.ts';
import accept from './accept.ts';
import sign from './sign.ts';
import receipt from './receipt.ts';
import replay from './replay.ts';
import publish from './publish.ts';

export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  validate,
  check,
  rules,
  import: importCommand,
  export: exportCommand,
  verify,
  diff,
  review,
  station,
  keys,
  submit,
  accept,
  sign,
  receipt,
  replay,
  publish,
};

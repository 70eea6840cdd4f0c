// The command table: `lantu <name>` runs COMMANDS[name]. Add one line per command (check, rules, import,
// export, verify, diff arrive with their issues); each module default-exports a CliCommand.
import type { CliCommand } from '../command.ts';
import validate from './validate.ts';
import check from './check.ts';
import rules from './rules.ts';
import importCommand from './import.ts';
import exportCommand from './export.ts';
import verify from './verify.ts';
import diff from './diff.ts';

export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  validate,
  check,
  rules,
  import: importCommand,
  export: exportCommand,
  verify,
  diff,
};

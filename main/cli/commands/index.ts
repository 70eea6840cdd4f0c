// The command table: `lantu <name>` runs COMMANDS[name], in the order `lantu --help` lists them. Each command module
// default-exports a CliCommand and is imported only when that command runs, so `lantu --help` and a command's start
// compile just what they use (the bundle splits at these imports; README "CLI start"). A new command is one line here.
import { say } from '../../i18n/index.ts';
import type { CliCommand } from '../command.ts';

export interface CommandEntry {
  /** One-line summary for `lantu --help`. */
  summary: { zh: string; en: string };
  load(): Promise<CliCommand>;
}

const entry = (summary: CommandEntry['summary'], load: () => Promise<{ default: CliCommand }>): CommandEntry => ({
  summary,
  load: async () => (await load()).default,
});

export const COMMANDS: Readonly<Record<string, CommandEntry>> = {
  validate: entry(say('commands.validate.validate_summary'), () => import('./validate.ts')),
  check: entry(say('commands.check.check_summary'), () => import('./check.ts')),
  rules: entry(say('commands.rules.rules_summary'), () => import('./rules.ts')),
  import: entry(say('commands.import.importCommand_summary'), () => import('./import.ts')),
  export: entry(say('commands.export.exportCommand_summary'), () => import('./export.ts')),
  verify: entry(say('commands.verify.verify_summary'), () => import('./verify.ts')),
  diff: entry(say('commands.diff.diff_summary'), () => import('./diff.ts')),
  review: entry(say('commands.review.review_summary'), () => import('./review.ts')),
  station: entry(say('commands.station.station_summary'), () => import('./station.ts')),
  keys: entry(say('commands.keys.keys_summary'), () => import('./keys.ts')),
  submit: entry(say('commands.submit.submit_summary'), () => import('./submit.ts')),
  accept: entry(say('commands.accept.accept_summary'), () => import('./accept.ts')),
  sign: entry(say('commands.sign.sign_summary'), () => import('./sign.ts')),
  receipt: entry(say('commands.receipt.receipt_summary'), () => import('./receipt.ts')),
  replay: entry(say('commands.replay.replay_summary'), () => import('./replay.ts')),
  publish: entry(say('commands.publish.publish_summary'), () => import('./publish.ts')),
};

// The uniform shape of a CLI command; main/cli/commands/index.ts lists them by name with their summaries.
import type { CliContext } from './context.ts';
import type { ExitCode } from './exitCodes.ts';
import type { OptionSpecs, ParsedArgs } from './parseArgs.ts';

export interface CliCommand {
  /** Usage line after `lantu <name>`, e.g. "<file>...". */
  usage: string;
  /** Command options (the global --lang, --json and --help are added by the dispatcher). */
  options: OptionSpecs;
  /** Runs the command; never throws for bad input (the dispatcher turns stray exceptions into exit 2). */
  run(args: ParsedArgs, ctx: CliContext): Promise<ExitCode>;
}

// What the station commands (and `submit`/`accept` of the exchange) share: the station folder from LANTU_HOME,
// the passphrase from --passphrase-file (a file, or - for stdin) or LANTU_PASSPHRASE, and StationError → exit code.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StationError } from '../node/station/stationError.ts';
import { stationHome } from '../node/station/stationHome.ts';
import type { CliContext } from './context.ts';
import { EXIT, type ExitCode } from './exitCodes.ts';
import type { OptionSpec, ParsedArgs } from './parseArgs.ts';
import { say } from '../i18n/index.ts';

export const PASSPHRASE_OPTION: OptionSpec = {
  type: 'string',
  value: '<path|->',
  help: say('cli.stationAccess.PASSPHRASE_OPTION_help'),
};

export function stationHomeOf(ctx: CliContext): string {
  return stationHome({ ...ctx.env });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The passphrase given, or undefined when none was. */
export async function passphraseOf(args: ParsedArgs, ctx: CliContext): Promise<string | undefined> {
  const file = args.options['passphrase-file'];
  if (typeof file === 'string') {
    const text = file === '-' ? await readStdin() : await readFile(resolve(ctx.cwd, file), 'utf8');
    return text.split(/\r?\n/)[0];
  }
  return ctx.env['LANTU_PASSPHRASE'];
}

/** Prints a StationError and returns its exit code (no station yet is a set-up problem: 2); rethrows anything else. */
export function reportStationError(error: unknown, ctx: CliContext): ExitCode {
  if (!(error instanceof StationError)) throw error;
  ctx.err(`✗ ${ctx.t(error.text)}`);
  return error.code === 'no-station' || error.code === 'needs-passphrase' ? EXIT.usage : EXIT.invalid;
}

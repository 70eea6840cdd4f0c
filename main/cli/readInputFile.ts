// Reads one input file named on the command line (relative to the CLI's working folder); on failure prints the
// reason naming the file, in the chosen language, and returns null so the command can exit with its usage code.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from './context.ts';
import { describeIoError } from './describeIoError.ts';

export async function readInputFile(ctx: CliContext, file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(resolve(ctx.cwd, file));
  } catch (error) {
    ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
    return null;
  }
}

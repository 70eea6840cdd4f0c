// Runs the `lantu` CLI's main() in this process with its output captured (cheaper than spawning
// bin/lantu.mjs, which the tests keep for what only a real process shows: exit status and streams).
// main() is the bundle's (out/cli/lantu.mjs, what bin/lantu.mjs runs; built by the tests' global setup), not the sources'.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import type { main as mainOfSources } from '../../../main/cli/index.ts';
import { CLI_BUNDLE_PATH } from './ensureCliBuilt.ts';

/** The CLI bundle's entry, loaded by Node itself (vitest.config.ts keeps out/cli external to vite). */
export const { main } = (await import(pathToFileURL(CLI_BUNDLE_PATH).href)) as { main: typeof mainOfSources };

/** One journal folder per test file, so tests never touch the user's real app journal; removed after the file. */
const journalRoot = mkdtempSync(join(tmpdir(), 'lantu-journal-'));
export const TEST_JOURNAL_DIR = join(journalRoot, 'pending-writes');
afterAll(() => rmSync(journalRoot, { recursive: true, force: true }));

export interface LantuRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** `terminal`: run as if stderr were a terminal (a long command then tells its steps there). */
export async function runLantuInProcess(
  cwd: string,
  args: readonly string[],
  journalDir: string = TEST_JOURNAL_DIR,
  terminal = false,
): Promise<LantuRun> {
  let stdout = '';
  let stderr = '';
  const status = await main([...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    journalDir,
    terminal,
  });
  return { status, stdout, stderr };
}

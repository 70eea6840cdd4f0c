// Runs the `lantu` CLI's main() in this process with its output captured (cheaper than spawning
// bin/lantu.mjs, which the tests keep for what only a real process shows: exit status and streams).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../main/cli/index.ts';

/** One journal folder per test process, so tests never touch the user's real app journal. */
export const TEST_JOURNAL_DIR = join(mkdtempSync(join(tmpdir(), 'lantu-journal-')), 'pending-writes');

export interface LantuRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runLantuInProcess(cwd: string, args: readonly string[], journalDir: string = TEST_JOURNAL_DIR): Promise<LantuRun> {
  let stdout = '';
  let stderr = '';
  const status = await main([...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, journalDir });
  return { status, stdout, stderr };
}

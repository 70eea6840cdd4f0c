// Runs the `lantu` CLI's main() in this process with its output captured (cheaper than spawning
// bin/lantu.mjs, which the tests keep for what only a real process shows: exit status and streams).
import { main } from '../../../main/cli/index.ts';

export interface LantuRun {
  status: number;
  stdout: string;
  stderr: string;
}

export async function runLantuInProcess(cwd: string, args: readonly string[]): Promise<LantuRun> {
  let stdout = '';
  let stderr = '';
  const status = await main([...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd });
  return { status, stdout, stderr };
}

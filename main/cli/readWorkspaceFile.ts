// readWorkspaceFile(ctx, file) → a `.lantu` workspace opened as the editor opens it: the container checked
// (engine/workspaceFile: manifest, sizes, SHA-256), its workspace.json parsed and checked whole, then the
// history replayed on the base plans (engine/edit checkWorkspacePayload, the editor's own check). Commands saved
// without metadata get it filled in. A refusal prints one line naming the file and returns the exit code.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { checkWorkspacePayload, WORKSPACE_PAYLOAD_FILE, type CheckedPayload, type WorkspacePayload } from '../../engine/edit/index.ts';
import { unpackWorkspaceFile } from '../../engine/workspaceFile/index.ts';
import type { CliContext } from './context.ts';
import { describeIoError } from './describeIoError.ts';
import { EXIT, type ExitCode } from './exitCodes.ts';
import { say } from '../i18n/index.ts';

export type OpenedWorkspaceFile =
  { ok: true; payload: WorkspacePayload; checked: Extract<CheckedPayload, { ok: true }> } | { ok: false; exit: ExitCode };

/** True for a path the CLI treats as a workspace file rather than a plan document. */
export function isWorkspaceFileName(file: string): boolean {
  return file.toLowerCase().endsWith('.lantu');
}

export async function readWorkspaceFile(ctx: CliContext, file: string): Promise<OpenedWorkspaceFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(ctx.cwd, file));
  } catch (error) {
    ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
    return { ok: false, exit: EXIT.usage };
  }
  const fileName = basename(file);
  const unpacked = unpackWorkspaceFile(bytes, { fileName, lang: ctx.lang });
  if (!unpacked.ok) {
    ctx.err(`✗ ${unpacked.error.message}`);
    return { ok: false, exit: EXIT.invalid };
  }
  const json = unpacked.files.get(WORKSPACE_PAYLOAD_FILE);
  if (!json) {
    ctx.err(`✗ ${ctx.t(say('cli.readWorkspaceFile.readWorkspaceFile', { fileName, workspacePayloadFile: WORKSPACE_PAYLOAD_FILE }))}`);
    return { ok: false, exit: EXIT.invalid };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (error) {
    ctx.err(
      `✗ ${ctx.t(say('cli.readWorkspaceFile.readWorkspaceFile-2', { fileName, workspacePayloadFile: WORKSPACE_PAYLOAD_FILE, message: String((error as Error).message) }))}`,
    );
    return { ok: false, exit: EXIT.invalid };
  }
  const checked = checkWorkspacePayload(payload, { fileName, lang: ctx.lang });
  if (!checked.ok) {
    ctx.err(`✗ ${checked.message}`);
    return { ok: false, exit: EXIT.invalid };
  }
  return { ok: true, payload: payload as WorkspacePayload, checked };
}

// Unpacks and verifies `.lantu` bytes for the UI, throwing PlatformError('invalid-workspace') with the
// container's message when refused, so both adapters refuse damaged files the same way.
import type { UiLanguage } from '../../../engine/ipc/index.ts';
import { unpackWorkspaceFile } from '../../../engine/workspaceFile/index.ts';
import { PlatformError } from './PlatformError.ts';
import type { OpenedWorkspace, WorkspaceTarget } from './types.ts';

export function readWorkspaceBytes(bytes: Uint8Array, target: WorkspaceTarget, lang: UiLanguage): OpenedWorkspace {
  const result = unpackWorkspaceFile(bytes, { fileName: target.name, lang });
  if (!result.ok) throw new PlatformError('invalid-workspace', result.error.message);
  return { target, manifest: result.manifest, files: result.files };
}

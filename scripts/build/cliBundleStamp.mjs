// The CLI bundle's stamp (out/cli/inputs.json): every source file esbuild read for the bundle, with its mtime,
// size and SHA-256 at build time. `changedCliInputs` lists the inputs whose content differs now; it hashes only
// files whose mtime or size moved, so a start stats ~300 files and hashes none (bin/lantu.mjs calls it each run).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_STAMP_FILE = 'inputs.json';

function sha256Hex(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The stamp for `inputs` (paths relative to `root`, as esbuild's metafile names them), sorted by path. */
export function cliInputsStamp(root, inputs) {
  const files = [...inputs].sort().map((path) => {
    const info = statSync(join(root, path));
    return { path, mtimeMs: info.mtimeMs, size: info.size, sha256: sha256Hex(join(root, path)) };
  });
  return { version: 1, files };
}

/**
 * The stamped inputs whose content changed since the build (sorted paths). A missing input is not counted:
 * deleting a source also edits the file that imported it, and a copy of the CLI without sources must not warn.
 */
export function changedCliInputs(root, stamp) {
  const changed = [];
  for (const file of stamp.files) {
    let info;
    try {
      info = statSync(join(root, file.path));
    } catch {
      continue;
    }
    if (info.mtimeMs === file.mtimeMs && info.size === file.size) continue;
    if (info.size !== file.size || sha256Hex(join(root, file.path)) !== file.sha256) changed.push(file.path);
  }
  return changed;
}

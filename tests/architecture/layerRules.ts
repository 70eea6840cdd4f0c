// The import rules of README.md (Architecture, "Who may import what"; docs/architecture.md §4) as data, checked by
// imports.test.ts. A target is a project folder ('engine/geometry', 'schemas'), 'node:' for Node built-ins,
// or a package name. Adding a pure package to the engine is a decision: add it to ENGINE_PACKAGES with why.

/** Small pure libraries the engine may use (no DOM, no Node, no WASM loading). */
export const ENGINE_PACKAGES: Readonly<Record<string, string>> = {
  ajv: 'runtime helpers of the generated standalone validators',
  'ajv-formats': 'format checks used by the generated validators',
  'ajv-i18n': 'Chinese wording of schema errors (pure functions over error objects)',
  '@noble/hashes': 'SHA-1 for UUIDv5 feature ids, SHA-256 for package manifests',
  '@noble/curves': 'Ed25519 signatures of submissions, receipts and issued packages',
  flatbush: 'static spatial index',
  fflate: 'zip and deflate in pure JavaScript',
};

/** Packages the engine may import for types only (`import type`): the WASM itself arrives through a port. */
export const ENGINE_TYPE_ONLY_PACKAGES: readonly string[] = ['geos-wasm', 'sql.js'];

/** engine/ siblings that must not import each other (callers combine them). */
export const ENGINE_SIBLINGS: readonly string[] = ['engine/import', 'engine/rules', 'engine/merge', 'engine/package'];

export interface LayerRule {
  /** Folder prefix the rule applies to; the longest matching prefix wins. */
  layer: string;
  /** Project folders (prefixes) this layer may import. */
  folders: readonly string[];
  /** Node built-ins allowed. */
  node: boolean;
  /** Packages: 'any', or an explicit list (prefix match on the package name). */
  packages: 'any' | readonly string[];
  /** Packages never allowed, even when `packages` is 'any'. */
  forbiddenPackages?: readonly string[];
  /** Project folders never allowed even if a broader folder is allowed. */
  forbiddenFolders?: readonly string[];
}

const RENDERER_FORBIDDEN = ['electron'];

export const LAYER_RULES: readonly LayerRule[] = [
  // Nothing else in the engine imports the export pipeline: it sits above the siblings it combines.
  {
    layer: 'engine',
    folders: ['engine', 'schemas'],
    forbiddenFolders: ['engine/export'],
    node: false,
    packages: Object.keys(ENGINE_PACKAGES),
  },
  // The export pipeline combines the siblings rules, merge and package (which may not import each other) with
  // resolutions and indicators, so `lantu export`, `lantu verify` and the editor's export worker share one implementation.
  { layer: 'engine/export', folders: ['engine', 'schemas'], node: false, packages: Object.keys(ENGINE_PACKAGES) },
  // main's message catalogue is pure data and `say` (built with engine/i18n's makeSay): every main layer may word with it.
  { layer: 'main/i18n', folders: ['engine/i18n', 'main/i18n'], node: false, packages: [] },
  {
    layer: 'main/node',
    folders: ['engine', 'schemas', 'main/node', 'main/i18n'],
    node: true,
    packages: 'any',
    forbiddenPackages: ['electron'],
  },
  {
    layer: 'main/cli',
    folders: ['engine', 'schemas', 'main/node', 'main/cli', 'main/i18n'],
    node: true,
    packages: 'any',
    forbiddenPackages: ['electron'],
  },
  { layer: 'main/electron', folders: ['engine', 'schemas', 'main/node', 'main/electron', 'main/i18n'], node: true, packages: 'any' },
  { layer: 'main/preload', folders: ['engine/ipc', 'main/preload'], node: false, packages: ['electron'] },
  { layer: 'main', folders: ['engine', 'schemas', 'main'], node: true, packages: 'any' },
  {
    layer: 'renderer/components',
    folders: ['engine', 'schemas', 'renderer'],
    forbiddenFolders: ['renderer/db'],
    node: false,
    packages: 'any',
    forbiddenPackages: RENDERER_FORBIDDEN,
  },
  {
    layer: 'renderer/store',
    folders: ['engine', 'schemas', 'renderer'],
    // Actions stay synchronous and effect-free: services subscribe to the store, not the other way round.
    forbiddenFolders: ['renderer/db', 'renderer/services', 'renderer/workers', 'renderer/components'],
    node: false,
    packages: 'any',
    forbiddenPackages: [...RENDERER_FORBIDDEN, 'dexie', 'react-dom'],
  },
  {
    layer: 'renderer',
    folders: ['engine', 'schemas', 'renderer', 'seeds'],
    node: false,
    packages: 'any',
    forbiddenPackages: RENDERER_FORBIDDEN,
  },
];

export function ruleFor(file: string): LayerRule | undefined {
  let best: LayerRule | undefined;
  for (const rule of LAYER_RULES) {
    if ((file === rule.layer || file.startsWith(`${rule.layer}/`)) && (!best || rule.layer.length > best.layer.length)) best = rule;
  }
  return best;
}

export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function inFolder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  ENGINE_PACKAGES,
  ENGINE_SIBLINGS,
  ENGINE_TYPE_ONLY_PACKAGES,
  inFolder,
  packageName,
  ruleFor,
} from './layerRules.ts';

// Reads every import (ts.preProcessFile: static, dynamic, re-exports, require) of every source file in
// engine/, main/ and renderer/ and checks it against the layer table of README.md's Architecture (data: layerRules.ts).
// Shells (main/, renderer/, scripts/, bin/, build/) may reach engine code only through engine/<module>/index.ts.

const ROOTS = ['engine', 'main', 'renderer'];
const builtins = new Set(builtinModules);

function sourceFiles(dir: string, out: string[] = [], pattern = /\.(ts|tsx|mts|cts)$/): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'generated') continue;
    if (statSync(path).isDirectory()) sourceFiles(path, out, pattern);
    else if (pattern.test(name) && !/\.d\.m?ts$/.test(name)) out.push(path.split('\\').join('/'));
  }
  return out;
}

interface Import {
  file: string;
  specifier: string;
  line: number;
}

function importsOf(file: string): { imports: Import[]; text: string } {
  const text = readFileSync(file, 'utf8');
  const info = ts.preProcessFile(text, true, true);
  const imports = info.importedFiles.map((ref) => ({ file, specifier: ref.fileName, line: text.slice(0, ref.pos).split('\n').length }));
  return { imports, text };
}

/** True when every import of `pkg` in the file is `import type …` / `export type … from`. */
function typeOnly(file: string, text: string, pkg: string): boolean {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, false);
  let ok = true;
  source.forEachChild((node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && packageName(node.moduleSpecifier.text) === pkg) {
      if (!node.importClause?.isTypeOnly) ok = false;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && packageName(node.moduleSpecifier.text) === pkg) {
      if (!node.isTypeOnly) ok = false;
    }
  });
  return ok && !new RegExp(`import\\(\\s*['"]${pkg}`).test(text);
}

/** Shells (everything outside engine/ that runs engine code) reach the engine only through engine/<module>/index.ts. */
const SHELL_ROOTS = ['main', 'renderer', 'scripts', 'bin', 'build'];

export function deepEngineImportsOf(file: string, imports: Import[]): string[] {
  const out: string[] = [];
  for (const i of imports) {
    if (!i.specifier.startsWith('.')) continue;
    const target = posix.normalize(posix.join(dirname(file), i.specifier));
    if (!inFolder(target, 'engine')) continue;
    if (/^engine\/[^/]+\/index\.ts$/.test(target)) continue;
    out.push(`${i.file}:${i.line} imports "${i.specifier}" → ${target}: shells import engine code through engine/<module>/index.ts`);
  }
  return out;
}

export function violationsOf(file: string, imports: Import[], text: string): string[] {
  const rule = ruleFor(file);
  if (!rule) return [];
  const out: string[] = [];
  const where = (i: Import) => `${i.file}:${i.line} imports "${i.specifier}"`;
  for (const i of imports) {
    const spec = i.specifier;
    if (spec.startsWith('.')) {
      const target = posix.normalize(posix.join(dirname(file), spec));
      const allowed = rule.folders.some((f) => inFolder(target, f));
      const forbidden = rule.forbiddenFolders?.some((f) => inFolder(target, f));
      if (!allowed || forbidden) out.push(`${where(i)} → ${target}: layer ${rule.layer} may import only ${rule.folders.join(', ')}${rule.forbiddenFolders ? ` (never ${rule.forbiddenFolders.join(', ')})` : ''}`);
      if (inFolder(file, 'engine')) {
        const own = ENGINE_SIBLINGS.find((s) => inFolder(file, s));
        const other = ENGINE_SIBLINGS.find((s) => inFolder(target, s));
        if (own && other && own !== other) out.push(`${where(i)}: ${own} and ${other} are siblings and must not import each other`);
      }
      continue;
    }
    if (spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]!)) {
      if (!rule.node) out.push(`${where(i)}: layer ${rule.layer} must not use Node built-ins`);
      continue;
    }
    const pkg = packageName(spec);
    if (rule.forbiddenPackages?.includes(pkg)) {
      out.push(`${where(i)}: layer ${rule.layer} must never import ${pkg}`);
      continue;
    }
    if (rule.packages === 'any') continue;
    if (rule.packages.includes(pkg)) continue;
    if (rule.layer === 'engine' && ENGINE_TYPE_ONLY_PACKAGES.includes(pkg) && typeOnly(file, text, pkg)) continue;
    out.push(`${where(i)}: ${pkg} is not on the allow-list of layer ${rule.layer} (${rule.packages.join(', ') || 'none'})`);
  }
  return out;
}

describe('architecture: imports follow the layer table', () => {
  const files = ROOTS.flatMap((root) => sourceFiles(root));

  it('finds the source files of every layer', () => {
    expect(files.some((f) => f.startsWith('engine/'))).toBe(true);
    expect(files.some((f) => f.startsWith('main/cli/'))).toBe(true);
  });

  it('has no import that breaks the layer table', () => {
    const violations = files.flatMap((file) => {
      const { imports, text } = importsOf(file);
      return violationsOf(file, imports, text);
    });
    expect(violations, `\n${violations.join('\n')}\n`).toEqual([]);
  });

  it('routes every engine import of a shell through a module index', () => {
    const shellFiles = SHELL_ROOTS.flatMap((root) => sourceFiles(root, [], /\.(ts|tsx|mts|cts|mjs|js)$/));
    expect(shellFiles.some((f) => f.startsWith('scripts/'))).toBe(true);
    const deep = shellFiles.flatMap((file) => deepEngineImportsOf(file, importsOf(file).imports));
    expect(deep, `\n${deep.join('\n')}\n`).toEqual([]);
  });

  it('documents why each pure package is allowed in the engine', () => {
    for (const [pkg, why] of Object.entries(ENGINE_PACKAGES)) expect(why.length, pkg).toBeGreaterThan(10);
  });
});

describe('architecture: the checker itself', () => {
  const check = (file: string, specifier: string, text = '') => violationsOf(file, [{ file, specifier, line: 1 }], text);

  it('rejects Node, DOM-bound and unlisted packages in the engine', () => {
    expect(check('engine/rules/runRules.ts', 'node:fs')).toHaveLength(1);
    expect(check('engine/rules/runRules.ts', 'fs')).toHaveLength(1);
    expect(check('engine/rules/runRules.ts', 'react')).toHaveLength(1);
    expect(check('engine/rules/runRules.ts', '../../main/node/readFile.ts')).toHaveLength(1);
    expect(check('engine/rules/runRules.ts', '../import/readGeoJson.ts')).toHaveLength(1);
    expect(check('engine/rules/runRules.ts', '../geometry/area.ts')).toEqual([]);
    expect(check('engine/rules/runRules.ts', '../../schemas/x.json')).toEqual([]);
    expect(check('engine/rules/runRules.ts', '@noble/hashes/sha2.js')).toEqual([]);
  });

  it('allows a WASM package in the engine only as a type import', () => {
    expect(check('engine/geometry/port.ts', 'geos-wasm', "import type { Geos } from 'geos-wasm';")).toEqual([]);
    expect(check('engine/geometry/port.ts', 'geos-wasm', "import initGeos from 'geos-wasm';")).toHaveLength(1);
  });

  it('keeps electron out of main/node and main/cli, and main/preload to engine/ipc and electron', () => {
    expect(check('main/cli/index.ts', 'electron')).toHaveLength(1);
    expect(check('main/node/writeFileAtomic.ts', 'electron')).toHaveLength(1);
    expect(check('main/electron/app.ts', 'electron')).toEqual([]);
    expect(check('main/preload/index.ts', 'electron')).toEqual([]);
    expect(check('main/preload/index.ts', '../../engine/ipc/channels.ts')).toEqual([]);
    expect(check('main/preload/index.ts', '../../engine/model/types.ts')).toHaveLength(1);
    expect(check('main/preload/index.ts', 'node:fs')).toHaveLength(1);
  });

  it('keeps renderer components away from renderer/db, main, electron and Node', () => {
    expect(check('renderer/components/ConflictList.tsx', '../db/schema.ts')).toHaveLength(1);
    expect(check('renderer/components/ConflictList.tsx', '../../main/node/x.ts')).toHaveLength(1);
    expect(check('renderer/components/ConflictList.tsx', 'electron')).toHaveLength(1);
    expect(check('renderer/components/ConflictList.tsx', 'node:path')).toHaveLength(1);
    expect(check('renderer/components/ConflictList.tsx', '../store/createEditorStore.ts')).toEqual([]);
    expect(check('renderer/store/planSlice.ts', 'dexie')).toHaveLength(1);
  });

  it('refuses a shell importing an engine file past its module index', () => {
    const deep = (file: string, specifier: string) => deepEngineImportsOf(file, [{ file, specifier, line: 1 }]);
    expect(deep('main/cli/commands/check.ts', '../../../engine/rules/runRules.ts')).toHaveLength(1);
    expect(deep('renderer/store/planSlice.ts', '../../engine/model/types.ts')).toHaveLength(1);
    expect(deep('scripts/bench/rules.bench.ts', '../../engine/rules/relations/evaluateQuality.ts')).toHaveLength(1);
    expect(deep('main/cli/commands/check.ts', '../../../engine/rules/index.ts')).toEqual([]);
    expect(deep('renderer/store/planSlice.ts', '../../engine/model/index.ts')).toEqual([]);
    expect(deep('renderer/store/planSlice.ts', '../../schemas/workspace.schema.json')).toEqual([]);
    expect(deep('renderer/store/planSlice.ts', './types.ts')).toEqual([]);
  });
});

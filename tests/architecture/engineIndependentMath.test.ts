// Every number the engine computes must come out the same in Node and in Chromium, or `lantu verify` cannot
// rebuild a package made in the editor. ECMAScript fixes + − × ÷ and Math.sqrt bit for bit but lets sin, cos,
// atan2, exp, log, pow (`**`), hypot … differ between engines, so the engine (outside engine/numeric, which
// builds portable versions from exact operations) may use only the exact Math members. Locale-dependent
// text (localeCompare, Intl, toLocaleString) follows the engine's ICU data, so it is out too.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Math members whose results ECMAScript defines exactly (or that are constants). */
const EXACT_MATH = new Set(['abs', 'ceil', 'floor', 'round', 'trunc', 'sign', 'min', 'max', 'sqrt', 'fround', 'imul', 'clz32', 'PI']);

/** Members whose results follow the engine's locale data. */
const LOCALE_DEPENDENT = new Set([
  'localeCompare',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
]);

function engineFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated' || path === join(ROOT, 'engine', 'numeric')) continue;
    if (statSync(path).isDirectory()) engineFiles(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `file:line code` for each engine-dependent operation in a source file. */
export function engineDependentMath(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.getText()}`;
  const visit = (node: ts.Node): void => {
    if (
      ts.isBinaryExpression(node) &&
      (node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskToken ||
        node.operatorToken.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken)
    )
      found.push(where(node));
    if (ts.isPropertyAccessExpression(node) && node.expression.getText() === 'Math' && !EXACT_MATH.has(node.name.text))
      found.push(where(node));
    if (ts.isElementAccessExpression(node) && node.expression.getText() === 'Math') found.push(where(node));
    if (ts.isPropertyAccessExpression(node) && LOCALE_DEPENDENT.has(node.name.text)) found.push(where(node));
    if (ts.isIdentifier(node) && node.text === 'Intl') found.push(where(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('engine-independent arithmetic', () => {
  it('finds Math.sin, Math.hypot, Math["exp"], **, localeCompare and Intl but not Math.sqrt or Math.round', () => {
    const text =
      'const a = Math.sin(x) + Math.hypot(x, y) + Math["exp"](1) + 10 ** k + Math.sqrt(2) + Math.round(z) * Math.PI; s.localeCompare(t); new Intl.Collator();';
    expect(engineDependentMath('probe.ts', text).map((f) => f.split(' ').slice(1).join(' '))).toEqual([
      'Math.sin',
      'Math.hypot',
      'Math["exp"]',
      '10 ** k',
      's.localeCompare',
      'Intl',
    ]);
  });

  it('uses only exact Math members and no locale-dependent text in engine/ outside engine/numeric', () => {
    const files = engineFiles(join(ROOT, 'engine'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => engineDependentMath(relative(ROOT, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });
});

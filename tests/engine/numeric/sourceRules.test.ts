import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// engine/numeric exists to avoid the engine-dependent Math functions: its code may only use Math members
// that IEEE-754 makes exact in every engine, and no `**` (whose result is implementation-approximated).
const FOLDER = join(import.meta.dirname, '..', '..', '..', 'engine', 'numeric');
const ALLOWED_MATH = new Set(['sqrt', 'abs', 'floor', 'trunc', 'min', 'max', 'fround']);

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Every `Math.<member>` outside the allowed set, `Math[…]`, and `**` / `**=` in the code (comments skipped). */
function findingsIn(file: string, text: string): Finding[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const findings: Finding[] = [];
  const at = (pos: number, what: string) => findings.push({ file, line: text.slice(0, pos).split('\n').length, text: what });
  const tokens: { kind: ts.SyntaxKind; text: string; pos: number }[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    // A `/` always scans as division here (the folder has no regular expressions or template literals).
    tokens.push({ kind, text: scanner.getTokenText(), pos: scanner.getTokenStart() });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === ts.SyntaxKind.AsteriskAsteriskToken || t.kind === ts.SyntaxKind.AsteriskAsteriskEqualsToken) at(t.pos, t.text);
    if (t.kind === ts.SyntaxKind.Identifier && t.text === 'Math') {
      const next = tokens[i + 1];
      const member = tokens[i + 2];
      if (next?.kind !== ts.SyntaxKind.DotToken || !member || !ALLOWED_MATH.has(member.text))
        at(t.pos, `Math${next?.text ?? ''}${member?.text ?? ''}`);
    }
  }
  return findings;
}

describe('engine/numeric source rules', () => {
  const files = readdirSync(FOLDER).filter((n) => n.endsWith('.ts'));

  it('uses only exactly rounded Math members and no ** operator', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
    const findings = files.flatMap((name) => findingsIn(name, readFileSync(join(FOLDER, name), 'utf8')));
    expect(findings).toEqual([]);
  });

  it('catches the forbidden forms it is meant to catch', () => {
    const bad =
      'const a = Math.sin(x);\nconst b = x ** 2;\nlet c = 1; c **= 2;\nconst d = Math["cos"](x);\n// Math.exp in a comment is fine\nconst e = Math.sqrt(2);';
    expect(findingsIn('sample.ts', bad).map((f) => `${f.line}:${f.text}`)).toEqual(['1:Math.sin', '2:**', '3:**=', '4:Math["cos"']);
  });
});

// Finds inline `{ zh: '…', en: '…' }` message literals in engine source (checked by engineInlineMessages.test.ts):
// an object with zh and en whose values are text with words, or expressions holding Chinese text. Joins of
// already-rendered parts (`${a.zh}：${b.zh}`) and type literals are not messages.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const IDEOGRAPH = /[\u3400-\u9fff]/;
const WORD = /[A-Za-z\u3400-\u9fff]/;

/** Engine source files, without generated code and the catalogue itself. */
export function engineFiles(dir: string, skip: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'generated' || path === skip) continue;
    if (statSync(path).isDirectory()) engineFiles(path, skip, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return undefined;
}

/** True when a zh or en value is message text: a string with words, or an expression holding Chinese text. */
export function holdsText(value: ts.Expression): boolean {
  const own = literalText(value);
  if (own !== undefined) return WORD.test(own);
  let found = false;
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined && IDEOGRAPH.test(text)) found = true;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(value);
  return found;
}

/** `line: text` of each inline bilingual message literal in a source file. */
export function inlineMessages(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const value = (name: string) => {
        const p = node.properties.find(
          (q) => ts.isPropertyAssignment(q) && (ts.isIdentifier(q.name) || ts.isStringLiteral(q.name)) && q.name.text === name,
        );
        return p && ts.isPropertyAssignment(p) ? p.initializer : undefined;
      };
      const zh = value('zh');
      const en = value('en');
      if (zh && en && (holdsText(zh) || holdsText(en)))
        found.push(
          `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`,
        );
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const LATIN_WORD = /[a-z]{2,}/;

/** All literal text in an expression (a template's parts, literals inside calls and conditionals). */
function textsOf(value: ts.Expression): string {
  let out = '';
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined) out += ` ${text}`;
    ts.forEachChild(node, visit);
  };
  visit(value);
  return out;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
const IDEOGRAPHS = /[\u3400-\u9fff]/g;
const LETTERS = /[A-Za-z]/g;

/** True when `zh` then `en` read as one message in two languages: Chinese first, then English words (which may quote Chinese terms). */
function isPair(zh: ts.Expression, en: ts.Expression): boolean {
  const a = textsOf(zh);
  const b = literalText(en);
  if (b === undefined || !LATIN_WORD.test(b)) return false;
  return count(a, IDEOGRAPHS) > count(b, IDEOGRAPHS) && count(a, LETTERS) < count(b, LETTERS);
}

/**
 * `line: text` of each message passed as two strings: a Chinese text directly followed by an English literal among
 * a call's arguments (`invalid('缺失', 'missing')`, `fatal(code, p, zh, en)`) or an array's elements (`['部门', 'department']`).
 */
export function twoStringMessages(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const check = (node: ts.Node, items: readonly ts.Expression[]): void => {
    for (let i = 0; i + 1 < items.length; i++)
      if (isPair(items[i]!, items[i + 1]!)) {
        found.push(
          `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`,
        );
        return;
      }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) check(node, node.arguments ?? []);
    else if (ts.isArrayLiteralExpression(node)) check(node, node.elements);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const LANGUAGE_NAME = /^(lang|language)$/;

/** True for `lang === 'en'`, `language !== 'zh'`, `opts.lang == 'zh'` and the like. */
function testsLanguage(node: ts.Expression): boolean {
  if (!ts.isBinaryExpression(node)) return false;
  const op = node.operatorToken.kind;
  const equality = [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ];
  if (!equality.includes(op)) return false;
  const isCode = (e: ts.Expression) => ts.isStringLiteral(e) && (e.text === 'zh' || e.text === 'en');
  const isName = (e: ts.Expression) =>
    (ts.isIdentifier(e) && LANGUAGE_NAME.test(e.text)) || (ts.isPropertyAccessExpression(e) && LANGUAGE_NAME.test(e.name.text));
  return (isCode(node.left) && isName(node.right)) || (isName(node.left) && isCode(node.right));
}

const where = (source: ts.SourceFile, node: ts.Node): string =>
  `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`;

/**
 * `line: text` of each message chosen by language in code instead of the catalogue: a `lang === 'en' ? … : …`
 * (or `language`) whose one branch holds Chinese text and the other none, and an object's `xxx` / `xxxEn` field pair
 * holding Chinese and English text (`{ detail: '中文', detailEn: 'English' }`).
 */
export function languageBranches(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isConditionalExpression(node) && testsLanguage(node.condition)) {
      const a = CJK.test(textsOf(node.whenTrue));
      const b = CJK.test(textsOf(node.whenFalse));
      if (a !== b) found.push(where(source, node));
    } else if (ts.isObjectLiteralExpression(node)) {
      const fields = new Map<string, ts.Expression>();
      for (const p of node.properties)
        if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) fields.set(p.name.text, p.initializer);
      for (const [name, en] of fields) {
        const zh = name.endsWith('En') ? fields.get(name.slice(0, -2)) : undefined;
        if (
          zh &&
          IDEOGRAPH.test(textsOf(zh)) &&
          LATIN_WORD.test(textsOf(en)) &&
          !IDEOGRAPH.test(textsOf(en).replace(/“[^”]*”|"[^"]*"/g, ''))
        ) {
          found.push(where(source, node));
          break;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

// Finds renderer messages written in place instead of in the catalogue (checked by rendererInlineMessages.test.ts):
// Chinese text in string literals and JSX text, and `lang === 'en' ? '…' : '…'` branches holding words. Comments
// are not seen (the syntax tree has none); `{ zh, en }` literals are found by inlineMessages.ts.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const IDEOGRAPH = /[\u3400-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;
/** A language tag ('en', 'zh-CN') names a language; it is not a message. */
const LANGUAGE_TAG = /^(zh|en)(-[A-Z]{2})?$/;

/** Renderer source files (.ts, .tsx), without the catalogue folder `skip`. */
export function rendererFiles(dir: string, skip: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (path === skip) continue;
    if (statSync(path).isDirectory()) rendererFiles(path, skip, out);
    else if ((name.endsWith('.ts') || name.endsWith('.tsx')) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const parse = (file: string, text: string): ts.SourceFile =>
  ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

const where = (source: ts.SourceFile, node: ts.Node): string =>
  `${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`;

/** The literal text a node carries itself (a template's fixed parts), or undefined. */
function ownText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('');
  return undefined;
}

/** `line: text` of each string literal, template or JSX text holding Chinese (a type's literal is not text). */
export function chineseLiterals(file: string, text: string): string[] {
  const source = parse(file, text);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isLiteralTypeNode(node)) return;
    const own = ownText(node);
    if (own !== undefined && IDEOGRAPH.test(own)) {
      found.push(where(source, node));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Names the renderer gives a flag for the chosen language (`const zh = language === 'zh'`, `zh()`). */
const LANGUAGE_FLAGS = new Set(['zh', 'en', 'english', 'chinese', 'isZh', 'isEn']);

/** True for `x === 'en'`, `x !== 'zh'`, `zh`, `!zh()` and the like: a test of the chosen language. */
function isLanguageTest(node: ts.Expression): boolean {
  let test = node;
  while (ts.isParenthesizedExpression(test) || (ts.isPrefixUnaryExpression(test) && test.operator === ts.SyntaxKind.ExclamationToken))
    test = ts.isParenthesizedExpression(test) ? test.expression : test.operand;
  if (ts.isCallExpression(test) && test.arguments.length === 0) test = test.expression;
  if (ts.isIdentifier(test)) return LANGUAGE_FLAGS.has(test.text);
  if (!ts.isBinaryExpression(test)) return false;
  const op = test.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken) return false;
  return [test.left, test.right].some((side) => ts.isStringLiteral(side) && (side.text === 'en' || side.text === 'zh'));
}

/** True when an expression holds literal text matching `pattern` (a language tag is not text). */
function holds(value: ts.Node, pattern: RegExp): boolean {
  const own = ownText(value);
  if (own !== undefined && pattern.test(own) && !LANGUAGE_TAG.test(own)) return true;
  let found = false;
  ts.forEachChild(value, (child) => {
    if (!found && holds(child, pattern)) found = true;
  });
  return found;
}

/** One branch in Chinese, the other with English words: one message in two languages. */
const twoLanguages = (a: ts.Node, b: ts.Node): boolean =>
  (holds(a, IDEOGRAPH) && holds(b, LATIN_WORD)) || (holds(b, IDEOGRAPH) && holds(a, LATIN_WORD));

/** `line: text` of each `lang === 'en' ? … : …` with one branch in Chinese and the other in English: a message in two languages in place. */
export function languageBranches(file: string, text: string): string[] {
  const source = parse(file, text);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isConditionalExpression(node) && isLanguageTest(node.condition) && twoLanguages(node.whenTrue, node.whenFalse))
      found.push(where(source, node));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

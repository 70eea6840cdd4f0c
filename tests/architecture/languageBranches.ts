// Finds messages written as a branch on the language (`lang === 'en' ? 'file' : '文件'`), checked by
// mainInlineMessages.test.ts: a conditional on `=== 'en'` / `=== 'zh'` (or `!==`, or a flag named `en`) whose branches hold words.
import ts from 'typescript';
import { holdsText } from './inlineMessages.ts';

function isLanguageTest(node: ts.Expression): boolean {
  let e = node;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  // `const en = lang === 'en'` then `en ? … : …` (or `en()`): the same branch, one step removed.
  if (ts.isIdentifier(e) && e.text === 'en') return true;
  if (ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'en' && e.arguments.length === 0) return true;
  if (!ts.isBinaryExpression(e)) return false;
  const op = e.operatorToken.kind;
  if (op !== ts.SyntaxKind.EqualsEqualsEqualsToken && op !== ts.SyntaxKind.ExclamationEqualsEqualsToken) return false;
  const isLang = (x: ts.Expression) => ts.isStringLiteral(x) && (x.text === 'en' || x.text === 'zh');
  return isLang(e.left) || isLang(e.right);
}

/** `line: text` of each `… === 'en' ? … : …` whose branches hold message text. */
export function languageBranches(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isConditionalExpression(node) && isLanguageTest(node.condition) && (holdsText(node.whenTrue) || holdsText(node.whenFalse)))
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.getText().replace(/\s+/g, ' ').slice(0, 100)}`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

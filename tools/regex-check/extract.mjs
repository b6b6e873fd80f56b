// Finds the regular expressions in TypeScript source through the compiler's own parser, so
// a slash in a string, a comment or a division is never mistaken for a pattern.
import ts from 'typescript';

/**
 * @typedef {{ file: string, line: number, source: string, flags: string, kind: 'literal' | 'constructor' }} FoundRegex
 * @typedef {{ file: string, line: number, text: string }} DynamicRegex
 */

/**
 * Every regex literal and every `RegExp(...)` / `new RegExp(...)` whose pattern is a string
 * literal. Constructions from computed strings cannot be checked statically; they are
 * returned separately so the report can list them.
 *
 * @param {string} file path shown in reports
 * @param {string} code TypeScript source
 * @returns {{ found: FoundRegex[], dynamic: DynamicRegex[] }}
 * @example
 * extractRegexes('a.ts', 'const r = /a+b/g;').found[0].source; //=> 'a+b'
 */
export function extractRegexes(file, code) {
  const sourceFile = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const dynamic = [];
  const lineOf = (node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const constants = collectConstants(sourceFile);
  const fold = (node) => foldString(node, constants, new Set());

  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sourceFile);
      const close = text.lastIndexOf('/');
      found.push({ file, line: lineOf(node), source: text.slice(1, close), flags: text.slice(close + 1), kind: 'literal' });
    } else if (isRegExpCall(node)) {
      const [pattern, flags] = node.arguments ?? [];
      const flagText = flags === undefined ? '' : fold(flags);
      const patternText = pattern === undefined ? '(?:)' : fold(pattern);
      if (patternText !== null && flagText !== null) {
        const kind = pattern !== undefined && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern)) ? 'constructor' : 'computed';
        found.push({ file, line: lineOf(node), source: patternText, flags: flagText, kind });
      } else {
        dynamic.push({ file, line: lineOf(node), text: node.getText(sourceFile).replace(/\s+/g, ' ').slice(0, 120) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { found, dynamic };
}

function isRegExpCall(node) {
  return (ts.isNewExpression(node) || ts.isCallExpression(node))
    && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp';
}

/**
 * `const NAME = …` declarations of the file (any scope; the names in this code base are
 * unique per file), so patterns assembled from named pieces can be checked too.
 */
function collectConstants(sourceFile) {
  const constants = new Map();
  const visit = (node) => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          // A name declared twice is ambiguous: fold neither.
          constants.set(declaration.name.text, constants.has(declaration.name.text) ? null : declaration.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return constants;
}

/**
 * The string a pattern expression evaluates to, when it is built only from string literals,
 * templates (String.raw or plain), `+`, other such constants and `REGEX.source`; else null.
 */
function foldString(node, constants, seen) {
  const recur = (child) => foldString(child, constants, seen);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return recur(node.expression);
  if (ts.isTemplateExpression(node)) return foldTemplate(node, false, recur);
  if (ts.isTaggedTemplateExpression(node)) {
    const tag = node.tag;
    const isRaw = ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression)
      && tag.expression.text === 'String' && tag.name.text === 'raw';
    if (!isRaw) return null;
    const template = node.template;
    return ts.isNoSubstitutionTemplateLiteral(template) ? template.rawText ?? null : foldTemplate(template, true, recur);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = recur(node.left);
    const right = left === null ? null : recur(node.right);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isIdentifier(node)) {
    const initializer = constants.get(node.text);
    if (!initializer || seen.has(node.text)) return null;
    seen.add(node.text);
    const value = recur(initializer);
    seen.delete(node.text);
    return value;
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'source' && ts.isIdentifier(node.expression)) {
    const initializer = constants.get(node.expression.text);
    if (initializer && initializer.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = initializer.getText();
      return text.slice(1, text.lastIndexOf('/'));
    }
  }
  return null;
}

function foldTemplate(template, raw, recur) {
  let text = raw ? template.head.rawText : template.head.text;
  if (text === undefined) return null;
  for (const span of template.templateSpans) {
    const value = recur(span.expression);
    const literal = raw ? span.literal.rawText : span.literal.text;
    if (value === null || literal === undefined) return null;
    text += value + literal;
  }
  return text;
}

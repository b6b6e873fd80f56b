import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractRegexes } from './extract.mjs';

test('finds literals and RegExp calls, not slashes in strings, comments or divisions', () => {
  const code = [
    "const a = /a+b/gi; // not /this/",
    "const b = 'x/y/z'; const c = 4 / 2 / 1;",
    "const d = new RegExp('\\\\d+', 'u');",
    "const e = RegExp(`plain`);",
  ].join('\n');
  const { found, dynamic } = extractRegexes('a.ts', code);
  assert.deepEqual(found.map(({ source, flags, line, kind }) => ({ source, flags, line, kind })), [
    { source: 'a+b', flags: 'gi', line: 1, kind: 'literal' },
    { source: '\\d+', flags: 'u', line: 3, kind: 'constructor' },
    { source: 'plain', flags: '', line: 4, kind: 'constructor' },
  ]);
  assert.deepEqual(dynamic, []);
});

test('folds patterns built from const strings, String.raw and REGEX.source', () => {
  const code = [
    'const WORD = String.raw`a|an|one`;',
    'const NUMBER = String.raw`\\d{1,3}|${WORD}`;',
    'const TIME = /(\\d{1,2}):(\\d{2})/i;',
    "const A = new RegExp(String.raw`\\b(${NUMBER})\\s$`, 'i');",
    "const B = new RegExp(`^at\\\\s+${TIME.source}`, 'i');",
    "const C = new RegExp('x' + WORD);",
  ].join('\n');
  const { found } = extractRegexes('b.ts', code);
  const computed = found.filter((regex) => regex.kind === 'computed').map(({ source }) => source);
  assert.deepEqual(computed, ['\\b(\\d{1,3}|a|an|one)\\s$', '^at\\s+(\\d{1,2}):(\\d{2})', 'xa|an|one']);
});

test('lists patterns computed at run time as not checkable', () => {
  const { found, dynamic } = extractRegexes('c.ts', 'function f(words) { return new RegExp(words.join("|")); }');
  assert.equal(found.length, 0);
  assert.equal(dynamic.length, 1);
  assert.equal(dynamic[0].line, 1);
});

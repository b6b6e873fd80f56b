import { describe, expect, it } from 'vitest';
import { codeOfDateline, codeOfSourceLine, printedDeclaredCredit, readCreditCode } from './source-credits.js';

const none = { site: new Set<string>(), host: null };

describe('readCreditCode', () => {
  it('reads an agency with an editor\'s short sign', () => {
    expect(readCreditCode('det/dpa', none)).toEqual([{ name: 'det' }, { name: 'dpa', organization: 'dpa' }]);
    expect(readCreditCode('AFP', none)).toEqual([{ name: 'AFP', organization: 'AFP' }]);
  });
  it('reads the outlet beside a short sign, by its host', () => {
    expect(readCreditCode('Example Radio/ls', { site: new Set(), host: 'www.example.de' })).toEqual([{ name: 'Example Radio', organization: 'Example Radio' }, { name: 'ls' }]);
    expect(readCreditCode('example.de/bb', { site: new Set(), host: 'example.de' })).toHaveLength(2);
  });
  it('refuses a source that is no credit code', () => {
    expect(readCreditCode('Statistisches Bundesamt', none)).toEqual([]);
    expect(readCreditCode('ls', none)).toEqual([]);
    expect(readCreditCode('Example Radio', { site: new Set(), host: 'example.de' })).toEqual([]);
    expect(readCreditCode('USA/Ski alpin', none)).toEqual([]);
    expect(readCreditCode('Agencies', none)).toEqual([]);
  });
});

describe('credit lines', () => {
  it('reads the code after a cue', () => {
    expect(codeOfSourceLine('Quelle: dpa/lno')).toBe('dpa/lno');
    expect(codeOfSourceLine('  Von: ab/dpa')).toBe('ab/dpa');
    expect(codeOfSourceLine('Die Quelle')).toBeNull();
  });
  it('reads the code of a dateline', () => {
    expect(codeOfDateline('Hamburg (dpa/lno) – Der Hafen meldet einen Rekord.')).toBe('dpa/lno');
    expect(codeOfDateline('BERLIN (AFP) - Die Regierung hat beschlossen.')).toBe('AFP');
    expect(codeOfDateline('Die kleine Stadt (rund 5000 Einwohner) – bekannt für ihren Markt.')).toBeNull();
    expect(codeOfDateline('Hamburg (dpa) meldet')).toBeNull();
  });
});

describe('printedDeclaredCredit', () => {
  it('needs the printed cue and the declared name to agree', () => {
    expect(printedDeclaredCredit(['Autor: example.pl'], ['example.pl  '])).toEqual([{ name: 'example.pl', organization: 'example.pl' }]);
    expect(printedDeclaredCredit(['Skiwelt'], ['Skiwelt'])).toEqual([]);
    expect(printedDeclaredCredit(['Von Skiwelt'], ['Bergwelt'])).toEqual([]);
    expect(printedDeclaredCredit(['Von Skiwelt'], [])).toEqual([]);
  });
});

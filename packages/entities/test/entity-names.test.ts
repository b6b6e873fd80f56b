import { describe, expect, it } from 'vitest';
import { tagEntities } from '../src/index.js';

// Hand-written lines. An entity's name is its first mention as written, except a name in
// capitals where capitals are the line's style (a shouted headline).
const names = (text: string): string[] => tagEntities(text).entities.map((entity) => entity.name);

describe('entity names', () => {
  it('keep an organisation written in capitals inside a line of ordinary case (its brand)', () => {
    expect(names('By Dana Reyes, USA TODAY\n\nThe clinic reopened, USA TODAY reported.')).toContain('USA TODAY');
  });

  it('give a name in a line of capitals in proper case', () => {
    expect(names('FEDERAL RESERVE RAISES RATES AGAIN\nThe Federal Reserve raised rates on Wednesday.')).toContain('Federal Reserve');
  });

  it('keep a name with "&" or digits as written ("S&P 500", "AT&T")', () => {
    const found = names('The S&P 500 index fell 2% on Monday, and AT&T shares dropped.');
    expect(found).toContain('S&P 500');
    expect(found.some((name) => /S&p/.test(name))).toBe(false);
  });

  it('write a name with two spaces inside it with one (the mention keeps the text as written)', () => {
    const result = tagEntities('Former president Jacques  Chirac spoke in Lyon on Monday.');
    expect(result.entities.map((entity) => entity.name)).toContain('Jacques Chirac');
    expect(result.mentions.map((mention) => mention.text)).toContain('Jacques  Chirac');
  });

  it('keep a national body\'s acronym as its name where nothing in the text points to that country', () => {
    expect(names('A driver was stopped by SPD officers near the river on Friday and later released, a police spokeswoman in Spokane said.')).toContain('SPD');
    expect(names('The SPD lost seats in the Bavarian vote, and German conservatives gained.')).toContain('Social Democratic Party');
    expect(names('Sie kritisierte die SPD scharf, weil die Partei in Deutschland an Zustimmung verloren habe.')).toContain('Social Democratic Party');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextMetadata } from '../src/index.js';

// A copy of the project's seed article (examples/articles/global-times-china-peru.txt) and the
// `metadata.must` items of its golden file.
const text = readFileSync(new URL('./fixtures/global-times-china-peru.txt', import.meta.url), 'utf8');

describe('readTextMetadata on the seed article', () => {
  const result = readTextMetadata(text);
  it('reads the headline and the dek', () => {
    expect(result.title).toBe('China-Peru ties deepen in economic and trade cooperation amid presidential visit, defying disruptive attempt from the US: experts');
    expect(result.subtitle).toBe('Stronger economic, trade and tech cooperation to be the highlight, despite external attempts to disrupt partnership: experts');
  });
  it('reads the stamp as written and as ISO 8601', () => {
    expect(result.published).toBe('2024-06-27T20:43');
    expect(result.publishedRaw).toBe('Published: Jun 27, 2024 08:43 PM');
  });
  it('names no author', () => {
    expect(result.authors).toEqual([]);
  });
  it('reads the photo credit given twice as one image', () => {
    expect(result.images).toEqual([{ caption: 'A view of Lima, Peru', credit: 'VCG' }]);
  });
  it('finds where the body starts', () => {
    expect(text.slice(result.bodyStart).startsWith('China-Peru relations are set to be further strengthened')).toBe(true);
  });
});

describe('readTextMetadata on other layouts', () => {
  it('reads a byline and an "Updated" stamp', () => {
    const result = readTextMetadata('Council backs new budget\nBy JANE DOE and JOHN SMITH, Associated Press\nUpdated: June 27, 2024 3:05 PM\n\nThe council voted on Tuesday.');
    expect(result.title).toBe('Council backs new budget');
    expect(result.authors.map((author) => author.name)).toEqual(['Jane Doe', 'John Smith']);
    expect(result.published).toBe('2024-06-27T15:05');
    expect(result.subtitle).toBeNull();
  });
  it('never reads a lead that opens with a dateline as the dek', () => {
    const text = 'Harbor plan approved\n\nBy Jane Doe\n\nPORTLAND, Maine (AP) — The council approved the plan on Wednesday.\n\nWork starts in May.';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Harbor plan approved');
    expect(result.subtitle).toBeNull();
    expect(text.slice(result.bodyStart).startsWith('PORTLAND, Maine (AP) —')).toBe(true);
  });
  it('still reads a dek that is no dateline', () => {
    const result = readTextMetadata('Harbor plan approved\n\nThe vote ends two years of debate over the waterfront\n\nThe council approved the plan on Wednesday.');
    expect(result.subtitle).toBe('The vote ends two years of debate over the waterfront');
  });
  it('reads a full sentence under the headline as the lead, so its attribution stays in the body', () => {
    const text = 'Fire stations to close\n\nThe city will close two fire stations next year, both sides said.\n\nThe mayor called it painful.';
    const result = readTextMetadata(text);
    expect(result.title).toBe('Fire stations to close');
    expect(result.subtitle).toBeNull();
    expect(text.slice(result.bodyStart).startsWith('The city will close')).toBe(true);
  });
  it('reads the last line under the headline as the story, and a sentence closed inside its quotation marks as a sentence', () => {
    const only = 'Harbor plan approved\n\nThe mayor was pleased with the vote, he said';
    expect(readTextMetadata(only).subtitle).toBeNull();
    expect(only.slice(readTextMetadata(only).bodyStart).startsWith('The mayor')).toBe(true);
    const closed = readTextMetadata('Hafen: Plan beschlossen\n\nDer Rat stimmte zu. „Das war überfällig.“\n\nDie Arbeiten beginnen im Mai.');
    expect(closed.subtitle).toBeNull();
  });
  it('reads a header line that is a date alone, or an agency and a date, or a date and how long ago, as the stamp', () => {
    expect(readTextMetadata('Port reopens\nXinhua, October 29, 2016\n\nThe port reopened on Saturday.').published).toBe('2016-10-29');
    expect(readTextMetadata('Port reopens\nAFP | 29 Oct 2016 10:31\n\nThe port reopened.').published).toBe('2016-10-29T10:31');
    expect(readTextMetadata('Port reopens\nMarch 4, 2019 / 6:05 PM / in 10 months\n\nThe port reopened.').published).toBe('2019-03-04T18:05');
    expect(readTextMetadata('Port reopens\nMarch 4, 2019 / 2 years ago\n\nThe port reopened.').published).toBe('2019-03-04');
    const dek = readTextMetadata('Port reopens\nThe vote was held on October 29, 2016\n\nThe port reopened.');
    expect(dek.published).toBeNull();
    expect(dek.subtitle).toBe('The vote was held on October 29, 2016');
  });
  it('reads a date and a byline on one line as the stamp and the byline', () => {
    const after = readTextMetadata('Mill to close\n\nApril 26, 2000|By Dana Reyes\n\nThe mill will close in June.');
    expect(after.published).toBe('2000-04-26');
    expect(after.authors).toEqual([{ name: 'Dana Reyes' }]);
    expect(after.bodyStart).toBe('Mill to close\n\nApril 26, 2000|By Dana Reyes\n\n'.length);
    const before = readTextMetadata('Mill to close\nBy Dana Reyes and Ola Berg · June 3, 2024\n\nThe mill will close.');
    expect(before.published).toBe('2024-06-03');
    expect(before.authors.map((author) => author.name)).toEqual(['Dana Reyes', 'Ola Berg']);
    // Words beside the date that are no byline keep the line a dek.
    expect(readTextMetadata('Mill to close\nJune 3, 2024 by the river\n\nThe mill will close.').published).toBeNull();
  });
  it('reads a first line that opens with a month and a day and goes on in words as a hard-wrapped wire lead, not a headline', () => {
    const lead = readTextMetadata('Oct 11 Dutch ferry operator Nordlijn\nNV posted a 12 percent fall in quarterly\nprofit.\n\nShares fell.');
    expect(lead.title).toBeNull();
    expect(lead.bodyStart).toBe(0);
    expect(readTextMetadata('Oct 11: What we know about the ferry strike\n\nThe strike began.').title).toBe('Oct 11: What we know about the ferry strike');
  });
  it('reads a short first line that ends in a question or an exclamation, a blank line after it, as the headline', () => {
    expect(readTextMetadata('Who pays for the new bridge?\n\nThe council voted on Tuesday.').title).toBe('Who pays for the new bridge?');
    expect(readTextMetadata('Bürgermeisterin Lang: „Jetzt handeln!“\n\nDer Rat tagte am Montag.').title).toBe('Bürgermeisterin Lang: „Jetzt handeln!“');
    // Without the blank line it is the story's first sentence.
    expect(readTextMetadata('Who pays for the new bridge? The council does.\nMore text.').title).toBeNull();
  });
  it('keeps a sentence as the dek when the header goes on after it', () => {
    const withStamp = readTextMetadata('Fire stations to close\nThe vote ends two years of debate.\nPublished: June 27, 2024\n\nThe council voted on Tuesday.');
    expect(withStamp.subtitle).toBe('The vote ends two years of debate.');
    const withByline = readTextMetadata('Fire stations to close\n\nThe vote ends two years of debate.\n\nBy Jane Doe\n\nThe council voted on Tuesday.');
    expect(withByline.subtitle).toBe('The vote ends two years of debate.');
    const withDateline = readTextMetadata('Fire stations to close\n\nThe vote ends two years of debate.\n\nPORTLAND, Maine (AP) — The council voted on Tuesday.');
    expect(withDateline.subtitle).toBe('The vote ends two years of debate.');
  });
});

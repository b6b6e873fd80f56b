import { describe, expect, it } from 'vitest';
import { extractQuotes } from './with-entity-tagger.js';

const NO_ENTITIES = { mentions: [], entities: [] };

// Sentences that report nobody's words: nothing may come back.
const negatives: Array<[string, string]> = [
  ['an event is no speaker', "The visit highlights the country's commitment to trade."],
  ['a cue word after a determiner and a modifier is a noun', 'One important highlight of the trip is the new port.'],
  ['a header label is no colon speaker', 'Published: Jun 27, 2024 08:43 PM'],
  ["an editor's note is no quote", "Editor's Note: This story has been updated with new figures."],
  ['a link label is no colon speaker', 'Blog: Boy, 12, hurt in fall at county fair\nRead more: Storm closes schools across the county'],
  ['a contributor line is no quote', 'Contributing: Jane Doe and John Roe in Washington.'],
  ['"thanks to" is a preposition', 'The delegate lead continues to grow thanks to a big win.'],
  ['a cue form after a determiner, an -ly adverb and a modifier is a noun', 'This post is a mostly factual recount of the migration, followed by some opinions.'],
  ['a plural cue form after a determiner, an -ly adverb and a modifier is a noun', 'The two rivals share the fairly similar views that most members hold on trade.'],
  ['"better known as" after a name, with no auxiliary, names the person', 'The body of 54-year-old Ravi Persaud better known as “Sonny” was found on Monday.'],
  ['"thanks to" before a quoted term is a preposition', 'The firm built its fortune partly thanks to its skill at “bundling,” a way of selling debts in packages.'],
  ['"held the seat" holds no clause', 'He has held the seat since 2001.'],
  ['raising money reports nothing', 'The group raised $3 million from donors.'],
  ['a topic cue used as a noun', 'The senator faced new questions about the deal.'],
  ['a date is no colon speaker', 'Updated: March 3, 2016 at 10:15 a.m.'],
  ['a share that is the object of a verb is no speaker', 'The panel rated 32% of the claims as false.'],
  ['", adding to …" adds no words', 'The storm knocked out power, adding to the misery of the town.'],
  ['the object of a verb that takes no clause is no reported speech', 'The senator defended the deal in a post on X.'],
  ['a verb of judging that modifies a noun reports nothing', 'It was a widely mocked plan.'],
  ['a verb of citing in a relative clause inside the subject reports nothing', 'The study the mayor cited has never been published.'],
  ['standing "in the polls" names no poll', 'The governor trails in the polls.'],
  ['a title after a work noun is no quote', 'She read from her 2019 memoir, “Salt and Stone.”'],
  ['a title after "author of" is no quote', 'He is the co-author of “The Long Road Home” and two other books.'],
  ['"news reports" at the start of a sentence is a noun phrase', 'News reports that the plant would close were wrong.'],
  ['a relative clause after a reporting noun reports nothing', 'He repeated the claim that was made last week.'],
  ['a plural noun after a participle is its object, not a verb', 'The county council has abandoned plans to close five branch libraries.'],
  ['a clause after ", and" is no appositive of the word before the comma', 'The vote was close, and the council was split, said the clerk.'],
  ['a thing telling or showing the generic "you" reports nothing', 'Your resting heart rate tells you how fit you are. The app shows you that sleep matters.'],
  ['"fear for" someone is a feeling, not content', 'Nurses who fear for their safety on night shifts want more guards.'],
  ['no text', ''],
  ['punctuation only', '1234 5678 !!! ??? ... --- ***'],
];

describe('negative cases', () => {
  for (const [note, text] of negatives) {
    it(note, () => {
      expect(extractQuotes(text, { entities: NO_ENTITIES })).toEqual([]);
    });
  }

  it('gives the seed article no speaker "visit", "One important" or "Published"', () => {
    const text = "Published: Jun 27, 2024 08:43 PM\n\nThe visit highlights the Latin American country's commitment to deepening relations. One important highlight of win-win bilateral cooperation is the completion of the port.";
    const speakers = extractQuotes(text, { entities: NO_ENTITIES }).map((quote) => quote.speaker?.mention.text);
    expect(speakers).not.toContain('visit');
    expect(speakers).not.toContain('The visit');
    expect(speakers).not.toContain('One important');
    expect(speakers).not.toContain('Published');
  });
});

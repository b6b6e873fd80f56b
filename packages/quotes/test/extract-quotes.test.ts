import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from './with-entity-tagger.js';

const NO_ENTITIES = { mentions: [], entities: [] };
const run = (text: string, reported = true): Quote[] => extractQuotes(text, { entities: NO_ENTITIES, reported });
const brief = (quote: Quote) => ({ text: quote.text, kind: quote.kind, speaker: quote.speaker?.mention.text ?? null, cue: quote.cue?.text ?? null });

describe('direct quotes and where their speaker stands', () => {
  it('reads the speaker after the quote', () => {
    expect(run('“We are ready,” Wang said.').map(brief)).toEqual([{ text: 'We are ready,', kind: 'direct', speaker: 'Wang', cue: 'said' }]);
    expect(run('"It was a mistake," said Sen. Jane Doe, a Democrat from Ohio.').map(brief)).toEqual([
      { text: 'It was a mistake,', kind: 'direct', speaker: 'Sen. Jane Doe', cue: 'said' },
    ]);
  });

  it('reads the speaker before the quote, with a comma or a colon', () => {
    expect(run('Priebus later told Fox News: “Both of them are meeting next week.”').map(brief)).toEqual([
      { text: 'Both of them are meeting next week.', kind: 'direct', speaker: 'Priebus', cue: 'told' },
    ]);
    expect(run('He added, "What I am impressed with is the new people."')[0]).toMatchObject({ kind: 'direct', speaker: { mention: { text: 'He' } } });
  });

  it('gives both pieces of a split quote the speaker between them', () => {
    const quotes = run('“It works,” he said, “and it is cheap.”');
    expect(quotes.map(brief)).toEqual([
      { text: 'It works,', kind: 'direct', speaker: 'he', cue: 'said' },
      { text: 'and it is cheap.', kind: 'direct', speaker: 'he', cue: 'said' },
    ]);
  });

  it('gives both pieces the speaker between them past a phrase set off by commas, when the second goes on in lower case', () => {
    expect(run('The clerk came over. “Madam,” she said, looking tired, “the court is closed.” We left.').map(brief)).toEqual([
      { text: 'Madam,', kind: 'direct', speaker: 'she', cue: 'said' },
      { text: 'the court is closed.', kind: 'direct', speaker: 'she', cue: 'said' },
    ]);
    expect(run('“Ask me again,” Ruiz said on the steps of the court, “after the verdict.”').map(brief)).toEqual([
      { text: 'Ask me again,', kind: 'direct', speaker: 'Ruiz', cue: 'said' },
      { text: 'after the verdict.', kind: 'direct', speaker: 'Ruiz', cue: 'said' },
    ]);
  });

  it('keeps a quote that runs over paragraphs as one quote with its parts', () => {
    const text = 'She recalled the night.\n\n“The first paragraph goes on.\n\n“The second one ends here,” she said.';
    const [quote] = run(text, false);
    expect(quote?.kind).toBe('direct');
    expect(quote?.parts?.map((part) => part.text)).toEqual(['The first paragraph goes on.', 'The second one ends here,']);
    expect(quote?.speaker?.mention.text).toBe('she');
  });

  it('reads a colon lead-in at the end of the paragraph before', () => {
    const quotes = run('Caddell continued:\n\n“The health issue is very much a partisan issue.”');
    expect(quotes.map(brief)).toEqual([{ text: 'The health issue is very much a partisan issue.', kind: 'direct', speaker: 'Caddell', cue: 'continued' }]);
  });

  it('reads NYT doubled apostrophes and mixed straight and curly marks', () => {
    expect(run("''Swaps are tricky,'' he said.").map(brief)).toEqual([{ text: 'Swaps are tricky,', kind: 'direct', speaker: 'he', cue: 'said' }]);
    expect(run('"We will win,” the candidate said.').map(brief)).toEqual([{ text: 'We will win,', kind: 'direct', speaker: 'the candidate', cue: 'said' }]);
  });

  it('continues a speaker over the next quote of the same paragraph', () => {
    const quotes = run('“It was an overwhelming success,” she said. “We sold out and ended up adding more tables.”');
    expect(quotes.map((quote) => quote.speaker?.mention.text)).toEqual(['she', 'she']);
  });

  it('survives unclosed and stray marks without losing the rest', () => {
    const text = 'He said “oops and never closed it.\n\n“This one is fine,” Smith said. A stray ” mark here.\n\n“And this,” Jones added.';
    const quotes = run(text, false);
    expect(quotes.map((quote) => quote.speaker?.mention.text)).toEqual(expect.arrayContaining(['Smith', 'Jones']));
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('knows a broad set of speech verbs', () => {
    for (const verb of ['argued', 'warned', 'insisted', 'wrote', 'tweeted', 'explained', 'conceded', 'quipped', 'recalled', 'replied']) {
      const [quote] = run(`“We have a plan for this,” Smith ${verb}.`);
      expect(quote?.cue?.text, verb).toBe(verb);
      expect(quote?.speaker?.mention.text, verb).toBe('Smith');
    }
  });

  it('reads an appositive as the description', () => {
    const [quote] = run('"The patient was stable," said Hugh Hill, a doctor at the hospital.');
    expect(quote?.speaker).toMatchObject({ mention: { text: 'Hugh Hill' }, description: 'a doctor at the hospital' });
  });

  it('takes a relative pronoun as the attributing word', () => {
    const [quote] = run('Scott Reed, a strategist, who added, “The party is united.”');
    expect(quote?.speaker?.mention.text).toBe('who');
  });
});

describe('partial quotes, scare quotes and titles', () => {
  it('marks a quoted fragment inside the writer’s sentence as partial, with its clause', () => {
    const [quote] = run('Nance said she would like Trump to explain his stance because he is "the most pro-life of the two."');
    expect(quote).toMatchObject({ kind: 'partial', text: 'the most pro-life of the two.', speaker: { mention: { text: 'Nance' } }, cue: { text: 'said' } });
    expect(quote?.clause?.text).toBe('she would like Trump to explain his stance because he is "the most pro-life of the two."');
  });

  it('leaves scare quotes, titles and nicknames out', () => {
    expect(run('The so-called “Gang of Eight” bill stalled in the House.')).toEqual([]);
    expect(run('She appeared on NBC’s “Meet the Press” on Sunday morning.')).toEqual([]);
    expect(run('Fans of “The Apprentice” were not surprised.')).toEqual([]);
  });
});

describe('reported speech', () => {
  it('reads "X said (that) …"', () => {
    expect(run('Wang said that the bilateral relations will come to a new level.').map(brief)).toEqual([
      { text: 'the bilateral relations will come to a new level', kind: 'indirect', speaker: 'Wang', cue: 'said' },
    ]);
  });

  it('reads "…, X told the Global Times."', () => {
    const [quote] = run('The visit has a particular importance, Juan Carlos Capuñay, former Peruvian Ambassador to China, told the Global Times on Wednesday.');
    expect(quote).toMatchObject({ kind: 'indirect', text: 'The visit has a particular importance', cue: { text: 'told' } });
    expect(quote?.speaker).toMatchObject({ mention: { text: 'Juan Carlos Capuñay' }, description: 'former Peruvian Ambassador to China' });
  });

  it('reads "according to" before and after', () => {
    expect(run('According to the poll, Clinton leads by four points.').map(brief)).toEqual([
      { text: 'Clinton leads by four points', kind: 'indirect', speaker: 'the poll', cue: 'According to' },
    ]);
    expect(run('Clinton leads by four points, according to a new survey.').map(brief)).toEqual([
      { text: 'Clinton leads by four points', kind: 'indirect', speaker: 'a new survey', cue: 'according to' },
    ]);
  });

  it('reads the topic of a verb of speech, never of a vote', () => {
    expect(run('The mayor talked about the new bridge at the town hall.').map(brief)).toEqual([
      { text: 'the new bridge at the town hall', kind: 'indirect', speaker: 'The mayor', cue: 'talked about' },
    ]);
    // A vote is an act, not words reported (issue #12: only speech and cognition verbs count).
    expect(run('Most farmers voted for the incumbent, and a few stayed home.').map((quote) => quote.text)).not.toContain('the incumbent');
  });

  it('reads embedded questions, relative-pronoun sources and long "according to" sources', () => {
    expect(run('When asked whether she would run again, the senator smiled.').map((quote) => quote.text)).toContain('whether she would run again');
    // A noun phrase object of a verb that takes no clause is not reported speech (issue #12).
    expect(run('The mayor, who endorsed Smith on Sunday, left the hall.').map(brief)).not.toContainEqual({ text: 'Smith', kind: 'indirect', speaker: 'who', cue: 'endorsed' });
    expect(run('According to early figures from a survey taken by a research firm for two networks, most voters are angry.').map(brief)).toEqual([
      { text: 'most voters are angry', kind: 'indirect', speaker: 'early figures from a survey taken by a research firm for two networks', cue: 'According to' },
    ]);
  });

  it('reads a one-word answer after a verb of saying', () => {
    expect(run('Only a third of the members said yes in the spring vote.').map(brief)).toContainEqual({ text: 'yes', kind: 'indirect', speaker: 'a third of the members', cue: 'said' });
    expect(run('She said so many people came.').map((quote) => quote.text)).toEqual(['so many people came']);
  });

  it('can be turned off', () => {
    expect(run('Wang said that relations will improve.', false)).toEqual([]);
  });
});

describe('naming the speaker', () => {
  it('resolves pronouns and role nouns to the person described earlier', () => {
    const text = [
      'Relations are improving, Juan Carlos Capuñay, former Peruvian Ambassador to China and Asia expert, told reporters on Wednesday.',
      '“The visit will open a window,” the former envoy said.',
      'Trade will grow, Wang Youming, director of an institute in Beijing, said.',
      '“Cooperation with China is crucial,” the Chinese expert said.',
      '“It is a new level,” he added.',
    ].join('\n\n');
    const entities = {
      mentions: [
        { text: 'Juan Carlos Capuñay', start: text.indexOf('Juan'), end: text.indexOf('Juan') + 19, type: 'person' as const, entityId: 'p1' },
        { text: 'Wang Youming', start: text.indexOf('Wang'), end: text.indexOf('Wang') + 12, type: 'person' as const, entityId: 'p2' },
      ],
      entities: [
        { id: 'p1', type: 'person' as const, name: 'Juan Carlos Capuñay', aliases: [], mentions: 1 },
        { id: 'p2', type: 'person' as const, name: 'Wang Youming', aliases: [], mentions: 1 },
      ],
    };
    const quotes = extractQuotes(text, { entities });
    const direct = quotes.filter((quote) => quote.kind === 'direct');
    expect(direct.map((quote) => [quote.speaker?.mention.text, quote.speaker?.name])).toEqual([
      ['the former envoy', 'Juan Carlos Capuñay'],
      ['the Chinese expert', 'Wang Youming'],
      ['he', 'Wang Youming'],
    ]);
    expect(direct[0]?.speaker).toMatchObject({ entityId: 'p1', named: true, description: 'former Peruvian Ambassador to China and Asia expert' });
  });

  it('names an unnamed source by its own words', () => {
    const quotes = run('The visit sent a clear message, experts said.');
    expect(quotes[0]?.speaker).toMatchObject({ name: 'experts', named: false });
  });

  it('computes entities itself when none are passed', () => {
    const [quote] = extractQuotes('“We are ready to sign,” said Dina Boluarte, the president of Peru.');
    expect(quote?.speaker?.name).toBe('Dina Boluarte');
  });
});

describe('input checks', () => {
  it('rejects non-strings and accepts the empty string', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow();
    expect(extractQuotes('')).toEqual([]);
  });
});

describe('the clause of a partial quote', () => {
  it('gives the pieces on either side of a parenthetical attribution as clauseParts', () => {
    const text = 'The new levy, Mayor Ruiz said, was “a burden for every family” in the valley.';
    const [quote] = extractQuotes(text);
    expect(quote).toMatchObject({ kind: 'partial', text: 'a burden for every family' });
    expect(quote!.clauseParts!.map((part) => part.text)).toEqual(['The new levy', 'was “a burden for every family” in the valley.']);
    for (const part of quote!.clauseParts!) expect(text.slice(part.start, part.end)).toBe(part.text);
    expect(quote!.clause!.text).toBe('was “a burden for every family” in the valley.');
  });

  it('gives none where the attribution is not set off by commas', () => {
    const [quote] = extractQuotes('In the valley, Mayor Ruiz said the levy was “a burden for every family” this year.');
    expect(quote!.clauseParts).toBeUndefined();
  });
});

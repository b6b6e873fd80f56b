import { cpuMs } from '@newsparse/test-kit';
import { cpus, loadavg } from 'node:os';
import { tagEntities } from '@newsparse/entities';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/index.js';

// Generous guards against super-linear blow-ups, not benchmarks: each shape is timed at n
// and 4n on the same machine a moment apart (growth at most 6×, against 4× for linear time),
// and 1 MB of it must finish within 2 s on an idle machine (the limit scales with the run
// queue, as other builds share CI's two cores, and doubles for slack). The shapes are the hostile ones of issue #16 and
// the structures that made a pass quadratic before.
const NO_ENTITIES = { mentions: [], entities: [] };

const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length));

/** A run of distinct names, `“…,” said Jabc Pcba.`: every quote names a new person. */
function manyPeople(length: number): string {
  let text = '';
  for (let index = 0; text.length < length; index++) {
    const letters = [index % 26, Math.floor(index / 26) % 26, Math.floor(index / 676) % 26].map((code) => String.fromCharCode(65 + code).toLowerCase());
    text += `“We will win here,” said J${letters.join('')}o P${letters.reverse().join('')}rk. `;
  }
  return text;
}

const SHAPES: Record<string, (length: number) => string> = {
  'capitalised words after “Yes,” said': (length) => `“Yes,” said ${repeat('Alpha Beta, Gamma Delta ', length)}`,
  'a line of unclosed opening marks': (length) => repeat('“a ', length),
  'colon lines': (length) => repeat('Smith: this is what we said\n', length),
  'distinct speakers, one per quote': manyPeople,
  'reported speech': (length) => repeat('Wang said that it was fine. ', length),
  'one line of relative clauses': (length) => repeat('the rules, which officials said will take effect, ', length),
};

/** How many times over the cores are booked: 1 on an idle machine. */
const busy = (): number => Math.max(1, (loadavg()[0] ?? 0) / Math.max(1, cpus().length));

/** CPU milliseconds of the fastest of `runs` calls: CPU time, so that other builds on the cores don't count. */
function time(text: string, runs = 1): number {
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    best = Math.min(best, cpuMs(() => extractQuotes(text, { entities: NO_ENTITIES })));
  }
  return best;
}

describe('linear time on hostile shapes', () => {
  for (const [name, make] of Object.entries(SHAPES)) {
    it(`${name}: n → 4n grows at most 6×, 1 MB under 2 s`, () => {
      const small = make(64_000);
      const large = make(256_000);
      time(small);
      // The floor of 50 ms keeps a garbage collection in the large run from reading as growth.
      const smallTime = Math.max(time(small, 2), 50);
      expect(time(large, 2)).toBeLessThan(smallTime * 6);
      const megabyte = make(1_000_000);
      expect(time(megabyte)).toBeLessThan(2_000 * 2 * busy());
    });
  }
});

/** A hand-written local-news article listing 400 people (made-up names), some of them quoted. */
function roster(): string {
  const given = ['John', 'Mary', 'Ana', 'Luc', 'Jo', 'Ben', 'Carla', 'David', 'Emma', 'Frank', 'Grace', 'Henry', 'Irene', 'Jack', 'Karen', 'Leo', 'Mia', 'Noah', 'Olga', 'Paul'];
  const family = ['Smith', 'Jones', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood'];
  let text = 'Volunteers who rebuilt the town after the flood were honored on Sunday.\n\n';
  let count = 0;
  for (const first of given) {
    for (const last of family) {
      count++;
      text += `${first} ${last}, ${20 + (count % 50)}, of Springfield. `;
      if (count % 10 === 0) text += `“We will rebuild the town together,” ${last} said.\n\n`;
      if (count % 7 === 0) text += `${first} ${last} said the council had failed them. `;
    }
  }
  return text;
}

describe('a long real-shaped article', () => {
  it('resolves 400 people in about the time per character of an ordinary article', () => {
    const article = roster();
    const ordinary = repeat('The mayor, Jane Doe, met residents on Monday. “We will rebuild,” she said. Officials said the bridge would reopen in May. ', article.length);
    const entities = tagEntities(article);
    const ordinaryEntities = tagEntities(ordinary);
    const perCharacter = (text: string, tagged: typeof entities): number => {
      extractQuotes(text, { entities: tagged });
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        extractQuotes(text, { entities: tagged });
        best = Math.min(best, performance.now() - start);
      }
      return (best * 1000) / text.length;
    };
    const roster400 = perCharacter(article, entities);
    // About 1-3 µs per character on two loaded cores; the quadratic resolver took 66-99.
    expect(roster400).toBeLessThan(Math.max(4 * perCharacter(ordinary, ordinaryEntities), 5) + 20);
    expect(extractQuotes(article, { entities }).filter((quote) => quote.speaker?.named).length).toBeGreaterThan(60);
  });
});

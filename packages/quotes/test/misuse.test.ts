import { thrown } from '@newsparse/test-kit';
import { NewsparseError } from '@newsparse/core';
import { describe, expect, it } from 'vitest';
import { extractQuotes, type Quote } from '../src/index.js';
import { summarizeSources } from '../src/sources.js';

const NO_ENTITIES = { mentions: [], entities: [] };
const TEXT = '“We are ready,” Wang said.';

const misuse = (call: () => unknown): NewsparseError => thrown(NewsparseError, call);

// Casts stand for callers from plain JavaScript or with data from elsewhere.
const call = (text: unknown, options?: unknown): Quote[] => extractQuotes(text as string, options as never);

describe('misuse throws NewsparseError', () => {
  it('refuses input that is not a string', () => {
    for (const input of [undefined, null, 42, {}, [], new String('x')]) expect(misuse(() => call(input)).code).toBe('INVALID_INPUT');
  });

  it('refuses options that are not an object', () => {
    for (const options of [null, 'fast', 42, [], true]) expect(misuse(() => call(TEXT, options)).code).toBe('INVALID_OPTION');
    expect(call(TEXT, undefined)).toHaveLength(1);
  });

  it('refuses a non-boolean `reported`', () => {
    for (const reported of ['no', 0, null]) expect(misuse(() => call(TEXT, { reported })).message).toMatch(/reported must be a boolean/);
  });

  it('refuses a malformed entity result', () => {
    const mention = { text: 'Wang', start: 16, end: 20, type: 'person', entityId: 'e1' };
    const entity = { id: 'e1', type: 'person', name: 'Wang', aliases: [], mentions: 1 };
    for (const entities of [
      {},
      null,
      [],
      { mentions: [] },
      { mentions: [{}], entities: [] },
      { mentions: [{ ...mention, end: 999 }], entities: [entity] },
      { mentions: [{ ...mention, start: -1 }], entities: [entity] },
      { mentions: [{ ...mention, type: 'robot' }], entities: [entity] },
      { mentions: [mention], entities: [{ ...entity, aliases: 'Wang' }] },
      { mentions: [mention], entities: [null] },
    ]) {
      expect(misuse(() => call(TEXT, { entities })).code).toBe('INVALID_OPTION');
    }
    // The well-formed result is used as given.
    expect(call(TEXT, { entities: { mentions: [mention], entities: [entity] } })[0]?.speaker?.entityId).toBe('e1');
  });

  it('ignores unknown option keys (options of later versions)', () => {
    expect(call(TEXT, { entities: NO_ENTITIES, future: 1 })).toHaveLength(1);
  });

  it('summarizeSources refuses what is not a list of quotes', () => {
    const good = call(TEXT, { entities: NO_ENTITIES });
    for (const input of [undefined, null, 'quotes', {}, [null], [{ kind: 'shouted', speaker: null }], [{ ...good[0], speaker: { mention: {} } }]]) {
      expect(misuse(() => summarizeSources(input as never)).code).toBe('INVALID_INPUT');
    }
    expect(summarizeSources(good)).toEqual([{ name: 'Wang', named: true, descriptions: [], direct: 1, partial: 0, indirect: 0, total: 1 }]);
    expect(summarizeSources([])).toEqual([]);
  });
});

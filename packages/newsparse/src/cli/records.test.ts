import { describe, expect, it } from 'vitest';
import { looksBinaryText, recordToTask } from './records.js';

const defaults = { format: 'auto' as const, maxChars: 100 };

describe('recordToTask', () => {
  it('accepts text and html records with their id, url and published date', () => {
    expect(recordToTask({ id: 7, text: 'Hello.', published: '2024-06-27', url: 'https://example.com/a' }, defaults, 'x:1')).toEqual({
      task: { id: '7', input: 'Hello.', format: 'auto', url: 'https://example.com/a', reference: '2024-06-27' },
    });
    expect(recordToTask({ id: 'a', html: '<p>Hi</p>' }, defaults, 'x:1')).toEqual({ task: { id: 'a', input: '<p>Hi</p>', format: 'html' } });
  });

  it('takes the command line\'s url and date when the record has none', () => {
    const withDefaults = { ...defaults, url: 'https://example.com/x', reference: '2024-01-01', only: ['quotes' as const] };
    expect(recordToTask({ id: 'a', text: 'Hi' }, withDefaults, 'x:1')).toEqual({
      task: { id: 'a', input: 'Hi', format: 'auto', url: 'https://example.com/x', reference: '2024-01-01', only: ['quotes'] },
    });
    expect(recordToTask({ id: 'b', text: 'Hi', url: 'https://example.com/b', published: '2024-06-27' }, withDefaults, 'x:1')).toMatchObject({
      task: { url: 'https://example.com/b', reference: '2024-06-27' },
    });
  });

  it('falls back to the line position for a missing id', () => {
    expect(recordToTask({ text: 'Hi' }, defaults, 'line:3')).toMatchObject({ task: { id: 'line:3' } });
  });

  it('says what is wrong with a bad record', () => {
    expect(recordToTask([1], defaults, 'x')).toEqual({ error: 'not a JSON object', id: null });
    expect(recordToTask({ id: 'n' }, defaults, 'x')).toEqual({ error: 'missing "text" or "html" string', id: 'n' });
    expect(recordToTask({ id: 'e', text: '  ' }, defaults, 'x')).toEqual({ error: 'empty article', id: 'e' });
    expect(recordToTask({ id: 'b', text: 'a\u0000b' }, defaults, 'x')).toEqual({ error: 'binary content, not an article', id: 'b' });
    expect(recordToTask({ id: 'l', text: 'x'.repeat(101) }, defaults, 'x')).toMatchObject({ id: 'l', error: expect.stringContaining('size limit') });
  });

  it('detects binary text', () => {
    expect(looksBinaryText('plain\ntext\t')).toBe(false);
    expect(looksBinaryText('\u0001\u0002\u0003abc')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Candidate } from '../src/candidates.js';
import { mentionsByEdgeToken, type Typed, typedMention } from '../src/typed.js';

const candidate = (first: number, last: number): Candidate => ({ start: first * 6, end: last * 6 + 5, words: [], first, last, title: null, sentStart: false, caps: false, weak: false });
const mention = (first: number, last: number): Typed => {
  const at = candidate(first, last);
  return typedMention({ start: at.start, end: at.end, words: ['Name'], key: 'name', candidate: at }, 'person', false, null);
};

describe('mentionsByEdgeToken', () => {
  it('finds mentions by their first and last token, a later one winning', () => {
    const typed = [mention(0, 1), mention(3, 3), mention(3, 4)];
    const { byFirstToken, byLastToken } = mentionsByEdgeToken(typed);
    expect(byFirstToken.get(0)).toBe(typed[0]);
    expect(byFirstToken.get(3)).toBe(typed[2]);
    expect(byLastToken.get(3)).toBe(typed[1]);
    expect(byLastToken.get(2)).toBeUndefined();
  });

  it('gives the same index again while no edge moves, and a new one after a rule moves an edge', () => {
    const typed = [mention(2, 3), mention(5, 5)];
    const first = mentionsByEdgeToken(typed);
    expect(mentionsByEdgeToken(typed)).toBe(first);
    // A storm word or a partner's name taken into the mention moves its first token.
    typed[1]!.candidate!.first = 4;
    const moved = mentionsByEdgeToken(typed);
    expect(moved).not.toBe(first);
    expect(moved.byFirstToken.get(4)).toBe(typed[1]);
    expect(moved.byFirstToken.get(5)).toBeUndefined();
    typed.push(mention(7, 8));
    expect(mentionsByEdgeToken(typed).byLastToken.get(8)).toBe(typed[2]);
  });
});

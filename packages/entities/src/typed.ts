import type { Candidate } from './candidates.js';
import type { EntityType } from './types.js';

/** A mention with its type, while the pipeline still revises it. */
export interface Typed {
  start: number;
  end: number;
  type: EntityType;
  /** how it was decided: knowledge and rules are firmer than the model */
  firm: boolean;
  scores: Float32Array | null;
  words: string[];
  key: string;
  candidate: Candidate | null;
  /** canonical name from the knowledge base */
  canonical: string | undefined;
  country: string | undefined;
  /** decided by a weak rule ("X said" → person) that the rest of the text may overrule */
  guess: boolean;
}

/** Where a mention is and what it says, before it is typed. */
export type Place = Pick<Typed, 'start' | 'end' | 'words' | 'key' | 'candidate'>;

/**
 * A typed mention, always built with the same fields in the same order: the pipeline reads
 * these objects many times per mention, and one object shape keeps those reads fast. The
 * optional facts are arguments rather than an options object, whose several shapes made
 * this function's reads of it stop (deopt) at each new one.
 */
export function typedMention(at: Place, type: EntityType, firm: boolean, scores: Float32Array | null, canonical?: string | undefined, country?: string | undefined, guess = false): Typed {
  return { start: at.start, end: at.end, type, firm, scores, words: at.words, key: at.key, candidate: at.candidate, canonical, country, guess };
}

/**
 * The mentions by the token they start at and the token they end at, so that a rule reads a
 * mention's neighbours ("Sony and Panasonic", "Fiorentina and Torino") without a scan; a later
 * mention at the same token wins.
 */
export function mentionsByEdgeToken(typed: readonly Typed[]): { byFirstToken: Map<number, Typed>; byLastToken: Map<number, Typed> } {
  const byFirstToken = new Map<number, Typed>();
  const byLastToken = new Map<number, Typed>();
  for (const item of typed) {
    if (!item.candidate) continue;
    byFirstToken.set(item.candidate.first, item);
    byLastToken.set(item.candidate.last, item);
  }
  return { byFirstToken, byLastToken };
}

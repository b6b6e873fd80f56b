import type { Candidate } from './candidates.js';
import type { Gazetteer, GazetteerKind } from './lexicon.js';
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
  /** the key whose knowledge-base kinds `kinds` holds (null before {@link kindsOf} first reads them) */
  kindsKey: string | null;
  /** what the knowledge base knows `kindsKey` as (gaz.phrases), once read */
  kinds: GazetteerKind[] | undefined;
  /** the type the mention was made with, before the document's rules revised it */
  made: EntityType;
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
  return { start: at.start, end: at.end, type, firm, scores, words: at.words, key: at.key, candidate: at.candidate, canonical, country, guess, kindsKey: null, kinds: undefined, made: type };
}

/**
 * What the knowledge base knows a mention's words as (`gaz.phrases` by its key), looked up
 * once per key: some forty rules ask for the same mention's kinds (about 1,000 asks per
 * article), and a lookup in a table of thousands of phrases costs more than reading a field.
 * A rule that changes the key gets the new key's kinds.
 */
export function kindsOf(item: Typed, gaz: Gazetteer): GazetteerKind[] | undefined {
  if (item.kindsKey !== item.key) {
    item.kinds = gaz.phrases.get(item.key);
    item.kindsKey = item.key;
  }
  return item.kinds;
}

/** The mentions by the token they start at and the token they end at. */
export interface EdgeIndex {
  readonly byFirstToken: ReadonlyMap<number, Typed>;
  readonly byLastToken: ReadonlyMap<number, Typed>;
}

/** An edge index with what it was built from: each mention, its candidate and the candidate's edges then. */
interface BuiltEdgeIndex extends EdgeIndex {
  readonly items: readonly Typed[];
  readonly candidates: ReadonlyArray<Typed['candidate']>;
  readonly firsts: Int32Array;
  readonly lasts: Int32Array;
}

/** The last index built for each document's mention list (a dozen rules ask for it). */
const EDGE_INDEXES = new WeakMap<readonly Typed[], BuiltEdgeIndex>();

/**
 * The mentions by the token they start at and the token they end at, so that a rule reads a
 * mention's neighbours ("Sony and Panasonic", "Fiorentina and Torino") without a scan; a later
 * mention at the same token wins.
 *
 * A dozen rules ask for it, and most change types, not edges: the index is kept per mention
 * list and built again only when a mention, its candidate or an edge has changed since (a
 * rule that narrows a headline's run or takes a storm word in moves an edge), which a scan of
 * numbers tells more cheaply than filling two maps.
 */
export function mentionsByEdgeToken(typed: readonly Typed[]): EdgeIndex {
  const built = EDGE_INDEXES.get(typed);
  if (built !== undefined && edgesUnchanged(typed, built)) return built;
  const index = buildEdgeIndex(typed);
  EDGE_INDEXES.set(typed, index);
  return index;
}

function edgesUnchanged(typed: readonly Typed[], built: BuiltEdgeIndex): boolean {
  if (typed.length !== built.items.length) return false;
  for (let index = 0; index < typed.length; index++) {
    const item = typed[index]!;
    const candidate = item.candidate;
    if (item !== built.items[index] || candidate !== built.candidates[index]) return false;
    if (candidate !== null && (candidate.first !== built.firsts[index] || candidate.last !== built.lasts[index])) return false;
  }
  return true;
}

function buildEdgeIndex(typed: readonly Typed[]): BuiltEdgeIndex {
  const byFirstToken = new Map<number, Typed>();
  const byLastToken = new Map<number, Typed>();
  const candidates: Array<Typed['candidate']> = [];
  const firsts = new Int32Array(typed.length);
  const lasts = new Int32Array(typed.length);
  for (let index = 0; index < typed.length; index++) {
    const item = typed[index]!;
    const candidate = item.candidate;
    candidates.push(candidate);
    if (!candidate) continue;
    firsts[index] = candidate.first;
    lasts[index] = candidate.last;
    byFirstToken.set(candidate.first, item);
    byLastToken.set(candidate.last, item);
  }
  return { byFirstToken, byLastToken, items: typed.slice(), candidates, firsts, lasts };
}

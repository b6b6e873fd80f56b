import { assertAnalysis, NewsparseError, type TextAnalysis } from '@newsparse/core';
import type { CompromiseNlp, EntityType, TagEntitiesOptions } from './types.js';

/** Every entity type, in the order the README lists them. */
export const ALL_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'nationality', 'event', 'other'];
const MODES: readonly string[] = ['fast', 'full'];

/** Options after checking: every field present and of the right shape. */
export interface CheckedOptions {
  /** lexicon entries, trimmed, empty ones dropped */
  lexicon: ReadonlyArray<readonly [string, EntityType]>;
  mode: 'fast' | 'full';
  /** compromise's nlp, present exactly when mode is 'full' */
  nlp: CompromiseNlp | null;
  types: ReadonlySet<EntityType>;
  /** the shared analysis of the text, when the caller gave one */
  analysis: TextAnalysis | undefined;
}

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value);
function fail(message: string): never {
  throw new NewsparseError('INVALID_OPTION', `tagEntities: ${message}`);
}
const isType = (value: unknown): value is EntityType => typeof value === 'string' && (ALL_TYPES as readonly string[]).includes(value);

/**
 * Checks the options of {@link tagEntities} up front, so that misuse throws a
 * `NewsparseError` (`INVALID_OPTION`) instead of a `TypeError` deep inside, or a silently
 * wrong result. Unknown keys are ignored (options added in later versions).
 *
 * @example
 * checkOptions({ types: ['person'] }, 'text').types.has('person') //=> true
 * checkOptions(null, 'text') // throws NewsparseError: tagEntities: options must be an object, got null
 */
export function checkOptions(options: unknown, text: string): CheckedOptions {
  if (options === undefined) return { lexicon: [], mode: 'fast', nlp: null, types: new Set(ALL_TYPES), analysis: undefined };
  if (options === null || typeof options !== 'object' || Array.isArray(options)) fail(`options must be an object, got ${describe(options)}`);
  const { lexicon, mode, nlp, types, analysis } = options as TagEntitiesOptions;
  if (analysis !== undefined) assertAnalysis(analysis, text, 'tagEntities');
  if (mode !== undefined && !MODES.includes(mode)) fail(`unknown mode ${describe(mode)} (expected 'fast' or 'full')`);
  if (mode === 'full' && typeof nlp !== 'function') fail(`mode 'full' runs compromise, given as options.nlp (import nlp from 'compromise'), got ${describe(nlp)}`);
  let wanted: Set<EntityType> = new Set(ALL_TYPES);
  if (types !== undefined) {
    if (!Array.isArray(types)) fail(`types must be an array of entity types, got ${describe(types)}`);
    wanted = new Set();
    for (const type of types as unknown[]) {
      if (!isType(type)) fail(`unknown entity type ${describe(type)} in types`);
      wanted.add(type as EntityType);
    }
  }
  const entries: Array<readonly [string, EntityType]> = [];
  if (lexicon !== undefined) {
    if (lexicon === null || typeof lexicon !== 'object' || Array.isArray(lexicon)) fail(`lexicon must be an object of name → entity type, got ${describe(lexicon)}`);
    for (const [entry, type] of Object.entries(lexicon as Record<string, unknown>)) {
      if (!isType(type)) fail(`unknown entity type ${describe(type)} for lexicon entry ${JSON.stringify(entry.slice(0, 40))}`);
      // A mention never starts or ends with white space, so neither does an entry.
      const name = entry.trim();
      if (name) entries.push([name, type as EntityType]);
    }
  }
  return { lexicon: entries, mode: mode ?? 'fast', nlp: mode === 'full' ? nlp! : null, types: wanted, analysis };
}

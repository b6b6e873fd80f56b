import type { Span } from '@newsparse/core';
import type { Found } from './find-attribution.js';
import type { QuoteKind } from './types.js';

/** A quote before its speaker is named. */
export interface Draft {
  content: Span;
  parts: Span[];
  kind: QuoteKind;
  found: Found | null;
  /** For partial and reported quotes: the writer's clause that carries the reported content. */
  clause: Span | null;
  /** Index into the drafts of the quote whose attribution this one continues. */
  continues: number;
  /**
   * Which pattern found it, where a later rule reads it: 'quote' (the quote pass), 'post' and
   * 'inverted' (a closing reported attribution); '' otherwise. Always set, so that every draft
   * has one shape. (Other patterns once wrote labels for diagnostics; they cost the bundle bytes.)
   */
  via: string;
}


import { assertText, findQuotations, isNameAlias, sentenceAt, splitSentences } from '@newsparse/core';
import { tagEntities } from '@newsparse/entities';
import type { ExtractQuotesOptions, Quote } from './types.js';

const CUE = /\b(said|says|told|added|noted|stated|asked|wrote|described)\b/;

/**
 * Extracts quotes and attributes each to its speaker.
 * First implementation: direct quotes with a speech verb in the same sentence. Issue #5
 * builds the full attributor.
 *
 * @example
 * extractQuotes('“We are ready,” Wang said.')[0]?.speaker?.name
 * //=> 'Wang'
 */
export function extractQuotes(text: string, options: ExtractQuotesOptions = {}): Quote[] {
  assertText(text, 'extractQuotes');
  const entities = options.entities ?? tagEntities(text);
  const sentences = splitSentences(text);
  const quotes: Quote[] = [];
  for (const quotation of findQuotations(text, { single: false })) {
    const sentence = sentenceAt(sentences, quotation.start);
    const tailStart = quotation.end;
    const tailEnd = sentence ? Math.max(sentence.end, tailStart) : tailStart;
    const tail = text.slice(tailStart, tailEnd);
    const cueMatch = CUE.exec(tail);
    const people = entities.mentions.filter((mention) => mention.type === 'person' && mention.start >= tailStart && mention.end <= tailEnd);
    const speakerMention = people[0];
    const entity = speakerMention ? entities.entities.find((candidate) => candidate.id === speakerMention.entityId) : undefined;
    quotes.push({
      text: quotation.content.text,
      start: quotation.content.start,
      end: quotation.content.end,
      kind: 'direct',
      speaker: speakerMention
        ? {
            name: entity && isNameAlias(speakerMention.text, entity.name) ? entity.name : speakerMention.text,
            mention: { text: speakerMention.text, start: speakerMention.start, end: speakerMention.end },
            entityId: speakerMention.entityId,
            named: true,
          }
        : null,
      cue: cueMatch
        ? { text: cueMatch[0], start: tailStart + cueMatch.index, end: tailStart + cueMatch.index + cueMatch[0].length }
        : null,
    });
  }
  return quotes;
}

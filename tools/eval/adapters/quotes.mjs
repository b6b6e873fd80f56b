// Adapter: @newsparse/quotes → score-quotes.mjs's shape; the speaker is the attributing words
// (speaker.mention), as PolNeAR's source spans are unresolved.
//
// Content spans follow PolNeAR's convention: a direct quote is its quoted words, a reported
// quote its reported clause, and a partial quote the writer's clause that carries it
// (PolNeAR's "mixed" content), not the quoted fragment alone.
//
//   quotes        everything extractQuotes returns (direct, partial and reported speech): the
//                 figure for all attributions (quotes-all).
//   directQuotes  the quotes of kind "direct" only: the direct-quote extractor that
//                 `--kinds direct` evaluates. Every other prediction that lands on no gold
//                 quote counts against direct precision, and PolNeAR labels reported content
//                 with boundaries that no rule set hits exactly, so scoring the full output
//                 on direct quotes mostly measures the reported-speech spans.
//
// Speakers are named through the entity tagger, as parseArticle does (extractQuotes alone
// resolves them among the attributions only; the mentions scored here are the same).
import { tagEntities } from '@newsparse/entities';
import { extractQuotes } from '@newsparse/quotes';

// PolNeAR marks reported content split by a parenthetical cue ("The county, he said, had …")
// as separate fragments; an indirect quote's parts, and a partial quote's clause parts ("The
// move, Carr said, was “a gamble”"), are scored as those fragments.
const shape = (list) =>
  list.flatMap((quote) => {
    const speaker = quote.speaker?.mention.text ?? null;
    const clause = quote.kind === 'partial' ? quote.clauseParts ?? (quote.clause ? [quote.clause] : null) : null;
    const spans = quote.kind === 'indirect' && quote.parts ? quote.parts : clause ?? [quote];
    return spans.map((span) => ({ start: span.start, end: span.end, text: span.text, speaker }));
  });

export function quotes(text) {
  return shape(extractQuotes(text, { entities: tagEntities }));
}

export function directQuotes(text) {
  return shape(extractQuotes(text, { entities: tagEntities, reported: false }).filter((quote) => quote.kind === 'direct'));
}

// Adapter: @newsparse/quotes → score-quotes.mjs's shape; the speaker is the attributing words.
import { extractQuotes } from '@newsparse/quotes';

export function quotes(text) {
  return extractQuotes(text).map((quote) => ({
    start: quote.start,
    end: quote.end,
    text: quote.text,
    speaker: quote.speaker?.mention.text ?? null,
  }));
}

import { sentenceAt, splitSentences, type Span } from '@newsparse/core';
import { findDates, parseDateline, type DateMention } from '@newsparse/dateline';
import { readArticle, readTextMetadata } from '@newsparse/metadata';

/** A story to put on the timeline. */
export interface StoryInput {
  /** Where it came from, e.g. its file name. */
  id: string;
  /** The article as plain text or as an HTML page. */
  content: string;
  /** The story's date (yyyy-mm-dd); by default read from the article. */
  reference?: string;
}

/** A dated event: a resolved date mention and the sentence it sits in. */
export interface TimelineEvent {
  /** The resolved date as `findDates` gives it ('2024-06-25', '2024-11', '2024-Q3'). */
  value: string;
  /** The end of a range. */
  until?: string;
  precision: DateMention['precision'];
  /** The first day the value covers, for sorting and placing ('2024-11' → 2024-11-01). */
  day: string;
  /** The date as written: "on Tuesday". */
  mention: string;
  /** The sentence around the date, and where the date sits inside it. */
  sentence: string;
  mentionStart: number;
  mentionEnd: number;
  /** The story it comes from. */
  source: string;
}

/** What {@link buildTimeline} returns. */
export interface Timeline {
  /** One entry per story: its headline and the date relative dates were resolved against. */
  stories: { id: string; title: string | null; reference: string | null }[];
  /** Events sorted by date, then by story and position. */
  events: TimelineEvent[];
  /** Date mentions that are not points in time (durations such as "five-day"). */
  unplaced: { mention: string; source: string }[];
}

/**
 * Puts the dated events of one or more stories on a timeline: every date `findDates` resolves,
 * with the sentence around it, sorted by date. The reference date ("on Tuesday" of which
 * week?) is the story's publication date, else its dateline date; a story with neither
 * places only the dates it states outright ("March 2017").
 *
 * @example
 * buildTimeline([{ id: 'seed.txt', content: text }]).events[0]
 * //=> { value: '2024-05', mention: 'in May', sentence: 'As Peruvian Foreign Minister ...', ... }
 */
export function buildTimeline(stories: readonly StoryInput[]): Timeline {
  const timeline: Timeline = { stories: [], events: [], unplaced: [] };
  const order = new Map<TimelineEvent, number>();
  for (const story of stories) {
    const { text, title, published, bodyStart, stamp } = readStory(story.content);
    const reference = story.reference ?? published ?? datelineDate(text, bodyStart);
    timeline.stories.push({ id: story.id, title, reference });
    const sentences = splitSentences(text);
    // An undated story still places what it dates outright ("in March 2017"); its relative
    // dates ("on Tuesday") go to `unplaced`.
    for (const date of findDates(text, reference === null ? {} : { reference })) {
      // The publication stamp is the reference itself, not an event of the story.
      if (stamp !== null && date.start >= stamp.start && date.end <= stamp.end) continue;
      const day = date.value === null ? null : firstDay(date.value);
      if (date.value === null || day === null) {
        timeline.unplaced.push({ mention: date.text, source: story.id });
        continue;
      }
      const sentence: Span = sentenceAt(sentences, date.start) ?? { text: date.text, start: date.start, end: date.end };
      const event: TimelineEvent = {
        value: date.value,
        precision: date.precision,
        day,
        mention: date.text,
        sentence: sentence.text,
        mentionStart: date.start - sentence.start,
        mentionEnd: Math.min(date.end, sentence.end) - sentence.start,
        source: story.id,
      };
      if (date.until !== undefined && date.until !== date.value) event.until = date.until;
      order.set(event, order.size);
      timeline.events.push(event);
    }
  }
  // A stable sort keeps same-day events in story order.
  timeline.events.sort((a, b) => a.day.localeCompare(b.day) || order.get(a)! - order.get(b)!);
  return timeline;
}

interface Story {
  text: string;
  title: string | null;
  published: string | null;
  bodyStart: number;
  /** Where the publication stamp ("Published: Jun 27, 2024 08:43 PM") sits in the text. */
  stamp: { start: number; end: number } | null;
}

function readStory(content: string): Story {
  if (/^\s*</.test(content)) {
    const article = readArticle(content);
    return { text: article.text, title: article.metadata.title, published: day(article.metadata.published), bodyStart: 0, stamp: null };
  }
  const header = readTextMetadata(content);
  const at = header.publishedRaw === null ? -1 : content.indexOf(header.publishedRaw);
  return {
    text: content,
    title: header.title,
    published: day(header.published),
    bodyStart: header.bodyStart,
    stamp: at === -1 ? null : { start: at, end: at + header.publishedRaw!.length },
  };
}

/** A dateline opens the body; try the text's start too, in case the header was misread. */
function datelineDate(text: string, bodyStart: number): string | null {
  return parseDateline(text.slice(bodyStart))?.date ?? parseDateline(text)?.date ?? null;
}

function day(stamp: string | null): string | null {
  const match = stamp === null ? null : /^\d{4}-\d{2}-\d{2}/.exec(stamp);
  return match ? match[0] : null;
}

/**
 * The first calendar day an ISO value at any `findDates` precision covers, as yyyy-mm-dd;
 * null when the value is not one of those forms.
 *
 * @example
 * firstDay('2024-06-27T20:43') //=> '2024-06-27'
 * firstDay('2024-Q3')          //=> '2024-07-01'
 * firstDay('2024-W26')         //=> '2024-06-24'
 * firstDay('202X')             //=> '2020-01-01'
 */
export function firstDay(value: string): string | null {
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match) return `${match[1]}-${match[2]}-${match[3]}`;
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  match = /^(\d{4})-W(\d{2})$/.exec(value);
  if (match) return isoWeekMonday(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) return `${match[1]}-${match[2]}-01`;
  match = /^(\d{4})$/.exec(value);
  if (match) return `${match[1]}-01-01`;
  // A decade: '202X' (ISO 8601-2) or '2020s'.
  match = /^(\d{3})(?:X|0s)$/.exec(value);
  if (match) return `${match[1]}0-01-01`;
  return null;
}

function isoWeekMonday(year: number, week: number): string {
  // ISO week 1 is the week with the year's first Thursday; January 4 is always in it.
  const january4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(january4).getUTCDay() + 6) % 7;
  const monday = january4 - weekday * 86_400_000 + (week - 1) * 7 * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}

import { firstDay, type Timeline, type TimelineEvent } from './build-timeline.js';

const CONTEXT = 70;

/**
 * Renders a timeline as text: one line per event, date first, with the date mention marked
 * [like this] in its sentence (cut around the mention when the sentence is long).
 *
 * @example
 * formatTimeline(buildTimeline(stories))
 * //=> '2024-05      in May        … stated in an interview with the Global Times [in May] that …'
 */
export function formatTimeline(timeline: Timeline): string {
  const lines: string[] = [];
  for (const story of timeline.stories) {
    lines.push(`${story.title ?? story.id}  (${story.id}, dates resolved against ${story.reference ?? 'nothing: no date found'})`);
  }
  lines.push('');
  const several = timeline.stories.length > 1;
  const when = (event: TimelineEvent): string => (event.until ? `${event.value}…${event.until}` : event.value);
  const width = Math.max(0, ...timeline.events.map((event) => when(event).length));
  for (const event of timeline.events) {
    const from = several ? `  [${event.source}]` : '';
    lines.push(`${when(event).padEnd(width)}  ${markedSentence(event, CONTEXT)}${from}`);
  }
  if (timeline.events.length === 0) lines.push('(no dates found)');
  if (timeline.unplaced.length > 0) {
    lines.push('', `Not on the timeline (durations): ${timeline.unplaced.map((item) => `"${item.mention}"`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The event's sentence with its date in square brackets, at most `context` characters kept
 * on each side of the mention.
 *
 * @example
 * markedSentence(event, 40) //=> '… a state visit to China which began [on Tuesday].'
 */
export function markedSentence(event: TimelineEvent, context: number): string {
  const { before, mention, after } = sentenceParts(event, context);
  return `${before}[${mention}]${after}`.replace(/\s+/g, ' ');
}

function sentenceParts(event: TimelineEvent, context: number): { before: string; mention: string; after: string } {
  const { sentence, mentionStart, mentionEnd } = event;
  let before = sentence.slice(0, mentionStart);
  let after = sentence.slice(mentionEnd);
  if (before.length > context) before = `… ${before.slice(before.length - context).replace(/^\S*\s/, '')}`;
  if (after.length > context) after = `${after.slice(0, context).replace(/\s\S*$/, '')} …`;
  return { before, mention: sentence.slice(mentionStart, mentionEnd), after };
}

const WIDTH = 900;
const AXIS_LEFT = 70;
const AXIS_RIGHT = WIDTH - 40;
const AXIS_TOP = 92;
const LIST_GAP = 58;
const LINE_HEIGHT = 17;
const WRAP = 100;
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Draws a timeline as a standalone SVG document (no scripts, fonts or images from
 * elsewhere): a time axis with a numbered dot per event placed by date, and below it the
 * numbered events with their sentences, the date mention in bold.
 *
 * @example
 * writeFileSync('out/timeline.svg', renderTimelineSvg(buildTimeline(stories)))
 */
export function renderTimelineSvg(timeline: Timeline): string {
  const events = timeline.events;
  const blocks = events.map((event) => wrapMarked(event));
  const listHeight = blocks.reduce((sum, block) => sum + (block.length + 1) * LINE_HEIGHT + 8, 0);
  const levels = labelLevels(events);
  // Numbers stacked above the axis push it (and the list) down.
  const axisY = AXIS_TOP + Math.max(0, ...levels) * 14;
  const listTop = axisY + LIST_GAP;
  const height = listTop + Math.max(listHeight, 30) + 20;
  const title = timeline.stories.length === 1 ? (timeline.stories[0]!.title ?? timeline.stories[0]!.id) : `${timeline.stories.length} stories`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="13">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="28" font-size="17" font-weight="600" fill="#1d2733">Timeline</text>`,
    `<text x="20" y="48" fill="#5a6673">${escapeXml(clip(title, 120))}</text>`,
  ];
  if (events.length === 0) {
    parts.push(`<text x="20" y="${listTop}" fill="#5a6673">No dates found.</text>`, '</svg>');
    return `${parts.join('\n')}\n`;
  }

  const { start, span } = axisScale(events);
  const x = (time: number): number => AXIS_LEFT + ((time - start) / span) * (AXIS_RIGHT - AXIS_LEFT);
  parts.push(`<line x1="${AXIS_LEFT}" y1="${axisY}" x2="${AXIS_RIGHT}" y2="${axisY}" stroke="#9aa7b4" stroke-width="2"/>`);
  for (const tick of ticks(start, start + span)) {
    const tx = x(tick.time).toFixed(1);
    parts.push(
      `<line x1="${tx}" y1="${axisY - 5}" x2="${tx}" y2="${axisY + 5}" stroke="#9aa7b4"/>`,
      `<text x="${tx}" y="${axisY + 22}" text-anchor="middle" fill="#5a6673" font-size="11">${tick.label}</text>`,
    );
  }
  const dots = new Set<string>();
  events.forEach((event, index) => {
    const ex = x(toTime(event.day));
    if (event.until !== undefined) {
      const until = firstDay(event.until);
      const ux = until === null ? ex : x(toTime(until));
      parts.push(`<rect x="${ex.toFixed(1)}" y="${axisY - 4}" width="${Math.max(ux - ex, 2).toFixed(1)}" height="8" rx="4" fill="#2f6db5" fill-opacity="0.3"/>`);
    }
    if (!dots.has(event.day)) {
      dots.add(event.day);
      parts.push(`<circle cx="${ex.toFixed(1)}" cy="${axisY}" r="6" fill="#2f6db5"/>`);
    }
    parts.push(`<text x="${ex.toFixed(1)}" y="${axisY - 12 - levels[index]! * 14}" text-anchor="middle" font-size="11" font-weight="600" fill="#2f6db5">${index + 1}</text>`);
  });

  let y = listTop;
  events.forEach((event, index) => {
    const when = event.until ? `${event.value} … ${event.until}` : event.value;
    const from = timeline.stories.length > 1 ? `  ·  ${event.source}` : '';
    parts.push(`<text x="20" y="${y}" font-weight="600" fill="#2f6db5">${index + 1}. ${escapeXml(when)}<tspan font-weight="400" fill="#5a6673">  ·  ${escapeXml(event.precision)}${escapeXml(from)}</tspan></text>`);
    y += LINE_HEIGHT;
    for (const line of blocks[index]!) {
      const spans = line.map((word, at) => {
        const space = at > 0 && !word.glued ? ' ' : '';
        return word.marked ? `${space}<tspan font-weight="700" fill="#b5452f">${escapeXml(word.text)}</tspan>` : `${space}${escapeXml(word.text)}`;
      });
      parts.push(`<text x="36" y="${y}" fill="#1d2733" xml:space="preserve">${spans.join('')}</text>`);
      y += LINE_HEIGHT;
    }
    y += 8;
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** Where the axis starts and how long it is (ms), for events sorted by day. */
function axisScale(events: readonly TimelineEvent[]): { start: number; span: number } {
  const first = toTime(events[0]!.day);
  const last = toTime(events.at(-1)!.day);
  // Pad a one-day story so its dot sits in the middle of a short axis.
  const span = Math.max(last - first, 86_400_000);
  return { start: last === first ? first - span / 2 : first, span };
}

/** The axis position of each event, from 0 to 1. */
function axisFractions(events: readonly TimelineEvent[]): number[] {
  const { start, span } = axisScale(events);
  return events.map((event) => (toTime(event.day) - start) / span);
}

/** How high each event's number sits above the axis, so that numbers never collide. */
function labelLevels(events: readonly TimelineEvent[]): number[] {
  if (events.length === 0) return [];
  const placed: { x: number; level: number }[] = [];
  return axisFractions(events).map((fraction) => {
    const x = AXIS_LEFT + fraction * (AXIS_RIGHT - AXIS_LEFT);
    let level = 0;
    while (placed.some((label) => label.level === level && Math.abs(label.x - x) < 16)) level++;
    placed.push({ x, level });
    return level;
  });
}

interface Word {
  text: string;
  marked: boolean;
  /** Written with no space before it: the mention ends inside "Friday." */
  glued: boolean;
}

/** The sentence as words wrapped into lines, the words of the date mention marked. */
function wrapMarked(event: TimelineEvent): Word[][] {
  const { before, mention, after } = sentenceParts(event, 400);
  const words: Word[] = [];
  let previous = '';
  for (const [part, marked] of [[before, false], [mention, true], [after, false]] as const) {
    for (const match of part.matchAll(/\S+/g)) {
      const glued = match.index === 0 && words.length > 0 && !/\s$/.test(previous);
      words.push({ text: match[0], marked, glued });
    }
    if (part) previous = part;
  }
  const lines: Word[][] = [];
  let line: Word[] = [];
  let length = 0;
  for (const word of words) {
    const gap = line.length > 0 && !word.glued ? 1 : 0;
    if (line.length > 0 && !word.glued && length + gap + word.text.length > WRAP) {
      lines.push(line);
      line = [];
      length = 0;
    }
    length += (line.length > 0 && !word.glued ? 1 : 0) + word.text.length;
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Tick marks for the axis: days for a short story, months, or years for a long one. */
function ticks(from: number, to: number): { time: number; label: string }[] {
  const days = (to - from) / 86_400_000;
  const result: { time: number; label: string }[] = [];
  const date = new Date(from);
  if (days <= 14) {
    for (let time = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()); time <= to; time += 86_400_000) {
      const day = new Date(time);
      if (time >= from) result.push({ time, label: `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}` });
    }
    return result;
  }
  const monthStep = days <= 400 ? 1 : days <= 1200 ? 3 : 0;
  if (monthStep > 0) {
    for (let year = date.getUTCFullYear(), month = date.getUTCMonth(); ; month += monthStep) {
      const time = Date.UTC(year, month, 1);
      if (time > to) break;
      const day = new Date(time);
      if (time >= from) result.push({ time, label: day.getUTCMonth() === 0 || result.length === 0 ? `${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}` : MONTHS[day.getUTCMonth()]! });
    }
    return result;
  }
  const end = new Date(to).getUTCFullYear();
  const step = Math.max(1, Math.ceil((end - date.getUTCFullYear()) / 12));
  for (let year = date.getUTCFullYear(); year <= end; year += step) {
    const time = Date.UTC(year, 0, 1);
    if (time >= from) result.push({ time, label: String(year) });
  }
  return result;
}

function toTime(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

/** Escapes text for an XML text node or a quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

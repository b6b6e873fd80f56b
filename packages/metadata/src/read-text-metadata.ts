import { assertText } from '@newsparse/core';
import type { ImageCredit, TextMetadata } from './types.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STAMP = /^(?:Published|Updated|Posted)\s*:?\s*([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})(?:,? (\d{1,2}):(\d{2})\s*([AP])\.?M\.?)?/i;
const PHOTO = /^(.*?)\s*Photo:\s*(.+)$/;

/**
 * Reads the header of a plain-text article: headline, dek, publication stamp, photo
 * credits and where the body starts.
 * First implementation for the seed's layout; issue #6 generalises it.
 *
 * @example
 * readTextMetadata('Headline\nDek\nPublished: Jun 27, 2024 08:43 PM\n\nBody.').published
 * //=> '2024-06-27T20:43'
 */
export function readTextMetadata(text: string): TextMetadata {
  assertText(text, 'readTextMetadata');
  const result: TextMetadata = { title: null, subtitle: null, published: null, publishedRaw: null, authors: [], images: [], bodyStart: 0 };
  const seenImages = new Set<string>();
  let offset = 0;
  let headerLines = 0;
  while (offset < text.length && headerLines < 12) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(offset, lineEnd).trim();
    const next = newline === -1 ? text.length : newline + 1;
    if (line.length === 0) {
      offset = next;
      continue;
    }
    const stamp = STAMP.exec(line);
    const photo = PHOTO.exec(line);
    if (stamp) {
      result.publishedRaw = stamp[0];
      const month = MONTHS.indexOf(stamp[1]!.slice(0, 3).toLowerCase()) + 1;
      let day = `${stamp[3]}-${String(month).padStart(2, '0')}-${stamp[2]!.padStart(2, '0')}`;
      if (stamp[4] && stamp[5] && stamp[6]) {
        const hour = (Number(stamp[4]) % 12) + (stamp[6].toUpperCase() === 'P' ? 12 : 0);
        day += `T${String(hour).padStart(2, '0')}:${stamp[5]}`;
      }
      result.published = month > 0 ? day : null;
    } else if (photo) {
      const key = line;
      if (!seenImages.has(key)) {
        seenImages.add(key);
        const image: ImageCredit = { caption: photo[1] || null, credit: photo[2]!.trim() || null };
        result.images.push(image);
      }
    } else if (result.title === null && line.length < 300 && !/[.!?]["”]?$/.test(line)) {
      result.title = line;
    } else if (result.subtitle === null && result.publishedRaw === null && result.title !== null && line.length < 400) {
      result.subtitle = line;
    } else {
      result.bodyStart = offset + (text.slice(offset, lineEnd).length - text.slice(offset, lineEnd).trimStart().length);
      return result;
    }
    offset = next;
    headerLines++;
    result.bodyStart = offset;
  }
  return result;
}

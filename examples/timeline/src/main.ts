// Usage: tsx src/main.ts [--reference yyyy-mm-dd] [--out DIR] [article files ...]
//   files:       one story, or several dispatches of the same story (default: the seed article)
//   --reference: the story's date, when the articles do not give one
//   --out:       where timeline.svg goes (default: examples/timeline/out)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTimeline, type StoryInput } from './build-timeline.js';
import { formatTimeline, renderTimelineSvg } from './render-timeline.js';

// Piped into `head`, stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, reference: { type: 'string' } },
});
const files = positionals.length > 0 ? positionals : [fileURLToPath(new URL('../../articles/global-times-china-peru.txt', import.meta.url))];
const out = values.out ?? fileURLToPath(new URL('../out/', import.meta.url));

const stories = files.map((file): StoryInput => {
  const story: StoryInput = { id: basename(file), content: readFileSync(file, 'utf8') };
  if (values.reference !== undefined) story.reference = values.reference;
  return story;
});
const timeline = buildTimeline(stories);
process.stdout.write(formatTimeline(timeline));

mkdirSync(out, { recursive: true });
const svgPath = join(out, 'timeline.svg');
writeFileSync(svgPath, renderTimelineSvg(timeline));
process.stdout.write(`\nWrote ${relative(process.cwd(), svgPath)}\n`);

import type { Locale } from '../types.js';
import { context } from './context.js';
import { heads } from './heads.js';
import { names } from './names.js';
import { patterns } from './patterns.js';
import { sports } from './sports.js';

/** English: the words of English news copy that the rules read. */
export const en: Locale = { code: 'en', names, heads, context, sports, patterns };

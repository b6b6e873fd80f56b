import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from './static-server.js';

// End to end in Debian's Chromium (apt-get install chromium), never a downloaded browser:
// build the page with Vite, serve it on 127.0.0.1, parse the preloaded seed article in the
// page and check the highlights. The parsers improve in parallel, so the checks are the
// seed article's "must" facts, not exact outputs.
const root = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let outDir: string;
let profile: string;
let server: Awaited<ReturnType<typeof serveFolder>>;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'playground-dist-'));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await serveFolder(outDir);
  profile = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1360, height: 940 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(server.url);
  await page.waitForSelector('body[data-state="parsed"]', { timeout: 60_000 });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [outDir, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const texts = (selector: string): Promise<string[]> => page.locator(selector).allTextContents();

describe('the playground on the seed article', () => {
  it('highlights people: Boluarte and Capuñay', async () => {
    const people = await texts('#highlighted mark.hl-person');
    expect(people.some((text) => text.includes('Boluarte'))).toBe(true);
    expect(people.some((text) => text.includes('Capuñay'))).toBe(true);
  });

  it('highlights places and dates: Lima, "on Tuesday"', async () => {
    expect((await texts('#highlighted mark.hl-place')).some((text) => text.includes('Lima'))).toBe(true);
    const tuesday = page.locator('#highlighted mark.hl-date', { hasText: 'on Tuesday' }).first();
    expect(await tuesday.getAttribute('title')).toContain('2024-06-25');
  });

  it('highlights quotes', async () => {
    const quotes = await texts('#highlighted q.hl-quote');
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(quotes.some((text) => text.includes('business opportunities in Peru'))).toBe(true);
  });

  it('lists Juan Carlos Capuñay among the speakers', async () => {
    expect(await texts('#speakers li .name')).toContain('Juan Carlos Capuñay');
  });

  it('shows the whole article text, and loads nothing from elsewhere', async () => {
    const seed = readFileSync(join(root, '../articles/global-times-china-peru.txt'), 'utf8');
    expect(await page.locator('#highlighted').textContent()).toBe(seed);
    expect(requests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('saves a screenshot', async () => {
    // Bring the first quote into view in the text panel, and light up the quotes of the
    // first speaker in the list, as a reader clicking it would.
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      const panel = document.querySelector('#highlighted')!;
      const quote = panel.querySelector('q.hl-quote');
      if (quote) panel.scrollTop += quote.getBoundingClientRect().top - panel.getBoundingClientRect().top - 140;
    });
    const speaker = page.locator('#speakers li.named').first();
    if ((await speaker.count()) > 0) {
      await speaker.click();
      await page.waitForTimeout(800);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    const shot = join(root, 'out/screenshot.png');
    mkdirSync(join(root, 'out'), { recursive: true });
    await page.screenshot({ path: shot });
    // UPDATE_SCREENSHOT=1 refreshes the one in the README.
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(shot, join(root, 'screenshot.png'));
  });
});

describe('pasting another article', () => {
  it('parses what is pasted and never renders it as markup', async () => {
    const article = readFileSync(join(root, '../articles/sample-nairobi-floods.txt'), 'utf8');
    await page.fill('#article', `${article}\n\n"<b>Not bold</b>," said Ana <i>Ruiz</i>.`);
    await page.click('#parse');
    await expect.poll(() => page.locator('#highlighted').textContent()).toContain('NAIROBI, Kenya (AP)');
    expect(await texts('#speakers li .name')).toContain('Amina Wekesa');
    expect(await page.locator('#highlighted b, #highlighted i').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

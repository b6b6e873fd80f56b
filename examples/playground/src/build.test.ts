import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

// The browser-free half of the playground's tests: the page builds, and the build is a
// static site with no request to another origin (the end-to-end test is `npm run test:browser`).
const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'playground-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('vite build', () => {
  it('builds a static page with the parsers and the seed article bundled', async () => {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const assets = readdirSync(join(outDir, 'assets'));
    const script = assets.find((name) => name.endsWith('.js'));
    expect(script).toBeDefined();
    expect(html).toContain(`./assets/${script}`);
    const bundle = readFileSync(join(outDir, 'assets', script!), 'utf8');
    expect(bundle).toContain('Juan Carlos Capu');
    expect(bundle).not.toMatch(/\bfrom\s*["']node:|\brequire\(["'](?:fs|path|node:)/);
    expect(existsSync(join(outDir, 'assets', assets.find((name) => name.endsWith('.css'))!))).toBe(true);
  });
});

import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built page works from any folder or static host.
  base: './',
  build: {
    // The parsers (and compromise's lexicon) make one large chunk; that is expected here.
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});

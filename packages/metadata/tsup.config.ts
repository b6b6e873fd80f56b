import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.shared';

// htmlparser2 exports its Parser only through an index that also loads its DOM handler,
// DomUtils and dom-serializer, which brings a second, older copy of `entities`: 29 KB gzipped
// in a bundle, and a dozen modules at Node start-up, for code this package never runs. Its
// Parser and Tokenizer (MIT) are bundled instead, from the file beside that index; they import
// `entities/decode`, which stays an ordinary dependency.
const parserOnly: Plugin = {
  name: 'htmlparser2-parser-only',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, async (args) => {
      if (args.pluginData === 'parser-only') return undefined;
      const index = await build.resolve('htmlparser2', { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'parser-only' });
      if (index.errors.length > 0 || !/[\\/]index\.js$/.test(index.path)) return { errors: [{ text: `htmlparser2-parser-only: cannot place Parser.js beside ${index.path}` }] };
      return { path: index.path.replace(/index\.js$/, 'Parser.js') };
    });
  },
};

export default defineConfig({
  ...libraryBuild,
  esbuildPlugins: [parserOnly],
  banner: { js: '// Includes the Parser and Tokenizer of htmlparser2 (https://github.com/fb55/htmlparser2), MIT License, Copyright 2010, 2011, Chris Winberry; the full notice is in THIRD-PARTY-NOTICES.md.' },
});

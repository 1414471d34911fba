import { defineConfig, type Options } from 'tsup';

// franc-min is ESM-only: bundle it so that require() users are not broken. compromise is bundled
// from its CommonJS build, so that src/english/nlp.ts's require() becomes a lazy call: its start-up is
// paid on the first English text, not at import.
const BUNDLED = ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space', 'compromise'];

/** The CLI, extractMany and the data entry import the core entry instead of carrying their own copy (one error class, one gazetteer). */
const useCoreEntry: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'use-core-entry',
  setup(build) {
    const core = build.initialOptions.format === 'cjs' ? './index.cjs' : './index.js';
    build.onResolve({ filter: /^\.\/(index|extract|errors|types|many)\.js$/ }, (args) =>
      /[\\/]src[\\/](many|cli|data)\.ts$/.test(args.importer)
        ? { path: args.path === './many.js' ? './many.js' : core, external: true }
        : undefined,
    );
  },
};

/**
 * Every character outside ASCII written as a \u escape: esbuild escapes strings but leaves comments and
 * regular expressions as they are, and one Arabic letter makes V8 hold the whole 5 MB bundle as a
 * two-byte string (about 6 MB more memory for every process that loads it).
 */
const asciiOnly: NonNullable<Options['plugins']>[number] = {
  name: 'ascii-only',
  renderChunk: (code) => ({ code: code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) }),
};

export default defineConfig([
  {
    // the core: no Node built-ins, usable by bundlers and browsers. Three entries share their code through
    // chunks (one copy each): `index` (Arabic and English), `arabic` (no English path, no compromise) and
    // `english` (the English path alone, for `createExtractor({ english })` of the `arabic` entry).
    entry: { index: 'src/index.ts', arabic: 'src/arabic.ts', english: 'src/english/entry.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    noExternal: BUNDLED,
    splitting: true,
    treeshake: true,
    plugins: [asciiOnly],
  },
  {
    // arabic-diplomatic-ner/data reads the gazetteer of the core entry instead of carrying a copy
    entry: { data: 'src/data.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'node20',
    platform: 'neutral',
    splitting: false,
    esbuildPlugins: [useCoreEntry],
  },
  {
    entry: { many: 'src/many.ts' },
    format: ['esm'],
    dts: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [useCoreEntry],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
    esbuildPlugins: [useCoreEntry],
  },
]);

import { copyFileSync, mkdirSync } from 'node:fs';
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
 * The core reads the compiled gazetteer through `#gazetteer` (package.json "imports"): Node gets
 * dist/gazetteer/node.{js,cjs}, which reads dist/generated/gazetteer.json with fs; bundlers get
 * dist/gazetteer/browser.js, which imports that file as JSON. One copy of the data for every entry.
 */
const gazetteerByCondition: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'gazetteer-by-condition',
  setup(build) {
    build.onResolve({ filter: /^\.\/node\.js$/ }, (args) => (/[\\/]src[\\/]gazetteer[\\/]index\.ts$/.test(args.importer) ? { path: '#gazetteer', external: true } : undefined));
  },
};

/** The data file, beside the loaders as in src/ (../generated/gazetteer.json from dist/gazetteer/). */
const copyGazetteer = async (): Promise<void> => {
  mkdirSync('dist/generated', { recursive: true });
  copyFileSync('src/generated/gazetteer.json', 'dist/generated/gazetteer.json');
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
    // dist/gazetteer/ and dist/generated/ are the next build's to clean (the builds run at once)
    clean: ['!gazetteer/**', '!generated/**'],
    target: 'node20',
    platform: 'neutral',
    noExternal: BUNDLED,
    splitting: true,
    treeshake: true,
    plugins: [asciiOnly],
    esbuildPlugins: [gazetteerByCondition],
  },
  {
    // the loaders of the compiled gazetteer (#gazetteer): Node's reads the file (import.meta.url
    // shimmed in CommonJS), the bundlers' imports it as JSON; then the file itself, beside them
    entry: { node: 'src/gazetteer/node.ts', browser: 'src/gazetteer/browser.ts' },
    outDir: 'dist/gazetteer',
    format: ['esm', 'cjs'],
    clean: true,
    shims: true,
    target: 'node20',
    platform: 'node',
    external: ['../generated/gazetteer.json'],
    splitting: false,
    onSuccess: copyGazetteer,
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

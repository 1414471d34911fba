import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

// franc-min is ESM-only: bundle it so that require() users are not broken. compromise is not in the
// core: it has its own file, dist/compromise/compromise.cjs (see compromiseByCondition).
const BUNDLED = ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'];

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

/**
 * The English path reads compromise through `#compromise` (package.json "imports"): Node gets
 * dist/compromise/node.{js,cjs}, which requires dist/compromise/compromise.cjs on the first English
 * text (importing the library no longer parses compromise's 0.55 MB of code, a seventh of the
 * library's share of a cold start); bundlers get dist/compromise/browser.{js,cjs}, which import
 * that file. One copy of compromise for every entry and format.
 */
const compromiseByCondition: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'compromise-by-condition',
  setup(build) {
    build.onResolve({ filter: /^\.\/nlp\.js$/ }, (args) => (/[\\/]src[\\/]english[\\/][\w-]+\.ts$/.test(args.importer) ? { path: '#compromise', external: true } : undefined));
  },
};

/**
 * The English path's reader through `#english` (package.json "imports"): the `english` value
 * (src/english/index.ts) is small; Node gets dist/english/node.{js,cjs}, which requires
 * dist/english/reader.cjs on the first English text (importing the main entry no longer compiles
 * the English path's 0.12 MB of code, a seventh of the library's share of a cold start); bundlers
 * get dist/english/browser.{js,cjs}, which import dist/english/reader.{js,cjs}, an entry of the
 * core build that shares its chunks (one error class).
 */
const englishByCondition: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'english-by-condition',
  setup(build) {
    build.onResolve({ filter: /^\.\/reader\.js$/ }, (args) => (/[\\/]src[\\/]english[\\/]index\.ts$/.test(args.importer) ? { path: '#english', external: true } : undefined));
  },
};

/** The loaders of #english import the built reader beside them, in their own format (src/english/reader.ts is dist/english/reader.{js,cjs}). */
const englishReaderFile: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'english-reader-file',
  setup(build) {
    const file = build.initialOptions.format === 'cjs' ? './reader.cjs' : './reader.js';
    build.onResolve({ filter: /^\.\.\/reader\.js$/ }, (args) => (/[\\/]src[\\/]english[\\/]load[\\/]/.test(args.importer) ? { path: file, external: true } : undefined));
  },
};

/** The loaders of #compromise import the built file beside them (src/english/nlp.ts is dist/compromise/compromise.cjs). */
const compromiseFile: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'compromise-file',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/nlp\.js$/ }, (args) => (/[\\/]src[\\/]english[\\/]compromise[\\/]/.test(args.importer) ? { path: './compromise.cjs', external: true } : undefined));
  },
};

/** The text of a bundled module, with `from` replaced by `to`; the build fails when `from` is not found once (another version of the module). */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`lazy-franc: ${file} is not the franc-min 6.2.0 this build expects (${JSON.stringify(from.slice(0, 40))}…)`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * franc-min (language identification) as bundled: its trigram data (168 kB) as a JSON string parsed
 * on first use, and its trigram dictionaries built on the first call instead of at import. Importing
 * the library parsed the data as JavaScript and built the dictionaries of every language (about 60 M
 * instructions of a cold start), though Arabic text seldom asks franc anything (src/lang). The same
 * code and data, run later; the build fails if franc-min is not the version this edit was written for.
 */
const lazyFranc: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'lazy-franc',
  setup(build) {
    build.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, async (args) => {
      const { data } = (await import(pathToFileURL(args.path).href)) as { data: unknown };
      return { contents: `const json = ${JSON.stringify(JSON.stringify(data))};\n/** The trigram data, parsed when asked for. */\nexport function data() {\n  return JSON.parse(json);\n}\n`, loader: 'js' };
    });
    build.onLoad({ filter: /[\\/]franc-min[\\/]index\.js$/ }, (args) => {
      let code = readFileSync(args.path, 'utf8');
      const start = '/** @type {string} */\nlet script\n';
      const end = '\n/**\n * Get the most probable language for the given value.';
      const from = code.indexOf(start);
      const to = code.indexOf(end);
      if (from < 0 || to < from) throw new Error(`lazy-franc: ${args.path} is not the franc-min 6.2.0 this build expects`);
      // the construction of the dictionaries, as it was, in a function run once
      const construct = code.slice(from, to);
      code = `${code.slice(0, from)}/** The trigram dictionaries, built on first use. */\nlet numericDataBuilt\nfunction numericDataOf() {\n  if (numericDataBuilt) return numericDataBuilt\n  const data = trigramData()\n${construct}\n  return (numericDataBuilt = numericData)\n}\n${code.slice(to)}`;
      code = replaceOnce(code, "import {data} from './data.js'", "import {data as trigramData} from './data.js'", args.path);
      code = replaceOnce(code, '!(script[0] in numericData)', '!(script[0] in numericDataOf())', args.path);
      code = replaceOnce(code, 'getDistances(asTuples(value), numericData[script[0]], only, ignore)', 'getDistances(asTuples(value), numericDataOf()[script[0]], only, ignore)', args.path);
      return { contents: code, loader: 'js' };
    });
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
    // the core: no Node built-ins, usable by bundlers and browsers. Four entries share their code through
    // chunks (one copy each): `index` (Arabic and English), `arabic` (no English path, no compromise),
    // `english` (the English path alone, for `createExtractor({ english })` of the `arabic` entry) and
    // `english/reader` (the English path's reader, which the other two reach through #english).
    entry: { index: 'src/index.ts', arabic: 'src/arabic.ts', english: 'src/english/entry.ts', 'english/reader': 'src/english/reader.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // dist/gazetteer/, dist/generated/, dist/compromise/ and the loaders of dist/english/ are the next builds' to clean (the builds run at once)
    clean: ['!gazetteer/**', '!generated/**', '!compromise/**', '!english/node.*', '!english/browser.*'],
    target: 'node20',
    platform: 'neutral',
    noExternal: BUNDLED,
    splitting: true,
    treeshake: true,
    plugins: [asciiOnly],
    esbuildPlugins: [gazetteerByCondition, compromiseByCondition, englishByCondition, lazyFranc],
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
    // compromise, the one copy (#compromise): src/english/nlp.ts with compromise's CommonJS build
    // inside, as CommonJS so that Node can require it when the first English text comes
    entry: { compromise: 'src/english/nlp.ts' },
    outDir: 'dist/compromise',
    format: ['cjs'],
    // the loaders' build cleans dist/compromise/, this file excepted
    clean: false,
    target: 'node20',
    platform: 'neutral',
    noExternal: ['compromise'],
    splitting: false,
    plugins: [asciiOnly],
  },
  {
    // the loaders of compromise (#compromise): Node's requires the file above when first asked
    // (import.meta.url shimmed in CommonJS), the bundlers' imports it
    entry: { node: 'src/english/compromise/node.ts', browser: 'src/english/compromise/browser.ts' },
    outDir: 'dist/compromise',
    format: ['esm', 'cjs'],
    clean: ['!compromise.cjs'],
    shims: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [compromiseFile],
  },
  {
    // the loaders of the English path's reader (#english): Node's requires dist/english/reader.cjs when
    // first asked (import.meta.url shimmed in CommonJS), the bundlers' import the reader of their format
    entry: { node: 'src/english/load/node.ts', browser: 'src/english/load/browser.ts' },
    outDir: 'dist/english',
    format: ['esm', 'cjs'],
    // the core build writes dist/english/reader.* beside them
    clean: false,
    shims: true,
    target: 'node20',
    platform: 'node',
    splitting: false,
    esbuildPlugins: [englishReaderFile],
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

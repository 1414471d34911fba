/**
 * The English path's reader for bundlers (browsers, workers, edge runtimes): the same module as
 * Node requires (dist/english/reader.js, src/english/reader.ts as built, with the chunks it shares
 * with the core: one error class), imported so that the bundler includes it. The `english` value
 * reaches this module through package.json "imports" (`#english`, conditions "browser" and
 * "default"); a bundle that never imports the English path (the `arabic` entry) holds neither.
 */
// ../reader.js becomes ./reader.js (./reader.cjs for require) in the build (tsup.config.ts)
export { englishReader } from '../reader.js';

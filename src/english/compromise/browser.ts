/**
 * compromise for bundlers (browsers, workers, edge runtimes): the same file as
 * Node requires (dist/compromise/compromise.cjs, src/english/nlp.ts as built),
 * imported so that the bundler includes it; compromise itself still starts on
 * the first English text. The English path reaches this module through
 * package.json "imports" (`#compromise`, conditions "browser" and "default");
 * a bundle that never imports the English path (the `arabic` entry) holds
 * neither.
 */
// ../nlp.js becomes ./compromise.cjs in the build (tsup.config.ts)
export { compromise } from '../nlp.js';

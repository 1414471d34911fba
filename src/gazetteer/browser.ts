/**
 * The compiled gazetteer for bundlers (browsers, workers, edge runtimes): the same data file as
 * Node reads (dist/generated/gazetteer.json), imported as JSON so that the bundler includes it.
 * The core entry reaches this module through package.json "imports" (`#gazetteer`, conditions
 * "browser" and "default").
 */
// typed by src/generated/gazetteer.d.json.ts, written beside it by scripts/compile-gazetteer.mjs
import compiled from '../generated/gazetteer.json';
import type { CompiledJson } from './compiled.js';

/** The compiled gazetteer, as the bundler parsed it. */
export function compiledGazetteer(): CompiledJson {
  return compiled;
}

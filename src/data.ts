/**
 * `arabic-diplomatic-ner/data`: the compiled gazetteer as plain typed records,
 * for other tools. It reads the core entry's copy of the data.
 */
export { gazetteerData } from './index.js';
export type * from './gazetteer/records.js';

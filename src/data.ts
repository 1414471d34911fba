/**
 * `arabic-diplomatic-ner/data`: the compiled gazetteer as plain typed records,
 * for other tools.
 */
import { bundledData } from './gazetteer/index.js';
import type { GazetteerData } from './gazetteer/records.js';

export type * from './gazetteer/records.js';

/** Every record of the bundled gazetteer (parsed on first call, then shared: do not mutate). */
export function gazetteerData(): Readonly<GazetteerData> {
  return bundledData();
}

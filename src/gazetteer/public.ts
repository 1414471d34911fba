/** The gazetteer's records for other tools: exported from the core and from `arabic-diplomatic-ner/data`. */
import { bundledData } from './index.js';
import type { GazetteerData } from './records.js';

/** Every record of the bundled gazetteer (parsed on first call, then shared: do not mutate). */
export function gazetteerData(): Readonly<GazetteerData> {
  return bundledData();
}

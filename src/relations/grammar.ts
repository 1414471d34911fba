/**
 * The function words the relation stage reads (data/grammar.json), normalized
 * when the gazetteer's indexes are built.
 */
import type { Gazetteer } from '../gazetteer/index.js';

const NAMES = [
  'blockers',
  'afterBlockers',
  'planMarkers',
  'objectStops',
  'topicPrepositions',
  'complementizers',
  'pronounComplementizers',
  'prepositions',
  'purposeNouns',
  'during',
  'multilateral',
  'exclusiveList',
  'listOpeners',
  'listWords',
  'venueWords',
  'dayWords',
  'nounClauseBreaks',
  'destinationWords',
  'withWords',
  'continuations',
  'sequenceWords',
  'talkPurposes',
  'newTopicMarkers',
  'inIndefinite',
  'mayParticles',
  'receiveVerbs',
  'handVerbs',
  'sendVerbs',
  'messageFrom',
  'carriedBy',
] as const;

export type GrammarList = (typeof NAMES)[number];
export type Grammar = Readonly<Record<GrammarList, ReadonlySet<string>>>;

const cache = new WeakMap<Gazetteer, Grammar>();

/** The first words of the entries of two words or more (bases have no spaces: a pair of tokens can only match from one). */
const leadWords = new WeakMap<ReadonlySet<string>, Set<string>>();
export function leadsOf(entries: ReadonlySet<string>): Set<string> {
  let out = leadWords.get(entries);
  if (!out) {
    out = new Set([...entries].filter((m) => m.includes(' ')).map((m) => m.slice(0, m.indexOf(' '))));
    leadWords.set(entries, out);
  }
  return out;
}

/** The word sets of data/grammar.json, normalized like the text. */
export function grammarOf(g: Gazetteer): Grammar {
  let grammar = cache.get(g);
  if (!grammar) {
    // normalized with the other indexes (src/gazetteer/build.ts), precompiled for the bundled data
    const sets = {} as Record<GrammarList, ReadonlySet<string>>;
    for (const name of NAMES) sets[name] = g.lexicon.get(`grammar.${name}`) ?? new Set<string>();
    grammar = sets;
    cache.set(g, grammar);
  }
  return grammar;
}

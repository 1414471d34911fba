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
  'makeVerbs',
  'exchangeVerbs',
  'arrivalPlaces',
  'aimNouns',
  'relativePronouns',
  'topicNouns',
  'officialNouns',
  'tourWords',
  'companionWords',
  'hostVerbs',
  'separateWords',
  'consensusWords',
  'situationNouns',
  'delegationLeads',
  'memberVerbs',
  'participationVerbs',
  'headedBy',
  'memberStates',
  'timeClauseOpeners',
  'timeSpanWords',
  'severalEncounters',
  'officialQualifiers',
  'lightNouns',
  'clauseOpeners',
  'occasionPhrases',
  'postings',
  'seatWords',
  'attendVerbs',
  'audienceNouns',
  'receivedIt',
  'madeIt',
  'convenedBy',
  'receptionWords',
  'hostedBy',
  'uponArrival',
  'toIt',
  'talkNouns',
  'peaceWords',
  'mediationWords',
  'verbLeads',
  'verbalNounForms',
  'leaveVerbs',
  'closingWords',
  'matterNouns',
  'similarWords',
] as const;

export type GrammarList = (typeof NAMES)[number];
export type Grammar = Readonly<Record<GrammarList, ReadonlySet<string>>>;

const cache = new WeakMap<Gazetteer, Grammar>();

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

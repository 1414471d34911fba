/**
 * The English path's words, read from the gazetteer's `en` data
 * (data/en/grammar.json, triggers.json, dates.json) into sets keyed like the
 * tokens (lower case, accents and dots removed). Built once per extractor.
 */
import { fail } from '../errors.js';
import type { EnglishData, EnglishTriggerRecord, GazetteerData } from '../gazetteer/index.js';
import { keyOf, phraseKeys } from './tokens.js';

/** The word lists of data/en/grammar.json that the English path reads. */
export type EnList =
  | 'honorifics' | 'counterparts' | 'skipSingle' | 'entityStops' | 'personNouns' | 'nameParticles' | 'agentNouns' | 'delegationNouns'
  | 'groupHeads' | 'references' | 'visitingWords' | 'pronouns' | 'pluralPronouns' | 'possessivePronouns' | 'determiners' | 'visitModifiers'
  | 'hedges' | 'hedgeNouns' | 'planMarkers' | 'planAfter' | 'nounPlanMarkers' | 'holdVerbs' | 'beVerbs' | 'prepositions' | 'clauseEnds'
  | 'sayVerbs' | 'topicIntro' | 'phoneWords' | 'agreementNouns' | 'sendVerbs' | 'receiveVerbs' | 'mutualVerbs' | 'callExclusions'
  | 'inPersonWords' | 'arrivalNext' | 'visitAgents' | 'groupJoins' | 'groupConjunctions' | 'talkPurposes' | 'venueHere' | 'destinationStops' | 'gatherings' | 'pluralPossessives' | 'separately' | 'venuePrepositions' | 'relativePlace' | 'sportsWords' | 'expectVerbs'
  | 'viewNouns' | 'correspondenceNouns' | 'denials' | 'matterWords' | 'nameSuffixes' | 'prominentRoles' | 'adverbialOpeners' | 'complementizers' | 'jointGatherings' | 'ledWords' | 'remoteMarkers' | 'groupPrepositions' | 'jointPrepositions' | 'cancelWords' | 'sinceWords' | 'familyNameFirst'
  | 'hedgePredicates' | 'hedgeConditions' | 'hedgeModals' | 'secretaryTitles' | 'sequenceAdverbs' | 'hostedEvents' | 'hearerVerbs' | 'addressVerbs' | 'relativePronouns' | 'agreeVerbs' | 'timePhrases' | 'agreeParticles' | 'negations' | 'auxiliaries' | 'stayWords' | 'broughtToTalks' | 'tourVerbs' | 'travelParticles' | 'departureVerbs'
  | 'settlementNouns' | 'purposeMarkers' | 'capitalNouns' | 'occasionWords' | 'objectPronouns' | 'articles';

export interface EnDateWords {
  /** Month by token key, 1 = January. */
  months: Map<string, number>;
  /** Weekday by token key, 0 = Sunday. */
  weekdays: Map<string, number>;
  relative: Map<string, number>;
  last: Set<string>;
  next: Set<string>;
  this: Set<string>;
  future: Set<string>;
}

export interface EnGrammar {
  /** True when the list holds the token key (or the phrase of keys joined by spaces). */
  has(list: EnList, key: string): boolean;
  /** The raw forms of a list (for lists of phrases: honorifics, group heads, references). */
  forms(list: EnList): readonly string[];
  triggers: readonly EnglishTriggerRecord[];
  dates: EnDateWords;
}

const keySet = (forms: readonly string[]) => new Set(forms.map((f) => phraseKeys(f).join(' ') || keyOf(f)));

/** The English words of a gazetteer's data; a clear error when the data has none (a data set built without data/en). */
export function englishGrammar(d: GazetteerData): EnGrammar {
  const en: EnglishData | undefined = d.en;
  if (!en?.grammar || !en.triggers?.triggers || !en.dates) fail('E_GAZETTEER_ENTRY', 'the gazetteer data has no English words (data/en/)', 'gazetteer.en');
  const lists = new Map<string, Set<string>>();
  const raw = new Map<string, readonly string[]>();
  for (const [name, v] of Object.entries(en.grammar)) {
    if (!Array.isArray(v)) continue;
    lists.set(name, keySet(v));
    raw.set(name, v);
  }
  const index = (groups: string[][], base: number) => new Map(groups.flatMap((forms, i) => forms.map((f) => [keyOf(f), i + base] as const)));
  return {
    has: (list, key) => lists.get(list)?.has(key) ?? false,
    forms: (list) => raw.get(list) ?? [],
    triggers: en.triggers.triggers,
    dates: {
      months: index(en.dates.months, 1),
      weekdays: index(en.dates.weekdays, 0),
      relative: new Map(Object.entries(en.dates.relative)),
      last: keySet(en.dates.last),
      next: keySet(en.dates.next),
      this: keySet(en.dates.this),
      future: keySet(en.dates.future),
    },
  };
}

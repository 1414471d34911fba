/** The records of data/, as plain typed objects (also exported from `arabic-diplomatic-ner/data`). */

export interface Names {
  en: string;
  ar: string;
}
export interface Aliases {
  en?: string[];
  ar?: string[];
}

export interface CountryRecord {
  id: string;
  iso2: string;
  iso3?: string;
  name: Names;
  aliases?: Aliases;
  adjectives: { en?: string[]; ar: string[] };
  capital?: string;
  government?: 'monarchy' | 'realm' | 'republic' | 'theocracy' | 'other';
}

export interface CityRecord {
  id: string;
  country: string;
  name: Names;
  aliases?: Aliases;
  capital?: boolean;
}

export interface OrganizationRecord {
  id: string;
  name: Names;
  aliases?: Aliases;
  parent?: string | null;
  kind?: string;
}

export interface BodyKindRecord {
  kind: string;
  en: string;
  words?: string[];
  ar: string[];
}

export interface BodySeatRecord {
  id: string;
  country: string;
  kind: string;
  name: Names;
  aliases?: Aliases;
}

export interface RoleRecord {
  role: string;
  of: string;
  for?: string;
  from?: string;
  to?: string;
  note?: string;
  portfolio?: string;
}

export interface PersonRecord {
  id: string;
  name: Names;
  aliases?: Aliases;
  short?: Aliases;
  gender?: 'm' | 'f';
  country?: string;
  roles: RoleRecord[];
}

export interface TitleRecord {
  role: string;
  ar: string[];
  construct?: string[];
  /** Dual and plural forms followed by several country adjectives («الرئيسين الروسي والتركي»). */
  several?: string[];
  en?: string[];
  fits?: 'republic' | 'monarchy';
  country?: string;
  note?: string;
  /** The organization the office belongs to, when the title names it («رئيس المفوضية الأوروبية»). */
  org?: string;
  /** «الوزير»: names no office of its own; refers back to the last minister named. */
  generic?: boolean;
}

export interface TriggerRecord {
  type: 'meeting' | 'call' | 'visit' | 'message' | 'agreement' | 'negotiation';
  ar: string[];
  en?: string[];
  /** verb | noun */
  pos: 'verb' | 'noun';
  /** Who the grammatical subject is: the host (استقبل), the visitor (زار), the receiver (تلقى). */
  subject?: 'host' | 'visitor' | 'receiver' | 'actor';
  /** future: the form itself states a plan (سيزور). */
  planned?: boolean;
  /** «لبحث ... مع»: the purpose of the agent's action. */
  purpose?: boolean;
  /** Words of which one must follow, and within how many tokens. */
  needs?: string[];
  needsWindow?: number;
  /** A verb only where a clause opens or right after its subject («بحث X وY»), not as a noun («شهد بحث مفصل»). */
  afterSubject?: boolean;
  cameo?: string;
  plover?: string;
  mode?: string;
}

/**
 * The frame of an English trigger: which slot names the participant who acted
 * (`subject`, `object`, the `from` phrase, or null when the parties are
 * mutual), whether the trigger takes a direct object participant, and the
 * prepositions that introduce partners, the other party who acted, and the
 * recipient or destination.
 */
export interface TriggerFrame {
  source: 'subject' | 'object' | 'from' | null;
  object: boolean;
  with: string[];
  from: string[];
  to: string[];
}

/** An English trigger (data/en/triggers.json): a TriggerRecord with its forms under `en` and its frame. */
export interface EnglishTriggerRecord extends Omit<TriggerRecord, 'ar' | 'en' | 'subject'> {
  en: string[];
  frame: TriggerFrame;
}

/** data/en/: triggers, function words by role, date words. */
export interface EnglishData {
  triggers: { triggers: EnglishTriggerRecord[] };
  grammar: Record<string, string[] | string>;
  dates: {
    months: string[][];
    weekdays: string[][];
    relative: Record<string, number>;
    last: string[];
    next: string[];
    this: string[];
    future: string[];
  };
}

export interface TopicRecord {
  code: string;
  ar: string[];
  en: string[];
}

export interface GazetteerData {
  countries: CountryRecord[];
  cities: CityRecord[];
  organizations: OrganizationRecord[];
  bodies: { kinds: BodyKindRecord[]; seats: BodySeatRecord[] };
  people: PersonRecord[];
  titles: { titles: TitleRecord[]; honorifics: string[]; counterparts: string[]; references: string[]; pronouns?: string[] };
  triggers: { triggers: TriggerRecord[]; [key: string]: unknown };
  topics: { topics: TopicRecord[] };
  lexicon: Record<string, string[]>;
  /** Function words of the relation stage (data/grammar.json). */
  grammar: Record<string, string[] | string>;
  /** Words of dates (data/dates.json). */
  dates: unknown;
  /** Forms that name two things of different states, with their cues (data/ambiguous.json). */
  ambiguous: { forms: AmbiguousForm[] };
  /** The English path's words (data/en/): trigger records with frames, function words, date words. */
  en?: EnglishData;
  /** Reviewed overlaps of single-holder offices (data/office-overlaps.json). */
  overlaps?: { overlaps: Array<{ pair: string; reason: string }> };
}

export interface AmbiguousForm {
  form: string;
  candidates: string[];
  /** For each candidate, words whose presence in the article picks it. */
  cues: Record<string, string[]>;
}

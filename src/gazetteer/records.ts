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
  /** Non-state groups only (data/groups.jsonl): `movement`, `armed-group`, `party`, `coalition`. */
  group?: string;
}

/** A named territory that is neither a state nor a city (data/regions.jsonl): a strip, a province, an island, a disputed land. */
export interface RegionRecord {
  id: string;
  /** ISO alpha-2 of the state that holds it or administers it uncontested; absent where disputed. */
  country?: string;
  name: Names;
  aliases?: Aliases;
  /** `territory`, `province`, `governorate`, `state`, `island`, `historic-region` ... */
  kind?: string;
}

/** A news agency whose tag («(واس)», «/قنا/») gives the state of titles that name none (data/agencies.json). */
export interface AgencyRecord {
  /** The state whose agency it is. */
  country: string;
  name: Names;
  /** The tags as the agency writes them. */
  tags: string[];
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
  /** The city the seat stands in («the Kremlin» → Moscow), where a meeting held there took place. */
  city?: string;
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
  /**
   * A minister's title names a portfolio («وزير النفط»): words of which a role's `portfolio` must hold one
   * (oil, petroleum, energy). A `minister` title without them names no holder on the day.
   */
  portfolio?: string[];
  /**
   * A spokesperson's title: the kinds of state body it speaks for when the body and a country adjective
   * follow it («المتحدث باسم الخارجية الإيرانية»), each with the note the body's spokespeople carry.
   */
  bodies?: Record<string, string>;
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
  /** «الاتفاق الموقع بين X وY»: a noun that refers back to an act concluded before what the sentence reports; only a date after it is its own. */
  concluded?: boolean;
  /** «لبحث ... مع»: the purpose of the agent's action. */
  purpose?: boolean;
  /** Words of which one must follow, and within how many tokens. */
  needs?: string[];
  needsWindow?: number;
  /** A verb only where a clause opens or right after its subject («بحث X وY»), not as a noun («شهد بحث مفصل»). */
  afterSubject?: boolean;
  /** «بحضور»: being present together; an encounter of its own only where no other trigger of the sentence comes before it. */
  copresence?: boolean;
  cameo?: string;
  plover?: string;
  mode?: string;
  /** The argument frame: which slot holds the participant who acted toward the others. */
  frame?: TriggerFrame;
}

/**
 * A trigger's argument frame, one shape for both languages. `source` names the slot of the
 * participant who acted toward the others: 'subject' (the host of «استقبل» / "X received Y", the
 * caller of «اتصل», the sender of «بعث»), 'object' (English: "was received by"), 'from' (the party
 * after «من» / "from": «تلقى X اتصالا من Y»), 'governor' (Arabic: a noun whose governing light verb
 * decides: receive → 'from', send or make → 'subject', exchange or none → no source), or null where
 * the parties act mutually.
 */
export interface TriggerFrame {
  source: 'subject' | 'object' | 'from' | 'governor' | null;
  /** English: the trigger takes a direct object participant. Arabic 'envoy': the object is an envoy, who stands for his state when he is not named («استدعت X السفير الفرنسي»). */
  object?: boolean | 'envoy';
  /** 'marked': only a place after «إلى» or «لـ» is the destination (after «غادر», a bare place is the origin). */
  destination?: 'marked';
  /** Prepositions that introduce partners, the other party who acted, the recipient or destination (English). */
  with?: string[];
  from?: string[];
  to?: string[];
}

/** The frame of an English trigger: every slot list given. */
export interface EnglishTriggerFrame extends TriggerFrame {
  source: 'subject' | 'object' | 'from' | null;
  object: boolean;
  with: string[];
  from: string[];
  to: string[];
  /** 'object': the person the verb takes as object travels («sent his envoy X to Y»). */
  visitor?: 'object';
}

/** An English trigger (data/en/triggers.json): a TriggerRecord with its forms under `en` and its frame. */
export interface EnglishTriggerRecord extends Omit<TriggerRecord, 'ar' | 'en' | 'subject' | 'frame'> {
  en: string[];
  frame: EnglishTriggerFrame;
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
  /** Named territories (data/regions.jsonl). */
  regions?: RegionRecord[];
  /** State news agencies and their tags (data/agencies.json). */
  agencies?: { agencies: AgencyRecord[] };
  /** The role codes a person's role may use (data/roles.json). */
  roles?: { roles: string[] };
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

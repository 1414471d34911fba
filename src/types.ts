/** Public types of arabic-diplomatic-ner. Offsets are UTF-16, end-exclusive, into the caller's string. */

export type EntityType = 'person' | 'country' | 'city' | 'organization' | 'region';
export type MentionKind = 'name' | 'adjective' | 'title' | 'counterpart' | 'reference';
export type Language = 'ar' | 'en';
/**
 * A language `detectLanguage` can answer (ISO 639-1), or `'und'` when it cannot tell. `ar` and
 * `en` are read; Persian and Urdu go through the Arabic path; the others give an empty result.
 */
export type LanguageCode =
  | Language
  | 'fa'
  | 'ur'
  | 'fr'
  | 'tr'
  | 'de'
  | 'es'
  | 'pt'
  | 'it'
  | 'ru'
  | 'uk'
  | 'el'
  | 'hy'
  | 'he'
  | 'hi'
  | 'bn'
  | 'ta'
  | 'th'
  | 'ka'
  | 'am'
  | 'zh'
  | 'ja'
  | 'ko'
  | 'und';

/** One occurrence of an entity: `input.slice(start, end) === text`, always. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  /** How sure the matcher is of this mention (0..1); tolerant spellings score lower. */
  confidence: number;
}

/** A role held by a person: an office of a state or an organization. */
export interface Role {
  role: string;
  /** ISO 3166-1 alpha-2 of the state, or an organization id (`org:un`); for a governor, a region or city id (`region:tabuk-province`). */
  of: string;
  /** For envoys and ambassadors: the country they are assigned to. */
  for?: string;
  from?: string;
  to?: string;
  note?: string;
  portfolio?: string;
}

export interface Entity {
  /** Stable id: `person:sergei-lavrov`, `country:RU`, `city:moscow`, `org:un`, `org:hamas` (a group), `region:gaza-strip`, `body:ru-foreign-ministry`; `person:~slug` for a person not in the gazetteer. */
  id: string;
  type: EntityType;
  name: { en: string; ar: string; aliases?: string[] };
  /** Countries: ISO 3166-1 alpha-2. */
  iso2?: string;
  /** Persons, cities, state bodies and regions: ISO alpha-2 of their country (absent for a disputed region). */
  country?: string;
  /** Non-state groups (returned as organizations): `movement`, `armed-group`, `party`, `coalition`. */
  group?: string;
  /** Persons: roles held on the document date (all known roles when no date is given). */
  roles?: Role[];
  /** Organizations that are state bodies: their kind (`foreign-ministry`, `presidency` ...). */
  body?: string;
  /** 0..1: the best of the mentions, lowered for guesses (unknown persons, role-only resolutions). */
  confidence: number;
  /** True for a person found from a title or counterpart only, resolved through the dates of office. */
  implicit?: boolean;
  mentions: Mention[];
}

export type RelationType = 'meeting' | 'call' | 'visit' | 'message' | 'agreement' | 'negotiation';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Relation {
  type: RelationType;
  /** Entity ids. For a visit: the visitors. */
  participants: string[];
  /** Entity id of a city, else a region, else a country; null when unknown (and always for calls). */
  location: string | null;
  /** `YYYY-MM-DD` where the text fixes the day, else null. */
  date: string | null;
  topics: string[];
  /**
   * Entity id of the participant who acted toward the others (CAMEO/PLOVER source; the other
   * participants are the targets): the host of a reception, the caller, the sender. null where the
   * text presents the parties as mutual, and for agreements, negotiations and visits.
   */
  source: string | null;
  /** `reported` (happened) or `planned` (a firm plan stated as fact). */
  status: 'reported' | 'planned';
  /** The word or phrase that signals the interaction. */
  trigger: Span;
  /** The sentence that states it. */
  evidence: Span;
  confidence: number;
  /** CAMEO event code (040, 041, 042, 043, 044, 046, 051, 057...). */
  cameo: string;
  /** PLOVER event type and mode. */
  plover: { type: string; mode?: string };
}

export interface ExtractResult {
  /** The language the text was read as (`ar`, `en`), or the one detected for a text not read (`fr`, `zh` …; entities and relations then empty), `und` for a text without letters. */
  language: LanguageCode;
  entities: Entity[];
  relations: Relation[];
}

export interface ExtractOptions {
  /** Publication date of the text (`YYYY-MM-DD` or a Date): resolves titles to office-holders and relative dates. */
  publishedAt?: string | Date | null | undefined;
  /** `ar`, `en` or `auto` (default): the language path. */
  language?: 'ar' | 'en' | 'auto' | undefined;
  /** Longest text accepted in one call, in UTF-16 units (default 1,000,000). */
  maxLength?: number | undefined;
  /**
   * Also read as a person a known given name followed by one word outside the name tables
   * («سامي بوزيان»), spelled by guess (default false: more recall on unknown people, less
   * precision, since the English spelling of such a surname is a guess).
   */
  guessNames?: boolean | undefined;
}

/**
 * The document that passes through the pipeline's stages (spaCy's idea). Each
 * stage reads what earlier ones wrote and adds its own part.
 */
import type { Gazetteer, Match, Sense } from './gazetteer/index.js';
import type { Normalized } from './normalize/index.js';
import { isDash, type Token, type Sentence } from './tokenize/index.js';
import type { MentionKind, Relation, Role } from './types.js';

/** A part of a scraped page: the article, a source line, tags, a «read also» item. */
export interface Item {
  kind: 'article' | 'source' | 'tags' | 'read-also';
  /** Token range. */
  first: number;
  last: number;
  /** The publication date that holds inside the item (null for «read also» items). */
  publishedAt: string | null;
}

/** A mention in token coordinates, before offsets are mapped back. */
export interface RawMention {
  id: string;
  first: number;
  last: number;
  /** Characters of the first token taken by proclitics. */
  offset: number;
  kind: MentionKind;
  confidence: number;
  /** Persons found from a title or counterpart alone. */
  implicit?: boolean;
}

/** An actor occurrence for the relation stage: who stands where in the text. */
export interface Actor {
  id: string;
  type: 'person' | 'country' | 'city' | 'organization';
  /** Token span of the whole phrase (title + adjective + name). */
  first: number;
  last: number;
  sentence: number;
  /** The role the phrase gives (foreign-minister ...), if any. */
  role?: string;
  /** A country adjective inside a person's phrase: not an actor by itself. */
  inPhrase?: boolean;
  /** A reference such as «الجانبان». */
  reference?: boolean;
  /** Body kind for state bodies. */
  body?: string;
  /** Persons named together by one phrase («نظيريه الياباني والكوري»): one encounter. */
  group?: number;
  /** A region (id `region:…`), given the type of a city: a place where things happen, never a party. */
  region?: boolean;
}

export interface Doc {
  original: string;
  norm: Normalized;
  tokens: Token[];
  sentences: Sentence[];
  items: Item[];
  publishedAt: string | null;
  /** ExtractOptions.guessNames: runs of a given name and a word outside the name tables are persons. */
  guessNames: boolean;
  gazetteer: Gazetteer;
  matches: Match<Sense>[];
  /** Every trigger and topic phrase (before the overlap rule), found by the match stage with the entities. */
  triggerMatches?: Match<number>[];
  topicMatches?: Match<string>[];
  mentions: RawMention[];
  actors: Actor[];
  /** Roles of persons on the document date, by person id (unknown persons included). */
  personInfo: Map<string, { name: { en: string; ar: string }; country?: string; roles: Role[]; confidence: number; aliases?: string[] }>;
  relations: Relation[];
}

/** The state an entity id belongs to: a state itself, a person's state, a city's, a body's or seat's. */
export function stateOf(doc: Doc, id: string): string | undefined {
  if (id.startsWith('country:')) return id.slice(8);
  return doc.personInfo.get(id)?.country ?? doc.gazetteer.view(id)?.country;
}

/** How far from its sentence's start a person may be named and still lead the sentence. */
const TOPIC_REACH = 8;

/**
 * Does the actor lead its sentence: a person named outside another's phrase,
 * near the sentence's start? The pronoun of the next sentence («معاليه»,
 * «في وداعه») refers to him.
 */
export function leadsItsSentence(doc: Doc, a: Actor): boolean {
  return a.type === 'person' && !a.inPhrase && a.first - (doc.sentences[a.sentence]?.first ?? 0) <= TOPIC_REACH;
}

/** The item a token belongs to. */
export function itemOf(doc: Doc, token: number): Item | undefined {
  for (const item of doc.items) if (token >= item.first && token < item.last) return item;
  return undefined;
}

/** Where the dateline of the item starting at `start` ends (exclusive; `start` when it has none): the tokens before its marker (a dash, «واس»), and «CNN» itself. */
export function datelineEnd(doc: Doc, start: number): number {
  const end = Math.min(doc.tokens.length, start + 16);
  // the first line break among the tokens read (a break past the last one read changes nothing; indexOf would look to the end of the text)
  const text = doc.norm.text;
  let lineEnd = -1;
  for (let i = doc.tokens[start]!.start; i < doc.tokens[end - 1]!.start && lineEnd < 0; i++) if (text.charCodeAt(i) === 10) lineEnd = i;
  for (let k = start; k < end; k++) {
    const t = doc.tokens[k]!;
    if (lineEnd >= 0 && t.start > lineEnd) return start;
    // (a dash between two figures is part of a date or a score, «12-03-2023», not a dateline's)
    const inFigures = doc.tokens[k - 1]?.kind === 'number' && doc.tokens[k + 1]?.kind === 'number';
    const marker = (isDash(t) && !inFigures) || t.text === 'CNN' || doc.gazetteer.inLexicon('datelineAgencies', t.analyses[0]!.base);
    if (marker) return t.text === 'CNN' ? k + 1 : k;
  }
  return start;
}

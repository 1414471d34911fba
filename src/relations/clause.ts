/**
 * What the relation stage knows around one trigger: the document-wide
 * context, and the clause (its sentence, neighbouring triggers, the actors in
 * reach, and the grammar of the trigger word itself).
 */
import { POSTED_ROLES } from '../gazetteer/notes.js';
import type { Actor, Doc, Item } from '../document.js';
import { datelineEnd, itemOf, stateOf } from '../document.js';
import { isDash, type Sentence } from '../tokenize/index.js';
import type { Relation } from '../types.js';
import type { Grammar } from './grammar.js';
import { findHits, stem, type TriggerHit } from './hits.js';
import type { FoundDate } from './dates.js';
import { phraseStarts, type Match } from '../gazetteer/index.js';
import type { TopicIndex } from './topics.js';
import type { Told } from './index.js';

/** State shared by every trigger of one document. */
export interface Context {
  doc: Doc;
  grammar: Grammar;
  hits: TriggerHit[];
  /**
   * Tokens inside a matched phrase: 1 (a title, an honorific), 2 inside a name (where no trigger is read);
   * 0 outside. (One array for both: a typed array of more than 64 bytes costs an allocation outside the heap.)
   */
  covered: Uint8Array;
  /** Token spans read as country adjectives, as spanKey(first, last). */
  adjectives: Set<number>;
  relations: Relation[];
  /** The first relation each trigger made. */
  made: Map<TriggerHit, Relation>;
  /** The item that states each relation. */
  items: Map<Relation, Item>;
  /** The last subjects that included a person, for pronoun-dropped verbs. */
  lastSubject: Actor[];
  /** The last relation added, for «الجانبان». */
  previous: Relation | undefined;
  /** Triggers and actors by sentence, so that each trigger looks only at its own sentence. */
  hitsBySentence: Map<number, TriggerHit[]>;
  /** Triggers that report an event (not a hope, a proposal, a quotation). */
  reported: Set<TriggerHit>;
  /** Sentences that hold a trigger. */
  hitSentences: ReadonlySet<number>;
  actorsBySentence: Map<number, Actor[]>;
  // Memos of the document, filled on first use (fields of the context rather than WeakMaps keyed by
  // per-document objects: a WeakMap entry for every document or clause costs more than the work it saves)
  /** Proclitics of the phrase that starts at a token: see prefixAt. */
  prefixes?: Map<number, string>;
  /** Where the dateline of an item ends: see inDateline. */
  datelines?: Map<Item, number>;
  /** The date expressions of a sentence, by sentence and reading: see dateOf in when.ts. */
  dates?: Map<number, { published: string | null; found: FoundDate[] }>;
  /** Topic phrases by sentence and the lead of each item: see topics.ts. */
  topics?: TopicIndex;
  leads?: Map<Item, Sentence | undefined>;
  /** What the records of the current clause share: see index.ts. */
  told?: { clause: Clause; told: Told };
}

function groupBy<T>(list: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of list) {
    const k = key(x);
    const g = out.get(k);
    if (g) g.push(x);
    else out.set(k, [x]);
  }
  return out;
}

/** One number for a token span (phrases are at most a few dozen tokens long). */
export const spanKey = (first: number, last: number): number => first * 64 + (last - first);

export function createContext(doc: Doc, grammar: Grammar, candidates: readonly Match<number>[]): Context {
  // one pass over the matches: the tokens of any phrase, of a name, and the country adjectives
  const covered = new Uint8Array(doc.tokens.length);
  const adjectives = new Set<number>();
  for (const m of doc.matches) {
    let name = false;
    let adjective = false;
    for (const x of m.senses) {
      const t = x.t;
      if (t !== 'honorific' && t !== 'reference') name = true;
      if (t === 'country' && x.form === 'adjective') adjective = true;
    }
    const mark = name ? 2 : 1;
    for (let k = m.first; k < m.last; k++) if (covered[k]! < mark) covered[k] = mark;
    if (adjective) adjectives.add(spanKey(m.first, m.last));
  }
  const hits = findHits(doc, candidates, covered);
  return {
    doc,
    grammar,
    hits,
    covered,
    adjectives,
    relations: [],
    made: new Map(),
    items: new Map(),
    lastSubject: [],
    previous: undefined,
    hitsBySentence: groupBy(hits, (h) => h.sentence),
    // («وبحث الجانبان ...» continues the sentence before: its generic verb does not stop the topics)
    hitSentences: new Set(hits.filter((h) => !h.record.afterSubject).map((h) => h.sentence)),
    reported: new Set(),
    actorsBySentence: groupBy(doc.actors, (a) => a.sentence),
  };
}

/** Proclitics of the phrase that starts at a token («بموسكو» → ب), '' when none starts there. */
export function prefixAt(ctx: Context, token: number): string {
  return matchPrefix(ctx, token) ?? '';
}

/** Proclitics of the phrase that starts at a token; undefined when no phrase starts there. */
export function matchPrefix(ctx: Context, token: number): string | undefined {
  if (!ctx.prefixes) {
    ctx.prefixes = new Map();
    for (const m of ctx.doc.matches) ctx.prefixes.set(m.first, m.prefix);
  }
  return ctx.prefixes.get(token);
}

/** The normalized base of a token («» outside the text). */
export const baseAt = (doc: Doc, i: number): string => doc.tokens[i]?.analyses[0]?.base ?? '';

/** Is a base of the token («وبحث»: و + بحث, وبحث) in the set? */
export function anyBaseIn(doc: Doc, k: number, words: ReadonlySet<string>): boolean {
  for (const x of doc.tokens[k]?.analyses ?? []) if (words.has(x.base)) return true;
  return false;
}

/** The bases of the token and the next, as a two-word phrase of a grammar list is written («على هامش», «لدى وصوله»). */
export const twoWordsAt = (doc: Doc, k: number): string => `${baseAt(doc, k)} ${baseAt(doc, k + 1)}`;

/** Does punctuation stand among the tokens [from, to)? */
export function punctBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.kind === 'punct') return true;
  return false;
}

export interface Clause {
  hit: TriggerHit;
  sentence: Sentence;
  item: Item;
  /** Triggers of the same sentence, and the ones just before and after this one. */
  sameSentence: TriggerHit[];
  prevHit: TriggerHit | undefined;
  nextHit: TriggerHit | undefined;
  /** Actors of the sentence, outside the trigger itself. */
  inSentence: Actor[];
  /** Where the trigger's clause starts: after «أن», a noun's «حول», or the previous trigger. */
  start: number;
  /** Token index of the last complementizer («أن», «بأنه») before the trigger, or -1. */
  complementizer: number;
  /** «لقائه», «زيارتها»: a noun with a possessive pronoun. */
  possessive: boolean;
  /** «للقاء», «لبحث ... مع»: the purpose of the agent's action. */
  purpose: boolean;
  /** A plan, or the imperfect of news («يلتقي»): bare weekdays look forward. */
  future: boolean;
  /** «محادثات السلام», «المشاورات … برعاية الأمم المتحدة»: talks that are rounds of a negotiation. */
  negotiated: boolean;
}

const POSSESSIVE_ENDING = /(\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)$/;

/** Is token k inside the mention of an actor of the sentence? */
const inActor = (actors: readonly Actor[], k: number): boolean => actors.some((a) => a.first <= k && k < a.last);

export function clauseOf(ctx: Context, hit: TriggerHit, item: Item): Clause {
  const { doc, grammar } = ctx;
  const sentence = doc.sentences[hit.sentence]!;
  const rec = hit.record;
  const sameSentence = ctx.hitsBySentence.get(hit.sentence) ?? [];
  let prevHit: TriggerHit | undefined;
  for (let i = sameSentence.length - 1; i >= 0 && !prevHit; i--) if (sameSentence[i]!.last <= hit.first) prevHit = sameSentence[i];
  const nextHit = sameSentence.find((h) => h.first >= hit.last);
  const inSentence = (ctx.actorsBySentence.get(hit.sentence) ?? []).filter((a) => !a.reference && !(a.first >= hit.first && a.first < hit.last));
  let start = sentence.first;
  let complementizer = -1;
  for (let k = sentence.first; k < hit.first; k++) {
    const b = baseAt(doc, k);
    // (a word of a name is no function word: «بان كي مون», «مون جاي إن»)
    if (grammar.complementizers.has(b) && !inActor(inSentence, k)) {
      start = k + 1;
      complementizer = k;
    }
    // «أسئلة حول البيان الختامي لقمة ...»: what comes before «حول» is not the agent of a noun
    if (rec.pos === 'noun' && grammar.nounClauseBreaks.has(b)) start = k + 1;
  }
  if (prevHit && prevHit.last > start) start = prevHit.last;
  const possessive = rec.pos === 'noun' && possessiveEnding(doc, hit) !== '';
  const purpose = Boolean(rec.purpose) || isPurposeNoun(ctx, hit);
  const future = Boolean(rec.planned) || (rec.pos === 'verb' && stem(doc, hit).startsWith('ي')) || plannedByWhatFollows(ctx, hit) || futureLightVerb(ctx, hit, start);
  return { hit, sentence, item, sameSentence, prevHit, nextHit, inSentence, start, complementizer, possessive, purpose, future, negotiated: negotiatedTalks(ctx, hit) };
}

/**
 * Talks («محادثات», «مشاورات», «حوار») are rounds of a negotiation where the
 * noun names peace («محادثات السلام») or a sponsor or mediator follows it in
 * its sentence («برعاية الأمم المتحدة», «بوساطة X»): parties in conflict
 * negotiate through a third; counterparts who meet consult.
 */
function negotiatedTalks(ctx: Context, hit: TriggerHit): boolean {
  const { doc, grammar } = ctx;
  if (hit.record.type !== 'meeting' || hit.record.pos !== 'noun' || !grammar.talkNouns.has(stem(doc, hit))) return false;
  if (grammar.peaceWords.has(baseAt(doc, hit.last))) return true;
  const sentence = doc.sentences[hit.sentence]!;
  for (let k = hit.last; k < Math.min(sentence.last, hit.last + 12); k++) if (anyBaseIn(doc, k, grammar.mediationWords) || grammar.mediationWords.has(twoWordsAt(doc, k))) return true;
  return false;
}

/**
 * «الاجتماع المقرر عقده الأحد», «القمة التي ستعقد الخميس»: a noun of an
 * encounter followed by a plan word, or by a relative clause whose verb
 * carries the future «س», names an event ahead: its bare weekday looks forward.
 */
function plannedByWhatFollows(ctx: Context, hit: TriggerHit): boolean {
  const { doc, grammar } = ctx;
  if (hit.record.pos !== 'noun') return false;
  const end = Math.min(hit.last + 3, doc.sentences[hit.sentence]!.last);
  for (let k = hit.last; k < end; k++) {
    const b = baseAt(doc, k);
    if (grammar.planMarkers.has(b)) return true;
    if (grammar.relativePronouns.has(b)) return FUTURE_VERB.test(doc.tokens[k + 1]?.text ?? '');
  }
  return false;
}

/**
 * «سيقوم X بزيارة … الجمعة», «ستجري X محادثات … الأحد»: a noun of an event
 * governed by a verb that carries the future «س» names an event ahead, like
 * the verb itself: its bare weekday looks forward. The verb stands in the
 * noun's clause, at most ten tokens before it.
 */
function futureLightVerb(ctx: Context, hit: TriggerHit, start: number): boolean {
  if (hit.record.pos !== 'noun') return false;
  // («وسيجري», «فستبدأ»: past a conjunction)
  for (let k = hit.first - 1; k >= Math.max(start, hit.first - 10); k--) if (ctx.doc.tokens[k]!.analyses.some((a) => FUTURE_VERB.test(a.base))) return true;
  return false;
}

/** The future particle «س» on an imperfect verb («سيعقد», «ستجري», «سنلتقي»). */
const FUTURE_VERB = /^س[يتن]\S{2,}$/;

/** «لقائه», «لقائهما»: the possessive pronoun a trigger ends with ('' when none), read on the original spelling, where ة and ه differ. */
export function possessiveEnding(doc: Doc, hit: TriggerHit): string {
  return POSSESSIVE_ENDING.exec(lastSurface(doc, hit))?.[0] ?? '';
}

/** The trigger's last word as the caller wrote it, without diacritics (ة and ه still apart). */
function lastSurface(doc: Doc, hit: TriggerHit): string {
  const lastToken = doc.tokens[hit.last - 1]!;
  return doc.original.slice(...doc.norm.map.toOriginal(lastToken.start, lastToken.end)).replace(/[\u064B-\u065F]/g, '');
}

/**
 * «بعد أيام على استقباله Y», «قبل يومين من توجهه إلى واشنطن»: a noun in a clause
 * of time, an event placed before or after the sentence's own; true when a word
 * of time opens the clause, past a span («أيام», «يومين») and «على/من».
 */
export function inTimeClause(ctx: Context, hit: TriggerHit): boolean {
  const { doc, grammar } = ctx;
  if (hit.record.pos !== 'noun') return false;
  for (let k = hit.first - 1; k >= Math.max(0, hit.first - 5); k--) {
    const t = doc.tokens[k]!;
    if (t.analyses.some((a) => grammar.timeClauseOpeners.has(a.base))) return k < hit.first - 1;
    if (t.kind !== 'number' && !grammar.timeSpanWords.has(t.analyses[0]!.base)) return false;
  }
  return false;
}

/** «استقبله», «التقاها»: a verb that carries its object as a pronoun (the form without the pronoun is a form of the same trigger). */
export function carriesObjectPronoun(doc: Doc, hit: TriggerHit): boolean {
  if (hit.record.pos !== 'verb') return false;
  const surface = lastSurface(doc, hit);
  const ending = POSSESSIVE_ENDING.exec(surface)?.[0];
  if (!ending) return false;
  const bare = surface.slice(0, -ending.length);
  return hit.record.ar.some((f) => bare.endsWith(f) && f.length >= 3);
}

/** «بكل من», «كلا من»: a list opener of two words stands right before the token (a pair is built only after a word that starts one). */
export function listOpenerBefore(ctx: Context, k: number): boolean {
  const { doc, grammar } = ctx;
  const b2 = baseAt(doc, k - 2);
  return phraseStarts(grammar.listOpeners).has(b2) && grammar.listOpeners.has(`${b2} ${baseAt(doc, k - 1)}`);
}

/** The state of a body or seat as a party: its country id, only where the document names that state (every participant is one of its entities). */
export function namedStateOf(ctx: Context, id: string): string | undefined {
  const iso = ctx.doc.gazetteer.view(id)?.country ?? stateOf(ctx.doc, id);
  const country = iso ? `country:${iso}` : undefined;
  return country && ctx.doc.mentions.some((m) => m.id === country) ? country : undefined;
}

/**
 * «وقع الوزراء مساء الأربعاء على وثيقة مخرجات الاجتماع بأديس أبابا»: a noun
 * trigger inside the clause of a verb trigger (no comma, no «و» between), so
 * the verb shares its day and place.
 */
export function nounOfVerb(ctx: Context, verb: TriggerHit, noun: TriggerHit): boolean {
  return verb.record.pos === 'verb' && noun.record.pos === 'noun' && noun.first >= verb.last && oneClause(ctx, verb, noun);
}

/**
 * Two triggers of one clause, a verb and a noun in either order, with no comma
 * and no «و» between them: «وقع ... على وثيقة مخرجات الاجتماع», «المباحثات
 * التي أجراها ... أمس توجت باتفاق».
 */
export function oneClause(ctx: Context, a: TriggerHit, b: TriggerHit): boolean {
  const [x, y] = a.first <= b.first ? [a, b] : [b, a];
  if (x.record.pos === y.record.pos || y.prefix.startsWith('و')) return false;
  return !punctBetween(ctx.doc, x.last, y.first);
}

/** «للقاء», «لزيارة»: a verbal noun after ل. */
export function isPurposeNoun(ctx: Context, hit: TriggerHit): boolean {
  return hit.record.pos === 'noun' && /^و?ل$/.test(hit.prefix) && ctx.grammar.purposeNouns.has(stem(ctx.doc, hit));
}

/** Actors that can be parties: not a country inside a person's phrase, not a city, not a state body, not an unnamed envoy («سفير تشاد» is not Chad). */
export const canTakePart = (a: Actor): boolean =>
  !a.inPhrase && a.type !== 'city' && !(a.type === 'organization' && a.body) && !(a.type !== 'person' && a.role !== undefined && POSTED_ROLES.has(a.role));

/** A stand-in actor for an id known from elsewhere (a pronoun, a previous relation). */
export const actorFor = (id: string, clause: Clause): Actor => ({ id, type: 'person', first: clause.hit.first, last: clause.hit.first, sentence: clause.hit.sentence });

/** Is the token in a dateline («دبي، الإمارات العربية المتحدة (CNN)--», «موسكو - واس»)? Its actors are no parties, its dates date nothing. */
export function inDateline(ctx: Context, token: number): boolean {
  const { doc } = ctx;
  const item = itemOf(doc, token);
  const start = item?.first ?? 0;
  if (token - start > 10) return false;
  // the dateline of an item is found once: every actor of every trigger near its start asks
  ctx.datelines ??= new Map();
  let end = item ? ctx.datelines.get(item) : undefined;
  if (end === undefined) {
    end = datelineEnd(doc, start);
    if (item) ctx.datelines.set(item, end);
  }
  return token < end || bylineAt(ctx, end, token);
}

/**
 * «جدة – فلان الفلاني بحث …»: a name the gazetteer does not know right after
 * the dash of a dateline is the reporter's byline, not a party.
 */
function bylineAt(ctx: Context, marker: number, token: number): boolean {
  const { doc } = ctx;
  if (token <= marker || token > marker + 3 || !isDash(doc.tokens[marker]!)) return false;
  const sentence = doc.tokens[token]!.sentence;
  return (ctx.actorsBySentence.get(sentence) ?? []).some((a) => a.type === 'person' && a.id.startsWith('person:~') && a.first === marker + 1 && token < a.last);
}

/** Words between two tokens, not counting the tokens of names and titles nor punctuation: a long name and title («وزير الدفاع الإيطالي X، ووزير الخارجية Y،») is no distance. */
export function wordsBetween(ctx: Context, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (!ctx.covered[k] && ctx.doc.tokens[k]!.kind !== 'punct') n++;
  return n;
}

/**
 * The persons of a list that starts at a token: joined by «و» or commas, names
 * and titles no distance («يرافقه X وY», «وفدا يضم A وB»). Those the test skips
 * are passed over without ending the list.
 */
export function personsListedFrom(ctx: Context, actors: readonly Actor[], from: number, skip: (a: Actor) => boolean = () => false): Actor[] {
  const out: Actor[] = [];
  let at = from;
  for (const a of actors) {
    if (a.first < at || a.type !== 'person') continue;
    if (wordsBetween(ctx, at, a.first) > (out.length ? 1 : 0)) break;
    // («وصهر X ومستشاره Y»: the possessor named inside a member's description is no member)
    if (!skip(a) && !a.inPhrase) out.push(a);
    at = a.last;
  }
  return out;
}

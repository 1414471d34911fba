/**
 * English relations. One policy, in steps: find the triggers of a sentence
 * (data/en/triggers.json: verbs in every tense, nouns and noun phrases), drop
 * the restrained ones (hedges, hopes, permissions), fill the trigger's frame —
 * the subject on the left (or the «by» phrase of a passive, or a reference to
 * an earlier sentence), partners, the other party, recipients and
 * destinations on the right — then build the relation with its `source` (the
 * slot the frame names as the one who acted), place, day and topics. A
 * relation that repeats an earlier one (same type and participants) is one
 * event: its topics, place and day are merged.
 */
import type { Gazetteer, EnglishTriggerRecord } from '../gazetteer/index.js';
import type { Relation } from '../types.js';
import { findDates } from './dates.js';
import type { Unit } from './entities.js';
import type { EnGrammar } from './grammar.js';
import type { EnIndex } from './lexicon.js';
import type { EnSentence, EnToken } from './tokens.js';

export interface RelationContext {
  tokens: readonly EnToken[];
  sentences: readonly EnSentence[];
  units: readonly Unit[];
  g: Gazetteer;
  index: EnIndex;
  day: string | null;
  text: string;
  /** The dateline city, if the text opens with one. */
  dateline: string | null;
  /** Where a dateline's date ends (0 without one): the report's day, never that of a planned event. */
  datelineEnd?: number;
}

interface Found {
  rec: EnglishTriggerRecord;
  first: number;
  last: number;
  noun: boolean;
}

/** What earlier sentences leave for later ones: the last acting persons and the last relation (references). */
interface Memory {
  lastPersons: Unit[];
  last: Relation | undefined;
  lastVisit: Relation | undefined;
}

interface Slots {
  subject: Unit[];
  patient: Unit[];
  partners: Unit[];
  /** The other party who acted («a call from Y»). */
  fromParty: Unit[];
  /** Recipients of a message. */
  recipients: Unit[];
  destinations: Unit[];
  place: Unit | undefined;
  /** «between A and B», «the leaders of A and B»: every party in one relation. */
  together: boolean;
}

const gr = (ctx: RelationContext): EnGrammar => ctx.index.grammar;
const keysOf = (tokens: readonly EnToken[], a: number, b: number) => tokens.slice(Math.max(0, a), Math.max(0, b)).map((t) => t.key);

/** A noun trigger phrase starting at token i («phone call», «state visit»), longest first. */
function nounAt(ctx: RelationContext, i: number, s: EnSentence): { rec: EnglishTriggerRecord; last: number } | undefined {
  const list = ctx.index.triggers.nouns.get(ctx.tokens[i]!.key);
  for (const n of list ?? []) {
    if (i + n.keys.length > s.last) continue;
    if (n.keys.every((k, j) => ctx.tokens[i + j]!.key === k)) return { rec: n.rec, last: i + n.keys.length };
  }
  return undefined;
}

/**
 * A noun form used as a verb is the verb: a gerund without a determiner
 * («as well as meeting President X»), «visit»/«tour» tagged as a verb with no
 * determiner, possessive or adjective before it.
 */
function nounIsVerb(ctx: RelationContext, i: number): boolean {
  const { tokens } = ctx;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const det = !!prev && (gr(ctx).has('determiners', prev.key) || prev.poss);
  if (t.tags.has('Gerund') && !det) return true;
  // «is due to visit Moscow»: after the infinitive «to», a verb form is the verb
  const verbForm = !!ctx.index.triggers.verbs.get(t.key)?.length;
  if (prev?.key === 'to' && verbForm && !/s$/.test(t.key)) return true;
  // «after talks with», «during visits to»: after a preposition, the noun
  if (prev && (gr(ctx).has('prepositions', prev.key) || gr(ctx).has('adverbialOpeners', prev.key))) return false;
  // a headline's present tense: «Chinese premier visits Germany» (a form in -s right before a named party or place)
  if (verbForm && !det && /s$/.test(t.key) && ctx.units.some((u) => u.first === i + 1 && u.sentence === t.sentence && (u.place || u.actor))) return true;
  if ((t.key === 'meeting' || t.key === 'visiting') && !det && ctx.units.some((u) => u.first === i + 1 && u.kind === 'person')) return true;
  // «peace talks»: a noun before it makes it a noun
  const compound = !!prev && prev.tags.has('Noun') && !prev.tags.has('ProperNoun') && !prev.tags.has('Pronoun') && !prev.cap;
  return !!ctx.index.triggers.verbs.get(t.key)?.length && t.tags.has('Verb') && !det && !compound && !gr(ctx).has('visitModifiers', prev?.key ?? '') && !prev?.tags.has('Adjective');
}

/** One of the record's `needs` is near: a word after it, a grammar list word around it, an actor object or a place right after it. */
function needsMet(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const needs = f.rec.needs;
  if (!needs?.length) return true;
  const w = f.rec.needsWindow ?? 4;
  const after = keysOf(ctx.tokens, f.last, Math.min(s.last, f.last + w));
  const around = [...keysOf(ctx.tokens, Math.max(s.first, f.first - 5), f.first), ...keysOf(ctx.tokens, f.last, Math.min(s.last, f.last + Math.max(w, 4)))];
  return needs.some((n) => {
    if (n === '@object') return gr(ctx).has('objectPronouns', ctx.tokens[f.last]?.key ?? '') || passiveAgent(ctx, s, f) || ctx.units.some((u) => u.first >= f.last && u.actor && u.sentence === ctx.tokens[f.first]!.sentence && (u.first < f.last + w || (u.first < f.last + w + 4 && (groupOf(ctx, keysOf(ctx.tokens, f.last, u.first)) || describedPerson(ctx, f.last, u) || adverbialGap(ctx, f.last, u) || hostedFor(ctx, f.last, u)))));
    if (n === '@placeNext') return ctx.units.some((u) => u.first >= f.last && u.first < f.last + 3 && u.place);
    if (n === '@pluralSubject') return pluralSubject(ctx, s, f);
    if (n === '@adverbial') return adverbialOpener(ctx, s, f) >= 0;
    if (n === '@withPerson') return !!partnerAfterMatter(ctx, s, f);
    if (n === '@agreementSubject') return agreementBetween(ctx, s, f).length >= 2;
    if (n.startsWith('@')) return around.some((k, j) => gr(ctx).has(n.slice(1) as never, k) || gr(ctx).has(n.slice(1) as never, `${k} ${around[j + 1] ?? ''}`));
    return after.includes(n);
  });
}

/**
 * «X was welcomed at Beijing airport by Y»: a verb after a form of «be» whose
 * agent follows «by» further on in its clause (past a venue or a day) has its
 * object in the subject; the need of an object is met.
 */
function passiveAgent(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  if (f.noun || !gr(ctx).has('beVerbs', tokens[f.first - 1]?.key ?? '') || !tokens[f.first]!.tags.has('PastTense')) return false;
  for (let k = f.last; k < Math.min(s.last, f.last + 8); k++) {
    if (/[,;:]/.test(tokens[k - 1]!.after) || gr(ctx).has('clauseEnds', tokens[k]!.key)) return false;
    if (tokens[k]!.key === 'by') return ctx.units.some((u) => u.first === k + 1 && u.actor);
  }
  return false;
}

/** «received Hamas political bureau chief X»: a person after words that describe him (no verb, preposition or clause break between). */
function describedPerson(ctx: RelationContext, from: number, u: Unit): boolean {
  if (u.kind !== 'person') return false;
  return ctx.tokens.slice(from, u.first).every((t) => !t.tags.has('Verb') && !gr(ctx).has('prepositions', t.key) && !/[,;:]/.test(t.after));
}

/**
 * «hosted a dinner for X», «gave a state banquet for X»: a meal or reception a
 * host holds «for» a party is an encounter with that party — a determiner,
 * modifiers and a noun of data/en/grammar.json `hostedEvents`, then «for»
 * (and «the»), no verb or comma between the verb and the party.
 */
function hostedFor(ctx: RelationContext, from: number, u: Unit): boolean {
  const span = ctx.tokens.slice(from, u.first);
  const at = span.findIndex((t) => t.key === 'for');
  if (at < 1 || span.length > 6 || !gr(ctx).has('hostedEvents', span[at - 1]!.key)) return false;
  const tail = span.slice(at + 1);
  return tail.every((t) => t.key === 'the') && span.every((t) => !t.tags.has('Verb') && !/[,;:]/.test(t.after));
}

/**
 * «received in his office today X», «hosted at the palace on Monday X»: a
 * short place or time phrase (a venue preposition first, no verb, no comma)
 * between the verb and its direct object, which follows a word that is no preposition.
 */
function adverbialGap(ctx: RelationContext, from: number, u: Unit): boolean {
  const span = ctx.tokens.slice(from, u.first);
  const lastKey = span.at(-1)?.key ?? '';
  // agency style: «received on Tuesday X», «received at a palace today the Prime Minister of Y»
  const opens = gr(ctx).has('venuePrepositions', span[0]?.key ?? '') || dayAt(ctx, from) || (span[0]?.key === 'on' && dayAt(ctx, from + 1));
  const article = lastKey === 'the' && span.length >= 3;
  return span.length >= 2 && span.length <= 7 && opens && !gr(ctx).has('prepositions', lastKey) && (!gr(ctx).has('determiners', lastKey) || article) && span.every((t) => !t.tags.has('Verb') && !/[,;:]/.test(t.after));
}

/**
 * «X and Y discussed», «Russia, China confer»: two or more actors joined right
 * before the trigger, in its clause; before a noun trigger, right before it
 * («Iran-EU talks») or a headline's «A, B in nuclear talks» (the noun after
 * «in» and at most two modifiers) — not «A and B welcomed the talks».
 */
function pluralSubject(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const su = ctx.units.filter((u) => u.sentence === ctx.tokens[f.first]!.sentence && u.first >= s.first);
  const inTalks = (u: Unit) => f.noun && ctx.tokens[u.last]?.key === 'in' && f.first - u.last <= 3 && ctx.tokens.slice(u.last + 1, f.first).every((t) => !t.cap && !t.tags.has('Verb') && !gr(ctx).has('determiners', t.key));
  // a word between a verb and its subjects may be an adverb («A and B also discussed»), not another verb («A and B oppose talks»)
  const near = (u: Unit) => (f.noun ? u.last === f.first || inTalks(u) : u.last >= f.first - 2 && ctx.tokens.slice(u.last, f.first).every((t) => !t.tags.has('Verb')));
  const last = su.filter((u) => u.last <= f.first && near(u) && u.actor && clean(ctx, u.last, f.first)).at(-1);
  return !!last && group(ctx, su, su.indexOf(last), -1).filter((u) => u.actor).length >= 2;
}

/** Checks particular to a trigger's form: «called for/on» is no call, «head» must be a verb, a message noun needs a sender or recipient phrase. */
function formFits(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  const t = tokens[f.first]!;
  const nextKey = tokens[f.last]?.key ?? '';
  const prevKey = tokens[f.first - 1]?.key ?? '';
  if (f.rec.type === 'call' && !f.noun && t.key.startsWith('call') && (gr(ctx).has('callExclusions', nextKey) || prevKey === 'so' || namingCall(ctx, f))) return false;
  if (f.rec.type === 'meeting' && !f.noun && t.key.startsWith('call') && appeal(ctx, f)) return false;
  if (/^head/.test(t.key) && !t.tags.has('Verb')) return false;
  if (f.rec.type === 'agreement' && !f.noun && gr(ctx).has('agreeVerbs', t.key) && !agreedOnAccord(ctx, f)) return false;
  // «progress in bilateral ties»: a noun trigger that is also an adjective, before a noun of a thing, modifies it
  const after = tokens[f.last];
  if (f.noun && f.last - f.first === 1 && t.tags.has('Adjective') && after && after.sentence === t.sentence && after.tags.has('Noun') && !after.cap && !ctx.index.triggers.nouns.has(after.key)) return false;
  // «calls on X to», «a call for»: an appeal; not «a telephone call on Tuesday», «a call on Monday»
  if (f.noun && f.rec.type === 'call' && t.key.startsWith('call') && gr(ctx).has('callExclusions', nextKey) && !dayAt(ctx, f.last + 1)) return false;
  // «by phone», «over the telephone»: after a preposition, a verb form of a call word is the noun of a manner
  if (!f.noun && f.rec.type === 'call' && (gr(ctx).has('remoteMarkers', prevKey) || (prevKey === 'the' && gr(ctx).has('remoteMarkers', tokens[f.first - 2]?.key ?? '')))) return false;
  return s.first <= f.first;
}

/**
 * «A and B agreed to a ceasefire», «agreed on a truce», «agreed with B on a
 * deal»: a verb of agreeing concludes an agreement only with the agreement
 * noun as its prepositional object (a particle of data/en/grammar.json
 * `agreeParticles`, past a «with» phrase, then determiners and modifiers) —
 * not «agreed to sign a deal», a plan.
 */
function agreedOnAccord(ctx: RelationContext, f: Found): boolean {
  const { tokens } = ctx;
  let k = f.last;
  if (tokens[k]?.key === 'with') k = (ctx.units.find((u) => u.first === k + 1)?.last ?? k + 1);
  if (!gr(ctx).has('agreeParticles', tokens[k]?.key ?? '')) return false;
  for (let j = k + 1; j < Math.min(tokens.length, k + 5) && tokens[j]!.sentence === tokens[k]!.sentence; j++) {
    if (gr(ctx).has('agreementNouns', tokens[j]!.key)) return true;
    if (!modifierOfNoun(ctx, j) || (tokens[j]!.tags.has('Verb') && !tokens[j]!.tags.has('Participle'))) return false;
  }
  return false;
}

/** A weekday or month at token i (past a «the»). */
function dayAt(ctx: RelationContext, i: number): boolean {
  const t = ctx.tokens[i]?.key === 'the' ? ctx.tokens[i + 1] : ctx.tokens[i];
  return !!t && (gr(ctx).dates.weekdays.has(t.key) || gr(ctx).dates.months.has(t.key) || gr(ctx).dates.relative.has(t.key));
}

/**
 * «called on X» is a courtesy visit; «called on X to do», «called on A and B
 * to agree» an appeal: the whole list of objects is followed by «to».
 */
function appeal(ctx: RelationContext, f: Found): boolean {
  const su = ctx.units.filter((u) => u.sentence === ctx.tokens[f.first]!.sentence);
  const obj = su.find((u) => u.first > f.last && u.first <= f.last + 3 && u.actor);
  if (!obj) return true;
  const last = group(ctx, su, su.indexOf(obj), 1).at(-1)!;
  return ctx.tokens[last.last]?.key === 'to';
}

/** «called Sharon a war criminal»: «call» with an object and then «a»/«an»/«the» names, it does not phone. */
function namingCall(ctx: RelationContext, f: Found): boolean {
  if (gr(ctx).has('objectPronouns', ctx.tokens[f.last]?.key ?? '')) return gr(ctx).has('articles', ctx.tokens[f.last + 1]?.key ?? '');
  const obj = ctx.units.find((u) => u.first >= f.last && u.first <= f.last + 3 && u.sentence === ctx.tokens[f.first]!.sentence);
  return !!obj && gr(ctx).has('articles', ctx.tokens[obj.last]?.key ?? '');
}

/** «met visiting Finnish President X»: the participle before a person's phrase is an adjective (read by visitingVisits), no trigger. */
function adjectivalVisiting(ctx: RelationContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  return gr(ctx).has('visitingWords', t.key) && ctx.units.some((u) => u.kind === 'person' && u.first > i && u.first <= i + 5 && visitingBefore(ctx, u) === t);
}

/** The triggers of one sentence. */
function triggersOf(ctx: RelationContext, s: EnSentence): Found[] {
  const { tokens } = ctx;
  const out: Found[] = [];
  const inUnit = (i: number) => ctx.units.some((u) => u.first <= i && i < u.last);
  for (let i = s.first; i < s.last; i++) {
    if (inUnit(i)) continue;
    if (adjectivalVisiting(ctx, i)) continue;
    const noun = nounIsVerb(ctx, i) ? undefined : nounAt(ctx, i, s);
    const cands: Found[] = noun ? [{ rec: noun.rec, first: i, last: noun.last, noun: true }] : (ctx.index.triggers.verbs.get(tokens[i]!.key) ?? []).map((rec) => ({ rec, first: i, last: i + 1, noun: false }));
    const f = cands.find((c) => needsMet(ctx, s, c) && formFits(ctx, s, c));
    if (!f) continue;
    const rec = f.rec;
    const prev = out[out.length - 1];
    // «a phone call», «arrived ... for a visit»: one trigger when adjacent (the verb wins)
    if (prev && prev.rec.type === rec.type && i - prev.last <= 2) {
      if (prev.noun && !f.noun) out[out.length - 1] = f;
      i = f.last - 1;
      continue;
    }
    if (prev && occasionOf(ctx, prev, f)) {
      i = f.last - 1;
      continue;
    }
    out.push(f);
    i = f.last - 1;
  }
  return out;
}

/**
 * «X could meet Y at the summit», «met Y on the sidelines of the talks»: a
 * meeting noun in a phrase of occasion (data/en/grammar.json `occasionWords`)
 * after a verb of meeting in the same clause names the occasion of that
 * encounter, no encounter of its own: the verb's restraint and parties hold.
 */
function occasionOf(ctx: RelationContext, prev: Found, f: Found): boolean {
  if (prev.noun || !f.noun || prev.rec.type !== 'meeting' || f.rec.type !== 'meeting' || f.first - prev.last > 12) return false;
  const span = ctx.tokens.slice(prev.last, f.first);
  return clean(ctx, prev.last, f.first) && span.some((t) => gr(ctx).has('occasionWords', t.key)) && span.every((t) => !/[,;:]/.test(t.after) && !(t.tags.has('Verb') && !ctx.units.some((u) => u.first <= t.i && t.i < u.last)));
}

/** Is the span [a, b) free of clause-ending words and of «;» «:»? */
function clean(ctx: RelationContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    if (gr(ctx).has('clauseEnds', ctx.tokens[k]!.key)) return false;
    if (k < b - 1 && /[;:]/.test(ctx.tokens[k]!.after)) return false;
  }
  return true;
}

/**
 * Restraint: what is only hoped, proposed, allowed, invited or conditional is
 * no relation — a hedge among the four words before the trigger («may meet»,
 * «will allow him to visit»), or a hedge noun a little further back in the
 * same clause («an offer to hold talks»). «said X would visit» reports a plan,
 * and so does «said he would travel to A to meet Y».
 */
function restrained(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  // «X urged Y during a meeting»: the verb an adverbial phrase modifies does not hedge the encounter the phrase reports
  const opener = f.noun ? adverbialOpener(ctx, s, f) : -1;
  const before = tokens.slice(Math.max(s.first, f.first - 4, opener + 1, asideEnd(ctx, s, f)), f.first).filter((t) => !monthOfDay(ctx, t)).map((t) => t.key);
  const reportedWould = before.includes('would') && tokens.slice(s.first, f.first).some((t) => gr(ctx).has('sayVerbs', t.key));
  // «offered his condolences to»: a verb of sending before a message noun is its light verb, no hedge
  const light = (w: string) => f.noun && f.rec.type === 'message' && gr(ctx).has('sendVerbs', w);
  if (before.some((w) => gr(ctx).has('hedges', w) && !(w === 'would' && reportedWould) && !light(w))) return true;
  if (hedgedSubject(ctx, s, f) || denied(ctx, s, f) || calledOff(ctx, s, f) || hedgedAfter(ctx, s, f) || sinceClause(ctx, s, f)) return true;
  // «urges Sudan to disarm militias during visit to Khartoum»: the opener of an adverbial phrase also bounds the hedge further back
  const further = tokens.slice(Math.max(s.first, f.first - 7, opener + 1), f.first);
  // «arrived ahead of talks with Y»: a hedge noun that opens a phrase of time (data/en/grammar.json `timePhrases`) hedges nothing
  const timePhrase = (t: EnToken) => gr(ctx).has('timePhrases', `${t.key} ${tokens[t.i + 1]?.key ?? ''}`);
  if (further.some((t) => gr(ctx).has('hedgeNouns', t.key) && !t.tags.has('Verb') && !timePhrase(t)) && clean(ctx, further[0]?.i ?? f.first, f.first)) return true;
  const said = tokens.slice(s.first, f.first).some((t) => gr(ctx).has('sayVerbs', t.key));
  return hedgedInfinitive(ctx, said ? further.filter((t) => t.key !== 'would') : further, f);
}

/**
 * «The deal between A and B was signed in Cairo», «an agreement between A and
 * B was concluded»: a passive verb of signing whose subject is an agreement
 * noun (data/en/grammar.json `agreementNouns`) followed by «between» and its
 * parties, in one clause: those parties (none when the pattern is not there).
 */
function agreementBetween(ctx: RelationContext, s: EnSentence, f: Found): Unit[] {
  const { tokens } = ctx;
  if (!gr(ctx).has('beVerbs', tokens[f.first - 1]?.key ?? '')) return [];
  for (let k = f.first - 2; k > s.first; k--) {
    // «the deal between», «a memorandum of understanding between»: the noun up to three words before «between»
    const head = [1, 2, 3].some((n) => gr(ctx).has('agreementNouns', tokens[k - n]?.key ?? '') && tokens.slice(k - n, k).every((t) => !t.cap && !/[,;:]/.test(t.after)));
    if (!head || tokens[k]!.key !== 'between') continue;
    const su = ctx.units.filter((u) => u.sentence === tokens[k]!.sentence);
    const first = su.find((u) => u.first === k + 1 && u.actor);
    const parties = first ? group(ctx, su, su.indexOf(first), 1).filter((u) => u.actor && u.last <= f.first - 1) : [];
    return parties.at(-1)?.last === f.first - 1 && clean(ctx, k, f.first) ? parties : [];
  }
  return [];
}

/** «May 3», «3 May»: a month's name, capitalized beside a day number, is a date, not the modal «may». */
function monthOfDay(ctx: RelationContext, t: EnToken): boolean {
  const day = (x: EnToken | undefined) => !!x && x.sentence === t.sentence && /^\d{1,2}(st|nd|rd|th)?$/.test(x.key);
  return t.cap && gr(ctx).dates.months.has(t.key) && (day(ctx.tokens[t.i + 1]) || day(ctx.tokens[t.i - 1]));
}

/**
 * «A and B agreed on Tuesday to resume trade talks», «hoped next month to
 * hold talks»: a hedge verb a little further back governs the trigger through
 * an infinitive «to» between them, in one clause.
 */
function hedgedInfinitive(ctx: RelationContext, span: readonly EnToken[], f: Found): boolean {
  const h = span.findIndex((t) => gr(ctx).has('hedges', t.key) && t.tags.has('Verb'));
  if (h < 0) return false;
  const rest = span.slice(h + 1);
  return rest.some((t) => t.key === 'to') && clean(ctx, span[h]!.i, f.first) && !rest.some((t) => /[,;:]/.test(t.after));
}

/**
 * «… his first trip to Turkey since Erdogan visited Moscow in 2019», «until X
 * met Y»: a trigger in a clause opened by «since» or «until» (data/en/grammar.json
 * `sinceWords`) dates the news by an earlier or later event; it is background.
 */
function sinceClause(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  for (let k = f.first - 1; k >= s.first; k--) {
    const w = ctx.tokens[k]!.key;
    if (gr(ctx).has('sinceWords', w)) return true;
    if (gr(ctx).has('clauseEnds', w) || /[,;:]/.test(ctx.tokens[k]!.after)) return false;
  }
  return false;
}

/**
 * «X, under fire over his withdrawal plan, met Y»: an aside closed by a comma
 * right before a verb trigger does not govern it; where its comma stands (the
 * first token after it), else the sentence start.
 */
function asideEnd(ctx: RelationContext, s: EnSentence, f: Found): number {
  if (f.noun || f.first - 1 <= s.first || !/,/.test(ctx.tokens[f.first - 1]!.after)) return s.first;
  return f.first;
}

/**
 * «a meeting between X and Y was possible», «the talks, if they take place»,
 * «a visit by X could take place»: a word of possibility or condition as the
 * predicate of a noun trigger — after its own phrase (parties, prepositions, a
 * date, a form of «be», a comma), no other word between — says it has not happened.
 */
function hedgedAfter(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  if (!f.noun) return false;
  const { tokens } = ctx;
  const inUnit = (k: number) => ctx.units.some((u) => u.first <= k && k < u.last);
  for (let k = f.last; k < s.last; k++) {
    const w = tokens[k]!.key;
    if (predicateHedge(ctx, s, k)) return true;
    const own = inUnit(k) || gr(ctx).has('prepositions', w) || gr(ctx).has('determiners', w) || gr(ctx).has('beVerbs', w) || gr(ctx).has('auxiliaries', w) || gr(ctx).has('groupConjunctions', w) || tokens[k]!.tags.has('Date') || dayAt(ctx, k);
    if (!own) return false;
  }
  return false;
}

/**
 * A hedge standing as the predicate of a noun trigger at token k: a word of
 * possibility after a form of «be» («was possible», not «talks on possible
 * cooperation»), a condition after a comma («the talks, if held»), a modal
 * phrase («could take place») after the phrase itself, a negation after a
 * form of «be» or «have» («has not been scheduled») (data/en/grammar.json
 * `hedgePredicates`, `hedgeConditions`, `hedgeModals`, `negations`, `auxiliaries`).
 */
function predicateHedge(ctx: RelationContext, s: EnSentence, k: number): boolean {
  const { tokens } = ctx;
  const t = tokens[k]!;
  const prev = tokens[k - 1]!;
  if (gr(ctx).has('hedgePredicates', t.key)) return gr(ctx).has('beVerbs', prev.key);
  // «a meeting … has not been scheduled», «the talks were never held», «has yet to take place»
  if (gr(ctx).has('negations', t.key)) return gr(ctx).has('beVerbs', prev.key) || gr(ctx).has('auxiliaries', prev.key);
  if (gr(ctx).has('hedgeConditions', t.key)) return /,/.test(prev.after);
  const modal = [2, 3].some((n) => gr(ctx).has('hedgeModals', keysOf(tokens, k, Math.min(s.last, k + n)).join(' ')));
  return modal && !gr(ctx).has('prepositions', prev.key);
}

/**
 * «The meeting … was postponed», «Blinken's visit to China was cancelled»: a
 * word of calling off after a noun trigger, in its clause, says it did not happen.
 */
function calledOff(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  if (!f.noun) return false;
  const rest = keysOf(ctx.tokens, f.last, s.last);
  const end = rest.findIndex((w) => gr(ctx).has('clauseEnds', w));
  const clause = end < 0 ? rest : rest.slice(0, end);
  return clause.some((w, j) => gr(ctx).has('cancelWords', w) || gr(ctx).has('cancelWords', `${w} ${clause[j + 1] ?? ''}`));
}

/**
 * A denial governs what follows it in its clause: «X denied that Y had met Z»,
 * «rejected talks with», «ruled out a visit» — a verb of denying or rejecting
 * anywhere before the trigger, with no clause end between.
 */
function denied(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  for (let k = f.first - 1; k >= s.first; k--) {
    // a comma closes an aside («X, who rejected the plan, met Y»)
    if (/,/.test(ctx.tokens[k]!.after)) return false;
    if (gr(ctx).has('denials', ctx.tokens[k]!.key)) return clean(ctx, k + 1, f.first);
  }
  return false;
}

/**
 * «will allow Iranian President X to visit», «analysts expect A and B to hold
 * talks»: a verb of permitting, asking or expecting whose object is the
 * trigger's subject (a «to» before the trigger, or before a hold verb and it).
 */
function hedgedSubject(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  const to = tokens[f.first - 1]?.key === 'to' ? f.first - 1 : tokens[f.first - 2]?.key === 'to' && gr(ctx).has('holdVerbs', tokens[f.first - 1]?.key ?? '') ? f.first - 2 : -1;
  if (to < 0) return false;
  const su = ctx.units.filter((x) => x.sentence === tokens[f.first]!.sentence);
  const u = su.find((x) => x.last === to);
  if (!u) return false;
  const first = group(ctx, su, su.indexOf(u), -1)[0]!;
  const k = first.first - 1 - (tokens[first.first - 1]?.key === 'the' ? 1 : 0);
  return k >= s.first && (gr(ctx).has('hedges', tokens[k]!.key) || gr(ctx).has('expectVerbs', tokens[k]!.key));
}

/** Sports: states that «met» in a match or a qualifier are teams, not parties. */
function sportsEncounter(ctx: RelationContext, s: EnSentence, r: Relation): boolean {
  return r.participants.every((p) => p.startsWith('country:')) && keysOf(ctx.tokens, s.first, s.last).some((w) => gr(ctx).has('sportsWords', w));
}

/** A firm plan: a plan word before the trigger («will meet», «is to visit»), «tomorrow»/«next» after it, or a noun trigger after «will»/«include». */
function isPlanned(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  const before = keysOf(tokens, Math.max(s.first, f.first - 4), f.first);
  const reportedWould = before.includes('would') && tokens.slice(s.first, f.first).some((t) => gr(ctx).has('sayVerbs', t.key));
  if (reportedWould || f.rec.planned) return true;
  if (before.some((w, k) => gr(ctx).has('planMarkers', w) || (w === 'to' && gr(ctx).has('beVerbs', before[k - 1] ?? '')))) return true;
  if (keysOf(tokens, f.last, Math.min(s.last, f.last + 3)).some((w) => gr(ctx).has('planAfter', w))) return true;
  if (presentWithDay(ctx, s, f) || purposeOfPlannedTrip(ctx, s, f)) return true;
  // a headline's infinitive: «Sharon, Mubarak to meet»
  if (tokens[f.first - 1]?.key === 'to' && ctx.units.some((u) => u.last === f.first - 1 && u.actor)) return true;
  return f.noun && keysOf(tokens, Math.max(s.first, f.first - 3), f.first).some((w) => gr(ctx).has('nounPlanMarkers', w));
}

/**
 * «Baerbock travels to Israel on Thursday»: a verb trigger in the simple
 * present with a weekday after it announces a plan (the coming such day),
 * unless a full date follows, as in a photo caption.
 */
function presentWithDay(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const t = ctx.tokens[f.first]!;
  if (f.noun || !t.tags.has('PresentTense') || !/s$/.test(t.key)) return false;
  const after = ctx.tokens.slice(f.last, s.last);
  // a caption gives the full date («shakes hands … Sunday, Oct. 24»): a report
  return after.some((x) => x.cap && gr(ctx).dates.weekdays.has(x.key)) && !after.some((x) => x.cap && gr(ctx).dates.months.has(x.key));
}

/**
 * «heads to China on Sunday for talks with X», «will fly to A to meet Y»: an
 * encounter named as the purpose of a journey («for», «to»: data/en/grammar.json
 * `purposeMarkers`) after a verb of travel in the same clause is planned when
 * the journey is, so both fall on the same day.
 */
function purposeOfPlannedTrip(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  if (f.rec.type === 'visit') return false;
  for (let k = f.first - 1; k >= Math.max(s.first, f.first - 12); k--) {
    if (/[,;:]/.test(tokens[k]!.after) && k < f.first - 1) return false;
    // «will be in A on Monday for talks»: a stay told as a plan
    const stay = gr(ctx).has('beVerbs', tokens[k]!.key) && gr(ctx).has('planMarkers', tokens[k - 1]?.key ?? '') && tokens[k + 1]?.key === 'in';
    if (stay) return clean(ctx, k + 1, f.first) && keysOf(tokens, k + 1, f.first).some((w) => gr(ctx).has('purposeMarkers', w));
    const trip = (ctx.index.triggers.verbs.get(tokens[k]!.key) ?? []).find((rec) => rec.type === 'visit');
    if (!trip) continue;
    const between = keysOf(tokens, k + 1, f.first);
    const v: Found = { rec: trip, first: k, last: k + 1, noun: false };
    return clean(ctx, k + 1, f.first) && between.some((w) => gr(ctx).has('purposeMarkers', w)) && isPlanned(ctx, s, v);
  }
  return false;
}

/** A unit right after a preposition (or a preposition and a determiner) is oblique: no subject. */
function oblique(ctx: RelationContext, u: Unit): boolean {
  const prev = ctx.tokens[u.first - 1];
  if (!prev || prev.sentence !== ctx.tokens[u.first]!.sentence) return false;
  // «the leaders of A and B met»: the states stand for their leaders, who act
  if (groupOf(ctx, keysOf(ctx.tokens, Math.max(0, u.first - 5), u.first))) return false;
  const p2 = ctx.tokens[u.first - 2];
  if (gr(ctx).has('possessivePronouns', prev.key) || prev.key === 'the') return !!p2 && gr(ctx).has('prepositions', p2.key);
  return gr(ctx).has('prepositions', prev.key);
}

/**
 * A unit that does not act itself: a possessive before an agent noun («the
 * Pope's envoy arrived»: the envoy acts, not the Pope), and a country
 * adjective before a noun of a thing («the French proposal»).
 */
function standsForAnother(ctx: RelationContext, u: Unit): boolean {
  const next = ctx.tokens[u.last];
  if (!next || next.sentence !== u.sentence) return false;
  const lastTok = ctx.tokens[u.last - 1]!;
  if (lastTok.poss && u.kind === 'person' && gr(ctx).has('agentNouns', next.key)) return true;
  if (possessedThing(ctx, u, next)) return true;
  if (!u.adjective) return attributiveName(ctx, u, next);
  // the head noun after a list of adjectives («Chinese and Japanese officials»)
  let k = u.last;
  while (k < ctx.tokens.length && ctx.tokens[k]!.sentence === u.sentence && (gr(ctx).has('groupJoins', ctx.tokens[k]!.key) || ctx.units.some((v) => v.first === k && v.adjective))) k = ctx.units.find((v) => v.first === k)?.last ?? k + 1;
  const head = ctx.tokens[k];
  if (!head || head.sentence !== u.sentence) return false;
  return !head.cap && /^\p{Ll}+$/u.test(head.text) && !gr(ctx).has('personNouns', head.key) && !gr(ctx).has('delegationNouns', head.key) && !gr(ctx).has('groupHeads', head.key) && !head.tags.has('Verb');
}

/** «hosts Iraq conference», «the Iran file»: a state or organization name right before a common noun of a thing names that thing. */
function attributiveName(ctx: RelationContext, u: Unit, next: EnToken): boolean {
  // «India-Pakistan peace talks»: a pair joined by a hyphen names the parties
  if ((u.kind !== 'country' && u.kind !== 'org') || ctx.tokens[u.last - 1]!.poss || ctx.tokens[u.last - 1]!.after || ctx.tokens[u.first - 1]?.after === '-') return false;
  // «Russia, China hold talks», «Japan, China sign pact»: a verb of holding or a trigger verb that is no trigger noun is no thing, however the tagger reads it after a name
  const verbal = gr(ctx).has('holdVerbs', next.key) || (ctx.index.triggers.verbs.has(next.key) && !ctx.index.triggers.nouns.has(next.key));
  const thing = next.tags.has('Noun') && !next.tags.has('Date') && !next.tags.has('Pronoun') && !next.tags.has('Verb') && !verbal;
  return thing && !next.cap && /^\p{Ll}+$/u.test(next.text) && !gr(ctx).has('personNouns', next.key) && !gr(ctx).has('delegationNouns', next.key) && !gr(ctx).has('groupHeads', next.key) && !gr(ctx).dates.relative.has(next.key);
}

/**
 * «welcomed Olaf Scholz's decision», «welcomed Germany's offer»: a possessive
 * before a common noun of a thing (no person, group or trigger noun, no part of
 * another name) owns what the verb governs; the owner is no party of the act.
 */
function possessedThing(ctx: RelationContext, u: Unit, next: EnToken): boolean {
  if (!ctx.tokens[u.last - 1]!.poss || ctx.units.some((v) => v.first === u.last) || ctx.index.triggers.nouns.has(next.key)) return false;
  const thing = next.tags.has('Noun') && !next.tags.has('Date') && !next.tags.has('Pronoun') && !next.tags.has('Verb') && !next.tags.has('Adjective');
  return thing && !next.cap && /^\p{Ll}+$/u.test(next.text) && !['personNouns', 'agentNouns', 'delegationNouns', 'groupHeads', 'counterparts'].some((l) => gr(ctx).has(l as never, next.key));
}

const actsIn = (ctx: RelationContext, u: Unit) => !!u.actor && !standsForAnother(ctx, u);

/**
 * «Egypt's visiting foreign minister, Sameh Shoukry», «Philippine Defense
 * Secretary Gilberto Teodoro» (a person the gazetteer does not know): a
 * possessive state or a state adjective before a person of the same phrase qualifies that person.
 */
function qualifiesPerson(ctx: RelationContext, u: Unit, su: readonly Unit[]): boolean {
  if (u.kind === 'person' || (!ctx.tokens[u.last - 1]!.poss && !u.adjective)) return false;
  const next = su.find((v) => v.first >= u.last);
  if (!next || next.kind !== 'person' || next.first - u.last > 6) return false;
  // title words between («Secretary of National Defense»; «visiting military chief,»), no list
  const between = ctx.tokens.slice(u.last, next.first);
  return between.every((t, n) => !gr(ctx).has('groupConjunctions', t.key) && (!gr(ctx).has('prepositions', t.key) || (u.adjective === true && t.key === 'of' && n > 0 && !!between[n + 1]?.cap)));
}

/**
 * Actor units coordinated with `units[start]` («A, B and C»), walking in
 * `dir`; a source after a comma («..., the Kremlin said») is not a list item.
 */
function group(ctx: RelationContext, units: readonly Unit[], start: number, dir: 1 | -1, need: 'actor' | 'place' = 'actor'): Unit[] {
  const out = [units[start]!];
  for (let n = start + dir; n >= 0 && n < units.length; n += dir) {
    const a = dir === 1 ? units[n - 1]! : units[n]!;
    const b = dir === 1 ? units[n]! : units[n + 1]!;
    if (a.sentence !== b.sentence) break;
    const gapTokens = ctx.tokens.slice(a.last, b.first);
    const gap = gapTokens.map((t) => t.key);
    const conj = gap.some((w) => gr(ctx).has('groupConjunctions', w));
    const comma = /,/.test(ctx.tokens[a.last - 1]!.after) || gapTokens.some((t) => /,/.test(t.after));
    // «India-Pakistan talks»: two parties joined by a hyphen
    const hyphen = gap.length === 0 && ctx.tokens[a.last - 1]!.after === '-';
    const joint = (gap.every((w) => gr(ctx).has('groupJoins', w)) && (conj || comma)) || hyphen;
    if (!joint || !(need === 'actor' ? units[n]!.actor : units[n]!.place) || frontedPhraseEnd(ctx, a, comma && !conj)) break;
    // «In Cairo, Egypt, X met Y»: the state that locates a city is no party of the list
    if (need === 'actor' && locatesCity(ctx, units[n - 1], units[n]!)) break;
    if (dir === 1 && gr(ctx).has('sayVerbs', ctx.tokens[units[n]!.last]?.key ?? '')) break;
    out.push(units[n]!);
  }
  return dir === 1 ? out : out.reverse();
}

/**
 * «At the invitation of X, Y paid a visit»: a phrase that opens the sentence
 * with a preposition ends at its first comma; a unit closing it is no list item
 * with what follows the comma.
 */
function frontedPhraseEnd(ctx: RelationContext, a: Unit, commaOnly: boolean): boolean {
  if (!commaOnly) return false;
  const { tokens } = ctx;
  const start = ctx.sentences.find((s) => s.first <= a.first && a.first < s.last)?.first ?? a.first;
  if (!gr(ctx).has('prepositions', tokens[start]!.key) && !gr(ctx).has('adverbialOpeners', tokens[start]!.key)) return false;
  for (let k = start; k < a.last - 1; k++) if (/[,;:]/.test(tokens[k]!.after)) return false;
  return /,/.test(tokens[a.last - 1]!.after);
}

/** A reference phrase («the two leaders», «both sides») before the trigger in its clause (after `from`), with no actor between: true when found. */
function referenceBefore(ctx: RelationContext, s: EnSentence, f: Found, from = s.first): boolean {
  for (let end = f.first; end > from; end--) {
    if (ctx.units.some((u) => u.first >= end && u.last <= f.first && u.actor) || !clean(ctx, end, f.first)) return false;
    for (let n = 5; n >= 2; n--) if (end - n >= from && gr(ctx).has('references', keysOf(ctx.tokens, end - n, end).join(' '))) return true;
  }
  return false;
}

/**
 * The subject on the left: the «by» phrase of a passive, else the nearest
 * non-oblique actor group (persons first) in the clause; a pronoun («he»)
 * takes the nearest person before it, or the acting person of the sentence before;
 * a reference («the two leaders») takes the parties of the last relation.
 */
function subjectOf(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], mem: Memory): { subject: Unit[]; patient: Unit[]; passive: boolean } {
  const { tokens } = ctx;
  const before = keysOf(tokens, Math.max(s.first, f.first - 4), f.first);
  const passive = !f.noun && before.length > 0 && gr(ctx).has('beVerbs', before[before.length - 1]!) && tokens[f.first]!.tags.has('PastTense');
  const left = su.filter((u) => u.last <= f.first && actsIn(ctx, u) && clean(ctx, u.last, f.first));
  const pickLeft = (): Unit[] => {
    const cands = left.filter((u) => !oblique(ctx, u) || (f.noun && tokens[u.last - 1]!.poss));
    const persons = cands.filter((u) => u.kind === 'person');
    const chosen = (persons.length ? persons : cands).at(-1);
    // «a Hamas delegation led by X arrived»: the named head stands for the party as subject too
    return chosen ? ledBy(ctx, su, group(ctx, su, su.indexOf(chosen), -1).filter((u) => actsIn(ctx, u))) : [];
  };
  if (passive) {
    const by = su.find((u) => u.first > f.first && tokens[u.first - 1]?.key === 'by' && u.actor);
    const between = f.rec.type === 'agreement' && !by ? agreementBetween(ctx, s, f) : [];
    return { subject: by ? group(ctx, su, su.indexOf(by), 1) : between, patient: between.length ? [] : pickLeft(), passive };
  }
  // «their meeting», «their talks»: the parties of the relation just read
  if (f.noun && gr(ctx).has('pluralPossessives', tokens[f.first - 1]?.key ?? '') && mem.last) return { subject: lastParties(s, f, mem), patient: [], passive };
  const shared = passive ? undefined : coordinatedSubject(ctx, s, f, su, mem, left);
  if (shared?.length) return { subject: shared, patient: [], passive };
  const antecedent = relativeAntecedent(ctx, s, f, su);
  if (antecedent) return { subject: [antecedent], patient: [], passive };
  let subject = pickLeft();
  // «X said that Y should ... as he began a visit»: a pronoun nearer the trigger than the chosen subject is the subject
  const pron = tokens.slice(subject.at(-1)?.last ?? s.first, f.first).some((t) => gr(ctx).has('pronouns', t.key) || gr(ctx).has('pluralPronouns', t.key));
  // «Lula received Chavez … and the two leaders signed»: a reference nearer the trigger than the chosen subject
  const ref = subject.length > 0 && referenceBefore(ctx, s, f, subject.at(-1)!.last) && lastParties(s, f, mem).length > 0;
  if (ref) subject = lastParties(s, f, mem);
  if (!subject.length || pron) subject = pronounSubject(ctx, s, f, su, mem);
  if (!subject.length) subject = adverbialClause(ctx, s, f, su)?.subject ?? [];
  if (!subject.length) subject = parentheticalSubject(ctx, s, f, su);
  if (!subject.length) subject = possessiveSubject(ctx, f, su, mem);
  if (!subject.length) subject = frontedSubject(ctx, s, f, su);
  if (!subject.length) subject = participleSubject(ctx, s, f, su);
  subject = subject.map((u) => definiteOfficial(ctx, u, mem) ?? u);
  // «a visit by X to Y», «the visit of X»
  if (f.noun && f.rec.type === 'visit' && gr(ctx).has('visitAgents', tokens[f.last]?.key ?? '') && !f.rec.frame.to.includes(tokens[f.last]!.key)) {
    const by = su.find((u) => u.first === f.last + 1 && u.actor);
    if (by) subject = [by];
    else subject = visitorOfState(ctx, f, su, subject);
  }
  return { subject, patient: [], passive };
}

/**
 * Two predicates joined by «and» share their subject: in «X met Y in Jerusalem
 * and later flew to Cairo», «He met Y and then travelled to Amman», «X received
 * Y and held talks with him», the party named after the first verb is its
 * object, and the second verb (or the hold verb of a noun trigger) has the
 * subject of the first. The verb after «and» (past adverbs of sequence) is the
 * trigger or its light verb, no actor stands between «and» and it, and an actor
 * of the clause stands between the first verb and «and».
 */
function coordinatedSubject(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], mem: Memory, left: readonly Unit[]): Unit[] | undefined {
  const { tokens } = ctx;
  let k = f.first - 1;
  if (f.noun) {
    while (k > s.first && gr(ctx).has('determiners', tokens[k]!.key)) k--;
    if (!gr(ctx).has('holdVerbs', tokens[k]?.key ?? '')) return undefined;
    k--;
  }
  while (k > s.first && (tokens[k]!.tags.has('Adverb') || gr(ctx).has('sequenceAdverbs', tokens[k]!.key)) && !tokens[k]!.cap) k--;
  if (k <= s.first || !gr(ctx).has('groupConjunctions', tokens[k]!.key) || ctx.units.some((u) => u.first > k && u.last <= f.first)) return undefined;
  const inUnit = (i: number) => ctx.units.some((u) => u.first <= i && i < u.last);
  let v = k - 1;
  while (v > s.first && !(tokens[v]!.tags.has('Verb') && !inUnit(v)) && !gr(ctx).has('clauseEnds', tokens[v]!.key) && !gr(ctx).has('pronouns', tokens[v]!.key)) v--;
  if (v <= s.first || !tokens[v]!.tags.has('Verb') || inUnit(v) || gr(ctx).has('sayVerbs', tokens[v]!.key) || gr(ctx).has('beVerbs', tokens[v]!.key)) return undefined;
  // the object of the first verb stands between it and «and»
  if (!left.some((u) => u.first > v && u.last <= k && u.actor) || !clean(ctx, v, f.first)) return undefined;
  const first: Found = { rec: f.rec, first: v, last: v + 1, noun: false };
  const subject = subjectOf(ctx, s, first, su, mem).subject;
  return subject.length ? subject : undefined;
}

/**
 * «A and B met … in the first visit by a Turkish president to Egypt»: a visit
 * by an office of a state named by its adjective is made by the party of that
 * state among the subject (none of them: nobody is named as the visitor).
 */
function visitorOfState(ctx: RelationContext, f: Found, su: readonly Unit[], subject: Unit[]): Unit[] {
  const det = gr(ctx).has('determiners', ctx.tokens[f.last + 1]?.key ?? '') ? 1 : 0;
  const adj = su.find((u) => u.first === f.last + 1 + det && u.actor);
  if (!adj) return subject;
  // «a visit by a Turkish president»: the title names the holder
  if (adj.kind === 'person') return [adj];
  if (!adj.adjective) return subject;
  return subject.filter((u) => u.country === adj.country && u.actor !== adj.actor);
}

/**
 * «X met Y in Jerusalem, before traveling to Amman to meet Z»: a participle
 * clause after «before»/«after» has the subject of the main clause (its first acting party).
 */
function participleSubject(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[]): Unit[] {
  const { tokens } = ctx;
  let k = f.first - 1;
  while (k > s.first && !gr(ctx).has('clauseEnds', tokens[k]!.key)) k--;
  if (k <= s.first || !gr(ctx).has('adverbialOpeners', tokens[k]!.key) || !tokens[k + 1]?.tags.has('Gerund')) return [];
  if (su.some((u) => u.first > k && u.last <= f.first && u.actor && u.kind !== 'city')) return [];
  const main = su.find((u) => u.last <= k && actsIn(ctx, u) && !oblique(ctx, u));
  return main ? group(ctx, su, su.indexOf(main), 1).filter((u) => u.last <= k && actsIn(ctx, u)) : [];
}

/**
 * «The Russian minister also met Y» after «Lavrov met …»: a state adjective and
 * an office noun with no name after them are the person of that state named last.
 */
function definiteOfficial(ctx: RelationContext, u: Unit, mem: Memory): Unit | undefined {
  const { tokens } = ctx;
  // a title phrase left with no holder («Russian minister»), or an adjective before an office noun
  const titled = u.kind === 'country' && !!u.role;
  if (tokens[u.first - 1]?.key !== 'the' || !(titled || (u.adjective && gr(ctx).has('personNouns', tokens[u.last]?.key ?? '')))) return undefined;
  const end = titled ? u.last : u.last + 1;
  if (ctx.units.some((v) => v.kind === 'person' && v.first === end)) return undefined;
  const earlier = ctx.units.filter((v) => v.kind === 'person' && v.actor && v.last <= u.first && v.country === u.country);
  const last = earlier.at(-1) ?? mem.lastPersons.find((v) => v.country === u.country);
  return last ? { ...last, first: u.first, last: end, sentence: u.sentence } : undefined;
}

/**
 * Where an adverbial phrase of the trigger opens: «after talks with», «during
 * his meeting», «in a phone call», «at a meeting»: the opener's index, skipping
 * determiners and modifiers before the trigger; -1 when none.
 */
function adverbialOpener(ctx: RelationContext, s: EnSentence, f: Found): number {
  let k = f.first - 1;
  while (k > s.first && (gr(ctx).has('determiners', ctx.tokens[k]!.key) || gr(ctx).has('visitModifiers', ctx.tokens[k]!.key) || gr(ctx).has('phoneWords', ctx.tokens[k]!.key))) k--;
  return k >= s.first && gr(ctx).has('adverbialOpeners', ctx.tokens[k]!.key) ? k : -1;
}

/**
 * The clause an adverbial phrase of the trigger modifies («X said after talks
 * with Y», «X told reporters after meeting Y», «X told Y in a phone call»,
 * «X left Abidjan after talks», «X urged Y during a meeting»): its subject (the
 * speaker of a verb of saying, else the first acting party of the sentence)
 * and its object (the person told, or the next acting party), if any.
 */
function adverbialClause(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[]): { subject: Unit[]; object: Unit[] } | undefined {
  const k = adverbialOpener(ctx, s, f);
  if (k <= s.first) return undefined;
  let v = k - 1;
  while (v > s.first && v >= k - 4 && !gr(ctx).has('sayVerbs', ctx.tokens[v]!.key)) v--;
  const said = gr(ctx).has('sayVerbs', ctx.tokens[v]!.key) && clean(ctx, v + 1, k);
  const end = said ? v : k;
  const acting = su.filter((u) => u.last <= end && actsIn(ctx, u) && !oblique(ctx, u) && clean(ctx, u.last, end));
  const head = said ? acting.at(-1) : acting[0];
  if (!head) return undefined;
  const subject = group(ctx, su, su.indexOf(head), said ? -1 : 1).filter((u) => actsIn(ctx, u) && !oblique(ctx, u));
  // a place a travel verb takes («left Abidjan after talks») is no party
  const travelled = (u: Unit) => !!u.place && !!ctx.index.triggers.verbs.get(ctx.tokens[u.first - 1]?.key ?? '')?.some((r) => r.type === 'visit');
  // «A and B discussed Iraq in a call»: a state after a word of subject matter is discussed, not a party
  // «appealed to Y in a telephone call», «spoke to Y during a visit»: the one a verb of addressing (data/en/grammar.json `addressVerbs`) takes after «to» is the other party
  const addressed = (u: Unit) => !oblique(ctx, u) || (prepBefore(ctx, u) === 'to' && gr(ctx).has('addressVerbs', ctx.tokens[u.first - 2]?.key ?? '') && u.first - 2 === subject.at(-1)!.last);
  const rest = said ? su.filter((u) => u.first > v && u.last <= k && actsIn(ctx, u)) : su.filter((u) => u.first >= subject.at(-1)!.last && u.last <= k && actsIn(ctx, u) && addressed(u) && !subject.includes(u) && !travelled(u) && clean(ctx, u.last, k) && !aboutMatter(ctx, subject.at(-1)!.last, u.first));
  return { subject, object: rest.slice(0, 1) };
}

/**
 * «Blinken, on his fifth trip to the region since October, met Y»: a phrase
 * between commas right before the trigger stands apart; the actor before the
 * first comma is the subject.
 */
function parentheticalSubject(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[]): Unit[] {
  const { tokens } = ctx;
  if (f.first - 1 <= s.first || tokens[f.first - 1]!.after !== ',') return [];
  const u = su.filter((x) => x.last < f.first - 1 && tokens[x.last - 1]!.after === ',' && actsIn(ctx, x) && !oblique(ctx, x)).at(-1);
  if (!u || tokens.slice(u.last, f.first - 1).some((t) => /[,;:]/.test(t.after))) return [];
  return group(ctx, su, su.indexOf(u), -1).filter((x) => actsIn(ctx, x));
}

/** «X said he will meet», «He met Y» after a sentence naming X: the nearest person before the pronoun, else the last acting persons. */
function pronounSubject(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], mem: Memory): Unit[] {
  const { tokens } = ctx;
  const span = tokens.slice(s.first, f.first);
  const pron = [...span].reverse().find((t) => gr(ctx).has('pronouns', t.key) || gr(ctx).has('pluralPronouns', t.key));
  if (pron && clean(ctx, pron.i + 1, f.first)) {
    const ante = su.filter((u) => u.last <= pron.i && u.actor && u.kind === 'person' && !oblique(ctx, u)).at(-1);
    if (ante) return group(ctx, su, su.indexOf(ante), -1);
    if (!gr(ctx).has('pluralPronouns', pron.key)) return mem.lastPersons;
    return lastParties(s, f, mem);
  }
  if (referenceBefore(ctx, s, f)) return lastParties(s, f, mem);
  return visitorReference(ctx, s, f, mem);
}

/** «The visiting minister met Y»: «the visiting» and a noun with no name, before the trigger in its clause, is the last visitor. */
function visitorReference(ctx: RelationContext, s: EnSentence, f: Found, mem: Memory): Unit[] {
  const { tokens } = ctx;
  const at = tokens.slice(s.first, f.first).findIndex((t) => gr(ctx).has('visitingWords', t.key) && tokens[t.i - 1]?.key === 'the');
  if (at < 0 || !mem.lastVisit) return [];
  const k = s.first + at;
  if (ctx.units.some((u) => u.first > k && u.last <= f.first && u.actor) || !clean(ctx, k, f.first)) return [];
  return mem.lastVisit.participants.map((id) => ({ first: k, last: k + 1, sentence: tokens[k]!.sentence, actor: id, place: null, kind: 'person' as const }));
}

/** The parties of the last relation, as units standing at the trigger (for «they», «the two leaders»). */
function lastParties(s: EnSentence, f: Found, mem: Memory): Unit[] {
  if (!mem.last || mem.last.participants.length < 2) return [];
  const sentence = mem.lastPersons[0]?.sentence ?? s.first;
  return mem.last.participants.map((id) => ({ first: f.first, last: f.first, sentence, actor: id, place: null, kind: 'person' as const }));
}

/** The personal pronoun of a possessive one («his» → «he»). */
const ownerKey = (k: string): string => (k === 'his' ? 'he' : k === 'her' ? 'she' : k);

/** «Chavez's visit», «his meeting with»: the first actor of the sentence before the noun. */
function possessiveSubject(ctx: RelationContext, f: Found, su: readonly Unit[], mem: Memory): Unit[] {
  if (!f.noun) return [];
  // «X said in his meeting with Y»: «his»/«her» is the nearest person before it, or the acting person of the sentence before
  if (gr(ctx).has('pronouns', ownerKey(ctx.tokens[f.first - 1]?.key ?? ''))) {
    const ante = su.filter((u) => u.last < f.first && u.kind === 'person' && actsIn(ctx, u) && !oblique(ctx, u)).at(-1);
    return ante ? [ante] : mem.lastPersons;
  }
  const first = su.find((u) => actsIn(ctx, u) && u.last <= f.first && !oblique(ctx, u) && clean(ctx, u.last, f.first));
  return first ? group(ctx, su, su.indexOf(first), 1).filter((u) => u.last <= f.first) : [];
}

/** «In talks with X, Y said …»: a trigger in a fronted phrase takes the subject of the main clause, after the first comma. */
function frontedSubject(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[]): Unit[] {
  const { tokens } = ctx;
  if (f.first > s.first + 3 || !tokens.slice(s.first, f.first).some((t) => gr(ctx).has('prepositions', t.key) || gr(ctx).has('adverbialOpeners', t.key))) return [];
  let comma = -1;
  for (let k = f.last; k < s.last - 1; k++) if (/,/.test(tokens[k]!.after)) {
    comma = k + 1;
    break;
  }
  if (comma < 0) return [];
  const main = su.find((u) => u.first >= comma && u.first <= comma + 1 && actsIn(ctx, u));
  return main ? group(ctx, su, su.indexOf(main), 1).filter((u) => actsIn(ctx, u)) : [];
}

/**
 * «met Y, who is in Russia on an official visit», «received Y, who arrived on
 * Monday»: a trigger in a relative clause (a relative pronoun after a comma,
 * data/en/grammar.json `relativePronouns`) belongs to the person or state the
 * pronoun follows, whatever its place in the main clause.
 */
function relativeAntecedent(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[]): Unit | undefined {
  const { tokens } = ctx;
  for (let k = f.first - 1; k > s.first; k--) {
    if (/[,;:]/.test(tokens[k]!.after) && k < f.first - 1) return undefined;
    if (!gr(ctx).has('relativePronouns', tokens[k]!.key)) continue;
    if (!/,/.test(tokens[k - 1]!.after) || !clean(ctx, k + 1, f.first)) return undefined;
    const u = su.find((x) => x.last === k && x.actor && x.kind !== 'city');
    return u && actsIn(ctx, u) ? u : undefined;
  }
  return undefined;
}

/**
 * «In a phone call on Monday, X told Y that …», «During talks, X assured Y»: a
 * trigger in a fronted phrase (frontedSubject) whose main clause is a verb of
 * telling (data/en/grammar.json `hearerVerbs`) right after its subject: the
 * person or state told, right after the verb, is the other party.
 */
function frontedHearer(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], subject: readonly Unit[]): Unit[] {
  const last = subject.at(-1);
  if (!last || last.first < f.last || f.first > s.first + 3) return [];
  const verb = ctx.tokens[last.last];
  if (!verb || verb.sentence !== last.sentence || !gr(ctx).has('hearerVerbs', verb.key)) return [];
  const hearer = su.find((u) => u.first === verb.i + 1 && actsIn(ctx, u));
  return hearer ? group(ctx, su, su.indexOf(hearer), 1).filter((u) => actsIn(ctx, u)) : [];
}

/** Where a source attribution («, the foreign ministry in Beijing said») starts after `from`, else `to`. */
function attribution(ctx: RelationContext, from: number, to: number): number {
  const { tokens } = ctx;
  // the comma may stand right after the trigger («in a telephone call, the ministry said»)
  for (let k = Math.max(0, from - 1); k < to - 1; k++) {
    if (!/,/.test(tokens[k]!.after)) continue;
    for (let j = k + 1; j < Math.min(to, k + 9); j++) {
      if (/,/.test(tokens[j - 1]!.after) && j > k + 1) break;
      if (gr(ctx).has('sayVerbs', tokens[j]!.key)) return k + 1;
    }
  }
  return to;
}

/** «the leaders of A and B», «foreign ministers of the GCC»: a group head and «of [the]» just before the unit. */
function groupOf(ctx: RelationContext, gap: string[]): boolean {
  const ofAt = Math.max(...gap.map((w, k) => (gr(ctx).has('groupPrepositions', w) ? k : -1)));
  if (ofAt < 1 || gap.slice(ofAt + 1).some((w) => w !== 'the')) return false;
  const head = gap.slice(0, ofAt);
  return [1, 2, 3].some((n) => head.length >= n && gr(ctx).has('groupHeads', head.slice(-n).join(' ')));
}

/** A visit's destinations: the first place after the trigger (after «to»/«in» for a noun), with the places listed with it. */
function destinationsOf(ctx: RelationContext, f: Found, su: readonly Unit[], right: readonly Unit[]): Unit[] {
  const { tokens } = ctx;
  let prevEnd = f.last;
  for (const u of right) {
    const gap = keysOf(tokens, f.last, u.first);
    const local = keysOf(tokens, Math.max(f.last, prevEnd), u.first);
    const prevStart = prevEnd;
    prevEnd = u.last;
    if (!u.place) {
      if (local.length > 6) return [];
      continue;
    }
    const tour = tourPhrase(ctx, local);
    if (gap.length > 12 || (local.length > 6 && !tour) || (!tour && clauseBreak(ctx, prevStart, u.first))) return [];
    // «began a visit on Monday to press Somalia»: «to» before a verb states a purpose, no destination
    if (f.noun && (!local.some((w) => f.rec.frame.to.includes(w)) || !markedDestination(ctx, f, Math.max(f.last, prevStart), u))) {
      if (gap.length > 0 && gap[gap.length - 1] !== 'of') return [];
      continue;
    }
    if (!f.noun && f.rec.frame.to.length && !markedDestination(ctx, f, Math.max(f.last, prevStart), u)) {
      // «arrives Baghdad» (a headline): the place right after; «left Doha on Tuesday for Tehran», «arrived from Harare in Pretoria», «went on to say that Sudan …»: no destination yet
      if (gap.length > 0 || gr(ctx).has('departureVerbs', tokens[f.first]!.key)) continue;
    }
    // «flew on to Amman», «headed back to», «left on Tuesday for»: a particle before «to» or a day after «on» stops nothing
    const stops = local.filter((w, n) => !((gr(ctx).has('travelParticles', w) && local[n + 1] === 'to') || (w === 'on' && gr(ctx).dates.weekdays.has(local[n + 1] ?? ''))));
    if (!f.noun && stops.some((w) => gr(ctx).has('destinationStops', w) && !f.rec.frame.to.includes(w))) return [];
    if (namedInside(ctx, u)) return [];
    const first = group(ctx, su, su.indexOf(u), 1, 'place').filter((x, n, all) => x.place && !locatesCity(ctx, all[n - 1], x));
    return [...first, ...tourStops(ctx, su, first.at(-1) ?? u)];
  }
  return [];
}

/**
 * «visited the Yasukuni shrine, angering China», «visits to the shrine have
 * angered China»: a participle after a comma, or an auxiliary and a past
 * verb, between a visit and a place opens another clause; the place is none
 * of the visit's destinations.
 */
function clauseBreak(ctx: RelationContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.tokens[k]!;
    if (k > from && /,/.test(ctx.tokens[k - 1]!.after) && t.tags.has('Gerund')) return true;
    if (t.tags.has('Auxiliary') && t.tags.has('Verb') && ctx.tokens[k + 1]?.tags.has('PastTense')) return true;
  }
  return false;
}

/** «began a tour in Cairo on Monday that will take him to A and B»: the stops a tour phrase lists after the first destination. */
function tourStops(ctx: RelationContext, su: readonly Unit[], last: Unit): Unit[] {
  const next = su.find((x) => x.first >= last.last && x.sentence === last.sentence);
  if (!next?.place || !tourPhrase(ctx, keysOf(ctx.tokens, last.last, next.first))) return [];
  return group(ctx, su, su.indexOf(next), 1, 'place').filter((x) => x.place);
}

/**
 * A place a travel verb goes to: one of the frame's prepositions («to», «in»,
 * «for») stands between the verb (or the place before) and it, with no verb
 * after that preposition («traveled to the Iraqi capital, Baghdad»; not «went
 * on to say that Sudan …»).
 */
function markedDestination(ctx: RelationContext, f: Found, from: number, u: Unit): boolean {
  const span = ctx.tokens.slice(from, u.first);
  const at = span.map((t) => t.key).lastIndexOf(span.map((t) => t.key).filter((w) => f.rec.frame.to.includes(w)).at(-1) ?? '\u0000');
  const next = span[at + 1];
  return at >= 0 && !(next && next.tags.has('Infinitive') && !ctx.units.some((x) => x.first <= next.i && next.i < x.last));
}

/** «a tour … that will take him to A, B and C»: the words before the places end in a verb of taking, its object and «to». */
function tourPhrase(ctx: RelationContext, local: readonly string[]): boolean {
  const n = local.length;
  return n >= 3 && n <= 10 && local[n - 1] === 'to' && gr(ctx).has('tourVerbs', local[n - 3]!);
}

/**
 * «Tel Aviv, Israel», «Naivasha, Kenya»: a state right after a city of that
 * state and a comma locates the city; it is no second place. A dash ends a
 * dateline instead («TOKYO - Japan and China held talks»: Japan acts).
 */
function locatesCity(ctx: RelationContext, city: Unit | undefined, u: Unit): boolean {
  return !!city && city.kind === 'city' && u.kind === 'country' && u.actor === `country:${city.country}` && u.first - city.last <= 1 && /,/.test(ctx.tokens[city.last - 1]!.after);
}

/**
 * «hosts A and B for a summit», «received A and B for trilateral talks»: the
 * partners of states apart sat together when a word of a joint gathering
 * follows them in the clause (and «separately» is not said).
 */
function jointGathering(ctx: RelationContext, s: EnSentence, f: Found, partners: readonly Unit[]): boolean {
  if (partners.length < 2 || new Set(partners.map((u) => u.country ?? u.actor)).size < 2) return false;
  const clause = keysOf(ctx.tokens, partners.at(-1)!.last, s.last);
  const end = clause.findIndex((w) => gr(ctx).has('clauseEnds', w));
  const words = end < 0 ? clause : clause.slice(0, end);
  return words.some((w) => gr(ctx).has('jointGatherings', w)) && !keysOf(ctx.tokens, s.first, s.last).some((w) => gr(ctx).has('separately', w)) && f.last <= partners[0]!.first;
}

/**
 * «held a trilateral meeting with A and B», «a three-way summit with A and B»:
 * a word of a joint gathering in the trigger's own noun phrase (the trigger or
 * the two words before it) seats every partner together.
 */
function jointNoun(ctx: RelationContext, f: Found, partners: readonly Unit[]): boolean {
  if (!f.noun || partners.length < 2) return false;
  return keysOf(ctx.tokens, f.first - 2, f.last).some((w) => gr(ctx).has('jointGatherings', w));
}

/**
 * «left X's northern town of Y»: a possessive state before «[words] town of
 * Name» is not itself the place; the named town is (unknown here: no destination).
 */
function namedInside(ctx: RelationContext, u: Unit): boolean {
  const { tokens } = ctx;
  if (!tokens[u.last - 1]!.poss) return false;
  for (let k = u.last; k < u.last + 4 && tokens[k] && tokens[k]!.sentence === u.sentence; k++) {
    if (tokens[k]!.key === 'of') return !!tokens[k + 1]?.cap && !ctx.units.some((x) => x.first === k + 1 && x.place);
    if (tokens[k]!.cap || tokens[k]!.after) return false;
  }
  return false;
}

/** «a truce brokered by A and B»: the unit follows «by» right after a past participle that is not the trigger. */
function agentOfParticiple(ctx: RelationContext, f: Found, u: Unit): boolean {
  const by = ctx.tokens[u.first - 1]?.key === 'by' ? u.first - 1 : ctx.tokens[u.first - 2]?.key === 'by' ? u.first - 2 : -1;
  const verb = ctx.tokens[by - 1];
  return by > f.last && !!verb && verb.tags.has('Verb') && (verb.tags.has('PastTense') || verb.tags.has('Participle')) && !ctx.index.triggers.verbs.has(verb.key);
}

/** The right side of a trigger: partners («with»), the other party («from»), recipients («to»), direct objects, the place; a visit's destinations. */
function rightSlots(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], passive: boolean): Omit<Slots, 'subject' | 'patient'> {
  const { tokens } = ctx;
  const sourceAt = attribution(ctx, f.last, s.last);
  const right = su.filter((u) => u.first >= f.last && u.first < sourceAt);
  const slots: Omit<Slots, 'subject' | 'patient'> = { partners: [], fromParty: [], recipients: [], destinations: [], place: undefined, together: false };
  if (f.rec.type === 'visit') {
    slots.destinations = destinationsOf(ctx, f, su, right.filter((u) => clean(ctx, f.last, u.first)));
    return slots;
  }
  // where the phrase of the next person starts, when a state qualifies him («with Philippine Secretary of Defense X»)
  let lead: number | undefined;
  const taken = slotTakenByNoun(ctx, f);
  for (const u of right) {
    // the partner's slot is taken: only a venue may follow
    if (taken && u.kind !== 'city' && !((u.place || u.venue) && gr(ctx).has('venuePrepositions', prepBefore(ctx, u)))) continue;
    // «met in Sochi to discuss Iraq»: what follows a word of subject matter is discussed, not met
    if (!clean(ctx, f.last, u.first) || (u.kind !== 'city' && aboutMatter(ctx, f.last, u.first))) {
      if (u.kind !== 'city') Object.assign(slots, matterPartner(ctx, s, f, right));
      break;
    }
    const gap = keysOf(tokens, f.last, lead ?? u.first);
    lead = undefined;
    const prep = [...gap].reverse().find((w) => gr(ctx).has('prepositions', w));
    // a partner may stand further away when its preposition is the frame's («signed an agreement on Monday with Y»)
    if (gap.length > (prep && f.rec.frame.with.includes(prep) ? 10 : 7) && !groupOf(ctx, gap)) break;
    // «welcomed X to Paris»: a place after «to» is the venue of a host's trigger
    if (u.kind === 'city' || ((u.place || u.venue) && (gr(ctx).has('venuePrepositions', prep ?? '') || (prep === 'to' && !f.rec.frame.to.length && f.rec.frame.source === 'subject')))) {
      if (!aboutMatter(ctx, f.last, u.first)) slots.place ??= seatVenue(u);
      continue;
    }
    if (qualifiesPerson(ctx, u, su)) lead = u.first;
    if (!actsIn(ctx, u) || lead !== undefined) continue;
    // «discussed Iraq with Y»: right after a verb that takes no party as object, an actor is the matter
    if (!prep && !gap.length && !f.noun && !f.rec.frame.object) continue;
    const members = () => ledBy(ctx, su, group(ctx, su, su.indexOf(u), 1).filter((x) => x.actor && x.kind !== 'city' && x.first < sourceAt));
    if (groupOf(ctx, gap) && (f.rec.frame.object || !prep || prep === 'of')) {
      slots.partners = members();
      // «met separately with the ministers of A and B»: one encounter each
      slots.together = !keysOf(tokens, s.first, s.last).some((w) => gr(ctx).has('separately', w));
      break;
    }
    // «received Putin's letter»: the owner of a message is its sender, not the guest; «a truce brokered by A»: «by» after another participle names that act's agent, no partner
    if ((!f.noun && messageOwner(ctx, u)) || (prep === 'by' && agentOfParticiple(ctx, f, u))) break;
    const jointPrep = gr(ctx).has('jointPrepositions', prep ?? '');
    if (jointPrep) slots.together = true;
    if (prep && f.rec.frame.from.includes(prep)) {
      slots.fromParty = members();
      slots.recipients = recipientAfter(ctx, f, su, slots.fromParty, sourceAt);
    } else if (prep && f.rec.frame.to.includes(prep)) slots.recipients = members();
    else if ((prep && f.rec.frame.with.includes(prep)) || jointPrep || (!prep && (gap.length <= 3 || describedPerson(ctx, f.last, u)) && (f.rec.frame.object || f.noun)) || (f.rec.frame.object && !f.noun && (adverbialGap(ctx, f.last, u) || hostedFor(ctx, f.last, u))) || (prep === 'by' && !passive) || prep === 'to' || prep === 'from') {
      if (passive && prep === 'by') continue;
      slots.partners = members();
    } else break;
    break;
  }
  if (jointGathering(ctx, s, f, slots.partners) || jointNoun(ctx, f, slots.partners)) slots.together = true;
  const hostTo = !f.rec.frame.to.length && f.rec.frame.source === 'subject';
  slots.place ??= right.map(seatVenue).find((u) => u.place && (gr(ctx).has('venuePrepositions', prepBefore(ctx, u)) || (hostTo && prepBefore(ctx, u) === 'to')) && clean(ctx, f.last, u.first) && !aboutMatter(ctx, f.last, u.first));
  return slots;
}

/**
 * «spoke to reporters on his return from Germany», «met with students from
 * Kenya»: a common noun right after the frame's preposition is the partner the
 * text names, a party of no gazetteer; an actor further on is none (a person
 * noun, an office or a group head is not such a noun: «met with officials of Y»).
 */
function slotTakenByNoun(ctx: RelationContext, f: Found): boolean {
  const prep = ctx.tokens[f.last];
  const t = ctx.tokens[f.last + 1];
  if (!prep || !t || t.sentence !== prep.sentence || t.cap || !t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Date')) return false;
  if (![...f.rec.frame.with, ...f.rec.frame.to, ...f.rec.frame.from].includes(prep.key) || ctx.units.some((u) => u.first <= t.i && t.i < u.last)) return false;
  return !['personNouns', 'groupHeads', 'delegationNouns', 'determiners', 'counterparts'].some((list) => gr(ctx).has(list as never, t.key)) && !gr(ctx).has('groupHeads', `${t.key} ${ctx.tokens[t.i + 1]?.key ?? ''}`);
}

/**
 * «discussed the situation in Iraq with French President X», «talks on the war
 * in Gaza with X»: the matter of a talk may stand between the trigger and its
 * partner; a person after the frame's «with», further on in the clause (no
 * comma, clause end or other verb between), is the partner. Only a person: a
 * state after «with» may still be part of the matter («the border with Y»).
 */
function partnerAfterMatter(ctx: RelationContext, s: EnSentence, f: Found): Unit | undefined {
  const { tokens } = ctx;
  if (!f.rec.frame.with.includes('with')) return undefined;
  const inUnit = (i: number) => ctx.units.some((u) => u.first <= i && i < u.last);
  for (let k = f.last; k < Math.min(s.last, f.last + 14); k++) {
    const t = tokens[k]!;
    if (gr(ctx).has('clauseEnds', t.key) || (t.tags.has('Verb') && !inUnit(k) && !t.tags.has('Gerund') && !t.tags.has('Participle')) || (k > f.last && /[,;:]/.test(tokens[k - 1]!.after))) return undefined;
    if (t.key !== 'with') continue;
    const u = ctx.units.find((x) => x.first > k && x.first <= k + 6 && x.sentence === t.sentence);
    const between = tokens.slice(k + 1, u?.first ?? k + 1);
    return u && u.kind === 'person' && u.actor && between.every((b) => !b.tags.has('Verb') && !/[,;:]/.test(b.after) && !gr(ctx).has('prepositions', b.key)) ? u : undefined;
  }
  return undefined;
}

/** The partner after the matter talked about (partnerAfterMatter) and the venue after him («… with Y in Paris»), as slots. */
function matterPartner(ctx: RelationContext, s: EnSentence, f: Found, right: readonly Unit[]): Partial<Slots> {
  const after = partnerAfterMatter(ctx, s, f);
  if (!after) return {};
  const place = right.map(seatVenue).find((x) => x.first >= after.last && x.place && gr(ctx).has('venuePrepositions', prepBefore(ctx, x)) && clean(ctx, after.last, x.first) && !aboutMatter(ctx, after.last, x.first));
  return { partners: [after], place };
}

/** «met at the Kremlin», «welcomed X to Downing Street»: a seat of power as a venue stands for its city (data/bodies.json `city`). */
function seatVenue(u: Unit): Unit {
  return u.venue && !u.place ? { ...u, place: u.venue } : u;
}

/** «a letter from X to Y»: the recipient right after the sender, introduced by a preposition of the frame's `to`. */
function recipientAfter(ctx: RelationContext, f: Found, su: readonly Unit[], sender: readonly Unit[], sourceAt: number): Unit[] {
  const end = sender.at(-1);
  if (!end || !f.rec.frame.to.length) return [];
  const u = su.find((x) => x.first > end.last && x.first <= end.last + 3 && x.first < sourceAt && actsIn(ctx, x));
  if (!u || !f.rec.frame.to.includes(ctx.tokens[u.first - 1]?.key === 'the' ? ctx.tokens[u.first - 2]?.key ?? '' : ctx.tokens[u.first - 1]!.key)) return [];
  return group(ctx, su, su.indexOf(u), 1).filter((x) => x.actor && x.first < sourceAt);
}

/**
 * The preposition that governs a place: the word before it, past a «the» («at
 * the Vatican»), or before a phrase naming the kind of place («in the Crimean
 * resort of Yalta», «at the border village of Panmunjom»: lower-case words and
 * adjectives, then «of»).
 */
function prepBefore(ctx: RelationContext, u: Unit): string {
  const { tokens } = ctx;
  let k = tokens[u.first - 1]?.key === 'the' ? u.first - 2 : u.first - 1;
  if (tokens[k]?.key === 'of') {
    let j = k - 1;
    while (j > k - 5 && j > 0 && tokens[j]!.sentence === u.sentence && !tokens[j]!.after && !tokens[j]!.tags.has('Verb') && !gr(ctx).has('prepositions', tokens[j]!.key)) j--;
    if (j < k - 1 && gr(ctx).has('venuePrepositions', tokens[j]?.key ?? '')) k = j;
  }
  return tokens[k]?.key ?? '';
}

/**
 * «a delegation from Kenya led by Foreign Minister X»: the named head of a
 * party stands for it (a person after «led by», «headed by» right after the party), as partner or as subject.
 */
function ledBy(ctx: RelationContext, su: readonly Unit[], parties: Unit[]): Unit[] {
  const last = parties.at(-1);
  if (!last) return parties;
  const { tokens } = ctx;
  // «Egyptian officials led by intelligence chief X»: a noun may stand between the party and «led by», title words between «by» and the head
  for (let k = last.last; k <= last.last + 2 && k < tokens.length - 1; k++) {
    if (!gr(ctx).has('ledWords', tokens[k]!.key) || tokens[k + 1]!.key !== 'by') continue;
    const head = su.find((v) => v.first > k + 1 && v.first <= k + 5 && v.kind === 'person' && v.actor);
    return head && clean(ctx, k + 2, head.first) && !tokens.slice(k + 2, head.first).some((t) => /[,;:]/.test(t.after)) ? [head] : parties;
  }
  return parties;
}

/**
 * A place inside what was discussed or said is no venue: after a word that
 * opens the subject matter («spoke about the war in Gaza», «discussed the
 * situation in Sudan») or a reported clause («said after talks that … in Iraq»),
 * between the trigger and the place.
 */
function aboutMatter(ctx: RelationContext, from: number, to: number): boolean {
  return ctx.tokens.slice(from, to).some((t) => gr(ctx).has('matterWords', t.key) || gr(ctx).has('complementizers', t.key));
}

/**
 * The participant who acted, as the frame says: the subject (host, caller,
 * sender), the «from» party («received a call from Y»), or nobody (mutual).
 * A message or call noun after a verb of receiving makes the «from» party the
 * source; after a verb of holding or exchanging, nobody.
 */
function sourceOf(ctx: RelationContext, f: Found, slots: Slots, subj: string[], passive: boolean): string | null {
  const { tokens } = ctx;
  const id = (us: Unit[]) => (us.length === 1 && us[0]!.actor ? us[0]!.actor : null);
  const verbBefore = f.noun ? keysOf(tokens, Math.max(0, f.first - 4), f.first) : [];
  if (slots.fromParty.length) return id(slots.fromParty);
  if (verbBefore.some((w) => gr(ctx).has('receiveVerbs', w))) return null;
  if (verbBefore.some((w) => gr(ctx).has('mutualVerbs', w))) return null;
  // «X's call with Y», «a call between A and B»: a noun whose other party stands after «with» presents them as mutual
  const partner = slots.partners[0];
  if (f.noun && f.rec.type === 'call' && partner && f.rec.frame.with.includes(tokens[partner.first - 1]?.key ?? '')) return null;
  const frame = f.rec.frame.source;
  if (frame === 'subject') return passive ? id(slots.subject) : subj.length === 1 ? subj[0]! : null;
  if (frame === 'object') return id(slots.partners);
  return null;
}

const ids = (us: readonly Unit[]) => [...new Set(us.map((u) => u.actor).filter((x): x is string => !!x))];

/**
 * A visit with no destination named goes to the dateline city: «arrived
 * here», and a visit noun begun or paid by a foreign visitor («NAIROBI — ...
 * as he began a visit»).
 */
function datelineVisit(ctx: RelationContext, s: EnSentence, f: Found, slots: Slots): boolean {
  const { tokens } = ctx;
  if (keysOf(tokens, f.last, s.last).some((w) => gr(ctx).has('venueHere', w))) return f.rec.en.includes('arrive') || f.noun;
  if (!f.noun) return false;
  const city = ctx.units.find((u) => u.place === ctx.dateline);
  const toPlace = ctx.units.some((u) => u.place && u.first > f.last && u.first < s.last && tokens[u.first - 1]?.key === 'to');
  return !!city?.country && slots.subject.length > 0 && slots.subject.every((u) => u.country !== city.country) && !toPlace;
}

/** «paid a visit to King Charles»: a visit noun whose «to» names a person is an encounter in person with him, not a journey to a place. */
function visitToPerson(ctx: RelationContext, f: Found, visitors: string[], base: Omit<Relation, 'type' | 'participants' | 'location' | 'source'>): Relation[] {
  if (!f.noun || ctx.tokens[f.last]?.key !== 'to') return [];
  const host = ctx.units.find((u) => u.first >= f.last + 1 && u.first <= f.last + 2 && u.kind === 'person' && u.actor && !visitors.includes(u.actor));
  return host ? [{ ...base, type: 'meeting', participants: [...visitors, host.actor!], location: null, source: null, cameo: '043', plover: { type: 'CONSULT', mode: 'visit' } }] : [];
}

/**
 * «X arrived on Tuesday for talks with US President Y»: an arrival with no place
 * named goes to the state of the host its purpose names (the first person after
 * a word of talks and «with»), when the text names that state.
 */
function purposeHost(ctx: RelationContext, s: EnSentence, f: Found, slots: Slots): Unit[] {
  if (f.noun || f.rec.frame.to.length === 0 || !f.rec.frame.to.every((w) => gr(ctx).has('venuePrepositions', w) || w === 'for')) return [];
  const { tokens } = ctx;
  for (let k = f.last; k < s.last - 1 && !gr(ctx).has('clauseEnds', tokens[k]!.key); k++) {
    if (!gr(ctx).has('talkPurposes', tokens[k]!.key) || tokens[k + 1]!.key !== 'with') continue;
    const host = ctx.units.find((u) => u.first >= k + 2 && u.first <= k + 6 && u.actor && (u.kind === 'person' || u.kind === 'country'));
    const state = host?.kind === 'country' ? host.country : host?.country;
    if (!state || slots.subject.some((u) => u.country === state)) return [];
    // the state stands where its host does (a relation whose place the text does not name is dropped later)
    return [{ ...host!, kind: 'country', actor: `country:${state}`, place: `country:${state}` }];
  }
  return [];
}

/** «Mubarak sent his intelligence chief Omar Suleiman to Israel»: the person sent is the visitor (the first named person right after the verb). */
function sentVisitor(ctx: RelationContext, f: Found): Unit[] {
  const u = ctx.units.find((x) => x.first >= f.last && x.first <= f.last + 2 && x.sentence === ctx.tokens[f.first]!.sentence);
  return u?.kind === 'person' && u.actor ? [u] : [];
}

/**
 * «Putin ends Turkey visit», «a surprise Baghdad visit»: a place's name right
 * before a visit noun (past a modifier such as «surprise», «state») names its
 * destination; a state adjective does not («a Turkish visit» may be a Turk's).
 */
function placeBeforeVisitNoun(ctx: RelationContext, f: Found): Unit[] {
  if (!f.noun) return [];
  const k = gr(ctx).has('visitModifiers', ctx.tokens[f.first - 1]?.key ?? '') ? f.first - 1 : f.first;
  const u = ctx.units.find((x) => x.last === k && x.place && !x.adjective && (x.kind === 'city' || x.kind === 'country') && x.sentence === ctx.tokens[f.first]!.sentence);
  return u && !ctx.tokens[u.last - 1]!.poss && !ctx.tokens[u.last - 1]!.after ? [u] : [];
}

/** A visit: the visitors (persons first) and each destination; «arrived here» goes to the dateline city. */
function visitRelations(ctx: RelationContext, s: EnSentence, f: Found, slots: Slots, base: Omit<Relation, 'type' | 'participants' | 'location' | 'source'>): Relation[] {
  const { tokens } = ctx;
  if (f.rec.frame.visitor === 'object') slots = { ...slots, subject: sentVisitor(ctx, f) };
  const persons = slots.subject.filter((u) => u.kind === 'person');
  const visitors = ids(persons.length ? persons : slots.subject);
  if (!visitors.length) return [];
  let dest = slots.destinations;
  if (!dest.length && ctx.dateline && datelineVisit(ctx, s, f, slots)) {
    const d = ctx.units.find((u) => u.place === ctx.dateline);
    if (d) dest = [d];
  }
  if (!dest.length) dest = purposeHost(ctx, s, f, slots);
  if (!dest.length) dest = placeBeforeVisitNoun(ctx, f);
  // «X is in Washington for a state visit»: a visit noun with no destination after it is where its visitor is said to be
  const here = !dest.length && f.noun ? leftPlace(ctx, s, f, slots.subject) : undefined;
  if (here) dest = [here];
  if (!dest.length) return visitToPerson(ctx, f, visitors, base);
  // a visitor is never the destination, and a journey inside the visitors' own state is domestic
  const visitorCountries = new Set(slots.subject.map((u) => u.country));
  if (slots.subject.every((u) => u.country)) dest = dest.filter((d) => !((d.kind === 'city' || d.kind === 'region') && visitorCountries.size === 1 && visitorCountries.has(d.country)));
  dest = dest.filter((d) => !(d.kind === 'country' && slots.subject.some((u) => u.actor === d.actor)) && !(d.kind === 'country' && visitorCountries.has(d.country) && dest.length > 1));
  return dest.map((d) => ({ ...base, type: 'visit', participants: visitors, location: d.place, source: null, ...(laterStop(ctx, f, d) ? { date: null } : {}) }));
}

/**
 * «arrived in Cairo on Monday at the start of a tour that will take him to A
 * and B»: the later stops of a tour are reached on days the text does not fix;
 * the day of the trigger is the first stop's, not theirs.
 */
function laterStop(ctx: RelationContext, f: Found, d: Unit): boolean {
  const gap = keysOf(ctx.tokens, f.last, d.first);
  return gap.some((w, n) => w === 'to' && n >= 2 && gr(ctx).has('tourVerbs', gap[n - 2]!));
}

/**
 * «The foreign ministers of A and B, X and Y, met»: a state and a person of
 * that state among the parties of one side are one party — the person, who
 * stands for the state.
 */
function personsForStates(ctx: RelationContext, parties: string[]): string[] {
  const stateOfPerson = (id: string) => ctx.units.find((u) => u.actor === id && u.kind === 'person' && u.country)?.country ?? ctx.g.people.get(id)?.country;
  const held = new Set(parties.filter((id) => !id.startsWith('country:')).map(stateOfPerson).filter((c): c is string => !!c));
  return parties.filter((id) => !(id.startsWith('country:') && held.has(id.slice(8))));
}

/** A meeting, call, message, agreement or negotiation: the subject with each partner, or every party together («between», groups, agreements). */
function interactionRelations(ctx: RelationContext, f: Found, slots: Slots, passive: boolean, location: string | null, base: Omit<Relation, 'type' | 'participants' | 'location' | 'source'>): Relation[] {
  // «a letter from X to Y was delivered», «Z conveyed a message from X to Y»: the sender named after «from» is the one who acted (Z only carried it)
  const fromActs = slots.fromParty.length > 0 && slots.recipients.length > 0;
  if (fromActs) slots = { ...slots, subject: slots.fromParty, patient: [], fromParty: [] };
  const subj = personsForStates(ctx, ids(slots.subject.length ? slots.subject : slots.patient));
  const others = [...slots.partners, ...slots.fromParty, ...slots.recipients].filter((o) => !subj.includes(o.actor!));
  const source = sourceOf(ctx, f, slots, subj, passive);
  const type = f.rec.type;
  const loc = type === 'call' ? null : location;
  const mutual = slots.together || type === 'agreement' || type === 'negotiation';
  if (mutual || others.length === 0) {
    const all = personsForStates(ctx, [...new Set([...subj, ...ids(others), ...ids(slots.patient)])]);
    return all.length >= 2 ? [{ ...base, type, participants: all, location: loc, source: type === 'agreement' || type === 'negotiation' ? null : source }] : [];
  }
  if (!subj.length) return [];
  return others.map((o) => ({ ...base, type, participants: [...subj, o.actor!], location: loc, source }));
}

/** Readouts: «X spoke with Y» is a call unless the clause places them together (a venue, «on the sidelines», «met»). */
function speechInPerson(ctx: RelationContext, s: EnSentence, f: Found, slots: Slots): boolean {
  if (f.rec.type !== 'call' || f.noun || !f.rec.en.includes('speak')) return false;
  const around = keysOf(ctx.tokens, s.first, s.last);
  if (around.some((w) => gr(ctx).has('phoneWords', w))) return false;
  return !!slots.place || around.some((w, j) => gr(ctx).has('inPersonWords', w) || gr(ctx).has('inPersonWords', `${w} ${around[j + 1] ?? ''}`));
}

/** «held a virtual meeting», «talks by video link»: a meeting noun with a phone or video word just before or after it, or after «by»/«via» in its clause (byPhone), is a call. */
function remoteMeeting(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  if (f.rec.type !== 'meeting') return false;
  if (!f.noun) return byPhone(ctx, s, f) || callPhrase(ctx, s, f);
  const near = [...keysOf(ctx.tokens, f.first - 2, f.first), ...keysOf(ctx.tokens, f.last, f.last + 2)];
  // «held talks with Y via video link»: the manner further on in the clause
  return near.some((w) => gr(ctx).has('phoneWords', w)) || byPhone(ctx, s, f);
}

/**
 * «discussed Iraq in a telephone call», «In a phone call, A and B discussed»: a
 * call noun in an adverbial phrase of the clause («in», «during» …) says how
 * the parties talked.
 */
function callPhrase(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (k >= f.first && k < f.last) continue;
    const n = nounAt(ctx, k, s);
    if (!n || n.rec.type !== 'call') continue;
    const g: Found = { rec: n.rec, first: k, last: n.last, noun: true };
    if (adverbialOpener(ctx, s, g) >= 0 && (k < f.first ? clean(ctx, k, f.first) : clean(ctx, f.last, k))) return true;
  }
  return false;
}

/** «discussed Ukraine by phone», «talked via video link»: a phone word after «by», «via» or «over the» in the trigger's clause. */
function byPhone(ctx: RelationContext, s: EnSentence, f: Found): boolean {
  const { tokens } = ctx;
  for (let k = f.last; k < s.last - 1 && !gr(ctx).has('clauseEnds', tokens[k]!.key); k++) {
    const w = tokens[k + 1]?.key === 'the' ? tokens[k + 2]?.key : tokens[k + 1]?.key;
    if (gr(ctx).has('remoteMarkers', tokens[k]!.key) && gr(ctx).has('phoneWords', w ?? '')) return true;
  }
  return false;
}

/** Topic codes named after the trigger in its clause (a topic word inside a participant does not count). */
function topicsOf(ctx: RelationContext, from: number, to: number, skip: Set<number>): string[] {
  const { tokens } = ctx;
  const out: string[] = [];
  let introduced = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (gr(ctx).has('clauseEnds', t.key)) break;
    if (gr(ctx).has('topicIntro', t.key)) introduced = true;
    if (!introduced || skip.has(i)) continue;
    const best = topicAt(ctx, i, to) ?? topicStem(ctx, t, i);
    if (best) {
      if (!out.includes(best.code)) out.push(best.code);
      i = best.end - 1;
    }
  }
  return out;
}

/** The longest topic phrase at token i. */
function topicAt(ctx: RelationContext, i: number, to: number): { code: string; end: number } | undefined {
  let node = ctx.index.topics.next.get(ctx.tokens[i]!.key);
  let j = i + 1;
  let best: { code: string; end: number } | undefined;
  while (node) {
    const e = node.entries?.[0];
    if (e && e.sense.t === 'org') best = { code: e.sense.id, end: j };
    const nx = ctx.tokens[j];
    if (!nx || j >= to) break;
    node = node.next.get(nx.key);
    j++;
  }
  return best;
}

/** A stem of a one-word topic («terror» → terrorism). */
function topicStem(ctx: RelationContext, t: EnToken, i: number): { code: string; end: number } | undefined {
  if (t.key.length < 5) return undefined;
  for (const [word, n] of ctx.index.topics.next) {
    if (word.startsWith(t.key) && word.length - t.key.length <= 3 && n.entries?.[0]?.sense.t === 'org') return { code: n.entries[0].sense.id, end: i + 1 };
  }
  return undefined;
}

/** «X is in Brazil for talks with Y»: a place after «in»/«at» between the subject and the trigger, in its clause. */
function leftPlace(ctx: RelationContext, s: EnSentence, f: Found, subject: readonly Unit[]): Unit | undefined {
  const from = subject.at(-1)?.last ?? s.first;
  return ctx.units.find((u) => u.place && u.sentence === ctx.tokens[f.first]!.sentence && u.first >= from && u.last <= f.first && gr(ctx).has('venuePrepositions', ctx.tokens[u.first - 1]?.key ?? '') && clean(ctx, u.last, f.first));
}

/** «In Beijing, Powell met Y»: a place opening the sentence after «in»/«at», closed by a comma, is the venue of what follows. */
function frontedPlace(ctx: RelationContext, s: EnSentence, f: Found): Unit | undefined {
  const { tokens } = ctx;
  if (!gr(ctx).has('venuePrepositions', tokens[s.first]!.key)) return undefined;
  const u = ctx.units.find((x) => x.place && x.first === s.first + 1 && x.last <= f.first);
  return u && /,/.test(tokens[u.last - 1]!.after) ? u : undefined;
}

/** «X travelled to Riyadh, where he met Y»: the place a «where» clause hangs on. */
function wherePlace(ctx: RelationContext, s: EnSentence, f: Found): Unit | undefined {
  const { tokens } = ctx;
  for (let k = f.first - 1; k > s.first; k--) {
    if (!gr(ctx).has('relativePlace', tokens[k]!.key)) continue;
    if (!clean(ctx, k + 1, f.first)) return undefined;
    const u = ctx.units.find((x) => x.place && x.last === k && x.sentence === tokens[k]!.sentence);
    // «Tel Aviv, Israel, where»: the city the state locates
    const city = u && ctx.units.find((x) => x.last <= u.first && x.last >= u.first - 1 && locatesCity(ctx, x, u));
    return city ?? u;
  }
  return undefined;
}

/** «will travel to X next month, his office said on Tuesday»: a day right after a verb of saying (past «on») is the report's, not the plan's. */
function reportDay(ctx: RelationContext, first: number): boolean {
  const k = ctx.tokens[first - 1]?.key === 'on' ? first - 2 : first - 1;
  return gr(ctx).has('sayVerbs', ctx.tokens[k]?.key ?? '');
}

/**
 * «Scholz arrived in Paris. Macron received him at the Elysee», «called her on
 * Tuesday»: an object pronoun right after a verb of meeting or calling is the
 * person it refers back to — the last person before it in the sentence who is
 * not the verb's subject, else the acting person of the sentence before.
 * «her» followed by a noun is a possessive, no object.
 */
function objectPronoun(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], mem: Memory, subject: readonly Unit[]): Unit[] {
  const t = ctx.tokens[f.last];
  if (f.noun || !f.rec.frame.object || (f.rec.type !== 'meeting' && f.rec.type !== 'call') || !t || t.sentence !== ctx.tokens[f.first]!.sentence || !gr(ctx).has('objectPronouns', t.key)) return [];
  const next = ctx.tokens[t.i + 1];
  if (t.key === 'her' && !t.after && next && next.sentence === t.sentence && !gr(ctx).has('prepositions', next.key) && !dayAt(ctx, next.i)) return [];
  const taken = new Set(subject.map((u) => u.actor));
  const ante = su.filter((u) => u.last <= f.first && u.kind === 'person' && u.actor && !taken.has(u.actor) && !oblique(ctx, u)).at(-1);
  if (ante) return [ante];
  return mem.lastPersons.filter((u) => u.sentence !== t.sentence && !taken.has(u.actor)).map((u) => ({ ...u, first: t.i, last: t.i + 1, sentence: t.sentence }));
}

/** The relations of one trigger. */
function relationsOfTrigger(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[], mem: Memory): Relation[] {
  const { tokens, text } = ctx;
  if (restrained(ctx, s, f)) return [];
  const planned = isPlanned(ctx, s, f);
  const { subject, patient, passive } = subjectOf(ctx, s, f, su, mem);
  const slots: Slots = { subject, patient, ...rightSlots(ctx, s, f, su, passive) };
  const adverbial = f.rec.type !== 'visit' && !slots.partners.length && !slots.recipients.length && !slots.fromParty.length ? adverbialClause(ctx, s, f, su) : undefined;
  if (adverbial?.object.length) Object.assign(slots, { subject: adverbial.subject, partners: adverbial.object });
  if (f.noun && f.rec.type === 'message') Object.assign(slots, possessiveSender(ctx, f, su, slots), handedTo(ctx, s, f, su) ?? {});
  if (!slots.partners.length && !slots.recipients.length && !slots.fromParty.length) slots.partners = frontedHearer(ctx, s, f, su, slots.subject);
  if (!slots.partners.length && !slots.recipients.length && !slots.fromParty.length) slots.partners = objectPronoun(ctx, s, f, su, mem, slots.subject);
  let location: string | null = slots.place?.place ?? leftPlace(ctx, s, f, slots.subject)?.place ?? wherePlace(ctx, s, f)?.place ?? frontedPlace(ctx, s, f)?.place ?? null;
  if (!location && ctx.dateline && keysOf(tokens, f.first, s.last).some((w) => gr(ctx).has('venueHere', w))) location = ctx.dateline;
  const dates = findDates(gr(ctx).dates, tokens, s.first, s.last, ctx.day, planned).filter((d) => (!planned || (d.first >= (ctx.datelineEnd ?? 0) && !reportDay(ctx, d.first))) && !gr(ctx).has('sinceWords', tokens[d.first - 1]?.key ?? '') && !timePhraseBetween(ctx, d.first, f.first));
  // the nearest date that fixes a day, preferring one after the trigger (a dateline date before it is the report's)
  const dist = (d: { first: number; day: string | null }) => Math.abs(d.first - f.first) + (d.first < f.first ? 6 : 0) + (d.day ? 0 : 100);
  const date = dates.sort((a, b) => dist(a) - dist(b))[0]?.day ?? null;
  const skip = new Set<number>();
  for (const u of [...slots.subject, ...patient, ...slots.partners, ...slots.fromParty, ...slots.recipients, ...slots.destinations]) for (let k = u.first; k < u.last; k++) skip.add(k);
  const rec = speechInPerson(ctx, s, f, slots) ? { ...f.rec, type: 'meeting' as const, cameo: '040', mode: 'meeting' } : remoteMeeting(ctx, s, f) ? { ...f.rec, type: 'call' as const, cameo: '041', mode: 'phone' } : f.rec;
  const base = {
    date,
    topics: topicsOf(ctx, f.last, s.last, skip),
    status: planned ? ('planned' as const) : ('reported' as const),
    trigger: { start: tokens[f.first]!.start, end: tokens[f.last - 1]!.end, text: text.slice(tokens[f.first]!.start, tokens[f.last - 1]!.end) },
    evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    confidence: 0.7,
    cameo: rec.cameo ?? '',
    plover: { type: rec.plover ?? 'CONSULT', ...(rec.mode ? { mode: rec.mode } : {}) },
  };
  if (rec.type === 'visit') return visitRelations(ctx, s, f, slots, base);
  // a visitor's meeting, in the sentence of the visit or after it, is at the visit's destination
  if (!location && mem.lastVisit && rec.type !== 'call' && ids([...slots.subject, ...slots.partners]).some((x) => mem.lastVisit!.participants.includes(x))) location = mem.lastVisit.location;
  return [...interactionRelations(ctx, { ...f, rec }, slots, passive, location, base), ...carrierMeetings(ctx, s, { ...f, rec }, slots, location, base)];
}

/** A word of a noun phrase before its head at token k («a», «written», «personal»): lower case, no verb but a participle, no name, no punctuation before it. */
function modifierOfNoun(ctx: RelationContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return !t.cap && (!t.tags.has('Verb') || t.tags.has('Participle')) && !/[,;:]/.test(ctx.tokens[k - 1]?.after ?? '') && !ctx.units.some((v) => v.first <= k && k < v.last);
}

/**
 * «received Vladimir Putin's letter», «X's written message»: a person or state
 * in the possessive right before a message noun (past at most two lower-case
 * modifiers) owns the message — he is its sender.
 */
function messageOwner(ctx: RelationContext, u: Unit): boolean {
  const { tokens } = ctx;
  if (!u.actor || !tokens[u.last - 1]!.poss) return false;
  for (let k = u.last; k < u.last + 3 && tokens[k]?.sentence === u.sentence; k++) {
    if (ctx.index.triggers.nouns.get(tokens[k]!.key)?.some((n) => n.rec.type === 'message')) return true;
    if (!modifierOfNoun(ctx, k)) return false;
  }
  return false;
}

/**
 * A message noun's sender named in the possessive before it (messageOwner),
 * when no «from» names one: the sender; the subject of a verb of receiving
 * right before the owner («Y received X's letter»: data/en/grammar.json
 * `receiveVerbs`) is the recipient, and a «by» after the noun names no party
 * of the message (its carrier: carriedBy).
 */
function possessiveSender(ctx: RelationContext, f: Found, su: readonly Unit[], slots: Slots): Partial<Slots> {
  if (slots.fromParty.length) return {};
  const owner = su.find((u) => u.last <= f.first && u.last >= f.first - 2 && messageOwner(ctx, u));
  const verbAt = (owner?.first ?? 0) - 1;
  if (!owner || !gr(ctx).has('receiveVerbs', ctx.tokens[verbAt]?.key ?? '')) return {};
  const recipient = su.filter((u) => u.last <= verbAt && actsIn(ctx, u) && !oblique(ctx, u) && clean(ctx, u.last, verbAt)).at(-1);
  return recipient ? { fromParty: [owner], subject: [recipient], partners: [] } : {};
}

/**
 * «Lavrov handed Emir Tamim a letter from Putin», «Z conveyed to Y a message
 * from X»: a verb of handing (data/en/grammar.json `sendVerbs`) with the
 * recipient as its first object (or after «to»), right before the message
 * noun (past a determiner and modifiers), and a sender after «from»: the
 * recipient is the message's, the verb's subject its carrier.
 */
function handedTo(ctx: RelationContext, s: EnSentence, f: Found, su: readonly Unit[]): Partial<Slots> | undefined {
  const { tokens } = ctx;
  let k = f.first - 1;
  while (k > s.first && f.first - k <= 3 && modifierOfNoun(ctx, k) && !ctx.units.some((u) => u.last === k + 1)) k--;
  const recipient = su.find((u) => u.last === k + 1 && u.actor && !tokens[u.last - 1]!.poss);
  if (!recipient || !tokens.slice(f.last, s.last).some((t) => f.rec.frame.from.includes(t.key))) return undefined;
  const verbAt = recipient.first - 1 - (tokens[recipient.first - 1]?.key === 'to' ? 1 : 0);
  const verb = tokens[verbAt];
  if (!verb || verbAt < s.first || !gr(ctx).has('sendVerbs', verb.key) || gr(ctx).has('receiveVerbs', verb.key)) return undefined;
  const carrier = su.filter((u) => u.last <= verbAt && actsIn(ctx, u) && !oblique(ctx, u) && clean(ctx, u.last, verbAt)).at(-1);
  return carrier ? { subject: [carrier], recipients: [recipient] } : undefined;
}

/** «arrived on Sunday ahead of talks with Y»: a phrase of time (data/en/grammar.json `timePhrases`) between a day and the trigger after it separates them: the day is another event's. */
function timePhraseBetween(ctx: RelationContext, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (gr(ctx).has('timePhrases', `${ctx.tokens[k]!.key} ${ctx.tokens[k + 1]!.key}`)) return true;
  return false;
}

/**
 * A message carried by an envoy: «Z conveyed a message from X to Y», «Y
 * received a letter from X, delivered by Z». The message is between sender and
 * recipient; the carrier met the recipient to hand it over, and acted in that
 * encounter: he delivered it (ANNOTATE.md `source`: the party that delivered;
 * as in the Arabic path, src/relations/carry.ts). Where the sentence also says
 * the recipient received him, that reception comes first and keeps its host.
 */
function carrierMeetings(ctx: RelationContext, s: EnSentence, f: Found, slots: Slots, location: string | null, base: Omit<Relation, 'type' | 'participants' | 'location' | 'source'>): Relation[] {
  if (f.rec.type !== 'message' || !f.noun || !slots.fromParty.length) return [];
  const senders = ids(slots.fromParty);
  const recipients = ids(slots.recipients.length ? slots.recipients : slots.subject).filter((x) => !senders.includes(x));
  const carriers = slots.recipients.length ? ids(slots.subject) : ids(carriedBy(ctx, s, f));
  return carriers.filter((c) => !senders.includes(c) && !recipients.includes(c)).flatMap((c) =>
    recipients.map((r) => ({ ...base, type: 'meeting' as const, participants: [c, r], location, source: c, cameo: '043', plover: { type: 'CONSULT', mode: 'meeting' } })));
}

/** «…, delivered by Z», «handed over by Z»: the person after a verb of handing (data/en/grammar.json `sendVerbs`) and «by», later in the clause of a message noun. */
function carriedBy(ctx: RelationContext, s: EnSentence, f: Found): Unit[] {
  const { tokens } = ctx;
  for (let k = f.last; k < s.last - 1; k++) {
    if (!gr(ctx).has('sendVerbs', tokens[k]!.key)) continue;
    const by = tokens[k + 1]?.key === 'by' ? k + 1 : tokens[k + 2]?.key === 'by' ? k + 2 : -1;
    const u = by < 0 ? undefined : ctx.units.find((x) => x.first > by && x.first <= by + 4 && x.kind === 'person' && x.actor && x.sentence === tokens[k]!.sentence);
    return u && clean(ctx, by + 1, u.first) ? [u] : [];
  }
  return [];
}

/**
 * «meets visiting Finnish President X», «the visiting minister»: the person
 * after «visiting» is on a visit to the place of the sentence, else the dateline
 * city, else the state of the person who receives him.
 */
function visitingVisits(ctx: RelationContext, s: EnSentence, su: readonly Unit[], found: readonly Relation[]): Relation[] {
  const { tokens, text } = ctx;
  const out: Relation[] = [];
  for (const u of su) {
    const prev = visitingBefore(ctx, u);
    if (!u.actor || u.kind !== 'person' || !prev) continue;
    const host = found.find((r) => r.type === 'meeting' && r.participants.includes(u.actor!) && r.evidence.start === s.start);
    const state = u.country ?? stateBefore(ctx, su, prev);
    const visitor: Unit = { ...u, ...(state ? { country: state } : {}) };
    const speaker = host ? undefined : toldVisitor(ctx, su, prev, visitor);
    const hostState = host ? host.participants.filter((p) => p !== u.actor).map((p) => ctx.units.find((x) => x.actor === p)?.country ?? ctx.g.people.get(p)?.country).find((c) => c && c !== visitor.country) : speaker ? partyState(ctx, speaker) : otherState(ctx, su, visitor);
    const place = host?.location ?? cityOfVisited(ctx, su, visitor) ?? ctx.dateline ?? (hostState ? `country:${hostState}` : null);
    if (!place) continue;
    // the visitor's encounter with the host is where the visit goes
    if (host && !host.location && ctx.units.some((u) => u.place === place)) host.location = place;
    const base = {
      date: host?.date ?? null, topics: [], status: host?.status ?? ('reported' as const),
      trigger: { start: prev.start, end: prev.end, text: text.slice(prev.start, prev.end) }, evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) }, source: null,
    };
    out.push({ ...base, type: 'visit', participants: [u.actor], location: place, confidence: 0.6, cameo: '042', plover: { type: 'CONSULT', mode: 'visit' } });
    // «talks with the visiting X» with no host named: the visitor met the host state
    const talks = tokens.slice(s.first, u.first).some((t) => ctx.index.triggers.nouns.get(t.key)?.some((n) => n.rec.type === 'meeting'));
    if (speaker) out.push({ ...base, type: 'meeting', participants: [speaker, u.actor], location: ctx.units.some((x) => x.place === place) ? place : null, source: speaker, confidence: 0.5, cameo: '043', plover: { type: 'CONSULT', mode: 'visit' } });
    else if (!host && talks && hostState) out.push({ ...base, type: 'meeting', participants: [u.actor, `country:${hostState}`], location: place, confidence: 0.5, cameo: '040', plover: { type: 'CONSULT', mode: 'meeting' } });
  }
  return out;
}

/**
 * «X told visiting minister Y that …»: a verb of telling whose object, the
 * hearer, is a visitor (data/en/grammar.json `hearerVerbs`) tells of an encounter in person; the speaker (the acting person
 * before the verb, of another state) receives the visitor.
 */
function toldVisitor(ctx: RelationContext, su: readonly Unit[], visiting: EnToken, visitor: Unit): string | undefined {
  const verb = ctx.tokens[visiting.i - 1];
  if (!verb || !gr(ctx).has('hearerVerbs', verb.key) || verb.sentence !== visiting.sentence) return undefined;
  const speaker = su.filter((x) => x.last <= verb.i && x.kind === 'person' && actsIn(ctx, x) && !oblique(ctx, x) && clean(ctx, x.last, verb.i)).at(-1);
  const state = speaker?.actor ? partyState(ctx, speaker.actor) : undefined;
  return speaker?.actor && state && state !== visitor.country ? speaker.actor : undefined;
}

/**
 * «Visiting minister X said in Damascus …»: with no host named, a city the
 * sentence places something in («in», «at»), of a state not the visitor's, is
 * where the visitor is.
 */
function cityOfVisited(ctx: RelationContext, su: readonly Unit[], visitor: Unit): string | null {
  const city = su.find((u) => u.kind === 'city' && u.place && gr(ctx).has('venuePrepositions', prepBefore(ctx, u)) && u.country !== visitor.country);
  return city?.place ?? null;
}

/** «Ethiopia's visiting army chief»: the state named right before «visiting». */
function stateBefore(ctx: RelationContext, su: readonly Unit[], visiting: EnToken): string | undefined {
  const u = su.find((x) => x.last === visiting.i && x.kind === 'country');
  return u?.country;
}

/** The state of the sentence that is not the visitor's: the first state, or state body or official of another state, named in it. */
function otherState(ctx: RelationContext, su: readonly Unit[], visitor: Unit): string | undefined {
  for (const x of su) {
    if (x.actor === visitor.actor || x.kind === 'city') continue;
    const c = x.kind === 'country' ? x.actor?.slice(8) : x.country;
    if (c && c !== visitor.country && ctx.units.some((y) => y.actor === `country:${c}`)) return c;
    if (c && c !== visitor.country && x.kind === 'body') return c;
  }
  return undefined;
}

/** «visiting» before a person's phrase: right before it, or before its title words («China's visiting military chief, General X»). */
function visitingBefore(ctx: RelationContext, u: Unit): EnToken | undefined {
  const { tokens } = ctx;
  for (let k = u.first - 1; k >= Math.max(0, u.first - 5); k--) {
    const t = tokens[k]!;
    if (t.sentence !== u.sentence) return undefined;
    if (gr(ctx).has('visitingWords', t.key)) return t;
    if (gr(ctx).has('honorifics', t.key)) continue;
    if (t.cap || t.tags.has('Verb') || gr(ctx).has('prepositions', t.key) || gr(ctx).has('determiners', t.key)) return undefined;
  }
  return undefined;
}

/**
 * Headlines and ledes leave out the verb of a stay abroad: «Powell in Beijing
 * for talks», «Annan in Sudan to press Bashir», «Rice due in Israel on Sunday»,
 * «X is expected in A next week», «X will be in A on Monday for talks»
 * — a person, «in» (or «due in», «is in») and a place of another state,
 * followed by a purpose («for» and a word of talks or visit, «to» and a verb)
 * or, after «due», by nothing more: a visit there (planned after «due»).
 */
function stayVisits(ctx: RelationContext, s: EnSentence, su: readonly Unit[], found: readonly Relation[]): Relation[] {
  const { tokens, text } = ctx;
  const out: Relation[] = [];
  for (const u of su) {
    if (u.kind !== 'person' || !u.actor || oblique(ctx, u) || found.some((r) => r.type === 'visit' && r.participants.includes(u.actor!))) continue;
    // the person is the subject: no verb before him in the sentence («X received Y in Cairo for talks»: a reception, no stay)
    if (tokens.slice(s.first, u.first).some((t) => t.tags.has('Verb') && !ctx.units.some((x) => x.first <= t.i && t.i < x.last))) continue;
    let k = u.last;
    // «X will be in A», «X is due in A», «X is expected in A»: a plan word and a form of «be» before the stay word
    while (k < u.last + 2 && (gr(ctx).has('planMarkers', tokens[k]?.key ?? '') || gr(ctx).has('beVerbs', tokens[k]?.key ?? '')) && tokens[k + 1]?.key !== 'in') k++;
    const due = gr(ctx).has('stayWords', tokens[k]?.key ?? '') || k > u.last;
    if (due || gr(ctx).has('beVerbs', tokens[k]?.key ?? '')) k++;
    const place = tokens[k]?.key === 'in' ? su.find((x) => x.first === k + 1 && x.place && !x.adjective) : undefined;
    const home = partyState(ctx, u.actor);
    const there = place?.kind === 'country' ? place.place!.slice(8) : place ? ctx.g.view(place.place!)?.country : undefined;
    if (!place || !home || !there || there === home) continue;
    const next = tokens[place.last]?.key ?? '';
    const after = tokens[place.last + 1];
    const purpose = (next === 'for' && !!after && (gr(ctx).has('talkPurposes', after.key) || gr(ctx).has('gatherings', after.key) || !!ctx.index.triggers.nouns.get(after.key)?.some((n) => n.rec.type === 'visit'))) || (next === 'to' && !!after?.tags.has('Verb'));
    // «was due in A but the trip was cancelled»
    if ((!purpose && !due) || keysOf(tokens, place.last, s.last).some((w) => gr(ctx).has('cancelWords', w))) continue;
    const t = tokens[k]!;
    out.push({
      type: 'visit', participants: [u.actor], location: place.place, date: findDates(gr(ctx).dates, tokens, place.last, s.last, ctx.day, due).find((d) => d.day)?.day ?? null, topics: [], source: null, status: due ? 'planned' : 'reported', confidence: 0.5, cameo: '042', plover: { type: 'CONSULT', mode: 'visit' },
      trigger: { start: t.start, end: t.end, text: text.slice(t.start, t.end) }, evidence: { start: s.start, end: s.end, text: text.slice(s.start, s.end) },
    });
  }
  return out;
}

/**
 * «X welcomed Y to the White House for a state visit», «X received Y, who is on
 * an official visit»: a visit noun after «for» or «on» in the sentence of a
 * reception is the guest's visit, to where the reception was held (else the
 * host's state, when the text names it).
 */
function guestVisits(ctx: RelationContext, s: EnSentence, here: readonly Relation[]): Relation[] {
  const { tokens } = ctx;
  const host = here.find((r) => r.type === 'meeting' && r.source && r.participants.length === 2 && r.evidence.start === s.start);
  if (!host?.source) return [];
  const guest = host.participants.find((x) => x !== host.source)!;
  if (here.some((r) => r.type === 'visit' && r.participants.includes(guest))) return [];
  for (let k = s.first + 1; k < s.last; k++) {
    if (!ctx.index.triggers.nouns.get(tokens[k]!.key)?.some((n) => n.rec.type === 'visit')) continue;
    const opener = keysOf(tokens, k - 3, k).findIndex((w) => w === 'for' || w === 'on');
    if (opener < 0 || !keysOf(tokens, k - 3 + opener + 1, k).every((w) => gr(ctx).has('determiners', w) || gr(ctx).has('visitModifiers', w))) continue;
    const state = partyState(ctx, host.source);
    const place = host.location ?? (state && ctx.units.some((u) => u.actor === `country:${state}`) ? `country:${state}` : null);
    if (!place) return [];
    const t = tokens[k]!;
    return [{ ...host, type: 'visit', participants: [guest], location: place, source: null, topics: [...host.topics], confidence: 0.5, cameo: '042', plover: { type: 'CONSULT', mode: 'visit' }, trigger: { start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end) } }];
  }
  return [];
}

/** A visit «for talks» / «to discuss» with no host named: a meeting of the visitors with the host state. */
function visitTalks(ctx: RelationContext, s: EnSentence, visit: Relation, out: readonly Relation[]): Relation | undefined {
  const { tokens } = ctx;
  const end = tokens.findIndex((t) => t.start >= visit.trigger.end);
  if (end < 0) return undefined;
  const rest = tokens.slice(end, s.last);
  const k = rest.findIndex((t) => gr(ctx).has('clauseEnds', t.key));
  const clause = (k < 0 ? rest : rest.slice(0, k)).map((t) => t.key);
  if (!clause.some((w) => gr(ctx).has('talkPurposes', w))) return undefined;
  if (out.some((r) => r.type === 'meeting' && r.participants.some((p) => visit.participants.includes(p)) && r.evidence.start === visit.evidence.start)) return undefined;
  const d = ctx.units.find((u) => u.place === visit.location);
  const host = d?.kind === 'country' ? d.actor : d?.country ? `country:${d.country}` : null;
  if (!host || visit.participants.includes(host)) return undefined;
  return { ...visit, type: 'meeting', participants: [...visit.participants, host], topics: visit.topics.length ? visit.topics : topicsOf(ctx, end, s.last, new Set()), confidence: 0.5, cameo: '040', plover: { type: 'CONSULT', mode: 'meeting' }, source: null };
}

/** Meetings, calls and messages among persons and bodies of one state are domestic: no relation («the prime minister met the interior minister»). */
function domestic(ctx: RelationContext, r: Relation): boolean {
  if (r.type === 'visit' || r.participants.length < 2) return false;
  const countries = r.participants.map((p) => (p.startsWith('country:') ? p.slice(8) : (ctx.units.find((u) => u.actor === p && u.country)?.country ?? ctx.g.people.get(p)?.country)));
  return countries.every((c) => c && c === countries[0]);
}

/**
 * Two destinations of one journey: the same place, or a city and its state
 * («arrived in Cairo on a visit to Egypt»); «a visit to A and then B» are two.
 */
function samePlace(ctx: RelationContext, a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b || a === b) return true;
  const state = (id: string) => (id.startsWith('country:') ? id.slice(8) : ctx.g.view(id)?.country);
  return (a.startsWith('country:') || b.startsWith('country:')) && state(a) === state(b);
}

/** Adds a relation, or merges it into the same event found before (same type and participants; a visit also the same place). */
function addRelation(out: Relation[], r: Relation): void {
  const key = (x: Relation) => `${x.type}|${[...new Set(x.participants)].sort().join('|')}|${x.type === 'visit' ? x.location : ''}`;
  const prev = out.find((x) => key(x) === key(r));
  if (!prev) {
    out.push(r);
    return;
  }
  for (const t of r.topics) if (!prev.topics.includes(t)) prev.topics.push(t);
  prev.location ??= r.location;
  prev.date ??= r.date;
  prev.source ??= r.source ?? null;
}

/** Finds the relations of an English text. */
export function findRelations(ctx: RelationContext): Relation[] {
  const out: Relation[] = [];
  const mem: Memory = { lastPersons: [], last: undefined, lastVisit: undefined };
  for (const s of ctx.sentences) {
    const su = ctx.units.filter((u) => u.sentence === ctx.tokens[s.first]!.sentence);
    const here: Relation[] = [];
    for (const f of triggersOf(ctx, s)) {
      const before = [...here];
      for (const r of relationsOfTrigger(ctx, s, f, su, mem)) {
        // a visit already found in this sentence for the same visitors is the same visit («arrived in X for a visit»)
        if (r.type === 'visit' && before.some((v) => v.type === 'visit' && v.participants.join() === r.participants.join() && samePlace(ctx, v.location, r.location))) continue;
        here.push(r);
        if (r.type === 'visit') mem.lastVisit = r;
        else mem.last = r;
      }
    }
    here.push(...visitingVisits(ctx, s, su, here));
    here.push(...stayVisits(ctx, s, su, here), ...guestVisits(ctx, s, here));
    const named = [...here];
    for (const v of named.filter((r) => r.type === 'visit')) {
      const m = visitTalks(ctx, s, v, named);
      if (m) here.push(m);
    }
    for (const r of here) if (!domestic(ctx, r) && !sportsEncounter(ctx, s, r)) addRelation(out, r);
    const persons = su.filter((u) => u.kind === 'person' && u.actor && !oblique(ctx, u));
    if (persons.length) mem.lastPersons = persons.slice(0, 1);
  }
  return oneEventAcrossSentences(ctx, out);
}

/** The state a party id stands in: a state's own, or the state of a person (the text's unit, else the gazetteer). */
function partyState(ctx: RelationContext, id: string): string | undefined {
  if (id.startsWith('country:')) return id.slice(8);
  return ctx.units.find((u) => u.actor === id && u.kind === 'person' && u.country)?.country ?? ctx.g.people.get(id)?.country;
}

/**
 * A headline and its story tell one encounter twice: «Annan meets Sudan leader»
 * then «Annan met Sudanese President X»; «Blair in Iraq visit» then «Blair
 * visited Baghdad». A relation whose state party is named elsewhere by a person
 * of that state, in a relation of the same type with the same other parties,
 * is that relation (its place, day and topics join it); a visit to a state is
 * the visit of the same visitors to a city of that state.
 */
function oneEventAcrossSentences(ctx: RelationContext, rels: Relation[]): Relation[] {
  const covers = (big: Relation, small: Relation): boolean => {
    if (big === small || big.type !== small.type) return false;
    if (small.type === 'visit') return big.participants.join() === small.participants.join() && !!small.location?.startsWith('country:') && !!big.location && !big.location.startsWith('country:') && samePlace(ctx, big.location, small.location);
    if (big.participants.length !== small.participants.length) return false;
    const rest = big.participants.filter((x) => !small.participants.includes(x));
    const mine = small.participants.filter((x) => !big.participants.includes(x));
    return mine.length === rest.length && mine.length > 0 && mine.every((x, n) => x.startsWith('country:') && !rest[n]!.startsWith('country:') && partyState(ctx, rest[n]!) === x.slice(8));
  };
  const out: Relation[] = [];
  for (const r of rels) {
    const big = rels.find((b) => covers(b, r));
    if (!big) {
      out.push(r);
      continue;
    }
    for (const t of r.topics) if (!big.topics.includes(t)) big.topics.push(t);
    big.date ??= r.date;
    if (r.type !== 'visit') big.location ??= r.location;
  }
  return out;
}

/**
 * Relations: triggers found in each sentence, then, for each, its parties,
 * place, day, topics, status and event codes. The order of the steps:
 *   findHits → reportsEvent → clauseOf → partiesOf → visitOf | carriedMessage | venueOf → dateOf → topicsOf → records
 */
import type { Actor, Doc } from '../document.js';
import { itemOf, stateOf } from '../document.js';
import { phraseStarts, type TriggerRecord } from '../gazetteer/index.js';
import type { Relation } from '../types.js';
import { anyBaseIn, baseAt, clauseOf, createContext, oneClause, punctBetween, twoWordsAt, type Clause, type Context } from './clause.js';
import { grammarOf } from './grammar.js';
import { carriedMessage, type Carried } from './carry.js';
import { quotedTokens, reportsEvent, stem, triggerMatches, type TriggerHit } from './hits.js';
import { hasArticle } from '../tokenize/index.js';
import { isMarginPhrase, partiesOf, type Parties } from './participants.js';
import { venueOf, visitOf } from './place.js';
import { topicsOf } from './topics.js';
import { sourceOf } from './direction.js';
import { delegationHeadsNamedLater, delegationMembers } from './delegation.js';
import { dateOf, statedAsPlan } from './when.js';

export { findDates, hijriToGregorian, addDays } from './dates.js';
export type { DateWords, FoundDate } from './dates.js';

/** The relation stage of the pipeline: fills `doc.relations`. */
export function extractRelations(doc: Doc): void {
  const grammar = grammarOf(doc.gazetteer);
  // (a text with no trigger word has no relation: nothing more to read)
  const candidates = triggerMatches(doc);
  const ctx = candidates.length ? createContext(doc, grammar, candidates) : undefined;
  if (!ctx?.hits.length) {
    doc.relations = [];
    return;
  }
  const quoted = quotedTokens(doc);
  for (const hit of ctx.hits) if (reportsEvent(doc, grammar, hit, quoted, ctx.hitsBySentence.get(hit.sentence) ?? [], ctx.covered)) ctx.reported.add(hit);
  for (const hit of ctx.hits) {
    const item = itemOf(doc, hit.first);
    if (!item || item.kind === 'source' || item.kind === 'tags') continue;
    if (!ctx.reported.has(hit)) continue;
    const clause = clauseOf(ctx, hit, item);
    if (occasionOfVerb(ctx, clause)) continue;
    const parties = partiesOf(ctx, clause);
    if (quoted[hit.first] === 1 && !reportedInQuotation(quoted, parties)) continue;
    const records = recordsOf(ctx, clause, parties);
    if (records[0]) ctx.made.set(hit, records[0]);
    else toldAgain(ctx, clause, parties);
    for (const r of records) add(ctx, r, clause);
  }
  // a meeting stated before the visit that brought its parties there takes the visit's destination
  for (const r of ctx.relations) {
    if (r.location || r.type === 'call' || r.type === 'message' || r.type === 'visit') continue;
    const visit = ctx.relations.find((v) => v.type === 'visit' && v.location && v.evidence.start === r.evidence.start && v.participants.some((p) => r.participants.includes(p)));
    if (visit) r.location = visit.location;
  }
  placeInVisitedCity(ctx);
  delegationMembers(ctx);
  delegationHeadsNamedLater(ctx);
  const relations = oneVisitPerCountry(ctx);
  shareVisitTopics(relations);
  doc.relations = dropStatedHosts(doc, relations);
}

/**
 * «التقى X على هامش القمة Y»: «على هامش» right after the subject of a verb
 * of encounter names the occasion of that encounter, not one of its own.
 */
function occasionOfVerb(ctx: Context, clause: Clause): boolean {
  const { hit, sameSentence } = clause;
  if (isMarginPhrase(ctx, hit)) return marginOfVerb(ctx, hit, sameSentence);
  // («… على هامش القمة»: the event the phrase names is the occasion too)
  const margin = clause.prevHit;
  return margin !== undefined && margin.last === hit.first && isMarginPhrase(ctx, margin) && marginOfVerb(ctx, margin, sameSentence);
}

/** Does «على هامش» follow a verb of encounter that made a record, past the verb's subject alone? */
function marginOfVerb(ctx: Context, margin: TriggerHit, sameSentence: readonly TriggerHit[]): boolean {
  const verb = sameSentence.filter((h) => h.last <= margin.first).at(-1);
  if (!verb || verb.record.pos !== 'verb' || verb.record.type !== 'meeting' || !ctx.made.has(verb)) return false;
  return (ctx.actorsBySentence.get(margin.sentence) ?? []).some((a) => a.first >= verb.last && a.last === margin.first && a.type === 'person');
}

/**
 * A quotation states an event when it names the event's parties itself, as a
 * report does («وكتب: "استقبل الرئيس X نظيره Y"»); a trigger in a quotation
 * whose parties stand outside it is what someone said of his own side
 * («قال X: "نحن ممتنون لمن هيأ للتفاوض مع Y"»), an opinion, not a report.
 */
function reportedInQuotation(quoted: Uint8Array, parties: Parties): boolean {
  const actors = [...parties.subjects, ...parties.objects];
  return actors.length > 0 && actors.every((a) => quoted[a.first] === 1);
}

/** The city of a state that a visit of the item went to, if one of the participants made it. */
function visitedCity(ctx: Context, r: Relation, iso: string): string | undefined {
  const item = ctx.items.get(r);
  return ctx.relations.find(
    (v) =>
      v.type === 'visit' &&
      v.location?.startsWith('city:') &&
      ctx.items.get(v) === item &&
      v.participants.some((p) => r.participants.includes(p)) &&
      ctx.doc.gazetteer.cities.get(v.location)?.country === iso,
  )?.location ?? undefined;
}

/**
 * One event told in several sentences: an encounter placed only in a state
 * («قمة في إيران») is in the city of that state that one of its parties is
 * said to have arrived in, in the same item («ووصل إلى طهران X»).
 */
function placeInVisitedCity(ctx: Context): void {
  for (const r of ctx.relations) {
    if (r.type !== 'meeting' && r.type !== 'agreement' && r.type !== 'negotiation') continue;
    if (!r.location?.startsWith('country:')) continue;
    const city = visitedCity(ctx, r, r.location.slice(8));
    if (city) r.location = city;
  }
}

/** A visit to a state and a visit of the same visitors to a city of it, in one item, are one visit, to the city (its own topics; the state's day where it has none). */
function oneVisitPerCountry(ctx: Context): Relation[] {
  return ctx.relations.filter((r) => {
    if (r.type !== 'visit' || !r.location?.startsWith('country:')) return true;
    const cityVisit = ctx.relations.find(
      (v) => v !== r && v.type === 'visit' && ctx.items.get(v) === ctx.items.get(r) && sameSet(v.participants, r.participants) && v.location?.startsWith('city:') && ctx.doc.gazetteer.cities.get(v.location)?.country === r.location!.slice(8),
    );
    if (!cityVisit) return true;
    cityVisit.date ??= r.date;
    return false;
  });
}

/** A visit and the meetings held during it (same visitor, same place) are about the same things. */
function shareVisitTopics(relations: Relation[]): void {
  for (const visit of relations) {
    if (visit.type !== 'visit' || !visit.location) continue;
    const during = relations.filter((r) => r.type === 'meeting' && r.location === visit.location && r.participants.some((p) => visit.participants.includes(p)));
    if (during.length === 0) continue;
    const all = new Set([visit, ...during].flatMap((r) => r.topics));
    for (const r of [visit, ...during]) for (const t of all) if (!r.topics.includes(t)) r.topics.push(t);
  }
}

/**
 * «سيقوم بزيارة إلى المغرب والجزائر بهدف مناقشة ...», «ستزور ... لإجراء محادثات حول ...»:
 * a visit made to hold talks, with no one named to hold them with, is a meeting with the host state.
 */
function talksWithHosts(ctx: Context, clause: Clause, visits: Relation[]): Relation[] {
  const { doc, grammar } = ctx;
  const { sentence } = clause;
  let talks = false;
  // (a pair is built only after a word that starts one)
  const leads = phraseStarts(grammar.talkPurposes);
  for (let k = clause.hit.last; k < sentence.last && !talks; k++) {
    const one = doc.tokens[k]!.analyses[0]!.base;
    talks = grammar.talkPurposes.has(one) || (leads.has(one) && grammar.talkPurposes.has(`${one} ${doc.tokens[k + 1]?.analyses[0]?.base ?? ''}`));
  }
  if (!talks) return [];
  // someone named to talk with («مع نظيره»), or a meeting already recorded in this sentence, makes it explicit
  if (clause.inSentence.some((a) => a.type === 'person' && a.first > clause.hit.last && !visits.some((v) => v.participants.includes(a.id)))) return [];
  const out: Relation[] = [];
  for (const v of visits) {
    const host = v.location?.startsWith('city:') ? doc.gazetteer.cities.get(v.location)?.country : v.location?.slice(8);
    // the host state must be named in the document, so that every participant is one of its entities
    if (!host || v.participants.includes(`country:${host}`) || !doc.mentions.some((m) => m.id === `country:${host}`)) continue;
    const meeting: Relation = { ...v, type: 'meeting', participants: [...v.participants, `country:${host}`], topics: [...v.topics], cameo: '043', plover: { type: 'CONSULT', mode: 'visit' } };
    hostMeetings.add(meeting);
    out.push(meeting);
  }
  return out;
}

/** Meetings with a host state made by talksWithHosts. */
const hostMeetings = new WeakSet<Relation>();

/**
 * «ستزور السعودية لإجراء محادثات ... وستلتقي وزير الخارجية عادل الجبير»: a
 * meeting with the host state gives way to a meeting of the same visitor with
 * a person of that state, stated anywhere in the document.
 */
function dropStatedHosts(doc: Doc, relations: Relation[]): Relation[] {
  return relations.filter((r) => {
    if (!hostMeetings.has(r)) return true;
    const host = r.participants.find((p) => p.startsWith('country:'));
    const visitors = r.participants.filter((p) => p !== host);
    return !relations.some(
      (x) => x !== r && x.type === 'meeting' && visitors.every((v) => x.participants.includes(v)) && x.participants.some((p) => p.startsWith('person:') && !visitors.includes(p) && `country:${stateOf(doc, p)}` === host),
    );
  });
}

/** The records one trigger states: one per visit destination, one per encounter, or one for a group that met together. */
function recordsOf(ctx: Context, clause: Clause, parties: Parties): Relation[] {
  const rec = clause.hit.record;
  if (rec.type === 'visit') {
    const { destinations, visitors } = visitOf(ctx, clause, parties);
    // «ستزور الوزيرة X السعودية ... وستلتقي ...»: the visitor is the agent of the verbs that follow
    if (visitors.some((a) => a.type === 'person')) ctx.lastSubject = visitors;
    const date = dateOf(ctx, clause);
    const visitParties = { ...parties, subjects: visitors, objects: [] };
    const visits: Relation[] = [];
    for (const d of destinations) pushDefined(visits, build(ctx, clause, visitParties, visitors, d.id, date));
    return [...visits, ...talksWithHosts(ctx, clause, visits)];
  }
  const carried = carriedMessage(ctx, clause);
  if (carried && sentToSeveral(parties, carried)) parties = { ...parties, separate: true };
  else if (carried) return carriedRecords(ctx, clause, parties, carried);
  // «محادثات عبر تقنية الفيديو», «بحث ... هاتفيا»: talks held by phone or video are a call
  // («بحث X ونظيره Y خلال اتصال هاتفي»: the call is a circumstance of the verb, in its clause)
  const next = clause.nextHit;
  const adjacent = next && next.first === clause.hit.last;
  // («بحث X ونظيره Y هاتفيا»: an adverb of the verb's own clause)
  const sameClause = next && rec.pos === 'verb' && oneClause(ctx, clause.hit, next);
  // («الرئيسان بحثا ...» after their call: the same call)
  const follows = parties.follows?.type === 'call' ? parties.follows : undefined;
  // («وفي اتصال هاتفي تلقاه من Y، بحث X …»: a call put before the verb as its circumstance)
  const fronted = frontedCall(ctx, clause);
  const call = (next && (adjacent || sameClause) && next.record.type === 'call' && next.record.pos === 'noun' ? next : undefined) ?? fronted;
  const as: EventCodes | undefined =
    rec.type !== 'meeting'
      ? undefined
      : clause.negotiated
        ? negotiationCodes(ctx)
        : call
        ? codesOf(call.record.type, call.record.cameo, call.record.plover, call.record.mode)
        : follows
          ? codesOf(follows.type, follows.cameo, follows.plover.type, follows.plover.mode)
          : undefined;
  const location = rec.type === 'call' || rec.type === 'message' || (as && as.type !== 'negotiation') ? null : (venueOf(ctx, clause, parties) ?? hostPlace(parties));
  const date = dateOf(ctx, clause) ?? arrivalDay(ctx, clause, parties);
  const { subjects, objects, together } = parties;
  if (subjects.length && objects.length && !together) {
    const out: Relation[] = [];
    // («لقاءات ثنائية»: each subject apart as well)
    const agents = parties.separate ? subjects.map((s) => [s]) : [subjects];
    for (const a of agents) for (const o of objects) pushDefined(out, build(ctx, clause, parties, [...a, o], location, date, as));
    return out;
  }
  const one = build(ctx, clause, parties, [...subjects, ...objects], location, date, as);
  return one ? [one] : [];
}

/**
 * «وصل X إلى Y أمس … وكان في استقباله لدى وصوله Z»: an encounter at a
 * traveller's arrival (grammar.uponArrival in its sentence) is on the day of
 * his arrival, the day of the last visit of one of its parties in the item.
 */
function arrivalDay(ctx: Context, clause: Clause, parties: Parties): string | null {
  const { doc, grammar } = ctx;
  const { sentence } = clause;
  let upon = false;
  for (let k = sentence.first; k + 1 < sentence.last && !upon; k++) upon = grammar.uponArrival.has(twoWordsAt(doc, k));
  if (!upon) return null;
  const ids = new Set([...parties.subjects, ...parties.objects].map((a) => a.id));
  for (let i = ctx.relations.length - 1; i >= 0; i--) {
    const r = ctx.relations[i]!;
    if (r.type === 'visit' && r.date && ctx.items.get(r) === clause.item && r.participants.some((p) => ids.has(p))) return r.date;
  }
  return null;
}

/**
 * «وفي اتصال هاتفي تلقاه من Y، بحث X …»: a call noun in a circumstance put
 * before a verb, the comma that closes it right before the verb, is the means
 * of the verb's talks.
 */
function frontedCall(ctx: Context, clause: Clause): TriggerHit | undefined {
  const { doc } = ctx;
  const { hit, prevHit } = clause;
  if (hit.record.pos !== 'verb' || !prevHit || prevHit.record.type !== 'call' || prevHit.record.pos !== 'noun') return undefined;
  if (hit.first < 1 || doc.tokens[hit.first - 1]!.kind !== 'punct' || punctBetween(doc, prevHit.last, hit.first - 1)) return undefined;
  return prevHit;
}

/** The place that hosts the encounter («تستضيف قطر قمة»): a city or a state. */
const hostPlace = (parties: Parties): string | null => (parties.host && (parties.host.type === 'city' || parties.host.type === 'country') ? parties.host.id : null);

/** Adds a record that was made (build gives undefined without enough parties); loops instead of flatMap, which is slow on short lists. */
function pushDefined(list: Relation[], r: Relation | undefined): void {
  if (r) list.push(r);
}

/**
 * «بعث X برقيتي تهنئة إلى A وB», «تلقى A وB برقيتي تهنئة من X»: a message with
 * no carrier, between one sender and several recipients the clause lists, is
 * one message to each (the clause's own records, each subject apart, not the
 * one recipient of a carried message).
 */
function sentToSeveral(parties: Parties, c: Carried): boolean {
  if (c.carrier) return false;
  const { subjects, objects } = parties;
  const one = (side: Actor[], id: string) => side.length === 1 && side[0]!.id === id;
  const several = (side: Actor[], id: string) => side.length > 1 && side.some((a) => a.id === id);
  return (one(subjects, c.sender.id) && several(objects, c.recipient.id)) || (one(objects, c.sender.id) && several(subjects, c.recipient.id));
}

/** A carried message: the message between sender and recipient, the carrier's meeting with the recipient, and the carrier's trip. */
function carriedRecords(ctx: Context, clause: Clause, parties: Parties, c: Carried): Relation[] {
  // (handed over at a reception told before it: on the reception's day)
  const date = dateOf(ctx, clause) ?? c.receivedOn ?? null;
  const out: Relation[] = [];
  const message = build(ctx, clause, parties, [c.sender, c.recipient], null, date, undefined, c.sender.id);
  if (message) out.push(message);
  if (!c.carrier) return out;
  // «سلمها له Z خلال استقباله في قصر بيان»: the venue may follow the carrier, past the noun of the reception
  const location = c.destination?.id ?? venueOf(ctx, { ...clause, nextHit: undefined }, { subjects: [c.recipient], objects: [c.carrier], together: false });
  const host = receivedInSentence(ctx, clause) ? c.recipient.id : c.carrier.id;
  const handed = build(ctx, clause, parties, [c.carrier, c.recipient], location, date, { type: 'meeting', subject: 'host', cameo: '043', plover: 'CONSULT', mode: 'meeting' }, host);
  if (handed) out.push(handed);
  const trip = c.destination ? build(ctx, clause, parties, [c.carrier], c.destination.id, date, { type: 'visit', subject: 'visitor', cameo: '042', plover: 'CONSULT', mode: 'visit' }, null) : undefined;
  if (trip) out.push(trip);
  return out;
}

/**
 * Who acted in the carrier's encounter: the recipient where the sentence says
 * he received the carrier («سلمها له Z خلال استقباله», «لدى استقباله»:
 * grammar.receptionWords), else the carrier, who delivered it («نقل Z رسالة
 * من X إلى Y»).
 */
function receivedInSentence(ctx: Context, clause: Clause): boolean {
  return clause.sameSentence.some((h) => h.record.type === 'meeting' && anyBaseIn(ctx.doc, h.first, ctx.grammar.receptionWords));
}

/** Talks that are rounds of a negotiation (Clause.negotiated) take the codes of the negotiation noun of data/triggers.json. */
function negotiationCodes(ctx: Context): EventCodes {
  const rec = ctx.doc.gazetteer.data.triggers.triggers.find((t) => t.type === 'negotiation' && t.pos === 'noun');
  return codesOf('negotiation', rec?.cameo, rec?.plover, rec?.mode);
}

/** The type and event codes a record takes from a trigger other than its own. */
type EventCodes = Pick<TriggerRecord, 'type' | 'subject' | 'cameo' | 'plover' | 'mode'>;

const codesOf = (type: TriggerRecord['type'], cameo: string | undefined, plover: string | undefined, mode: string | undefined): EventCodes => ({
  type,
  ...(cameo ? { cameo } : {}),
  ...(plover ? { plover } : {}),
  ...(mode ? { mode } : {}),
});

/** One relation record, with its evidence, status and event codes; undefined without enough parties. */
function build(
  ctx: Context,
  clause: Clause,
  parties: Parties,
  members: Actor[],
  location: string | null,
  date: string | null,
  as?: EventCodes,
  source?: string | null,
): Relation | undefined {
  const { doc } = ctx;
  const { item } = clause;
  const rec = as ? { ...clause.hit.record, ...as } : clause.hit.record;
  const ids = idsOf(members);
  if (rec.type === 'visit' ? ids.length < 1 || !location : ids.length < 2) return undefined;
  // (a visit inside the visitor's own state is a domestic trip: «زار رئيس الوزراء العراقي البصرة»)
  if (rec.type === 'visit' ? domestic(doc, ids, location) : domestic(doc, ids)) return undefined;
  const told = toldOf(ctx, clause);
  const planned = Boolean(rec.planned) || (told.plan ??= statedAsPlan(ctx, clause)) || (date !== null && item.publishedAt !== null && date > item.publishedAt);
  return {
    type: rec.type,
    participants: ids,
    location,
    date,
    // (each record owns its list: add and shareVisitTopics extend it)
    topics: [...told.topics],
    source: source !== undefined ? (source !== null && ids.includes(source) ? source : null) : rec.type === 'visit' ? null : sourceOf(ctx, clause, parties, ids, rec.frame),
    status: planned ? 'planned' : 'reported',
    trigger: { ...told.trigger },
    evidence: { ...told.evidence },
    confidence: parties.subjects.length && (parties.objects.length || rec.type === 'visit') ? 0.8 : 0.6,
    // 044: a meeting away from the states of all its parties
    cameo: rec.type === 'meeting' && location && rec.subject !== 'host' && !inPartyState(doc, location, ids) ? '044' : (rec.cameo ?? '040'),
    plover: rec.mode ? { type: rec.plover ?? 'CONSULT', mode: rec.mode } : { type: rec.plover ?? 'CONSULT' },
  };
}

/**
 * Officials of one state among themselves («التقى وزير الخارجية المصري رئيس
 * الوزراء المصري», a president receiving his own governor), or an official's
 * trip inside his own state, are no diplomatic interaction: every participant
 * is the state or holds an office of it on the day (the place's state, for a
 * visit). Organizations, and persons holding no office of that state (a rebel
 * leader facing his government), keep it.
 */
function domestic(doc: Doc, ids: readonly string[], place?: string | null): boolean {
  const state = place ? stateOf(doc, place) : ids[0] && !ids[0].startsWith('org:') ? stateOf(doc, ids[0]) : undefined;
  return state !== undefined && ids.every((id) => servesState(doc, id, state));
}

/** A state itself, or a person who holds an office of it on the day (a rebel or an opposition leader of the same nationality does not). */
function servesState(doc: Doc, id: string, state: string): boolean {
  if (id.startsWith('country:')) return id.slice(8) === state;
  if (!id.startsWith('person:')) return false;
  return doc.personInfo.get(id)?.roles.some((r) => r.of === state) === true;
}

/** The distinct ids of the members, in order. */
function idsOf(members: Actor[]): string[] {
  const ids: string[] = [];
  for (const a of members) if (a.id && !ids.includes(a.id)) ids.push(a.id);
  return ids;
}

/** What every record of one clause shares: its topics, trigger and evidence spans, and whether its sentence states a plan. */
export interface Told {
  topics: string[];
  trigger: Relation['trigger'];
  evidence: Relation['evidence'];
  plan?: boolean;
}

/** A trigger may make several records (one per object, per destination): what they share is found once per clause (the context keeps the current one). */
function toldOf(ctx: Context, clause: Clause): Told {
  let t = ctx.told?.clause === clause ? ctx.told.told : undefined;
  if (!t) {
    const { doc } = ctx;
    const { hit, sentence } = clause;
    const [es, ee] = doc.norm.map.toOriginal(sentence.start, sentence.end);
    const [ts, te] = doc.norm.map.toOriginal(doc.tokens[hit.first]!.start + hit.offset, doc.tokens[hit.last - 1]!.end);
    t = {
      topics: topicsOf(ctx, hit),
      trigger: { start: ts, end: te, text: doc.original.slice(ts, te) },
      evidence: { start: es, end: ee, text: doc.original.slice(es, ee) },
    };
    ctx.told = { clause, told: t };
  }
  return t;
}

/** Is the place (a city or a state) in the state of one of the parties (a state, or a person's state)? */
function inPartyState(doc: Doc, location: string, ids: string[]): boolean {
  const state = stateOf(doc, location);
  return ids.some((id) => stateOf(doc, id) === state);
}

/**
 * Adds a record, or folds it into the same interaction already recorded: same
 * type and parties (for visits, same place), or an encounter that a later
 * clause of the item goes on describing (see continuesEncounter).
 */
function add(ctx: Context, r: Relation, clause: Clause): void {
  const same =
    ctx.relations.find((x) => x.type === r.type && sameSet(x.participants, r.participants) && (r.type !== 'visit' || x.location === r.location)) ??
    continuesEncounter(ctx, r, clause);
  ctx.items.set(r, clause.item);
  if (same) {
    for (const t of r.topics) if (!same.topics.includes(t)) same.topics.push(t);
    same.date ??= r.date;
    same.location ??= r.location;
    same.source ??= r.source;
    return;
  }
  ctx.relations.push(r);
  ctx.previous = r;
}

/**
 * One event, told again: a definite encounter noun that names no parties of
 * its own («… أهمية الاجتماع المقرر عقده غدا», «وجاء اللقاء، الذي عقد أمس،
 * …», «وسيعقد اللقاء في Z») is the last encounter of its type the item
 * reported before it; the day and the place its sentence gives are that
 * encounter's, when the encounter had none.
 */
function toldAgain(ctx: Context, clause: Clause, parties: Parties): void {
  const { hit } = clause;
  if (hit.record.pos !== 'noun' || hit.prefix || !hasArticle(stem(ctx.doc, hit))) return;
  let earlier: Relation | undefined;
  for (const [h, r] of ctx.made) if (h.first < hit.first && r.type === hit.record.type && ctx.items.get(r) === clause.item) earlier = r;
  if (!earlier) return;
  // (a planned encounter, or a mention that states a plan, «من المقرر أن يعقد اللقاء الخميس»: its weekday looks forward)
  const future = clause.future || earlier.status === 'planned' || statedAsPlan(ctx, clause);
  earlier.date ??= dateOf(ctx, { ...clause, future });
  if (earlier.type === 'meeting' || earlier.type === 'agreement' || earlier.type === 'negotiation') earlier.location ??= venueOf(ctx, beforeSubjectMatter(ctx, clause), parties);
}

/**
 * «وجرى خلال اللقاء استعراض جهود X لوقف إطلاق النار في Z»: what an encounter
 * told again was about begins with a verbal noun of discussion
 * (grammar.matterNouns); a place after it is the subject matter's, not the
 * venue. The clause, cut where the subject matter begins.
 */
function beforeSubjectMatter(ctx: Context, clause: Clause): Clause {
  const { doc, grammar } = ctx;
  for (let k = clause.hit.last; k < clause.sentence.last; k++)
    if (!ctx.covered[k] && anyBaseIn(doc, k, grammar.matterNouns)) return { ...clause, nextHit: undefined, sentence: { ...clause.sentence, last: k } };
  return clause;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * One encounter told over several clauses: «اتصل X بـY ... وبحث الرئيسان ...»,
 * «التقى X Y في Z. وتناول اللقاء ...». A generic talk verb («بحث», «ناقش») or a
 * definite encounter noun («اللقاء», «المباحثات») whose parties all took part
 * in an earlier meeting or call of the same item describes that encounter:
 * it adds its topics, day and place to it, not a record of its own.
 */
function continuesEncounter(ctx: Context, r: Relation, clause: Clause): Relation | undefined {
  const { hit } = clause;
  if (r.type !== 'meeting' && r.type !== 'call') return undefined;
  const generic = hit.record.afterSubject === true || (hit.record.pos === 'noun' && hasArticle(stem(ctx.doc, hit)) && !hit.prefix);
  if (!generic) return undefined;
  for (let i = ctx.relations.length - 1; i >= 0; i--) {
    const x = ctx.relations[i]!;
    if ((x.type === 'meeting' || x.type === 'call') && ctx.items.get(x) === clause.item && r.participants.every((p) => x.participants.includes(p))) return x;
  }
  return undefined;
}
export type { TriggerHit };

/**
 * Where: a visit's destinations (and the later stops of a tour), a meeting's
 * venue («في موسكو», «بالرياض», «في العاصمة القطرية الدوحة»).
 */
import type { Actor, Doc } from '../document.js';
import { anyBaseIn, baseAt, twoWordsAt, inTimeClause, listOpenerBefore, namedStateOf, nounOfVerb, personsListedFrom, prefixAt, wordsBetween, type Clause, type Context } from './clause.js';
import { headsForDelegations, isMarginPhrase, officialStart, type Parties } from './participants.js';
import type { TriggerHit } from './hits.js';

/** The destinations of a visit, and its visitors (who may follow the noun: «زيارة وزير الخارجية X إلى قطر»). */
export function visitOf(ctx: Context, clause: Clause, parties: Parties): { destinations: Actor[]; visitors: Actor[] } {
  const { doc } = ctx;
  const { hit, inSentence } = clause;
  const places = inSentence.filter((a) => (a.type === 'city' || (a.type === 'country' && !a.inPhrase)) && a.first >= hit.first - 1);
  let dest = destinationOf(ctx, clause, parties, places) ?? placeLeftAfterVisit(ctx, clause);
  const destPosition = dest?.first ?? clause.sentence.last;
  // «في العاصمة القطرية الدوحة ... إلى قطر»: the venue city of the destination country
  if (dest?.type === 'country') {
    const iso = dest.id.slice(8);
    const city = inSentence.find((a) => a.type === 'city' && doc.gazetteer.cities.get(a.id)?.country === iso && isVenue(ctx, a));
    if (city) dest = city;
  }
  const destinations: Actor[] = [];
  if (dest) {
    destinations.push(dest);
    // «ستزور السعودية الاثنين، ثم طهران الثلاثاء»: the later stops of a tour
    for (const p of places) {
      if (p.first <= dest.first || destinations.some((d) => d.id === p.id)) continue;
      const gapTokens = doc.tokens.slice(destinations[destinations.length - 1]!.last, p.first);
      const gap = gapTokens.map((t) => t.analyses[0]!.base);
      // («… والعاصمة الأردنية عمان», «ومدينة …»: the conjunction on the cue noun that names the next stop)
      const joined = gap.includes('ثم') || gap.includes('و') || /^و/.test(prefixAt(ctx, p.first)) || gapTokens[0]?.analyses.some((a) => a.prefix === 'و' && (doc.gazetteer.inLexicon('cityCuesBefore', a.base) || doc.gazetteer.inLexicon('countryCuesBefore', a.base))) === true;
      if (gap.length <= 4 && joined) destinations.push(p);
    }
  }
  const visitors = visitorsOf(ctx, clause, parties, dest, destPosition).filter((s) => !destinations.some((d) => d.id === s.id));
  return { destinations, visitors };
}

/**
 * Who travels: the subjects; for a noun, or a verb whose subject follows it
 * (VSO), the persons after the trigger before the destination («زيارة وزير
 * الخارجية X إلى قطر», «توجه X، وY، إلى القاهرة»); with nobody before the
 * destination, the persons right after it («وصل إلى طهران X وY»); and the
 * companions («يرافقه X», «برفقة X»). The visitor is never the destination.
 */
function visitorsOf(ctx: Context, clause: Clause, parties: Parties, dest: Actor | undefined, destPosition: number): Actor[] {
  const { hit } = clause;
  let visitors = parties.subjects;
  if (dest) {
    const following = parties.objects.filter((a) => a.type === 'person' && a.first < destPosition);
    const vso = hit.record.pos === 'verb' && visitors.length > 0 && visitors.every((a) => a.first >= hit.last);
    if (vso) visitors = [...visitors, ...following.filter((a) => !visitors.some((v) => v.id === a.id))];
    else if (following.length && (visitors.length === 0 || (hit.record.pos === 'noun' && following[0]!.first === hit.last))) visitors = following;
    if (visitors.length === 0) visitors = personsAfterDestination(ctx, clause, dest);
    if (visitors.length === 0) visitors = agentOfMainClause(ctx, clause, dest);
  }
  return [...visitors, ...companionsOf(ctx, clause, visitors)];
}

/**
 * «بعد زيارة إلى باريس، يصل الرئيس X اليوم إلى مدريد»: a visit noun after a
 * time word («بعد», «عقب», «قبل») with no visitor of its own is the trip of the
 * main clause's subject, the first person after it in the sentence.
 */
function agentOfMainClause(ctx: Context, clause: Clause, dest: Actor): Actor[] {
  const { hit } = clause;
  if (hit.record.pos !== 'noun' || hit.prefix || !ctx.grammar.during.has(baseAt(ctx.doc, hit.first - 1))) return [];
  const agent = clause.inSentence.find((a) => a.type === 'person' && a.first > dest.last);
  return agent ? [agent] : [];
}

/**
 * «وصل إلى طهران X وY»: the persons right after the destination, joined by «و»
 * or a comma; «وصل إلى الدوحة وفد إسرائيلي»: unnamed officials right after it
 * stand for their state or group.
 */
function personsAfterDestination(ctx: Context, clause: Clause, dest: Actor): Actor[] {
  const out: Actor[] = [];
  let at = dest.last;
  for (const a of clause.inSentence) {
    const official = a.type !== 'person' ? officialStart(ctx, a) : undefined;
    if (a.first < at || (a.type !== 'person' && official === undefined)) continue;
    if (wordsBetween(ctx, at, official ?? a.first) > (out.length ? 1 : 0)) break;
    out.push(a);
    at = a.last;
  }
  return headsForDelegations(ctx, out);
}

/** «يرافقه X», «برفقة X وY»: the persons right after a companion word travel with the visitors. */
function companionsOf(ctx: Context, clause: Clause, visitors: readonly Actor[]): Actor[] {
  if (!visitors.length) return [];
  const { doc, grammar } = ctx;
  const out: Actor[] = [];
  for (let k = clause.hit.last; k < clause.sentence.last; k++) {
    if (ctx.covered[k] || !doc.tokens[k]!.analyses.some((x) => grammar.companionWords.has(x.base))) continue;
    out.push(...personsListedFrom(ctx, clause.inSentence, k + 1, (a) => visitors.some((v) => v.id === a.id)));
  }
  return out;
}

/**
 * The first destination of a visit trigger: among the places within ten tokens,
 * else within six words (names and titles not counted: «توجه وزير الدفاع X،
 * ووزير الخارجية Y، إلى القاهرة»), a place marked as a destination («إلى»,
 * «لـ», «بمطار»), a city, one right after the trigger, or after a verb the
 * first place after its subject («زار نتنياهو أوغندا»). Where the frame asks
 * for a marked destination, only a marked place counts («غادر X موسكو إلى
 * أنقرة»: the bare place is the origin).
 */
function destinationOf(ctx: Context, clause: Clause, parties: Parties, places: readonly Actor[]): Actor | undefined {
  const { hit } = clause;
  const reachable = (a: Actor) => a.first >= hit.last && (!clause.nextHit || a.first < clause.nextHit.first || hit.record.pos === 'verb');
  const afterVisitor = (a: Actor) => hit.record.pos === 'verb' && [...parties.subjects, ...parties.objects].some((o) => o.type === 'person' && o.first >= hit.last && o.last <= a.first && a.first - o.last <= 2);
  const pick = (near: Actor[]) =>
    hit.record.frame?.destination === 'marked'
      ? near.find((a) => isDestination(ctx, a, -1))
      : (near.find((a) => a.type === 'city' || isDestination(ctx, a, hit.last)) ?? near.find((a) => a.first - hit.last <= 2 || afterVisitor(a)));
  return pick(places.filter((a) => reachable(a) && a.first - hit.last <= 10)) ?? pick(places.filter((a) => reachable(a) && wordsBetween(ctx, hit.last, a.first) <= 6));
}

/**
 * «غادر X الرياض أمس بعد زيارة رسمية للمملكة», «غادر X أبوظبي في ختام زيارة
 * استغرقت ثلاثة أيام»: a visit noun with no destination of its own, after a
 * time word, was paid to the place the sentence's verb of leaving left (the
 * first city or state after the verb, before the noun): to the state, as the
 * city of the departure need not be where its events were.
 */
function placeLeftAfterVisit(ctx: Context, clause: Clause): Actor | undefined {
  const { doc, grammar } = ctx;
  const { hit, sentence, inSentence } = clause;
  if (hit.record.pos !== 'noun' || !(grammar.during.has(baseAt(doc, hit.first - 1)) || grammar.closingWords.has(twoWordsAt(doc, hit.first - 2)))) return undefined;
  let verb = -1;
  for (let k = sentence.first; k < hit.first; k++) if (anyBaseIn(doc, k, grammar.leaveVerbs)) verb = k;
  if (verb < 0) return undefined;
  const left = inSentence.find((a) => (a.type === 'city' || (a.type === 'country' && !a.inPhrase)) && a.first > verb && a.last <= hit.first && !grammar.destinationWords.has(baseAt(doc, a.first - 1)));
  // (the airport he left from says nothing of where the visit's events were: the visit was paid to the state)
  const state = left?.type === 'city' ? doc.gazetteer.cities.get(left.id)?.country : undefined;
  return state && left ? { ...left, id: `country:${state}`, type: 'country' } : left;
}

/** A meeting's place: a venue city in its clause, else the destination of a visit stated in the same sentence, else a venue country. */
export function venueOf(ctx: Context, clause: Clause, parties: Parties): string | null {
  const { doc } = ctx;
  const { hit, inSentence, sentence } = clause;
  // («بعد أيام على استقباله Y»: an event before or after the sentence's own is placed only by what follows it)
  if (inTimeClause(ctx, hit)) return inSentence.find((a) => a.first >= hit.last && (a.type === 'city' || a.type === 'country') && isVenue(ctx, a) && wordsBetween(ctx, hit.last, a.first) <= 4)?.id ?? null;
  const lo = clause.prevHit ? clause.prevHit.last : sentence.first;
  // a noun in the verb's own clause does not end it («وقع ... على وثيقة مخرجات الاجتماع بأديس أبابا»)
  // («التقى X على هامش القمة في Z Y»: the occasion of the encounter and its noun do not end it either)
  const occasion = clause.nextHit !== undefined && occasionOf(ctx, hit, clause.nextHit);
  const next = clause.nextHit && (nounOfVerb(ctx, hit, clause.nextHit) || occasion) ? laterHit(clause, clause.nextHit) : clause.nextHit;
  const hi = next ? next.first : sentence.last;
  let lastParty = hit.last;
  // (a long subject after the verb counts as well: «اجتمع A وB وC في القاهرة»)
  for (const o of [...parties.subjects, ...parties.objects]) lastParty = Math.max(lastParty, o.last);
  // (the destination of another party's visit stated just before is that visit's: «بزيارة بكين قبيل القمة بين X وY»)
  const prevVisit = clause.prevHit ? ctx.made.get(clause.prevHit) : undefined;
  const othersDestination = (a: Actor) =>
    prevVisit?.type === 'visit' && prevVisit.location === a.id && !prevVisit.participants.some((p) => parties.subjects.some((s) => s.id === p) || parties.objects.some((o) => o.id === p));
  // (the place of an occasion comes after its name: «على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك»)
  const reach = occasion ? 16 : 10;
  const inClause = (a: Actor) => a.first >= lo && a.first < hi && a.first <= lastParty + reach && !othersDestination(a);
  const party = (a: Actor) => parties.subjects.some((s) => s.id === a.id) || parties.objects.some((s) => s.id === a.id);
  // venues after the trigger first («... خلال لقائه نظيره في ماليزيا»), then before it
  const find = (test: (a: Actor) => boolean) => nearestAfter(inSentence, hit.last, test);
  // (in order of precedence, each looked for only when the ones before it gave nothing)
  // («قمة الرياض», «اجتماع مكة»: a city in the genitive of an encounter noun is where it is held)
  const namesTheMeeting = (a: Actor) => hit.record.pos === 'noun' && hit.record.type !== 'visit' && a.first === hit.last;
  const city = find((a) => a.type === 'city' && (isVenue(ctx, a) || namesTheMeeting(a)) && inClause(a));
  if (city) return city.id;
  const ids = new Set([...parties.subjects, ...parties.objects].map((a) => a.id));
  const [sentenceStart] = doc.norm.map.toOriginal(sentence.start, sentence.end);
  const visitHere = ctx.relations.find((r) => r.type === 'visit' && r.location && r.participants.some((p) => ids.has(p)) && r.evidence.start === sentenceStart);
  if (visitHere?.location) return visitHere.location;
  const country = find((a) => a.type === 'country' && !a.inPhrase && isVenue(ctx, a) && inClause(a) && !party(a));
  if (country) return country.id;
  // «في قصر بيان», «بقصر الإليزيه»: a seat of power places the meeting in its state (named in the document)
  const seat = find((a) => a.type === 'organization' && Boolean(a.body) && isVenue(ctx, a) && inClause(a));
  const seatCity = seat ? doc.gazetteer.seats.get(seat.id)?.city : undefined;
  if (seatCity && doc.mentions.some((m) => m.id === seatCity)) return seatCity;
  const seatState = seat ? namedStateOf(ctx, seat.id) : undefined;
  if (seatState) return seatState;
  // a meeting of a visitor takes the visit's destination
  return ctx.relations.find((r) => r.type === 'visit' && r.participants.some((p) => ids.has(p)) && r.location)?.location ?? null;
}

/** «التقى X على هامش القمة …», «لقاء X بـY على هامش …»: the next trigger is the occasion phrase of the encounter (grammar.occasionPhrases). */
function occasionOf(ctx: Context, _trigger: TriggerHit, next: TriggerHit): boolean {
  return isMarginPhrase(ctx, next);
}

/** The trigger after `from` in the clause's sentence, past the noun an occasion phrase governs («على هامش القمة»). */
function laterHit(clause: Clause, from: TriggerHit): TriggerHit | undefined {
  const after = clause.sameSentence.filter((h) => h.first >= from.last);
  return after[0] && after[0].first === from.last ? after[1] : after[0];
}

/** The first actor that passes the test among those from `from` on (in order), else among those before it (nearest first). */
function nearestAfter(actors: readonly Actor[], from: number, test: (a: Actor) => boolean): Actor | undefined {
  for (const a of actors) if (a.first >= from && test(a)) return a;
  for (let i = actors.length - 1; i >= 0; i--) if (actors[i]!.first < from && test(actors[i]!)) return actors[i];
  return undefined;
}

/** «في موسكو», «بموسكو», «في العاصمة القطرية الدوحة», «بمقر ... في مدينة الرياض». */
export function isVenue(ctx: Context, a: Actor): boolean {
  if (/ب$/.test(prefixAt(ctx, a.first))) return true;
  const { doc } = ctx;
  // («بالعاصمة اليمنية المؤقتة عدن»: one definite adjective of the venue noun may stand between)
  let adjective = false;
  for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--) {
    const b = baseAt(doc, k);
    // («الأوضاع في ليبيا», «المنظمات الموجودة في ليبيا»: a place of the subject matter is no venue)
    if (ctx.grammar.venueWords.has(b)) return !situationBefore(ctx, k);
    if (!adjective && !ctx.covered[k] && doc.tokens[k]!.kind !== 'punct' && /^ال/.test(b) && b.length > 4 && !ctx.grammar.prepositions.has(b) && !ctx.grammar.relativePronouns.has(b)) {
      adjective = true;
      continue;
    }
    // «في حديثه عن إسرائيل»: another preposition in between governs the place;
    // «في زحزحة مواقف طهران»: so does any other noun («في العاصمة القطرية الدوحة» has only a name between)
    // («في "نيوم"»: a quotation mark around the name is no boundary)
    if (QUOTE.test(doc.tokens[k]!.text)) continue;
    if (doc.tokens[k]!.kind === 'punct' || ctx.grammar.prepositions.has(b) || !ctx.covered[k]) return false;
  }
  return false;
}

const QUOTE = /^["“”«»']$/;

/** A noun of a situation or of subject matter right before the venue word («التطورات في», «العلاقات في»). */
function situationBefore(ctx: Context, k: number): boolean {
  const { grammar } = ctx;
  return ctx.doc.tokens[k - 1]?.analyses.some((x) => grammar.situationNouns.has(x.base) || grammar.topicNouns.has(x.base)) === true;
}

/** «إلى روسيا», «لروسيا», «زيارة روسيا», «بمطار الجزائر»: a destination. */
function isDestination(ctx: Context, a: Actor, triggerEnd: number): boolean {
  const doc: Doc = ctx.doc;
  const before = baseAt(doc, a.first - 1);
  return (
    ctx.grammar.destinationWords.has(before) ||
    ctx.grammar.arrivalPlaces.has(before) ||
    ctx.grammar.tourWords.has(before) ||
    listOpenerBefore(ctx, a.first) ||
    doc.tokens[a.first - 1]?.analyses.some((x) => ctx.grammar.arrivalPlaces.has(x.base)) === true ||
    a.first === triggerEnd ||
    doc.tokens[a.first]!.analyses.some((x) => x.prefix === 'ل')
  );
}


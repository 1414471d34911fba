/**
 * Titles and counterparts: «وزير الخارجية الروسي سيرغي لافروف», «نظيره المغربي»,
 * «وزيري خارجية روسيا والمغرب», «الأمين العام للأمم المتحدة», «الملك سلمان».
 * A title takes its state (an adjective, or a name after a construct form) or
 * its organization, skips honorifics, then binds a following name, a given
 * name, a title already resolved in the item, or the holder on the day.
 */
import { skeleton, type PersonRecord, type TitleRecord } from '../gazetteer/index.js';
import { holdsTheOffice, POSTED_ROLES } from '../gazetteer/notes.js';
import { isDash } from '../tokenize/index.js';
import { covers, rolesOn } from './office.js';
import { arabicNameWords, byGiven, holder, narrowWindow, personOf, titleFits, unknownName, unknownPerson } from './persons.js';
import type { Actor, Item } from '../document.js';
import { agencyStateForTitle } from './agency.js';
import { givenNameAt } from './slots.js';
import { pick, type M, type Remembered, type Resolution, type SenseOf } from './state.js';

/** The offices a counterpart can share with its antecedent, most specific first. */
const COUNTERPART_ROLES = ['foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister', 'head-of-government', 'head-of-state', 'crown-prince', 'speaker', 'national-security-adviser', 'army-chief', 'intelligence-chief'];

/** Offices held by a person (so a title followed by an unknown name introduces one). */
const PERSONAL_ROLES = new Set([
  'head-of-state', 'head-of-government', 'foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister',
  'crown-prince', 'deputy-crown-prince', 'vice-president', 'deputy-prime-minister', 'national-security-adviser',
  'secretary-general', 'envoy', 'ambassador', 'spokesperson', 'speaker', 'commission-president', 'council-president',
  'high-representative', 'director-general', 'minister', 'army-chief', 'intelligence-chief', 'leader',
]);

/** Offices that take an organization after them («الأمين العام للأمم المتحدة»). */
const ORGANIZATION_ROLES = new Set(['secretary-general', 'envoy', 'spokesperson', 'director-general', 'high-representative', 'leader']);

/** Is the id a non-state group (an organization with a `group` kind)? */
const isGroup = (r: Resolution, id: string): boolean => Boolean(r.g.organizations.get(id)?.group);

/**
 * «زعيم حركة حماس», «رئيس حركة حماس»: a head's title before a non-state group names the group's head,
 * whatever the title says of states; the group's data codes its head as `leader`, or, where the group
 * calls its head so («الأمين العام لحزب الله»), `secretary-general`.
 */
function groupHeadRole(r: Resolution, org: string): string {
  return r.g.holders.get(`leader|${org}`) ? 'leader' : 'secretary-general';
}

/** What one title phrase has read, shared by the steps of resolveTitle. */
interface TitlePhrase {
  m: M;
  day: string | null;
  sentence: number;
  title: SenseOf<'title'> | undefined;
  counterpart: SenseOf<'counterpart'> | undefined;
  t: TitleRecord | undefined;
  item: Item | undefined;
  possessor: boolean;
  /** The token after what has been read. */
  pos: number;
  /** The states the title belongs to (adjectives, or names after a construct form). */
  countries: Array<{ iso: string; m: M }>;
  org: string | undefined;
  postedTo: string | undefined;
  role: string | undefined;
  /** The state and the note of the body's spokespeople, when the title speaks for a body of a state («المتحدث باسم الخارجية الإيرانية», «باسم الكرملين»). */
  spokenFor: { iso: string; note: string } | undefined;
}

/** The person a title phrase binds, and how. */
interface Binding {
  person: PersonRecord | undefined;
  named: PersonRecord | undefined;
  confidence: number;
  implicit: boolean;
  nameSpan: { first: number; last: number; offset: number } | undefined;
  namePos: number;
  iso: string | undefined;
  of: string | undefined;
}

/**
 * A title phrase, in steps: the states or organization it belongs to, the post
 * of an envoy, its role, then the person it binds (a name after it, a given
 * name, the title's last holder in the item, or the holder on the day), and
 * the mentions and actors it adds.
 */
export function resolveTitle(r: Resolution, m: M, day: string | null, sentence: number): void {
  const title = pick(m, 'title');
  const counterpart = pick(m, 'counterpart');
  const t = title ? r.g.titles[title.title] : undefined;
  const p: TitlePhrase = { m, day, sentence, title, counterpart, t, item: r.itemOf(m.first), possessor: isPossessor(r, m), pos: m.last, countries: [], org: undefined, postedTo: undefined, role: undefined, spokenFor: undefined };
  readOwners(r, p);
  readSpokenFor(r, p);
  readPosting(r, p);
  // «رئيس الحكومة الليبية السابق»: a former holder is not the one in office
  const former = r.inLex('formerWords', r.text(p.pos)) || r.g.inLexiconPair('formerWords', r.text(p.pos), r.text(p.pos + 1));
  for (const c of p.countries) r.mention(`country:${c.iso}`, c.m, c.m.senses.some((s) => s.t === 'country' && s.form === 'adjective') ? 'adjective' : 'name', 1);
  p.role = t?.role;
  if (counterpart) p.role = counterpartRole(r, day, sentence) ?? roleAhead(r, m, sentence);
  else if (t && p.org && !ORGANIZATION_ROLES.has(t.role) && isGroup(r, p.org)) p.role = groupHeadRole(r, p.org);
  if (levelHolders(r, p)) return;
  const b = bindPerson(r, p, former);
  if (!b) return;
  if (b.implicit && b.person && namesSomeoneElse(r, b, b.person)) {
    b.person = undefined;
    b.implicit = false;
  }
  if (unknownAfterTitle(r, p, b)) return;
  recordTitlePhrase(r, p, b);
}

/**
 * «بنظرائه من الدول الثلاث وهي A وB وC»: the words that introduce the list of
 * the counterparts' states are passed over when a state follows them.
 */
function skipListIntro(r: Resolution, p: TitlePhrase): void {
  let k = p.pos;
  while (k < p.pos + 6 && (r.inLex('listIntroWords', r.text(k)) || r.doc.tokens[k]?.kind === 'punct')) k++;
  if (k > p.pos && pick(r.startingAt(k), 'country')?.form === 'name') p.pos = k;
}

/**
 * The states or organization a title belongs to: an adjective after it, a
 * name after a construct form, an organization after an organization's office
 * («الأمين العام للأمم المتحدة», «مسؤولة السياسة الخارجية في الاتحاد
 * الأوروبي»), several states after a dual or a counterpart («نظيريه الياباني
 * والكوري», «وزيري خارجية روسيا والمغرب»).
 */
function readOwners(r: Resolution, p: TitlePhrase): void {
  const { used } = r;
  const { t, title, counterpart, countries, sentence } = p;
  const construct = title?.construct ?? false;
  const several = Boolean(counterpart || title?.several);
  // («وزراء خارجية الدول الثلاث مصر والأردن والعراق»: a plural title past the words that introduce its states)
  if (several || pluralTitle(r, p.m)) skipListIntro(r, p);
  for (;;) {
    let next = r.startingAt(p.pos);
    if (!next && t && ORGANIZATION_ROLES.has(t.role) && !p.org && r.text(p.pos) === 'في' && pick(r.startingAt(p.pos + 1), 'org')) next = r.startingAt(p.pos + 1);
    if (!next || used.has(next)) break;
    const c = pick(next, 'country');
    const o = pick(next, 'org');
    if (c && c.form === 'adjective' && !construct && (countries.length === 0 || (several && next.prefix === 'و'))) countries.push({ iso: c.id.slice(8), m: next });
    else if (c && c.form === 'name' && (construct || countries.length > 0 || counterpart)) countries.push({ iso: c.id.slice(8), m: next });
    else if (o && t && (ORGANIZATION_ROLES.has(t.role) || isGroup(r, o.id)) && !p.org) {
      p.org = o.id;
      r.mention(o.id, next, 'name', 1);
      r.actors.push({ id: o.id, type: 'organization', first: next.first, last: next.last, sentence, inPhrase: true });
    } else break;
    used.add(next);
    p.pos = next.last;
    // «وزيري خارجية روسيا والمغرب», «نظيريه الياباني والكوري»: another state after و
    // («روسيا و المغرب»: the conjunction may be written apart)
    const apart = r.text(p.pos) === 'و' ? 1 : 0;
    const after = r.startingAt(p.pos + apart);
    const c2 = pick(after, 'country');
    // («نظرائه من الأردن والعراق»: a counterpart's list of states may be of names)
    if (!(c2 && after && (apart || after.prefix.startsWith('و')) && (construct || (several && (c2.form === 'adjective' || Boolean(counterpart)))))) break;
    p.pos += apart;
  }
}

/**
 * «المتحدث باسم الخارجية الإيرانية», «الناطق باسم الحكومة المغربية», «المتحدث باسم الكرملين»:
 * a spokesperson speaks for a body of a state; the state is the adjective after the body (or the
 * seat's own), and the spokesperson is the one of that body (the note its spokespeople carry), not
 * of the state's other bodies. A name after the adjective is the title's.
 */
function readSpokenFor(r: Resolution, p: TitlePhrase): void {
  const kinds = p.t?.bodies;
  if (!kinds || p.countries.length > 0 || p.org) return;
  const body = r.startingAt(p.pos);
  const seat = pick(body, 'seat');
  const seatRecord = seat ? r.g.seats.get(seat.id) : undefined;
  if (body && seatRecord && kinds[seatRecord.kind]) {
    p.spokenFor = { iso: seatRecord.country, note: kinds[seatRecord.kind]! };
    p.pos = body.last;
    return;
  }
  const kind = pick(body, 'bodykind');
  const note = kind && !kind.construct ? kinds[kind.kind] : undefined;
  if (!body || !note || r.used.has(body)) return;
  const next = r.startingAt(body.last);
  const c = next?.senses.find((x): x is Extract<typeof x, { t: 'country' }> => x.t === 'country' && x.form === 'adjective');
  if (!next || !c || r.used.has(next)) return;
  r.used.add(body);
  r.used.add(next);
  p.countries.push({ iso: c.id.slice(8), m: next });
  p.spokenFor = { iso: c.id.slice(8), note };
  p.pos = next.last;
}

/**
 * «السفير الروسي لدى المغرب», «سفيرة الولايات المتحدة في الأمم المتحدة»: the
 * state or organization an envoy or ambassador is posted to; a counterpart
 * shares its antecedent's posting.
 */
function readPosting(r: Resolution, p: TitlePhrase): void {
  const { t, counterpart, sentence } = p;
  p.postedTo = counterpart && r.lastRole && POSTED_ROLES.has(r.lastRole.role) ? r.lastRole.postedTo : undefined;
  if (!t || !POSTED_ROLES.has(t.role)) return;
  // («السفير اليوناني لديها X», «لدى بلاده»: a posting told by a pronoun names no state; the name follows it)
  if (r.inLex('postedPronouns', r.text(p.pos))) {
    p.pos += 1;
    return;
  }
  if (r.g.inLexiconPair('postedPronouns', r.text(p.pos), r.text(p.pos + 1))) {
    p.pos += 2;
    return;
  }
  if (!r.inLex('postedPrepositions', r.text(p.pos))) return;
  const posted = r.startingAt(p.pos + 1);
  const pc = pick(posted, 'country');
  const po = pick(posted, 'org');
  // («لدى موسكو»: a capital stands for its state)
  const pcity = pick(posted, 'city');
  const cityState = pcity ? r.g.cities.get(pcity.id)?.country : undefined;
  if (!posted || !(pc || po || cityState)) return;
  const id = pc?.id ?? po?.id ?? pcity!.id;
  p.postedTo = pc ? pc.id.slice(8) : (po?.id ?? cityState);
  r.used.add(posted);
  r.mention(id, posted, 'name', 1);
  r.actors.push({ id, type: pc ? 'country' : po ? 'organization' : 'city', first: posted.first, last: posted.last, sentence, inPhrase: true });
  p.pos = posted.last;
}

/** «اجتماع ثلاثي سعودي - أميركي - روسي على مستوى وزراء الخارجية»: a plural title after a chain of states names the holders of the office in each; true when it did. */
function levelHolders(r: Resolution, p: TitlePhrase): boolean {
  const { title, countries, role, org, m, day, sentence } = p;
  if (!title?.several || countries.length > 0 || !role || org || !namesOneOffice(p, role)) return false;
  const states = levelStates(r, m);
  if (states.length <= 1) return false;
  for (const s of states) {
    const h = holder(r, role, s, day, null, undefined, portfolioOf(p, role));
    if (!h) continue;
    r.mention(h.person.id, { first: m.first, last: p.pos, offset: m.offset }, 'title', 0.8, true);
    r.person(h.person, day, 0.8);
    r.actors.push({ id: h.person.id, type: 'person', first: m.first, last: p.pos, sentence, role, group: m.first });
  }
  r.lastRole = { role, first: m.first };
  return true;
}

/**
 * The person a title binds, in order: a name after it whose bearer held the
 * office (or could: «ويلتقي ولي العهد الملك فيليبي السادس» names the object, not
 * the holder), a given name after a king's or crown prince's title, the
 * minister last named in the item («الوزير المغربي»), the same office's holder
 * named earlier in the item («ولي العهد»), the holder on the day. Titles of
 * several states name one holder each and end the phrase (undefined).
 */
function bindPerson(r: Resolution, p: TitlePhrase, former: boolean): Binding | undefined {
  const { g, used } = r;
  const { t, org, countries, possessor, item, m, day, role } = p;
  const namePos = skipToName(r, p.pos);
  const sameItemMemory = t ? r.titleMemory.get(t.role) : undefined;
  const fromAgency =
    t && !org && !t.org && countries.length === 0 && !p.spokenFor && !possessor && !former && !(sameItemMemory && r.itemOf(sameItemMemory.token) === item) ? agencyStateForTitle(r, m, namePos) : undefined;
  const iso = countries[0]?.iso ?? t?.country ?? p.spokenFor?.iso ?? coordinatedState(r, p) ?? fromAgency;
  const of = org ?? iso ?? t?.org;
  const nameMatch = r.startingAt(namePos);
  const candidate = nameMatch && !used.has(nameMatch) && pick(nameMatch, 'person') && !(nameMatch.tolerant && nameMatch.last - nameMatch.first < 2) ? personOf(r, nameMatch, day) : undefined;
  const heldThen = (x: PersonRecord) => x.roles.some((y) => y.role === t!.role && (!day || covers(y, day) !== 'no'));
  const remembered = t ? r.titleMemory.get(t.role) : undefined;
  // (the office remembered is the same office only for the same state: «الرئيس المصري X ... الرئيس الإيراني Y»)
  const sameOfficeRemembered = remembered !== undefined && r.itemOf(remembered.token) === item && (!iso || g.people.get(remembered.id)?.country === iso);
  const binds = (x: PersonRecord) =>
    !t || t.generic || !PERSONAL_ROLES.has(t.role) || t.role === 'minister' || heldThen(x) || (x.roles.some((y) => y.role === t.role) && !sameOfficeRemembered);
  const named = candidate && binds(candidate) ? candidate : undefined;
  const b: Binding = { person: undefined, named, confidence: 1, implicit: false, nameSpan: undefined, namePos, iso, of };
  const givenTitle = t && (t.role === 'head-of-state' || t.role === 'crown-prince') ? t : undefined;
  const given = givenTitle && !named ? byGiven(r, namePos, day, givenTitle, iso) : undefined;
  if (named && nameMatch) {
    b.person = named;
    used.add(nameMatch);
    b.nameSpan = nameMatch;
    if (!day && t && !t.generic) narrowWindow(r, named, t.role, of);
    // a title the person did not hold then lowers the confidence; it does not change the person
    if (role && day && !named.roles.some((x) => x.role === role && (!of || x.of === of) && covers(x, day) !== 'no')) b.confidence = 0.75;
    if (nameMatch.tolerant) b.confidence = Math.min(b.confidence, 0.7);
  } else if (given) {
    b.person = given;
    b.nameSpan = { first: namePos, last: namePos + 1, offset: 0 };
    b.confidence = 0.9;
  } else if (t?.generic) {
    // «الوزير (المغربي)»: the minister last named in this item (of that state)
    const last = lastMinister(r, item, iso);
    if (last) {
      b.person = g.people.get(last.id);
      b.confidence = 0.75;
    }
  } else if (t && !of && countries.length === 0 && !pluralTitle(r, m) && r.titleMemory.has(t.role) && r.itemOf(r.titleMemory.get(t.role)!.token) === item) {
    // «ولي العهد» after «ولي العهد السعودي محمد بن سلمان»: the same office-holder again
    b.person = g.people.get(r.titleMemory.get(t.role)!.id);
    b.confidence = 0.8;
  } else if (role && of && countries.length <= 1 && !possessor && !former && (!t || titleFits(r, t, iso)) && (!POSTED_ROLES.has(role) || p.postedTo) && namesOneOffice(p, role)) {
    holderOnTheDay(r, p, b, role, of);
  } else if (role && countries.length > 1 && namesOneOffice(p, role)) {
    holderPerState(r, p, role);
    return undefined;
  }
  return b;
}

/**
 * A state has many ministers at once: a minister's title names one of them only
 * through its portfolio («وزير النفط السعودي»); one without («وزير الدولة») names
 * the state alone.
 */
function namesOneOffice(p: TitlePhrase, role: string): boolean {
  return role !== 'minister' || portfolioOf(p, role) !== undefined;
}

/** The portfolio words of the phrase's own title, when the role read is that title's. */
function portfolioOf(p: TitlePhrase, role: string): readonly string[] | undefined {
  return p.t && p.t.role === role ? p.t.portfolio : undefined;
}

/** The holder of the office on the day (an envoy or ambassador only where the text says where he is posted), else the holder already named in the item. */
function holderOnTheDay(r: Resolution, p: TitlePhrase, b: Binding, role: string, of: string): void {
  const h = holder(r, role, of, p.day, p.t?.note ?? p.spokenFor?.note ?? (role === 'head-of-state' ? null : undefined), p.postedTo, portfolioOf(p, role));
  const seen = b.iso ? r.titleMemoryByState.get(role)?.get(b.iso) : undefined;
  if (h) {
    b.person = h.person;
    b.implicit = true;
    b.confidence = h.coverage === 'certain' ? 0.9 : 0.7;
  } else if (seen && r.itemOf(seen.token) === p.item) {
    // no day to look the holder up: the holder of that office already named in this item («سامح شكري ... نظيره المصري»)
    b.person = r.g.people.get(seen.id);
    b.confidence = 0.75;
  }
}

/** «وزيري خارجية روسيا والمغرب», «نظيريه الياباني والكوري»: one holder per state, met together. */
function holderPerState(r: Resolution, p: TitlePhrase, role: string): void {
  const { m, day, sentence, countries, counterpart } = p;
  for (const c of countries) {
    const h = holder(r, role, c.iso, day, null, undefined, portfolioOf(p, role));
    if (!h) continue;
    r.mention(h.person.id, { first: m.first, last: p.pos, offset: m.offset }, counterpart ? 'counterpart' : 'title', 0.85, true);
    r.person(h.person, day, 0.85);
    r.actors.push({ id: h.person.id, type: 'person', first: m.first, last: p.pos, sentence, role, group: m.first });
  }
  for (const c of countries) r.actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
}

/**
 * «وزير الخارجية الروسي X ورئيس الأركان العامة», «وزير الخارجية الأمريكي
 * ووزير الدفاع»: a title with no state of its own, joined by «و» right after
 * an office-holder of a state, is an office of the same state: the
 * nationality is said once for both.
 */
function coordinatedState(r: Resolution, p: TitlePhrase): string | undefined {
  const { m, t, org } = p;
  if (!t || org || t.org || t.generic || !PERSONAL_ROLES.has(t.role) || p.counterpart) return undefined;
  const joined = m.prefix.startsWith('و') ? m.first : r.text(m.first - 1) === 'و' ? m.first - 1 : -1;
  if (joined < 0) return undefined;
  const before = r.lastActor((a) => a.type === 'person' && a.last <= joined && a.sentence === p.sentence, p.sentence);
  if (!before || before.last !== joined || before.id.startsWith('person:~')) return undefined;
  return r.g.people.get(before.id)?.country;
}

/**
 * «رئيس الوزراء الإسرائيلي إسحاق …» in a text of a later day: a title followed
 * by a name that opens with a given name is that person's, not the holder's on
 * the day, when the holder's name (as the data writes it, or a spelling of the
 * same skeleton) does not open so. The holder of the day is a guess the text
 * itself overrules.
 */
function namesSomeoneElse(r: Resolution, b: Binding, holderRecord: PersonRecord): boolean {
  const k = b.namePos;
  if (!givenNameAt(r, k) || r.startingAt(k)) return false;
  const first = r.text(k);
  const words = arabicNameWords(holderRecord, true);
  return !words.some((w) => w === first || skeleton(w) === skeleton(first));
}

/** A title of a named state or organization followed by an unknown name introduces a person («السفير الروسي لدى المغرب فاليريان شوفاييف»); true when it did. */
function unknownAfterTitle(r: Resolution, p: TitlePhrase, b: Binding): boolean {
  const { t, countries, org, m, sentence, role } = p;
  if (b.person || !t || !PERSONAL_ROLES.has(t.role) || b.named || !(countries.length > 0 || org)) return false;
  // («المتحدث باسم الخارجية الـX ...»: after a body and its adjective the words run on as often into the
  // statement as into a name; a spokesperson is read there only by a name the gazetteer knows)
  if (p.spokenFor) return false;
  const span = unknownName(r, b.namePos);
  if (!span) return false;
  const id = unknownPerson(r, span, t.role, b.of, b.iso);
  r.actors.push({ id, type: 'person', first: m.first, last: span.last, sentence, role: t.role });
  for (const c of countries) r.actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
  if (role) r.lastRole = lastRole(role, m.first, p.postedTo);
  return true;
}

/** «وزراء خارجية …», «رؤساء …»: a dual or plural title names several holders, never the one named before. */
function pluralTitle(r: Resolution, m: M): boolean {
  return r.inLex('pluralTitleHeads', r.surface({ ...m, last: m.first + 1 }));
}

/** The mentions and actors of a title phrase: the person it binds, else its state (or organization) acting; the role for a later counterpart. */
function recordTitlePhrase(r: Resolution, p: TitlePhrase, b: Binding): void {
  const { t, m, day, sentence, countries, counterpart, possessor, org } = p;
  const { person, nameSpan, confidence } = b;
  let role = p.role;
  if (person) {
    if (nameSpan) r.mention(person.id, nameSpan, 'name', confidence);
    else r.mention(person.id, { first: m.first, last: p.pos, offset: m.offset }, counterpart ? 'counterpart' : 'title', confidence, b.implicit);
    if (counterpart && nameSpan) r.mention(person.id, { first: m.first, last: p.pos, offset: m.offset }, 'counterpart', confidence);
    r.person(person, day, confidence);
    r.actors.push(phraseActor(person.id, 'person', m.first, nameSpan?.last ?? p.pos, sentence, role, possessor));
    for (const c of countries) r.actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
    if (t && !t.generic && (countries.length > 0 || nameSpan)) r.remember(t.role, person.country ?? '', person.id, m.first);
    if (!role && day) role = person.roles.find((x) => covers(x, day) !== 'no')?.role;
  } else {
    // a role without a person: the state (or organization) acts
    for (const c of countries) r.actors.push(phraseActor(`country:${c.iso}`, 'country', m.first, p.pos, sentence, role, possessor));
    if (org && countries.length === 0) {
      const a = r.lastActor((x) => x.id === org);
      if (a) a.inPhrase = false;
    }
  }
  if (role) r.lastRole = lastRole(role, m.first, p.postedTo);
}

// the optional fields below are set after the literal rather than spread into it (a spread copies them at run time)

/** The role a title phrase gives, for a later counterpart. */
function lastRole(role: string, first: number, postedTo: string | undefined): NonNullable<Resolution['lastRole']> {
  const x: NonNullable<Resolution['lastRole']> = { role, first };
  if (postedTo) x.postedTo = postedTo;
  return x;
}

/** The actor a title phrase names (its role, if any; inside someone else's phrase when the title is a possessor's). */
function phraseActor(id: string, type: Actor['type'], first: number, last: number, sentence: number, role: string | undefined, possessor: boolean): Actor {
  const a: Actor = { id, type, first, last, sentence };
  if (role) a.role = role;
  if (possessor) a.inPhrase = true;
  return a;
}

/**
 * «الوزير (المغربي)»: the minister whose title was resolved last in the item
 * (one of the state `iso`, when given). Both memories are searched, as a
 * minister of that state may no longer be the last of the role.
 */
function lastMinister(r: Resolution, item: Item | undefined, iso: string | undefined): Remembered | undefined {
  let last: Remembered | undefined;
  // the latest title wins; entries of one title share their token and person
  const consider = (v: Remembered) => {
    if ((!last || v.token > last.token) && r.itemOf(v.token) === item && (!iso || r.g.people.get(v.id)?.country === iso)) last = v;
  };
  for (const [role, v] of r.titleMemory) if (role.endsWith('minister')) consider(v);
  for (const [role, byState] of r.titleMemoryByState) if (role.endsWith('minister')) for (const v of byState.values()) consider(v);
  return last;
}

/** The states of a chain of adjectives just before «على مستوى» («سعودي - أميركي - روسي على مستوى وزراء الخارجية»). */
function levelStates(r: Resolution, m: M): string[] {
  if (m.offset > 0 || !r.inLex('levelPhrases', `${r.text(m.first - 2)} ${r.text(m.first - 1)}`)) return [];
  const states: string[] = [];
  let k = m.first - 2;
  const adjective = (end: number) => {
    const x = r.endingAt(end);
    return pick(x, 'country')?.form === 'adjective' ? x : undefined;
  };
  for (;;) {
    // «سعودي - أميركي»: a dash may stand between two adjectives
    if (!adjective(k) && isDash(r.doc.tokens[k - 1])) k--;
    const prev = adjective(k);
    if (!prev) break;
    states.unshift(pick(prev, 'country')!.id.slice(8));
    k = prev.first;
  }
  return [...new Set(states)];
}

/**
 * «المستشار الدبلوماسي لرئيس الوزراء», «سفارة خادم الحرمين», «مبعوث الأمين العام»:
 * the office names someone else's possessor, not an actor. A construct title
 * governs the next; «خادم الحرمين الشريفين الملك سلمان» is apposition.
 */
function isPossessor(r: Resolution, m: M): boolean {
  const nearHead = (k: number) =>
    r.inLex('possessorNouns', r.text(k).replace(/^ال/, '')) || (r.endingAt(k + 1)?.senses.some((y) => y.t === 'title' || y.t === 'bodykind' || y.t === 'seat') ?? false);
  const previous = r.endingAt(m.first);
  const prevMatch = previous && r.used.has(previous) ? previous : undefined;
  return (
    (m.prefix.endsWith('ل') && (nearHead(m.first - 1) || nearHead(m.first - 2))) ||
    r.inLex('possessorNouns', r.text(m.first - 1)) ||
    (prevMatch !== undefined && !m.prefix && prevMatch.senses.some((x) => (x.t === 'title' || x.t === 'bodykind') && x.construct))
  );
}

/** Skips modifiers («المنتدبة», «السابق»), commas and honorifics between a title and a name. */
function skipToName(r: Resolution, from: number): number {
  let k = from;
  for (;;) {
    if (!r.startingAt(k) && r.inLex('titleModifiers', r.text(k))) {
      k++;
      continue;
    }
    const t = r.doc.tokens[k];
    if (t?.kind === 'punct' && (t.text === '،' || t.text === ',')) {
      k++;
      continue;
    }
    const h = r.startingAt(k);
    if (h && pick(h, 'honorific') && !pick(h, 'person')) {
      r.used.add(h);
      k = h.last;
      continue;
    }
    return k;
  }
}

/**
 * «وفي اتصال هاتفي تلقاه من نظيره الفرنسي، بحث الرئيس X …», «وخلال لقائه
 * نظيره التركي، أكد وزير الخارجية X …»: a counterpart in a circumstance put
 * before its clause, with no antecedent before it, takes the office of the
 * first title after the comma that closes the circumstance.
 */
function roleAhead(r: Resolution, m: M, sentence: number): string | undefined {
  const { tokens } = r.doc;
  let comma = false;
  for (let k = m.last; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.kind === 'punct') comma = true;
    const title = comma ? pick(r.startingAt(k), 'title') : undefined;
    const role = title ? r.g.titles[title.title]?.role : undefined;
    if (role) return COUNTERPART_ROLES.includes(role) ? role : undefined;
  }
  return undefined;
}

/**
 * A counterpart's office: a title of its own sentence, else the office of its
 * antecedent (held on the day, or the title it was named with in undated text),
 * else the last title of the sentence before («بين سيرجي لافروف ونظيره المغربي»,
 * «وأشار معاليه ... مع نظيره المصري»).
 */
function counterpartRole(r: Resolution, day: string | null, sentence: number): string | undefined {
  // (an office of many holders in each state, «الوزيرة» of an unnamed ministry, names no counterpart)
  const recent = r.lastRole && r.sentenceOf(r.lastRole.first) >= sentence - 1 && COUNTERPART_ROLES.includes(r.lastRole.role) ? r.lastRole.role : undefined;
  if (recent && r.sentenceOf(r.lastRole!.first) === sentence) return recent;
  const antecedent = r.lastActor((a) => a.type === 'person' && r.g.people.has(a.id), sentence - 1);
  const p = antecedent ? r.g.people.get(antecedent.id) : undefined;
  if (p && day) {
    const held = rolesOn(p, day).map((x) => x.role);
    const role = COUNTERPART_ROLES.find((x) => held.includes(x));
    if (role) return role;
  } else if (p) {
    // undated: the one such office the antecedent ever held
    const ever = COUNTERPART_ROLES.filter((x) => p.roles.some((y) => y.role === x && holdsTheOffice(y.note)));
    if (ever.length === 1) return ever[0];
  }
  return recent;
}

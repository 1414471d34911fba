/**
 * Titles and counterparts: «وزير الخارجية الروسي سيرغي لافروف», «نظيره المغربي»,
 * «وزيري خارجية روسيا والمغرب», «الأمين العام للأمم المتحدة», «الملك سلمان».
 * A title takes its state (an adjective, or a name after a construct form) or
 * its organization, skips honorifics, then binds a following name, a given
 * name, a title already resolved in the item, or the holder on the day.
 */
import type { PersonRecord } from '../gazetteer/index.js';
import { holdsTheOffice, POSTED_ROLES } from '../gazetteer/notes.js';
import { isDash } from '../tokenize/index.js';
import { covers, rolesOn } from './office.js';
import { byGiven, holder, narrowWindow, personOf, titleFits, unknownName, unknownPerson } from './persons.js';
import type { Actor, Item } from '../document.js';
import { agencyStateForTitle } from './agency.js';
import { pick, type M, type Remembered, type Resolution } from './state.js';

/** The offices a counterpart can share with its antecedent, most specific first. */
const COUNTERPART_ROLES = ['foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister', 'head-of-government', 'head-of-state', 'crown-prince', 'speaker', 'national-security-adviser'];

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

export function resolveTitle(r: Resolution, m: M, day: string | null, sentence: number): void {
  const { g, used } = r;
  const title = pick(m, 'title');
  const counterpart = pick(m, 'counterpart');
  const item = r.itemOf(m.first);
  const t = title ? g.titles[title.title] : undefined;
  const phraseStart = m.first;
  const possessor = isPossessor(r, m);

  // the state(s) or organization the title belongs to
  let pos = m.last;
  const countries: Array<{ iso: string; m: M }> = [];
  let org: string | undefined;
  const construct = title?.construct ?? false;
  // «نظيريه الياباني والكوري», «الرئيسين الروسي والتركي»: several states by adjectives
  const several = Boolean(counterpart || title?.several);
  for (;;) {
    let next = r.startingAt(pos);
    // «مسؤولة السياسة الخارجية في الاتحاد الأوروبي»: an organization after «في»
    if (!next && t && ORGANIZATION_ROLES.has(t.role) && !org && r.text(pos) === 'في' && pick(r.startingAt(pos + 1), 'org')) next = r.startingAt(pos + 1);
    if (!next || used.has(next)) break;
    const c = pick(next, 'country');
    const o = pick(next, 'org');
    if (c && c.form === 'adjective' && !construct && (countries.length === 0 || (several && next.prefix === 'و'))) countries.push({ iso: c.id.slice(8), m: next });
    else if (c && c.form === 'name' && (construct || countries.length > 0 || counterpart)) countries.push({ iso: c.id.slice(8), m: next });
    else if (o && t && (ORGANIZATION_ROLES.has(t.role) || isGroup(r, o.id)) && !org) {
      org = o.id;
      r.mention(o.id, next, 'name', 1);
      r.actors.push({ id: o.id, type: 'organization', first: next.first, last: next.last, sentence, inPhrase: true });
    } else break;
    used.add(next);
    pos = next.last;
    // «وزيري خارجية روسيا والمغرب», «نظيريه الياباني والكوري»: another state after و
    const after = r.startingAt(pos);
    const c2 = pick(after, 'country');
    if (!(c2 && after && after.prefix.startsWith('و') && (construct || (several && c2.form === 'adjective')))) break;
  }
  // «السفير الروسي لدى المغرب»: the country an envoy or ambassador is posted to
  // («سفيرة الولايات المتحدة في الأمم المتحدة»: or the organization); a counterpart shares its antecedent's posting
  let postedTo: string | undefined = counterpart && r.lastRole && POSTED_ROLES.has(r.lastRole.role) ? r.lastRole.postedTo : undefined;
  if (t && POSTED_ROLES.has(t.role) && r.inLex('postedPrepositions', r.text(pos))) {
    const posted = r.startingAt(pos + 1);
    const pc = pick(posted, 'country');
    const po = pick(posted, 'org');
    if (posted && (pc || po)) {
      postedTo = pc ? pc.id.slice(8) : po!.id;
      used.add(posted);
      r.mention(pc?.id ?? po!.id, posted, 'name', 1);
      r.actors.push({ id: pc?.id ?? po!.id, type: pc ? 'country' : 'organization', first: posted.first, last: posted.last, sentence, inPhrase: true });
      pos = posted.last;
    }
  }
  // «رئيس الحكومة الليبية السابق»: a former holder is not the one in office
  const former = r.inLex('formerWords', r.text(pos)) || g.inLexiconPair('formerWords', r.text(pos), r.text(pos + 1));
  for (const c of countries) r.mention(`country:${c.iso}`, c.m, c.m.senses.some((s) => s.t === 'country' && s.form === 'adjective') ? 'adjective' : 'name', 1);
  const namePos = skipToName(r, pos);

  let role: string | undefined = t?.role;
  if (counterpart) role = counterpartRole(r, day, sentence);
  else if (t && org && !ORGANIZATION_ROLES.has(t.role) && isGroup(r, org)) role = groupHeadRole(r, org);
  // «اجتماع ثلاثي سعودي - أميركي - روسي على مستوى وزراء الخارجية»: the holders of the office in the states just named
  if (title?.several && countries.length === 0 && role && !org) {
    const states = levelStates(r, m);
    if (states.length > 1) {
      for (const s of states) {
        const h = holder(r, role, s, day, null);
        if (!h) continue;
        r.mention(h.person.id, { first: phraseStart, last: pos, offset: m.offset }, 'title', 0.8, true);
        r.person(h.person, day, 0.8);
        r.actors.push({ id: h.person.id, type: 'person', first: phraseStart, last: pos, sentence, role, group: phraseStart });
      }
      r.lastRole = { role, first: m.first };
      return;
    }
  }
  const sameItemMemory = t ? r.titleMemory.get(t.role) : undefined;
  const fromAgency =
    t && !org && !t.org && countries.length === 0 && !possessor && !former && !(sameItemMemory && r.itemOf(sameItemMemory.token) === item) ? agencyStateForTitle(r, m, namePos) : undefined;
  const iso = countries[0]?.iso ?? t?.country ?? fromAgency;
  const of = org ?? iso ?? t?.org;
  const nameMatch = r.startingAt(namePos);
  const candidate = nameMatch && !used.has(nameMatch) && pick(nameMatch, 'person') && !(nameMatch.tolerant && nameMatch.last - nameMatch.first < 2) ? personOf(r, nameMatch, day) : undefined;
  // «ويلتقي ولي العهد الملك فيليبي السادس»: a name whose bearer never held the title is the object, not the title's holder
  const heldThen = (p: PersonRecord) => p.roles.some((x) => x.role === t!.role && (!day || covers(x, day) !== 'no'));
  const remembered = t ? r.titleMemory.get(t.role) : undefined;
  // (the office remembered is the same office only for the same state: «الرئيس المصري X ... الرئيس الإيراني Y»)
  const sameOfficeRemembered = remembered !== undefined && r.itemOf(remembered.token) === item && (!iso || g.people.get(remembered.id)?.country === iso);
  const binds = (p: PersonRecord) =>
    !t || t.generic || !PERSONAL_ROLES.has(t.role) || t.role === 'minister' || heldThen(p) || (p.roles.some((x) => x.role === t.role) && !sameOfficeRemembered);
  const named = candidate && binds(candidate) ? candidate : undefined;
  let person: PersonRecord | undefined;
  let confidence = 1;
  let implicit = false;
  let nameSpan: { first: number; last: number; offset: number } | undefined;
  const givenTitle = t && (t.role === 'head-of-state' || t.role === 'crown-prince') ? t : undefined;
  const given = givenTitle && !named ? byGiven(r, namePos, day, givenTitle, iso) : undefined;
  if (named && nameMatch) {
    person = named;
    used.add(nameMatch);
    nameSpan = nameMatch;
    if (!day && t && !t.generic) narrowWindow(r, named, t.role, of);
    // a title the person did not hold then lowers the confidence; it does not change the person
    if (role && day && !named.roles.some((x) => x.role === role && (!of || x.of === of) && covers(x, day) !== 'no')) confidence = 0.75;
    if (nameMatch.tolerant) confidence = Math.min(confidence, 0.7);
  } else if (given) {
    person = given;
    nameSpan = { first: namePos, last: namePos + 1, offset: 0 };
    confidence = 0.9;
  } else if (t?.generic) {
    // «الوزير (المغربي)»: the minister last named in this item (of that state)
    const last = lastMinister(r, item, iso);
    if (last) {
      person = g.people.get(last.id);
      confidence = 0.75;
    }
  } else if (t && !of && countries.length === 0 && r.titleMemory.has(t.role) && r.itemOf(r.titleMemory.get(t.role)!.token) === item) {
    // «ولي العهد» after «ولي العهد السعودي محمد بن سلمان»: the same office-holder again
    person = g.people.get(r.titleMemory.get(t.role)!.id);
    confidence = 0.8;
  } else if (role && of && countries.length <= 1 && !possessor && !former && (!t || titleFits(r, t, iso)) && (!POSTED_ROLES.has(role) || postedTo)) {
    // an envoy or ambassador is one of many: only the one posted where the text says
    const h = holder(r, role, of, day, t?.note ?? (role === 'head-of-state' ? null : undefined), postedTo);
    const seen = iso ? r.titleMemoryByState.get(role)?.get(iso) : undefined;
    if (h) {
      person = h.person;
      implicit = true;
      confidence = h.coverage === 'certain' ? 0.9 : 0.7;
    } else if (seen && r.itemOf(seen.token) === item) {
      // no day to look the holder up: the holder of that office already named in this item («سامح شكري ... نظيره المصري»)
      person = g.people.get(seen.id);
      confidence = 0.75;
    }
  } else if (role && countries.length > 1) {
    // «وزيري خارجية روسيا والمغرب», «نظيريه الياباني والكوري»: one holder per state, met together
    for (const c of countries) {
      const h = holder(r, role, c.iso, day, null);
      if (!h) continue;
      r.mention(h.person.id, { first: phraseStart, last: pos, offset: m.offset }, counterpart ? 'counterpart' : 'title', 0.85, true);
      r.person(h.person, day, 0.85);
      r.actors.push({ id: h.person.id, type: 'person', first: phraseStart, last: pos, sentence, role, group: phraseStart });
    }
    for (const c of countries) r.actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
    return;
  }
  // a title of a named state or organization followed by an unknown name introduces a person («السفير الروسي لدى المغرب فاليريان شوفاييف»)
  if (!person && t && PERSONAL_ROLES.has(t.role) && !named && (countries.length > 0 || org)) {
    const span = unknownName(r, namePos);
    if (span) {
      const id = unknownPerson(r, span, t.role, of, iso);
      r.actors.push({ id, type: 'person', first: phraseStart, last: span.last, sentence, role: t.role });
      for (const c of countries) r.actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
      if (role) r.lastRole = lastRole(role, m.first, postedTo);
      return;
    }
  }
  if (person) {
    if (nameSpan) r.mention(person.id, nameSpan, 'name', confidence);
    else r.mention(person.id, { first: phraseStart, last: pos, offset: m.offset }, counterpart ? 'counterpart' : 'title', confidence, implicit);
    if (counterpart && nameSpan) r.mention(person.id, { first: phraseStart, last: pos, offset: m.offset }, 'counterpart', confidence);
    r.person(person, day, confidence);
    r.actors.push(phraseActor(person.id, 'person', phraseStart, nameSpan?.last ?? pos, sentence, role, possessor));
    for (const c of countries) r.actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
    if (t && !t.generic && (countries.length > 0 || nameSpan)) {
      r.remember(t.role, person.country ?? '', person.id, m.first);
    }
    if (!role && day) role = person.roles.find((x) => covers(x, day) !== 'no')?.role;
  } else {
    // a role without a person: the state (or organization) acts
    for (const c of countries)
      r.actors.push(phraseActor(`country:${c.iso}`, 'country', phraseStart, pos, sentence, role, possessor));
    if (org && countries.length === 0) {
      const a = r.lastActor((x) => x.id === org);
      if (a) a.inPhrase = false;
    }
  }
  if (role) r.lastRole = lastRole(role, m.first, postedTo);
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
 * A counterpart's office: a title of its own sentence, else the office of its
 * antecedent (held on the day, or the title it was named with in undated text),
 * else the last title of the sentence before («بين سيرجي لافروف ونظيره المغربي»,
 * «وأشار معاليه ... مع نظيره المصري»).
 */
function counterpartRole(r: Resolution, day: string | null, sentence: number): string | undefined {
  const recent = r.lastRole && r.sentenceOf(r.lastRole.first) >= sentence - 1 ? r.lastRole.role : undefined;
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

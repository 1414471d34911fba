/**
 * Resolution: matched phrases become entities. Titles with adjectives and
 * dates become persons, counterparts take their antecedent's role, ambiguous
 * forms are decided by context, later surnames corefer.
 */
import type { Actor, Doc, RawMention } from '../document.js';
import { itemOf } from '../document.js';
import type { Match, PersonRecord, Sense, TitleRecord } from '../gazetteer/index.js';
import { findAll, selectLongest, skeleton } from '../gazetteer/index.js';
import type { Role } from '../types.js';
import { covers, holderOn, rolesOn, type Holder } from './office.js';
import { romanize, slug } from './romanize.js';

export { holderOn, holdersOn, rolesOn, covers, bounds, checkRoleQuery } from './office.js';
export { romanize, slug } from './romanize.js';

type M = Match<Sense>;

/** The offices a counterpart can share with its antecedent, most specific first. */
const COUNTERPART_ROLES = ['foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister', 'head-of-government', 'head-of-state', 'crown-prince', 'speaker', 'national-security-adviser'];

const PERSONAL_ROLES = new Set([
  'head-of-state', 'head-of-government', 'foreign-minister', 'defense-minister', 'interior-minister', 'finance-minister',
  'crown-prince', 'deputy-crown-prince', 'vice-president', 'deputy-prime-minister', 'national-security-adviser',
  'secretary-general', 'envoy', 'ambassador', 'spokesperson', 'speaker', 'commission-president', 'council-president',
  'high-representative', 'director-general', 'minister', 'army-chief', 'intelligence-chief',
]);

/** The matching stage: exact phrases, then tolerant ones where nothing exact was found. */
export function match(doc: Doc): void {
  const g = doc.gazetteer;
  const exact = findAll(doc.tokens, g.entities);
  const tolerant = findAll(doc.tokens, g.tolerant, {
    tolerant: true,
    key: (t) => skeleton(t.analyses[0]!.base),
    firstKeys: (t) => (t.kind === 'arabic' ? t.analyses.map((a) => ({ key: skeleton(a.base), offset: a.offset, prefix: a.prefix })) : []),
  });
  // a tolerant reading needs every word to be a real word of three letters or more («بوريطة قد» is not «بارات جاغديو»)
  const solid = tolerant.filter((m) => {
    for (let k = m.first; k < m.last; k++) {
      const t = doc.tokens[k]!;
      const text = k === m.first ? t.text.slice(m.offset) : t.text;
      if (text.length < 3 || g.inLexicon('functionWords', text)) return false;
    }
    return true;
  });
  doc.matches = selectLongest([...exact, ...solid]);
}

/** The day of the item a token is in. */
const dayAt = (doc: Doc, token: number): string | null => itemOf(doc, token)?.publishedAt ?? null;

const adjacent = (doc: Doc, a: number, b: number): boolean => {
  // b follows a directly, or after a comma
  if (a === b) return true;
  if (b === a + 1) {
    const t = doc.tokens[a]!;
    return t.kind === 'punct' && (t.text === '،' || t.text === ',');
  }
  return false;
};

export function resolve(doc: Doc): void {
  const g = doc.gazetteer;
  const ms = doc.matches;
  const byFirst = new Map<number, M>();
  for (const m of ms) byFirst.set(m.first, m);
  const used = new Set<M>();
  const docCountries = new Set<string>();
  for (const m of ms) for (const s of m.senses) if (s.t === 'country') docCountries.add(s.id.slice(8));
  /** Countries named by an unambiguous form (a match with no other place reading). */
  const docCountriesStrict = new Set<string>();
  for (const m of ms) {
    for (const x of m.senses) {
      if (x.t === 'person' && !x.short && m.senses.length === 1) docCountriesStrict.add(g.people.get(x.id)?.country ?? '');
      if (x.t === 'title') docCountriesStrict.add(g.titles[x.title]?.country ?? '');
    }
    const places = m.senses.filter((x) => x.t === 'country' || x.t === 'city');
    if (places.length !== 1) continue;
    const only = places[0]!;
    docCountriesStrict.add(only.t === 'country' ? only.id.slice(8) : g.cities.get(only.id)?.country ?? '');
  }
  for (const m of ms) for (const s of m.senses) if (s.t === 'city') docCountries.add(g.cities.get(s.id)?.country ?? '');
  const mentions: RawMention[] = [];
  const actors: Actor[] = [];
  const seenPersons = new Set<string>();
  /** Role of the most recent title phrase, for counterparts. */
  let lastRole: { role: string; first: number } | undefined;
  /** The person each title last resolved to, for a later bare title. */
  const titleMemory = new Map<string, { id: string; token: number }>();

  const tokenText = (i: number) => doc.tokens[i]?.analyses[0]?.base ?? '';
  const prevText = (m: M) => (m.offset > 0 ? '' : tokenText(m.first - 1));
  const inLex = (list: string, s: string) => g.inLexicon(list, s);
  const sentenceOf = (i: number) => doc.tokens[i]!.sentence;
  const pick = <T extends Sense['t']>(m: M | undefined, t: T) => m?.senses.find((s) => s.t === t) as Extract<Sense, { t: T }> | undefined;

  const addPersonInfo = (p: PersonRecord, day: string | null, confidence: number) => {
    const info = doc.personInfo.get(p.id);
    if (info) {
      info.confidence = Math.max(info.confidence, confidence);
      return;
    }
    doc.personInfo.set(p.id, {
      name: { en: p.name.en, ar: p.name.ar },
      ...(p.country ? { country: p.country } : {}),
      roles: rolesOn(p, day) as Role[],
      confidence,
    });
  };

  const mention = (id: string, m: { first: number; last: number; offset: number }, kind: RawMention['kind'], confidence: number, implicit = false) => {
    mentions.push({ id, first: m.first, last: m.last, offset: m.offset, kind, confidence, ...(implicit ? { implicit } : {}) });
  };

  /** «في عمان», «بعمان», «إلى عمان»: a place after a locative preposition. */
  const locative = (m: M): boolean => /ب$/.test(m.prefix) || ['في', 'الي', 'الى', 'من', 'وفي', 'والي'].includes(prevText(m));

  /** Is a country adjective here a real reference to a state? */
  const adjectiveCounts = (m: M, afterTitle: boolean): boolean => {
    const surface = doc.tokens.slice(m.first, m.last).map((t) => t.text).join(' ');
    if (!afterTitle && inLex('weakAdjectives', surface)) return false;
    // «الدولار الأمريكي», «نادي العين الإماراتي»: an adjective of a team, currency or company
    for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
      if (doc.tokens[k]!.sentence !== doc.tokens[m.first]!.sentence) break;
      if (inLex('nonStateNouns', tokenText(k))) return false;
      if (doc.tokens[k]!.kind === 'punct') break;
    }
    return true;
  };

  const surfaceOf = (m: M) => {
    const first = doc.tokens[m.first]!;
    const a = first.analyses.find((x) => x.offset === m.offset) ?? first.analyses[0]!;
    return [a.base, ...doc.tokens.slice(m.first + 1, m.last).map((t) => t.text)].join(' ');
  };
  /** Chooses among a match's place senses by context: dateline, «مدينة», «دولة». */
  type Place = Extract<Sense, { t: 'country' | 'city' | 'org' | 'seat' }>;
  const placeSense = (m: M): Place | undefined => {
    const places = m.senses.filter((s): s is Place => s.t === 'country' || s.t === 'city' || s.t === 'org' || s.t === 'seat');
    if (places.length <= 1) return places[0];
    const before = prevText(m);
    const after = tokenText(m.last);
    const seats = places.filter((s) => s.t === 'seat');
    if (seats.length > 1) {
      // «قصر السلام» in Kuwait, Jeddah or Baghdad: the one whose country the document names
      const hit = seats.find((s) => docCountriesStrict.has(g.seats.get(s.id)?.country ?? '')) ?? seats.find((s) => docCountries.has(g.seats.get(s.id)?.country ?? ''));
      if (hit) return hit;
    }
    const city = places.find((s) => s.t === 'city');
    const country = places.find((s) => s.t === 'country');
    if (city && (inLex('cityCuesBefore', before) || inLex('cityCuesAfter', after) || isDateline(doc, m))) return city;
    // «في سنغافورة», «بسنغافورة»: a city-state as a place is the city
    if (city && inLex('cityStates', surfaceOf(m)) && locative(m)) return city;
    if (country && inLex('countryCuesBefore', before)) return country;
    // «عمان» in an article about Jordan is Amman; about Oman, the Sultanate
    if (city && country) {
      const cityCountry = g.cities.get(city.id)?.country;
      if (cityCountry && cityCountry !== country.id.slice(8) && docCountriesStrict.has(cityCountry) && !docCountriesStrict.has(country.id.slice(8))) return city;
    }
    return country ?? places[0];
  };

  /** A person by a given name after a monarch's title or an honorific: «الملك سلمان», «الشيخ تميم». */
  const byGiven = (tokenIndex: number, day: string | null, title: TitleRecord | undefined, country: string | undefined): PersonRecord | undefined => {
    const t = doc.tokens[tokenIndex];
    if (!t || t.kind !== 'arabic') return undefined;
    const ids = g.byGivenName.get(t.analyses[0]!.base);
    if (!ids) return undefined;
    const cands: PersonRecord[] = [];
    for (const id of ids) {
      const p = g.people.get(id)!;
      const ok = p.roles.some((r) => {
        if (title && r.role !== title.role) return false;
        if (!title && !['head-of-state', 'crown-prince', 'head-of-government', 'foreign-minister', 'deputy-crown-prince', 'royal'].includes(r.role)) return false;
        if (country && r.of !== country) return false;
        if (title?.fits) {
          const gov = g.countries.get(r.of)?.government;
          const monarchy = gov === 'monarchy';
          if ((title.fits === 'monarchy') !== monarchy) return false;
        }
        return day ? covers(r, day) !== 'no' : false;
      });
      if (ok) cands.push(p);
    }
    return cands.length === 1 ? cands[0] : undefined;
  };

  /** Unknown name tokens after a title: 2-3 Arabic words that match nothing. */
  const unknownName = (start: number): { first: number; last: number } | undefined => {
    let k = start;
    const sentence = doc.tokens[start]?.sentence;
    while (k < doc.tokens.length && k - start < 3) {
      const t = doc.tokens[k]!;
      if (t.kind !== 'arabic' || t.sentence !== sentence || byFirst.has(k)) break;
      const w = t.analyses[0]!.base;
      if (inLex('functionWords', w) || w.length < 2) break;
      if (k === start && (w.startsWith('ال') || w.startsWith('وال') || w.startsWith('بال') || w.startsWith('لل'))) break;
      k++;
    }
    if (k - start < 2) return undefined;
    // a name ends at punctuation, a function word, a known phrase or the end of the sentence
    const next = doc.tokens[k];
    if (next && next.sentence === sentence && next.kind === 'arabic' && !byFirst.has(k) && !inLex('functionWords', next.analyses[0]!.base) && !/^(و?قال|و?أكد|و?اكد|و?أشار|و?اشار|و?أعرب|و?اعرب|و?أوضح|و?اوضح|و?ذكر|و?لفت|إن|ان|أن)$/.test(next.analyses[0]!.base))
      return undefined;
    return { first: start, last: k };
  };

  const titleFits = (t: TitleRecord, iso: string | undefined): boolean => {
    if (!iso || !t.fits) return true;
    const gov = g.countries.get(iso)?.government;
    return t.fits === 'monarchy' ? gov === 'monarchy' : gov !== 'monarchy';
  };

  /** Resolves a role phrase to its holder on the day. */
  const holder = (role: string, of: string, day: string | null, note: string | null | undefined): Holder | undefined => {
    // a person already named in the document with this office («نظيره المصري» after «سامح شكري»)
    const named = [...seenPersons].map((id) => g.people.get(id)).filter((p): p is PersonRecord => !!p)
      .filter((p) => rolesOn(p, day).some((r) => r.role === role && r.of === of));
    if (named.length === 1) {
      const r = named[0]!.roles.find((x) => x.role === role && x.of === of)!;
      return { person: named[0]!, role: r, coverage: 'certain' };
    }
    if (!day) return undefined;
    return holderOn(g, { role, of, date: day, ...(note !== undefined ? { note } : {}) });
  };

  /** Person match → the person record, choosing among homonyms by the date. */
  const personOf = (m: M, day: string | null): PersonRecord | undefined => {
    const ps = m.senses.filter((s): s is Extract<Sense, { t: 'person' }> => s.t === 'person').map((s) => g.people.get(s.id)!).filter(Boolean);
    if (ps.length <= 1) return ps[0];
    const seen = ps.filter((p) => seenPersons.has(p.id));
    if (seen.length === 1) return seen[0];
    if (day) {
      const active = ps.filter((p) => p.roles.some((r) => covers(r, day) !== 'no'));
      if (active.length === 1) return active[0];
    }
    return undefined;
  };

  const acceptShort = (m: M, p: PersonRecord, day: string | null): boolean => {
    const surface = doc.tokens.slice(m.first, m.last).map((t) => t.analyses[0]!.base).join(' ');
    if (seenPersons.has(p.id)) return true;
    if (m.tolerant) return false;
    const base = doc.tokens.slice(m.first, m.last).map((t, i) => (i === 0 ? t.analyses.find((a) => a.offset === m.offset)?.base ?? t.text : t.text)).join(' ');
    if (inLex('commonShortForms', base) || inLex('commonShortForms', surface)) return false;
    // an unseen surname with a proclitic («فتيل» = ف + «تيل») or of three letters is too weak alone
    if ((m.offset > 0 && m.prefix !== 'و') || base.replace(/\s/g, '').length < (m.offset > 0 ? 5 : 4)) return false;
    if (g.sharedShort.has(base)) return false;
    if (!day) return true;
    return p.roles.some((r) => covers(r, day) !== 'no' || (r.to && r.to >= String(Number(day.slice(0, 4)) - 2)));
  };

  for (const m of ms) {
    if (used.has(m)) continue;
    used.add(m);
    const item = itemOf(doc, m.first);
    if (item && (item.kind === 'source' || item.kind === 'tags' || item.kind === 'read-also' && false)) continue;
    const day = item?.publishedAt ?? null;
    const sentence = sentenceOf(m.first);
    const title = pick(m, 'title');
    const counterpart = pick(m, 'counterpart');
    const personSense = pick(m, 'person');

    if (personSense && !title) {
      const p = personOf(m, day);
      if (!p) continue;
      if (personSense.short && !acceptShort(m, p, day)) continue;
      if (m.tolerant && !personSense.short && m.last - m.first < 2) continue;
      const kind = personSense.short && seenPersons.has(p.id) ? 'reference' : 'name';
      const conf = m.tolerant ? 0.7 : personSense.short ? 0.85 : 1;
      mention(p.id, m, kind, conf);
      addPersonInfo(p, day, conf);
      seenPersons.add(p.id);
      actors.push({ id: p.id, type: 'person', first: m.first, last: m.last, sentence });
      continue;
    }

    if (title || counterpart) {
      const phraseStart = m.first;
      // «المستشار الدبلوماسي لرئيس الوزراء», «سفارة خادم الحرمين», «مبعوث الأمين العام»: the office is a possessor, not an actor
      const prevMatch = ms.find((x) => x.last === m.first && used.has(x));
      const nearHead = (k: number) => {
        const w = tokenText(k).replace(/^ال/, '');
        return inLex('possessorNouns', w) || ms.some((x) => x.last === k + 1 && x.senses.some((y) => y.t === 'title' || y.t === 'bodykind' || y.t === 'seat'));
      };
      const possessor =
        (/ل$/.test(m.prefix) && (nearHead(m.first - 1) || nearHead(m.first - 2))) ||
        inLex('possessorNouns', tokenText(m.first - 1)) ||
        // «مبعوث الأمين العام»: a construct title governs the next; «خادم الحرمين الشريفين الملك سلمان» is apposition
        (prevMatch !== undefined && !m.prefix && prevMatch.senses.some((x) => (x.t === 'title' || x.t === 'bodykind') && x.construct));
      let pos = m.last;
      const countries: Array<{ iso: string; m: M }> = [];
      let org: string | undefined;
      const t = title ? g.titles[title.title] : undefined;
      // the country or organization the title belongs to
      for (;;) {
        const next = byFirst.get(pos);
        if (!next || used.has(next)) break;
        const c = pick(next, 'country');
        const o = pick(next, 'org');
        const construct = title?.construct ?? false;
        if (c && c.form === 'adjective' && !construct && (countries.length === 0 || (counterpart && next.prefix === 'و'))) {
          countries.push({ iso: c.id.slice(8), m: next });
        } else if (c && c.form === 'name' && (construct || countries.length > 0 || counterpart)) {
          countries.push({ iso: c.id.slice(8), m: next });
        } else if (o && t && ['secretary-general', 'envoy', 'spokesperson', 'director-general', 'high-representative'].includes(t.role) && !org) {
          org = o.id;
          mention(o.id, next, 'name', 1);
          actors.push({ id: o.id, type: 'organization', first: next.first, last: next.last, sentence, inPhrase: true });
        } else break;
        used.add(next);
        pos = next.last;
        // «وزيري خارجية روسيا والمغرب»: a second country after و
        const after = byFirst.get(pos);
        const c2 = pick(after, 'country');
        if (!(c2 && after && after.prefix.startsWith('و') && (construct || (counterpart && c2.form === 'adjective')))) break;
      }
      // «السفير الروسي لدى المغرب»: the country an envoy or ambassador is posted to
      if (t && (t.role === 'ambassador' || t.role === 'envoy') && ['لدي', 'في', 'الي', 'الى'].includes(tokenText(pos))) {
        const posted = byFirst.get(pos + 1);
        const pc = pick(posted, 'country') ?? undefined;
        if (posted && pc) {
          used.add(posted);
          mention(pc.id, posted, 'name', 1);
          actors.push({ id: pc.id, type: 'country', first: posted.first, last: posted.last, sentence, inPhrase: true });
          pos = posted.last;
        }
      }
      for (const c of countries) {
        mention(`country:${c.iso}`, c.m, c.m.senses.some((s) => s.t === 'country' && s.form === 'adjective') ? 'adjective' : 'name', 1);
      }
      // skip honorifics, modifiers («المنتدبة», «السابق») and a comma before a name
      let namePos = pos;
      for (;;) {
        if (!byFirst.has(namePos) && inLex('titleModifiers', tokenText(namePos))) {
          namePos++;
          continue;
        }
        if (doc.tokens[namePos]?.kind === 'punct' && ['،', ','].includes(doc.tokens[namePos]!.text)) {
          namePos++;
          continue;
        }
        const h = byFirst.get(namePos);
        if (h && pick(h, 'honorific') && !pick(h, 'person')) {
          used.add(h);
          namePos = h.last;
          continue;
        }
        break;
      }
      let role: string | undefined = t?.role;
      let fixedCountry = t?.country;
      if (counterpart) {
        role = lastRole && sentenceOf(lastRole.first) >= sentence - 1 ? lastRole.role : undefined;
        // «بين سيرجي لافروف ونظيره المغربي»: the antecedent's own office on the day
        if (!role && day) {
          const antecedent = [...actors].reverse().find((a) => a.type === 'person' && a.sentence >= sentence - 1 && g.people.has(a.id));
          const p = antecedent ? g.people.get(antecedent.id) : undefined;
          const held = p ? rolesOn(p, day).map((r) => r.role) : [];
          role = COUNTERPART_ROLES.find((r) => held.includes(r));
        }
      }
      const iso = countries[0]?.iso ?? fixedCountry;
      const of = org ?? iso;
      const nameMatch = byFirst.get(namePos);
      const named = nameMatch && !used.has(nameMatch) && pick(nameMatch, 'person') && !(nameMatch.tolerant && nameMatch.last - nameMatch.first < 2) ? personOf(nameMatch, day) : undefined;
      let person: PersonRecord | undefined;
      let confidence = 1;
      let implicit = false;
      let nameSpan: { first: number; last: number; offset: number } | undefined;
      if (named && nameMatch) {
        person = named;
        used.add(nameMatch);
        nameSpan = nameMatch;
        // a title the person did not hold then lowers the confidence, it does not change the person
        if (role && day && !named.roles.some((r) => r.role === role && (!of || r.of === of) && covers(r, day) !== 'no')) confidence = 0.75;
        if (nameMatch.tolerant) confidence = Math.min(confidence, 0.7);
      } else if (t && byGiven(namePos, day, t.role === 'head-of-state' || t.role === 'crown-prince' ? t : undefined, iso)) {
        person = byGiven(namePos, day, t.role === 'head-of-state' || t.role === 'crown-prince' ? t : undefined, iso)!;
        nameSpan = { first: namePos, last: namePos + 1, offset: 0 };
        confidence = 0.9;
      } else if (t?.generic) {
        // «الوزير»: the minister last named in this item
        const last = [...titleMemory.entries()]
          .filter(([r, v]) => r.split('|')[0]!.endsWith('minister') && itemOf(doc, v.token) === item && (!iso || g.people.get(v.id)?.country === iso))
          .sort((a, b) => b[1].token - a[1].token)[0];
        if (last) {
          person = g.people.get(last[1].id);
          confidence = 0.75;
        }
      } else if (t && !of && countries.length === 0 && titleMemory.has(t.role) && itemOf(doc, titleMemory.get(t.role)!.token) === item) {
        // «ولي العهد» after «ولي العهد السعودي محمد بن سلمان»: the same office-holder again
        person = g.people.get(titleMemory.get(t.role)!.id);
        confidence = 0.8;
      } else if (role && of && countries.length <= 1 && !possessor && (!t || titleFits(t, iso))) {
        const h = holder(role, of, day, t?.note ?? (role === 'head-of-state' ? null : undefined));
        if (h) {
          person = h.person;
          implicit = true;
          confidence = h.coverage === 'certain' ? 0.9 : 0.7;
        }
      } else if (role && countries.length > 1) {
        // «وزيري خارجية روسيا والمغرب»: one holder per country
        for (const c of countries) {
          const h = holder(role, c.iso, day, null);
          if (!h) continue;
          mention(h.person.id, { first: phraseStart, last: pos, offset: m.offset }, counterpart ? 'counterpart' : 'title', 0.85, true);
          addPersonInfo(h.person, day, 0.85);
          seenPersons.add(h.person.id);
          actors.push({ id: h.person.id, type: 'person', first: phraseStart, last: pos, sentence, role, group: phraseStart });
        }
        for (const c of countries) actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
        continue;
      }
      if (!person && t && PERSONAL_ROLES.has(t.role) && !named) {
        const span = unknownName(namePos);
        if (span) {
          const [os, oe] = doc.norm.map.toOriginal(doc.tokens[span.first]!.start, doc.tokens[span.last - 1]!.end);
          const ar = doc.original.slice(os, oe).replace(/[\u064B-\u065F\u0640]/g, '').replace(/\s+/g, ' ');
          const en = romanize(ar);
          const id = `person:~${slug(en) || 'unknown'}`;
          mention(id, { ...span, offset: 0 }, 'name', 0.4);
          if (!doc.personInfo.has(id))
            doc.personInfo.set(id, {
              name: { en, ar },
              ...(iso ? { country: iso } : {}),
              roles: [{ role: t.role, of: of ?? iso ?? '' }].filter((r) => r.of) as Role[],
              confidence: 0.4,
            });
          actors.push({ id, type: 'person', first: phraseStart, last: span.last, sentence, role: t.role });
          for (const c of countries) actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
          if (role) lastRole = { role, first: m.first };
          continue;
        }
      }
      if (person) {
        if (nameSpan) mention(person.id, nameSpan, 'name', confidence);
        else mention(person.id, { first: phraseStart, last: pos, offset: m.offset }, counterpart ? 'counterpart' : 'title', confidence, implicit);
        if (counterpart && nameSpan) mention(person.id, { first: phraseStart, last: pos, offset: m.offset }, 'counterpart', confidence);
        addPersonInfo(person, day, confidence);
        seenPersons.add(person.id);
        actors.push({ id: person.id, type: 'person', first: phraseStart, last: nameSpan?.last ?? pos, sentence, ...(role ? { role } : {}), ...(possessor ? { inPhrase: true } : {}) });
        for (const c of countries) actors.push({ id: `country:${c.iso}`, type: 'country', first: c.m.first, last: c.m.last, sentence, inPhrase: true });
        if (t && !t.generic && (countries.length > 0 || nameSpan)) {
          titleMemory.set(t.role, { id: person.id, token: m.first });
          titleMemory.set(`${t.role}|${person.country ?? ''}`, { id: person.id, token: m.first });
        }
        if (!role && day) {
          const r = person.roles.find((x) => covers(x, day) !== 'no');
          if (r) role = r.role;
        }
      } else {
        // a role without a person: the state (or organization) acts
        for (const c of countries)
          actors.push({ id: `country:${c.iso}`, type: 'country', first: phraseStart, last: pos, sentence, ...(role ? { role } : {}), ...(possessor ? { inPhrase: true } : {}) });
        if (org && countries.length === 0) {
          const a = [...actors].reverse().find((x) => x.id === org);
          if (a) a.inPhrase = false;
        }
      }
      if (role) lastRole = { role, first: m.first };
      continue;
    }

    // «المتحدث باسم الكرملين», «رئيس البرلمان»: a body inside a person's title is not named as an actor
    const titleBefore = ms.find((x) => x.last === m.first && x.senses.some((y) => y.t === 'title'));
    if (titleBefore && (pick(m, 'bodykind') || pick(m, 'seat'))) continue;
    // state bodies: a kind with a country adjective or name
    const kind = pick(m, 'bodykind');
    if (kind) {
      const next = byFirst.get(m.last);
      const c = pick(next, 'country');
      if (next && c && (kind.construct ? c.form === 'name' : c.form === 'adjective')) {
        used.add(next);
        const iso = c.id.slice(8);
        const id = `body:${iso}:${kind.kind}`;
        mention(id, { first: m.first, last: next.last, offset: m.offset }, 'name', 1);
        mention(c.id, next, c.form === 'adjective' ? 'adjective' : 'name', 1);
        actors.push({ id, type: 'organization', first: m.first, last: next.last, sentence, body: kind.kind });
        actors.push({ id: c.id, type: 'country', first: next.first, last: next.last, sentence, inPhrase: true });
      }
      continue;
    }

    // «معاليه», «سموه»: the person the previous sentence was about
    if (pick(m, 'pronoun')) {
      const earlier = actors.filter((a) => a.type === 'person' && a.sentence < sentence && !a.inPhrase && itemOf(doc, a.first) === item);
      const lastSentence = earlier.at(-1)?.sentence;
      const topic = earlier.find((a) => a.sentence === lastSentence && a.first - (doc.sentences[a.sentence]?.first ?? 0) <= 8);
      if (topic) {
        mention(topic.id, m, 'reference', 0.7);
        actors.push({ id: topic.id, type: 'person', first: m.first, last: m.last, sentence });
      }
      continue;
    }
    const ref = pick(m, 'reference');
    if (ref) {
      actors.push({ id: '', type: 'country', first: m.first, last: m.last, sentence, reference: true });
      continue;
    }

    const place = placeSense(m);
    if (!place) continue;
    const surface = doc.tokens.slice(m.first, m.last).map((t) => t.text).join(' ');
    const base = m.offset > 0 ? (doc.tokens[m.first]!.analyses.find((a) => a.offset === m.offset)?.base ?? surface) : surface;
    if (place.t === 'country') {
      if (place.form === 'adjective' && !adjectiveCounts(m, false)) continue;
      if (place.form === 'name' && inLex('weakNames', base) && !m.senses.some((s) => s.t === 'city')) {
        // «عمان», «مالي»: a weak name counts only with a cue
        if (!inLex('countryCuesBefore', prevText(m)) && !isDateline(doc, m) && !locative(m)) continue;
      }
      if (place.form === 'adjective' && !prevIsActorNoun(doc, m)) {
        mention(place.id, m, 'adjective', 1);
        actors.push({ id: place.id, type: 'country', first: m.first, last: m.last, sentence, inPhrase: true });
        continue;
      }
      mention(place.id, m, place.form === 'adjective' ? 'adjective' : 'name', 1);
      actors.push({ id: place.id, type: 'country', first: m.first, last: m.last, sentence });
    } else if (place.t === 'city') {
      if (inLex('weakNames', base) && !isDateline(doc, m) && !inLex('cityCuesBefore', prevText(m)) && !locative(m)) continue;
      mention(place.id, m, 'name', 1);
      actors.push({ id: place.id, type: 'city', first: m.first, last: m.last, sentence });
    } else {
      mention(place.id, m, 'name', 1);
      actors.push({ id: place.id, type: 'organization', first: m.first, last: m.last, sentence, ...(place.t === 'seat' ? { body: g.seats.get(place.id)?.kind ?? 'seat' } : {}) });
    }
  }
  corefSurnames(doc, mentions, actors);
  doc.mentions = mentions;
  doc.actors = actors.sort((a, b) => a.first - b.first);
}

/**
 * Later mentions by the last word of a name already mentioned in full («أوغلو»
 * after «مولود جاويش أوغلو»), on tokens no phrase claimed. A last word shared by
 * two persons of the document refers to neither.
 */
function corefSurnames(doc: Doc, mentions: RawMention[], actors: Actor[]): void {
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.matches) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  const owners = new Map<string, Set<string>>();
  const firstSeen = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'name' || m.last - m.first < 2 || !m.id.startsWith('person:')) continue;
    const last = doc.tokens[m.last - 1]!.text;
    if (last.length < 4 || doc.gazetteer.inLexicon('commonShortForms', last) || doc.gazetteer.inLexicon('functionWords', last)) continue;
    const set = owners.get(last) ?? new Set<string>();
    set.add(m.id);
    owners.set(last, set);
    firstSeen.set(last, Math.min(firstSeen.get(last) ?? Infinity, m.last));
  }
  if (owners.size === 0) return;
  for (let k = 0; k < doc.tokens.length; k++) {
    if (covered[k]) continue;
    const t = doc.tokens[k]!;
    if (t.kind !== 'arabic') continue;
    for (const a of t.analyses) {
      const ids = owners.get(a.base);
      if (!ids || ids.size !== 1 || k < (firstSeen.get(a.base) ?? Infinity)) continue;
      const id = [...ids][0]!;
      mentions.push({ id, first: k, last: k + 1, offset: a.offset, kind: 'reference', confidence: 0.8 });
      actors.push({ id, type: 'person', first: k, last: k + 1, sentence: t.sentence });
      break;
    }
  }
}

/** «الجانب الروسي», «السلطات المصرية»: an adjective that names the state as an actor. */
function prevIsActorNoun(doc: Doc, m: M): boolean {
  const prev = doc.tokens[m.first - 1]?.analyses[0]?.base ?? '';
  return /^(ال)?(جانب|طرف|حكومه|سلطات|دوله|وفد|الوفد|قياده|اداره|نظام)$/.test(prev.replace(/^و/, ''));
}

/** A dateline: the first phrase of a line, followed by a dash, a date, a bracket or an agency. */
export function isDateline(doc: Doc, m: { first: number; last: number }): boolean {
  const t = doc.tokens[m.first]!;
  const text = doc.norm.text;
  const lineStart = text.lastIndexOf('\n', t.start - 1) + 1;
  if (text.slice(lineStart, t.start).trim() !== '') return false;
  const next = doc.tokens[m.last];
  if (!next) return false;
  if (next.kind === 'number') return true;
  if (next.kind === 'punct' && ['-', '–', '—', '(', '،', ','].includes(next.text)) return true;
  return doc.gazetteer.inLexicon('datelineAgencies', next.analyses[0]!.base);
}

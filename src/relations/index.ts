/**
 * Relations: triggers found in each sentence, their participants from the
 * actors around them, then location, date, topics, status and event codes.
 */
import type { Actor, Doc } from '../document.js';
import { itemOf } from '../document.js';
import { findAll, selectLongest, variantKeys, type TriggerRecord } from '../gazetteer/index.js';
import type { Relation } from '../types.js';
import { findDates, type DateWords } from './dates.js';

export { findDates, hijriToGregorian, addDays } from './dates.js';
export type { DateWords, FoundDate } from './dates.js';

interface TriggerHit {
  record: TriggerRecord;
  first: number;
  last: number;
  offset: number;
  sentence: number;
  prefix: string;
}

const setOf = (doc: Doc, name: string): Set<string> => {
  const list = (doc.gazetteer.data.triggers as Record<string, unknown>)[name];
  return new Set(Array.isArray(list) ? list.map((w: string) => variantKeys(w)[0]?.join(' ') ?? w) : []);
};
const lists = new WeakMap<object, { blockers: Set<string>; say: Set<string>; topicPreps: Set<string>; stops: Set<string>; plans: Set<string>; after: Set<string> }>();

export function extractRelations(doc: Doc): void {
  const g = doc.gazetteer;
  let words = lists.get(g);
  if (!words) {
    words = { blockers: setOf(doc, 'blockers'), say: setOf(doc, 'sayVerbs'), topicPreps: setOf(doc, 'topicPrepositions'), stops: setOf(doc, 'objectStops'), plans: setOf(doc, 'planMarkers'), after: setOf(doc, 'afterBlockers') };
    lists.set(g, words);
  }
  const triggers = g.data.triggers.triggers;
  const hits: TriggerHit[] = selectLongest(findAll(doc.tokens, g.triggers)).map((m) => ({
    record: triggers[m.senses[0]!]!,
    first: m.first,
    last: m.last,
    offset: m.offset,
    sentence: doc.tokens[m.first]!.sentence,
    prefix: m.prefix,
  }));
  const dateWords = (g.data as unknown as { dates: DateWords }).dates;
  const relations: Relation[] = [];
  /** The proclitics of the phrase that starts at a token («بموسكو» → ب). */
  const prefixAt = new Map<number, string>();
  for (const m of doc.matches) prefixAt.set(m.first, m.prefix);
  const quoted = quotedTokens(doc);
  const covered = new Uint8Array(doc.tokens.length);
  for (const m of doc.matches) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  const base = (i: number) => doc.tokens[i]?.analyses[0]?.base ?? '';
  let previous: Relation | undefined;
  const evidenceSpanOf = (sentence: { start: number; end: number }) => doc.norm.map.toOriginal(sentence.start, sentence.end);
  /** The first relation each trigger made. */
  const made = new Map<TriggerHit, Relation>();
  let lastSubject: Actor[] = [];

  for (const hit of hits) {
    const item = itemOf(doc, hit.first);
    if (!item || item.kind === 'source' || item.kind === 'tags') continue;
    const sentence = doc.sentences[hit.sentence]!;
    const rec = hit.record;
    // «يأمل», «دعا إلى زيارة», «لم يلتق»: not something that happened
    let blocked = false;
    for (let k = Math.max(sentence.first, hit.first - 12); k < hit.first; k++) if (words.blockers.has(base(k))) blocked = true;
    // «المباحثات المقترحة»: proposed, not held
    for (let k = hit.last; k < Math.min(sentence.last, hit.last + 2); k++) if (words.after.has(base(k))) blocked = true;
    // a trigger inside a quotation is what someone said, not what the article reports
    if (quoted[hit.first]) blocked = true;
    if (blocked) continue;
    // agreement verbs need an agreement noun after them
    if (rec.needs) {
      const want = new Set(rec.needs.map((w) => variantKeys(w)[0]?.join(' ') ?? w));
      let ok = false;
      for (let k = hit.last; k < Math.min(sentence.last, hit.last + (rec.needsWindow ?? 8)); k++) for (const a of doc.tokens[k]!.analyses) if (want.has(a.base)) ok = true;
      if (!ok) continue;
    }
    // «قد يلتقي» (may meet) is not an event; «كان قد اجتمع» (had met) is
    if (base(hit.first - 1) === 'قد' && /^[يت]/.test(base(hit.first).slice(hit.offset))) continue;
    // «لقائه», «زيارتها»: a noun with a possessive pronoun has the sentence's agent as subject
    const surface = doc.original.slice(...doc.norm.map.toOriginal(doc.tokens[hit.last - 1]!.start, doc.tokens[hit.last - 1]!.end));
    const possessive = rec.pos === 'noun' && /(\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)$/.test(surface.replace(/[\u064B-\u065F]/g, ''));
    const sameSentence = hits.filter((h) => h.sentence === hit.sentence);
    const prevHit = [...sameSentence].reverse().find((h) => h.last <= hit.first);
    const nextHitInSentence = sameSentence.find((h) => h.first >= hit.last);
    const inSentence = doc.actors.filter((a) => a.sentence === hit.sentence && !a.reference && !(a.first >= hit.first && a.first < hit.last));
    const participantsOk = (a: Actor) => !a.inPhrase && a.type !== 'city' && !(a.type === 'organization' && a.body);
    // clause start: after the last «أن/إن» or say-verb before the trigger
    let clauseStart = sentence.first;
    let complementizer = -1;
    for (let k = sentence.first; k < hit.first; k++) {
      const b = base(k);
      if (COMPLEMENTIZERS.has(b)) {
        clauseStart = k + 1;
        complementizer = k;
      }
      // «أسئلة حول البيان الختامي لقمة ...»: what comes before «حول» is not the agent of a noun
      if (rec.pos === 'noun' && (b === 'حول' || b === 'بشان' || b === 'بخصوص' || b === 'ردا')) clauseStart = k + 1;
    }
    if (prevHit && prevHit.last > clauseStart) clauseStart = prevHit.last;
    // a state is a subject only when no preposition governs it («إلى إسبانيا» is a destination)
    const bare = (a: Actor) =>
      a.type === 'person' || (!PREPOSITIONS.has(base(a.first - 1)) && !doc.tokens[a.first]!.analyses.some((x) => x.offset > 0 && /[بلك]$/.test(x.prefix)));
    const before = inSentence.filter((a) => a.last <= hit.first && a.first >= clauseStart && participantsOk(a) && bare(a) && !inDateline(doc, a));
    // objects end where the subject matter begins («حول», «لبحث», «العلاقات» ...)
    let stop = sentence.last;
    for (let k = hit.last; k < sentence.last; k++) {
      // words inside a matched name or title («وزير الخارجية والتعاون») do not stop anything
      if (covered[k]) continue;
      if (doc.tokens[k]!.analyses.some((x) => words!.stops.has(x.base))) {
        stop = k;
        break;
      }
    }
    const after = inSentence.filter((a) => a.first >= hit.last && a.first < stop && participantsOk(a) && !inDateline(doc, a));
    const isTopicPlace = (a: Actor) => a.type === 'country' && (words.topicPreps.has(base(a.first - 1)) || doc.tokens[a.first]!.analyses.some((x) => x.prefix === 'في'));
    const personsFirst = (list: Actor[]) => {
      const persons = list.filter((a) => a.type === 'person');
      const personCountries = new Set(persons.map((p) => doc.personInfo.get(p.id)?.country).filter(Boolean));
      return list.filter((a) => a.type === 'person' || (!isTopicPlace(a) && !personCountries.has(a.id.slice(8))));
    };
    let subjects = personsFirst(before);
    // «أفاد يونكر بأنه سيجري مباحثات»: «أنه» points back to the speaker
    if (subjects.length === 0 && complementizer >= 0 && PRONOUN_COMPLEMENTIZERS.has(base(complementizer)) && hit.first - complementizer <= 4) {
      // the speaker: the agent of the sentence's first event, else its first person
      const first = prevHit ? made.get(prevHit)?.participants[0] : undefined;
      const speaker = first ?? inSentence.find((a) => a.type === 'person' && a.last <= complementizer && participantsOk(a))?.id;
      if (speaker) subjects = [{ id: speaker, type: 'person', first: hit.first, last: hit.first, sentence: hit.sentence } as Actor];
    }
    if (possessive && !subjects.some((a) => a.type === 'person')) {
      const agent = [...inSentence].reverse().find((a) => a.type === 'person' && a.last <= hit.first && participantsOk(a));
      if (agent) subjects = [agent];
    }
    // keep the group nearest to the trigger: actors joined by «و» or «،»
    if (subjects.length > 1) subjects = nearestGroup(doc, subjects);
    // a state or organization after the trigger is a participant only when «مع», «ب», «بين» or the trigger introduce it
    const introduced = (a: Actor) => {
      if (a.type === 'person') return true;
      if (a.first === hit.last) return true;
      const prev = base(a.first - 1);
      const pre = doc.tokens[a.first]!.analyses;
      if (prev === 'مع' || prev === 'بين' || prev === 'ومع') return true;
      if (pre.some((x) => x.prefix === 'ب' || x.prefix === 'وب') && a.first - hit.last <= 1) return true;
      // «مصر والسعودية», «إيران ودول مجموعة 5+1»: coordinated with the actor just before
      return inSentence.some((b) => b.last <= a.first && a.first - b.last <= 1 && doc.tokens.slice(b.last, a.first + 1).some((t) => t.analyses.some((x) => x.prefix === 'و') || t.text === 'و'));
    };
    const introducedBy = (a: Actor) => ['مع', 'بين', 'ومع'].includes(base(a.first - 1)) || doc.tokens[a.first]!.analyses.some((x) => x.offset > 0 && /ب$/.test(x.prefix));
    let objects = personsFirst(after).filter((a) => !subjects.some((s) => s.id === a.id) && introduced(a));
    // «قمة مجموعة السبع», «اجتماع لجنة ...»: an organization that names the meeting is not a party to it
    if (rec.pos === 'noun') objects = objects.filter((a) => !(a.type === 'organization' && a.first === hit.last));
    // «لقاء بين X و Y», «بمشاركة X و Y»: the list is the whole set of participants, together
    const listWord = (k: number) => {
      const b = base(k);
      return b === 'بين' || b === 'بمشاركه' || b === 'بحضور' || b === 'جمعت' || b === 'جمع' || b === 'ضم' || b === 'ضمت';
    };
    const multilateral = MULTILATERAL.has(base(hit.last)) || MULTILATERAL.has(base(hit.last + 1));
    const grouped = objects.length > 1 && objects[0]!.group !== undefined && objects.every((o) => o.group === objects[0]!.group);
    const together = (objects.length > 0 && (listWord(objects[0]!.first - 1) || listWord(objects[0]!.first - 2))) || multilateral || grouped;
    // «لقاء بين X و Y», «القمة التي تضم X و Y»: the list is everyone
    if (objects.length > 0 && EXCLUSIVE_LIST.has(base(objects[0]!.first - 1))) subjects = [];
    // «مجموعة 5+1 (الولايات المتحدة وروسيا ...)»: members listed in brackets are not parties of their own
    objects = objects.filter((a, i) => i === 0 || !insideBrackets(doc, a.first));
    const prevRelation = prevHit ? made.get(prevHit) : undefined;
    // «زار إيران ... والتقى الرئيس حسن روحاني»: a coordinated verb keeps the agent of the first
    if (rec.pos === 'verb' && hit.prefix.startsWith('و') && prevRelation && !subjects.some((a) => a.type === 'person')) {
      const ids = prevRelation.type === 'visit' ? prevRelation.participants : prevRelation.participants.slice(0, 1);
      subjects = ids.map((id) => ({ id, type: 'person', first: hit.first, last: hit.first, sentence: hit.sentence }) as Actor);
    }
    // «خلال زيارة عمل لقطر», «أثناء لقائه»: the agent of the sentence
    // «للقاء أمير قطر», «لزيارة موسكو»: a purpose clause belongs to the agent
    const purpose = Boolean(rec.purpose) || (rec.pos === 'noun' && /^و?ل$/.test(hit.prefix) && PURPOSE_NOUNS.has(base(hit.first).slice(hit.offset)));
    if (rec.pos === 'noun' && (DURING.has(base(hit.first - 1)) || purpose) && !possessive && (prevRelation || !subjects.some((a) => a.type === 'person'))) {
      const agent = prevRelation?.participants[0] ?? inSentence.find((a) => a.type === 'person' && a.last <= hit.first && participantsOk(a))?.id;
      if (agent) subjects = [{ id: agent, type: 'person', first: hit.first, last: hit.first, sentence: hit.sentence } as Actor];
    }
    // «محادثات الوزير التي شملت ...», «لقاء الرئيس بوتين مع فيدان»: the noun's genitive is its agent
    if (rec.pos === 'noun' && rec.type !== 'visit' && !possessive && !purpose && objects.length > 1 && objects[0]!.type === 'person' && objects[0]!.first - hit.last <= 1 && !introducedBy(objects[0]!))
      subjects = [objects.shift()!];
    const gapOk = (from: number, to: number) =>
      to - from <= 4 && doc.tokens.slice(from, to).every((t) => t.kind === 'punct' || t.kind === 'number' || DAY_WORDS.has(t.analyses[0]!.base) || doc.gazetteer.inLexicon('honorifics', t.analyses[0]!.base));
    if (subjects.length === 0 && objects.length > 0 && rec.pos === 'verb' && gapOk(hit.last, objects[0]!.first)) {
      // VSO: «استقبل الرئيس X الوزير Y»
      subjects = [objects[0]!];
      objects = objects.slice(1);
    }
    if (subjects.length === 0) {
      // «وبحث الجانبان», a pronoun: the last subject of the item
      const ref = doc.actors.find((a) => a.reference && a.sentence === hit.sentence && a.first < hit.first && a.first >= clauseStart);
      if (ref && previous) subjects = previous.participants.map((id) => ({ id, type: 'person', first: ref.first, last: ref.last, sentence: hit.sentence }) as Actor);
      else if (lastSubject.length && !together && (possessive || (rec.pos === 'verb' && objects.length > 0)))
        subjects = lastSubject.filter((a) => itemOf(doc, a.first) === item);
    }
    // objects stop at the end of the clause: a second say-verb or a new trigger
    const nextHit = hits.find((h) => h.sentence === hit.sentence && h.first > hit.last);
    if (nextHit) objects = objects.filter((a) => a.first < nextHit.first || rec.type === 'visit');
    objects = dedupe(objects).slice(0, 6);
    subjects = dedupe(subjects);
    if (subjects.some((a) => a.type === 'person')) lastSubject = subjects;

    // location
    const places = inSentence.filter((a) => (a.type === 'city' || (a.type === 'country' && !a.inPhrase)) && a.first >= hit.first - 1);
    let location: string | null = null;
    let destinations: Actor[] = [];
    if (rec.type === 'visit') {
      const near = places.filter((a) => a.first >= hit.last && a.first - hit.last <= 10 && (!nextHitInSentence || a.first < nextHitInSentence.first || rec.pos === 'verb'));
      let dest = near.find((a) => a.type === 'city' || isDestination(doc, a, hit.last)) ?? near.find((a) => a.first - hit.last <= 2);
      const destPosition = dest?.first ?? sentence.last;
      // «في العاصمة القطرية الدوحة ... إلى قطر»: a city of the destination country named in the sentence
      if (dest?.type === 'country') {
        const iso = dest.id.slice(8);
        const city = inSentence.find((a) => a.type === 'city' && doc.gazetteer.cities.get(a.id)?.country === iso && hasIn(doc, a, prefixAt.get(a.first)));
        if (city) dest = city;
      }
      location = dest?.id ?? null;
      if (dest) {
        destinations = [dest];
        // «ستزور السعودية الاثنين، ثم طهران الثلاثاء»: the later stops of a tour
        for (const p of places) {
          if (p.first <= dest.first || destinations.some((d) => d.id === p.id)) continue;
          const gap = doc.tokens.slice(destinations[destinations.length - 1]!.last, p.first).map((t) => t.analyses[0]!.base);
          if (gap.length <= 4 && (gap.includes('ثم') || gap.includes('و') || /^و/.test(prefixAt.get(p.first) ?? '')))
            destinations.push(p);
        }
      }
      // «زيارة وزير الخارجية X إلى قطر»: the visitors follow the noun
      if ((subjects.length === 0 || rec.pos === 'noun') && dest) {
        const visitors = objects.filter((a) => a.type === 'person' && a.first < destPosition);
        if (visitors.length && (subjects.length === 0 || visitors[0]!.first === hit.last)) subjects = visitors;
      }
      // the visitor is not the destination country
      objects = [];
      subjects = subjects.filter((s) => !destinations.some((d) => d.id === s.id));
    } else if (rec.type !== 'call' && rec.type !== 'message') {
      const lo = prevHit ? prevHit.last : sentence.first;
      const hi = nextHitInSentence ? nextHitInSentence.first : sentence.last;
      const lastParty = Math.max(hit.last, ...objects.map((o) => o.last));
      const inClause = (a: Actor) => a.first >= lo && a.first < hi && a.first <= lastParty + 6;
      const city = inSentence.find((a) => a.type === 'city' && hasIn(doc, a, prefixAt.get(a.first)) && inClause(a));
      const country = inSentence.find((a) => a.type === 'country' && !a.inPhrase && hasIn(doc, a, prefixAt.get(a.first)) && inClause(a) && !subjects.some((s) => s.id === a.id) && !objects.some((s) => s.id === a.id));
      const ids = new Set([...subjects, ...objects].map((a) => a.id));
      const visitHere = relations.find((r) => r.type === 'visit' && r.location && r.participants.some((p) => ids.has(p)) && r.evidence.start === evidenceSpanOf(sentence)[0]);
      location = city?.id ?? visitHere?.location ?? country?.id ?? null;
      // a meeting of a visitor takes the visit's destination
      if (!location) {
        const ids = new Set([...subjects, ...objects].map((a) => a.id));
        const visit = relations.find((r) => r.type === 'visit' && r.participants.some((p) => ids.has(p)) && r.location);
        if (visit) location = visit.location;
      }
    }

    // date: an expression in the sentence, else none
    // date: an expression in the trigger's clause (between the neighbouring triggers), else in its sentence
    // plans and the imperfect of news («يلتقي خلالها صباح الخميس») look forward
    const future = Boolean(rec.planned) || (rec.pos === 'verb' && base(hit.first).slice(hit.offset).startsWith('ي'));
    const dates = findDates(doc.tokens, sentence.first, sentence.last, item.publishedAt, dateWords, future);
    // each date belongs to the trigger nearest to it; a date before «أن» belongs to the saying;
    // a plan or a purpose («للقاء», «على أن يلتقي») takes only a date after it
    const own = dates.filter((d) => {
      if (d.first < clauseStart && complementizer >= 0) return false;
      if ((future || purpose) && d.first < hit.first) return false;
      const dist = (h: TriggerHit) => (d.first >= h.last ? d.first - h.last : h.first - d.last);
      const mine = dist(hit);
      // a trigger that looks forward (a plan, a purpose) cannot claim a date before it
      const eligible = (h: TriggerHit) => d.first >= h.last || !(h.record.planned || h.record.purpose || PURPOSE_NOUNS.has(base(h.first).slice(h.offset)) && /^و?ل$/.test(h.prefix));
      return !sameSentence.some((h) => h !== hit && eligible(h) && dist(h) < mine);
    });
    const nearest = own.sort((a, b) => Math.abs(a.first - hit.first) - Math.abs(b.first - hit.first))[0];
    const date = nearest?.day ?? null;

    const topics = topicsFor(doc, hit, hits);
    // «من المقرر أن يزور», «يعتزم»: a plan stated as fact
    let marked = false;
    for (let k = sentence.first; k < hit.first; k++) {
      const two = `${base(k)} ${base(k + 1)}`;
      if (words.plans.has(base(k)) || words.plans.has(two)) marked = true;
    }
    const planned = Boolean(rec.planned) || marked || (date !== null && item.publishedAt !== null && date > item.publishedAt);
    const evidenceSpan = doc.norm.map.toOriginal(sentence.start, sentence.end);
    const triggerTok = doc.tokens[hit.first]!;
    const triggerSpan = doc.norm.map.toOriginal(triggerTok.start + hit.offset, doc.tokens[hit.last - 1]!.end);
    const make = (participants: string[]): Relation | undefined => {
      const ids = [...new Set(participants.filter(Boolean))];
      if (rec.type === 'visit' ? ids.length < 1 || !location : ids.length < 2) return undefined;
      return {
        type: rec.type,
        participants: ids,
        location,
        date,
        topics,
        status: planned ? 'planned' : 'reported',
        trigger: { start: triggerSpan[0], end: triggerSpan[1], text: doc.original.slice(triggerSpan[0], triggerSpan[1]) },
        evidence: { start: evidenceSpan[0], end: evidenceSpan[1], text: doc.original.slice(evidenceSpan[0], evidenceSpan[1]) },
        confidence: subjects.length && (objects.length || rec.type === 'visit') ? 0.8 : 0.6,
        cameo: rec.type === 'meeting' && location && rec.subject !== 'host' ? '044' : rec.cameo ?? '040',
        plover: { type: rec.plover ?? 'CONSULT', ...(rec.mode ? { mode: rec.mode } : {}) },
      };
    };
    const out: Relation[] = [];
    if (rec.type === 'visit') {
      for (const d of destinations) {
        location = d.id;
        const r = make(subjects.map((s) => s.id));
        if (r) out.push({ ...r, location: d.id });
      }
    } else if (subjects.length && objects.length && !together) {
      // one relation per encounter: each object with the subjects
      for (const o of objects) {
        const r = make([...subjects.map((s) => s.id), o.id]);
        if (r) out.push(r);
      }
    } else {
      const r = make([...subjects, ...objects].map((s) => s.id));
      if (r) out.push(r);
    }
    if (out[0]) made.set(hit, out[0]);
    for (const r of out) {
      const same = relations.find((x) => x.type === r.type && sameSet(x.participants, r.participants) && (r.type !== 'visit' || x.location === r.location));
      if (same) {
        for (const t of r.topics) if (!same.topics.includes(t)) same.topics.push(t);
        same.date ??= r.date;
        same.location ??= r.location;
        continue;
      }
      relations.push(r);
      previous = r;
    }
  }
  for (const r of relations) {
    if (r.location || r.type === 'call' || r.type === 'message' || r.type === 'visit') continue;
    const visit = relations.find((v) => v.type === 'visit' && v.location && v.evidence.start === r.evidence.start && v.participants.some((p) => r.participants.includes(p)));
    if (visit) r.location = visit.location;
  }
  doc.relations = relations;
}

/** Is the token inside round brackets? */
function insideBrackets(doc: Doc, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 30; k--) {
    const t = doc.tokens[k]!.text;
    if (t === ')') return false;
    if (t === '(') return true;
  }
  return false;
}

/** Words of a day or time that may stand between a verb and its subject («استقبل، اليوم الخميس، الرئيس ...»). */
const DAY_WORDS = new Set(['اليوم', 'امس', 'غدا', 'صباح', 'مساء', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'الليله', 'ظهر', 'حاليا']);
/** «أن», «إن», «بأنه»: what follows is reported speech, a clause of its own. */
const COMPLEMENTIZERS = new Set(['ان', 'بان', 'وان', 'انه', 'انها', 'بانه', 'بانها', 'انهم', 'انهما', 'بانهم', 'وانه', 'وانها']);
/** Complementizers with a pronoun that refers to the speaker. */
const PRONOUN_COMPLEMENTIZERS = new Set(['انه', 'انها', 'بانه', 'بانها', 'وانه', 'وانها']);
/** Prepositions that govern a noun: what follows is not a subject. */
const PREPOSITIONS = new Set(['في', 'الي', 'الى', 'من', 'علي', 'عن', 'مع', 'حول', 'بشان', 'تجاه', 'ضد', 'لدي', 'عبر', 'نحو', 'داخل', 'خارج', 'قرب', 'بين']);
/** Verbal nouns that, after ل, state the purpose of the agent's action. */
const PURPOSE_NOUNS = new Set(['لقاء', 'زياره', 'اجتماع', 'مباحثات', 'محادثات']);
/** «خلال», «أثناء»: a noun after them belongs to the sentence's agent. */
const DURING = new Set(['خلال', 'اثناء', 'وخلال', 'واثناء', 'عقب', 'بعد', 'قبيل', 'لدي']);
/** «اجتماع ثلاثي», «قمة رباعية»: everyone named is in one encounter. */
const MULTILATERAL = new Set(['ثلاثي', 'ثلاثيا', 'ثلاثيه', 'رباعي', 'رباعيا', 'رباعيه', 'خماسي', 'خماسيه', 'موسع', 'موسعا', 'مشترك', 'مشتركا']);
/** A list after these words is the whole set of participants. */
const EXCLUSIVE_LIST = new Set(['بين', 'تضم', 'ضمت', 'ضم', 'جمعت', 'جمع', 'يضم', 'التي']);

/** Actors in a dateline («دبي، الإمارات العربية المتحدة (CNN)--», «موسكو - واس») are not parties. */
function inDateline(doc: Doc, a: Actor): boolean {
  const start = itemOf(doc, a.first)?.first ?? 0;
  if (a.first - start > 10) return false;
  const lineEnd = doc.norm.text.indexOf('\n', doc.tokens[start]!.start);
  for (let k = start; k < Math.min(doc.tokens.length, start + 16); k++) {
    const t = doc.tokens[k]!;
    if (lineEnd >= 0 && t.start > lineEnd) return false;
    const marker = DASHES.has(t.text) || t.text === 'CNN' || doc.gazetteer.inLexicon('datelineAgencies', t.analyses[0]!.base);
    if (marker) return a.first < k || (t.text === 'CNN' && a.first <= k);
  }
  return false;
}
const DASHES = new Set(['-', '–', '—']);

/** Tokens inside double quotation marks that enclose a clause (five tokens or more). */
function quotedTokens(doc: Doc): Uint8Array {
  const inside = new Uint8Array(doc.tokens.length);
  let open = -1;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!.text;
    if (open >= 0 && doc.tokens[k]!.sentence !== doc.tokens[open]!.sentence && k - open > 60) open = -1;
    if (t === '"' || t === '“' || t === '”') {
      if (open < 0 && t !== '”') open = k;
      else if (open >= 0) {
        if (k - open > 5) for (let j = open + 1; j < k; j++) inside[j] = 1;
        open = -1;
      }
    }
  }
  return inside;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const dedupe = (list: Actor[]) => list.filter((a, i) => list.findIndex((b) => b.id === a.id) === i);

/** The actors nearest the trigger that are joined by «و» or a comma. */
function nearestGroup(doc: Doc, list: Actor[]): Actor[] {
  const sorted = [...list].sort((a, b) => b.first - a.first);
  const group = [sorted[0]!];
  for (let i = 1; i < sorted.length; i++) {
    const right = group[group.length - 1]!;
    const left = sorted[i]!;
    const gap = doc.tokens.slice(left.last, right.first);
    const joined = doc.tokens[right.first]!.analyses.some((a) => a.prefix.startsWith('و')) || gap.every((t) => t.kind === 'punct' || t.text === 'و');
    if (!joined || gap.length > 2) break;
    group.push(left);
  }
  return group.reverse();
}

/** «في موسكو», «بموسكو»: a place the interaction happened in. */
function hasIn(doc: Doc, a: Actor, prefix = ''): boolean {
  if (/ب$/.test(prefix)) return true;
  // «في موسكو», «في العاصمة القطرية الدوحة», «بمقر ... في مدينة الرياض»
  for (let k = a.first - 1; k >= Math.max(0, a.first - 3); k--) {
    const b = doc.tokens[k]!.analyses[0]!.base;
    if (VENUE_WORDS.has(b)) return true;
    if (doc.tokens[k]!.kind === 'punct') return false;
  }
  return false;
}
const VENUE_WORDS = new Set(['في', 'بمدينه', 'بمقر', 'مدينه', 'العاصمه', 'بالعاصمه', 'وفي']);

/** «إلى روسيا», «لروسيا», «زيارة روسيا»: a destination. */
function isDestination(doc: Doc, a: Actor, triggerEnd: number): boolean {
  const prev = doc.tokens[a.first - 1]?.analyses[0]?.base ?? '';
  const t = doc.tokens[a.first]!;
  return prev === 'الي' || prev === 'الى' || a.first === triggerEnd || t.analyses.some((x) => x.prefix === 'ل');
}

const topicCache = new WeakMap<Doc, ReturnType<typeof selectLongest<string>>>();
/** Topic phrases of the whole document, found once. */
function topicMatches(doc: Doc) {
  let ms = topicCache.get(doc);
  if (!ms) {
    ms = selectLongest(findAll(doc.tokens, doc.gazetteer.topics));
    topicCache.set(doc, ms);
  }
  return ms;
}

/** Topics of the trigger's sentence and of the sentences that continue it (until the next trigger sentence). */
function topicsFor(doc: Doc, hit: TriggerHit, hits: TriggerHit[]): string[] {
  const codes = new Set<string>();
  const item = itemOf(doc, hit.first);
  const lastSentence = Math.min(doc.sentences.length - 1, hit.sentence + 3);
  for (let s = hit.sentence; s <= lastSentence; s++) {
    if (s > hit.sentence && hits.some((h) => h.sentence === s)) break;
    const sent = doc.sentences[s]!;
    if (itemOf(doc, sent.first) !== item) break;
    if (s > hit.sentence) {
      // a continuing sentence starts with «و» + a verb of discussing, or «كما»
      const first = doc.tokens[sent.first]?.analyses[0]?.base ?? '';
      if (!/^(و|ف|كما|خلال|وخلال|واكد|وبحث|وتناول|وجري|وتم|واستعرض|وناقش|وشدد|واتفق|وتطرق|واشار|وعبر|واعرب)/.test(first)) break;
    }
    const start = sent.first;
    for (const m of topicMatches(doc)) if (m.first >= start && m.last <= sent.last) for (const c of m.senses) codes.add(c);
  }
  return [...codes];
}

/**
 * Who takes part: the subjects (before the trigger, or after a verb that comes
 * first), the objects («مع», «ب», «بين», coordination), and whether they met
 * together or in separate encounters.
 */
import type { Actor, Doc } from '../document.js';
import type { Relation } from '../types.js';
import { itemOf, stateOf } from '../document.js';
import { actorFor, baseAt, canTakePart, inDateline, spanKey, type Clause, type Context } from './clause.js';
import { stem } from './hits.js';
import { phraseStarts } from '../gazetteer/index.js';
import { hasArticle, isDash } from '../tokenize/index.js';

export interface Parties {
  subjects: Actor[];
  objects: Actor[];
  /** One encounter with everyone («لقاء بين», «اجتماع ثلاثي», «نظيريه الياباني والكوري»). */
  together: boolean;
  /** «وبحث الجانبان ...»: the relation a reference points back to. */
  follows?: Relation;
}

export function partiesOf(ctx: Context, clause: Clause): Parties {
  const { doc, grammar } = ctx;
  const { hit, inSentence } = clause;
  const rec = hit.record;
  const base = (i: number) => baseAt(doc, i);
  // «بكل من»: the two words before a token (a pair is built only after a word that starts one)
  const openerLeads = phraseStarts(grammar.listOpeners);
  const listOpenerBefore = (k: number) => openerLeads.has(base(k - 2)) && grammar.listOpeners.has(`${base(k - 2)} ${base(k - 1)}`);

  // «مباحثات سعودية روسية», «اجتماع ثلاثي سعودي - أميركي - روسي على مستوى وزراء الخارجية»
  const chain = adjectiveChain(ctx, clause);
  if (chain.length > 1) return { subjects: [], objects: chain, together: true };

  // a state is a subject only when no preposition governs it («إلى إسبانيا» is a destination)
  // («وزراء الخارجية بكل من مصر والسودان»: «كل من» opens a list, it does not govern a place)
  const bare = (a: Actor) =>
    a.type === 'person' ||
    listOpenerBefore(a.first) ||
    (!grammar.prepositions.has(base(a.first - 1)) && !doc.tokens[a.first]!.analyses.some((x) => x.offset > 0 && /[بلك]$/.test(x.prefix)));
  const before = inSentence.filter((a) => a.last <= hit.first && a.first >= clause.start && canTakePart(a) && bare(a) && !inDateline(ctx, a.first));
  const end = objectsEnd(ctx, clause, lastStart(inSentence, hit.last));
  const after = inSentence.filter((a) => a.first >= hit.last && a.first < end && canTakePart(a) && !inDateline(ctx, a.first));
  const isTopicPlace = (a: Actor) => a.type === 'country' && (grammar.topicPrepositions.has(base(a.first - 1)) || doc.tokens[a.first]!.analyses.some((x) => x.prefix === 'في'));
  // persons first: a state whose person is named is not a party beside that person
  const personsFirst = (list: Actor[]) => {
    const countries = new Set<string>();
    for (const a of list) {
      const country = a.type === 'person' ? doc.personInfo.get(a.id)?.country : undefined;
      if (country) countries.add(country);
    }
    return list.filter((a) => a.type === 'person' || (!isTopicPlace(a) && !countries.has(a.id.slice(8))));
  };

  // the last relation made earlier in the sentence (a trigger that made none, like «لبحث» without «مع», is skipped)
  const prevRelation = lastMade(ctx, clause);
  // the destination of the visit just stated is not a party of the next clause («زار أوغندا، والتقى ...»)
  let subjects = personsFirst(before).filter((a) => !(prevRelation?.type === 'visit' && prevRelation.location === a.id));
  // «أفاد يونكر بأنه سيجري مباحثات»: «أنه» points back to the agent of the sentence's first event, else its first person
  if (subjects.length === 0 && clause.complementizer >= 0 && grammar.pronounComplementizers.has(base(clause.complementizer)) && hit.first - clause.complementizer <= 12) {
    // «كشفت تركيا أنها توصلت إلى اتفاق»: a state or organization may be the speaker too
    const speaker =
      prevRelation?.participants[0] ??
      inSentence.find((a) => a.type === 'person' && a.last <= clause.complementizer && canTakePart(a))?.id ??
      inSentence.find((a) => a.type !== 'person' && a.last <= clause.complementizer && canTakePart(a) && bare(a) && !inDateline(ctx, a.first))?.id;
    if (speaker) subjects = [actorFor(speaker, clause)];
  }
  // «خلال لقائه»: the possessive points to the sentence's agent
  if (clause.possessive && !subjects.some((a) => a.type === 'person')) {
    const agent = [...inSentence].reverse().find((a) => a.type === 'person' && a.last <= hit.first && canTakePart(a));
    if (agent) subjects = [agent];
  }
  if (subjects.length > 1) subjects = nearestGroup(doc, subjects, ctx.covered);
  // «بعد توصل إيران ومجموعة 5+1 إلى اتفاق»: a verb form after «بعد» is a verbal noun whose agent follows it
  if (rec.pos === 'verb' && grammar.during.has(base(hit.first - 1)) && !hit.prefix) subjects = [];
  // «خلال زيارة وزير الخارجية X إلى قطر»: a visitor named right after the noun is the visitor, whoever acts before it
  const visitorNamed = rec.type === 'visit' && rec.pos === 'noun' && after.some((a) => a.type === 'person' && a.first === hit.last);
  if (visitorNamed) subjects = [];

  // a state or organization after the trigger is a party only when «مع», «ب», «بين», the trigger or a coordination introduce it
  const introducedBy = (a: Actor) => grammar.withWords.has(base(a.first - 1)) || doc.tokens[a.first]!.analyses.some((x) => x.offset > 0 && /ب$/.test(x.prefix));
  // words between the trigger and a token, names not counted («لقمة مجموعة السبع التي جمعت» is near)
  const wordsFromTrigger = (k: number) => {
    let n = 0;
    for (let j = hit.last; j < k; j++) if (!ctx.covered[j]) n++;
    return n;
  };
  const seen = new Map<Actor, boolean>();
  const introduced = (a: Actor): boolean => {
    let known = seen.get(a);
    if (known === undefined) {
      seen.set(a, false);
      known = introducedNow(a);
      seen.set(a, known);
    }
    return known;
  };
  const introducedNow = (a: Actor): boolean => {
    // «مع X», «بين X», «بكل من X وY»; near the trigger: «القمة التي جمعت X وY», «بمشاركة X»
    const before = base(a.first - 1);
    if (a.type === 'person' || a.first === hit.last || grammar.withWords.has(before)) return true;
    if (listOpenerBefore(a.first)) return true;
    if ((grammar.listWords.has(before) || grammar.exclusiveList.has(before)) && wordsFromTrigger(a.first) <= 5) return true;
    if (doc.tokens[a.first]!.analyses.some((x) => x.prefix === 'ب' || x.prefix === 'وب') && a.first - hit.last <= 1) return true;
    // «مصر والسعودية», «إيران ودول مجموعة 5+1»: joined to a party already introduced
    return inSentence.some(
      (b) =>
        b.last <= a.first &&
        a.first - b.last <= 1 &&
        doc.tokens.slice(b.last, a.first + 1).some((t) => t.text === 'و' || t.analyses.some((x) => x.prefix === 'و')) &&
        (b.first < hit.first || introduced(b)),
    );
  };
  let objects = personsFirst(after).filter((a) => !subjects.some((s) => s.id === a.id) && introduced(a));
  // «قمة مجموعة السبع», «اجتماع لجنة ...»: an organization that names the meeting is not a party to it
  if (rec.pos === 'noun') objects = objects.filter((a) => !(a.type === 'organization' && a.first === hit.last));

  const listWordAt = (k: number) => grammar.listWords.has(base(k));
  const multilateral = grammar.multilateral.has(base(hit.last)) || grammar.multilateral.has(base(hit.last + 1));
  const grouped = objects.length > 1 && objects[0]!.group !== undefined && objects.every((o) => o.group === objects[0]!.group);
  const together = (objects.length > 0 && (listWordAt(objects[0]!.first - 1) || listWordAt(objects[0]!.first - 2))) || multilateral || grouped;
  // «لقاء بين X و Y», «القمة التي تضم X و Y»: the list is everyone
  if (objects.length > 0 && grammar.exclusiveList.has(base(objects[0]!.first - 1))) subjects = [];
  // «مجموعة 5+1 (الولايات المتحدة وروسيا ...)»: members listed in brackets are not parties of their own
  objects = objects.filter((a, i) => i === 0 || !insideBrackets(doc, a.first));

  // «التقى X نظيره Y، ثم أجرى اتصالا مع Z»: the parties of the first event, standing before the
  // opening of the next clause (a comma, «ثم»), leave its agent alone as the agent of the next
  // («وسوف يجري الوزير الروسي» names its own)
  // (another kind of event: «تبادل X وY، اليوم، برقيات» is one message, not a sequel; the opening is looked for last, only when it matters)
  let opening = -1;
  const heldOver =
    prevRelation !== undefined &&
    prevRelation.type !== rec.type &&
    subjects.length > 0 &&
    (opening = lastOpening(ctx, clause.start, hit.first)) >= 0 &&
    subjects.every((a) => a.last <= opening && prevRelation.participants.includes(a.id));
  if (heldOver) subjects = prevRelation!.participants.slice(0, 1).map((id) => actorFor(id, clause));
  // «زار إيران ... والتقى الرئيس حسن روحاني»: a coordinated verb keeps the agent of the first
  else if (rec.pos === 'verb' && hit.prefix.startsWith('و') && prevRelation && !subjects.some((a) => a.type === 'person')) {
    const ids = prevRelation.type === 'visit' ? prevRelation.participants : prevRelation.participants.slice(0, 1);
    subjects = ids.map((id) => actorFor(id, clause));
  }
  // «خلال زيارة عمل لقطر», «للقاء أمير قطر»: the agent of the sentence
  // «في زيارة رسمية», «في رسالة», «في اتصال هاتفي» (an indefinite noun after «في»): the same
  const during = grammar.during.has(base(hit.first - 1)) || (grammar.inIndefinite.has(base(hit.first - 1)) && !hasArticle(stem(doc, hit)));
  if (rec.pos === 'noun' && (during || clause.purpose) && !clause.possessive && !visitorNamed && (prevRelation || !subjects.some((a) => a.type === 'person'))) {
    const agent = prevRelation?.participants[0] ?? inSentence.find((a) => a.type === 'person' && a.last <= hit.first && canTakePart(a))?.id;
    if (agent) subjects = [actorFor(agent, clause)];
  }
  // «محادثات الوزير التي شملت ...», «لقاء الرئيس بوتين مع فيدان»: the noun's genitive is its agent
  if (rec.pos === 'noun' && rec.type !== 'visit' && !clause.possessive && !clause.purpose && objects.length > 1 && objects[0]!.type === 'person' && objects[0]!.first - hit.last <= 1 && !introducedBy(objects[0]!))
    subjects = [objects.shift()!];
  // VSO: «استقبل، اليوم، الرئيس X الوزير Y»
  const onlyDayWords = (from: number, to: number) =>
    to - from <= 4 && doc.tokens.slice(from, to).every((t) => t.kind === 'punct' || t.kind === 'number' || grammar.dayWords.has(t.analyses[0]!.base));
  // (one person alone after the verb is its object, the subject a dropped pronoun: «وستلتقي الاثنين وزير الخارجية»)
  if (subjects.length === 0 && (objects.length > 1 || !ctx.lastSubject.length) && rec.pos === 'verb' && onlyDayWords(hit.last, objects[0]?.first ?? hit.last)) subjects = objects.splice(0, 1);
  let follows: Relation | undefined;
  if (subjects.length === 0) {
    // «وبحث الجانبان»: the parties of the last relation; a dropped pronoun: the last subject of the item
    // «وبحث الجانبان ...» before the trigger, or «لقاء بين قادة البلدين» right after it
    const ref = (ctx.actorsBySentence.get(hit.sentence) ?? []).find(
      (a) => a.reference && ((a.first < hit.first && a.first >= clause.start) || (a.first > hit.first && a.first - hit.last <= 3 && base(a.first - 1) === 'بين')),
    );
    if (ref && ctx.previous) {
      subjects = ctx.previous.participants.map((id) => actorFor(id, clause));
      follows = ctx.previous;
    }
    else if (ctx.lastSubject.length && !together && (clause.possessive || (rec.pos === 'verb' && objects.length > 0)))
      subjects = ctx.lastSubject.filter((a) => itemOf(doc, a.first) === clause.item);
  }
  // objects end with the clause: at the next trigger (a visit's later stops aside)
  const next = clause.sameSentence.find((h) => h.first > hit.last);
  if (next && rec.type !== 'visit') objects = objects.filter((a) => a.first < next.first);
  // a group that met together may be long (a summit of seven); separate encounters stay few
  objects = dedupe(objects).slice(0, together ? 12 : 6);
  subjects = dedupe(subjects);
  if (subjects.some((a) => a.type === 'person')) ctx.lastSubject = subjects;
  return { subjects, objects, together, ...(follows ? { follows } : {}) };
}

/** The relation made by the last trigger before this one in its sentence that made one. */
function lastMade(ctx: Context, clause: Clause): Relation | undefined {
  const { sameSentence, hit } = clause;
  for (let i = sameSentence.length - 1; i >= 0; i--) {
    const h = sameSentence[i]!;
    if (h.last > hit.first) continue;
    const r = ctx.made.get(h);
    if (r) return r;
  }
  return undefined;
}

/** Objects end where the subject matter («حول», «لبحث», «العلاقات» ...) or another clause («أن») begins; words inside a name or title do not count. Looked for up to `upTo`, the last start of an actor: beyond it, the sentence's end gives the same objects. */
function objectsEnd(ctx: Context, clause: Clause, upTo: number): number {
  const { doc, grammar } = ctx;
  // (only whether an actor starts before the end matters: past the last actor's start, no need to look)
  const last = Math.min(clause.sentence.last, upTo + 1);
  for (let k = clause.hit.last; k < last; k++) {
    if (ctx.covered[k]) continue;
    // «... بعد أن سحب الرئيس الأميركي»: a complementizer opens another clause
    if (anyBaseIn(doc, k, grammar.objectStops) || grammar.complementizers.has(baseAt(doc, k))) return k;
  }
  return clause.sentence.last;
}

/** The start of the last actor that starts at `from` or later (from - 1 when none). */
function lastStart(actors: readonly Actor[], from: number): number {
  let last = from - 1;
  for (const a of actors) if (a.first > last) last = a.first;
  return last;
}

/** The last comma or sequence word («ثم») in [from, to), or -1. */
function lastOpening(ctx: Context, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind === 'punct' || ctx.grammar.sequenceWords.has(t.analyses[0]!.base)) return k;
  }
  return -1;
}

/** Is a base of the token («وبحث»: و + بحث, وبحث) in the set? */
function anyBaseIn(doc: Doc, k: number, words: ReadonlySet<string>): boolean {
  for (const x of doc.tokens[k]!.analyses) if (words.has(x.base)) return true;
  return false;
}

/** The first actor of each id. */
function dedupe(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) if (!out.some((b) => b.id === a.id)) out.push(a);
  return out;
}

/** The actors nearest the trigger that are joined by «و» or a comma («الرئيسان الروسي X والصيني Y»: «و» on the adjective between). */
function nearestGroup(doc: Doc, list: Actor[], covered: Uint8Array): Actor[] {
  const sorted = [...list].sort((a, b) => b.first - a.first);
  const group = [sorted[0]!];
  const withWa = (k: number) => doc.tokens[k]!.analyses.some((a) => a.prefix.startsWith('و'));
  for (let i = 1; i < sorted.length; i++) {
    const right = group[group.length - 1]!;
    const left = sorted[i]!;
    const gap = doc.tokens.slice(left.last, right.first);
    const joined =
      withWa(right.first) ||
      gap.every((t) => t.kind === 'punct' || t.text === 'و') ||
      (gap.length > 0 && withWa(left.last) && gap.every((_, j) => Boolean(covered[left.last + j])));
    if (!joined || gap.length > 2) break;
    group.push(left);
  }
  return group.reverse();
}

/**
 * The states named by a chain of country adjectives right after a trigger noun
 * (and its «ثلاثي»): «قمة مصرية سودانية», «اجتماع ثلاثي سعودي - أميركي - روسي».
 * When «على مستوى وزراء الخارجية» follows, the office-holders the resolver
 * found for that phrase stand for their states.
 */
function adjectiveChain(ctx: Context, clause: Clause): Actor[] {
  const { doc, grammar } = ctx;
  const { hit, inSentence } = clause;
  let k = hit.last;
  while (grammar.multilateral.has(baseAt(doc, k))) k++;
  const isAdjective = (a: Actor) => ctx.adjectives.has(spanKey(a.first, a.last));
  const chain: Actor[] = [];
  for (;;) {
    // (the adjectives describe the trigger noun, so they are read even inside its phrase)
    const a = inSentence.find((x) => x.first === k && x.type === 'country' && isAdjective(x));
    if (!a) break;
    chain.push(a);
    k = a.last;
    if (isDash(doc.tokens[k])) k++;
  }
  if (chain.length < 2) return [];
  // the holders named by «على مستوى ...» right after the chain
  const holders = inSentence.filter((x) => x.type === 'person' && x.group !== undefined && x.first > k && x.first - k <= 3);
  if (holders.length === chain.length && chain.every((c) => holders.some((h) => `country:${stateOf(doc, h.id)}` === c.id))) return holders;
  return chain;
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

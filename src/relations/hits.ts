/**
 * Triggers: the words that signal an interaction (data/triggers.json), and
 * the reasons one does not report an event (a hope, a proposal, a quotation).
 */
import { findAll, selectLongest, variantKeys, type Match, type TriggerRecord } from '../gazetteer/index.js';
import type { Grammar } from './grammar.js';
import { datelineEnd, itemOf, type Doc } from '../document.js';
import { isDash } from '../tokenize/index.js';

export interface TriggerHit {
  record: TriggerRecord;
  /** Token span. */
  first: number;
  last: number;
  /** Characters of the first token taken by proclitics, and those proclitics. */
  offset: number;
  prefix: string;
  sentence: number;
}

/**
 * The triggers among the candidate matches, longest first then leftmost; never a word inside a name (`covered` 2)
 * («فيصل» is not ف + «يصل»). A noun that names a concluded act only with its participle («الاتفاق الموقع») is no
 * trigger without it («لإنقاذ الاتفاق»), and no clause ends at it.
 */
export function findHits(doc: Doc, candidates: readonly Match<number>[], covered: Uint8Array): TriggerHit[] {
  const triggers = doc.gazetteer.data.triggers.triggers;
  const hits = longestOf(candidates.filter((m) => covered[m.first] !== 2)).map((m) => ({
    record: triggers[m.senses[0]!]!,
    first: m.first,
    last: m.last,
    offset: m.offset,
    prefix: m.prefix,
    sentence: doc.tokens[m.first]!.sentence,
  }));
  return hits.filter((hit) => !hit.record.concluded || !lacksNeededWord({ doc, hit, covered }));
}

/** selectLongest, where one match (or none) overlaps nothing: the rule, with its sort and token array, is for two or more. */
export const longestOf = <S>(matches: Match<S>[]): Match<S>[] => (matches.length > 1 ? selectLongest(matches) : matches);

const base = (doc: Doc, i: number) => doc.tokens[i]?.analyses[0]?.base ?? '';

/** The trigger word without its proclitics («وللقاء» → «لقاء»). */
export const stem = (doc: Doc, hit: TriggerHit) => base(doc, hit.first).slice(hit.offset);

/** What a guard reads: the trigger, and what the relation stage knows of its sentence. */
export interface GuardInput {
  doc: Doc;
  grammar: Grammar;
  hit: TriggerHit;
  quoted: Uint8Array;
  sameSentence: readonly TriggerHit[];
  covered: Uint8Array;
}

/** A reason a trigger reports no event; true when the reason holds. */
type Guard = (g: GuardInput) => boolean;

/** The guards, in the order they are asked: a trigger reports an interaction when none holds. */
const GUARDS: readonly Guard[] = [governedByBlocker, modifiedByAfterBlocker, attendanceOfAnotherEvent, attendedAudience, lacksNeededWord, consensusNotAccord, nounWhereVerbExpected, possibilityNotEvent, aimNotEvent];

/** Does this trigger report an interaction? Only when no guard holds. */
export function reportsEvent(doc: Doc, grammar: Grammar, hit: TriggerHit, quoted: Uint8Array, sameSentence: readonly TriggerHit[], covered: Uint8Array): boolean {
  const g: GuardInput = { doc, grammar, hit, quoted, sameSentence, covered };
  for (const guard of GUARDS) if (guard(g)) return false;
  return true;
}

/**
 * A hope, an invitation, a refusal, a denial, a cancellation or a condition
 * governs the trigger after it («يأمل أن يلتقي», «دعاه إلى زيارة», «نفى أن يكون
 * التقى», «تأجيل القمة»), within twelve words and after the previous trigger
 * (a blocker governs the next trigger only: «دعوة ... لزيارة إيطاليا في رسالة»
 * blocks the visit, not the letter). A circumstance («خلال», «أثناء») is not
 * what the blocker governs («دعا الوزير نظيره خلال لقاء جمعهما إلى ...»).
 */
function governedByBlocker(g: GuardInput): boolean {
  const { doc, grammar, hit, sameSentence } = g;
  const sentence = doc.sentences[hit.sentence]!;
  // (alone or after the conjunction: «نفى», «ونفى», «واتفقا»; «بدعوة» is the circumstance of a visit, not an invitation to one)
  const blockerAt = (k: number) => doc.tokens[k]!.analyses.some((a) => grammar.blockers.has(a.base) && (a.offset === 0 || /^[وف]$/.test(a.prefix)));
  const previous = sameSentence.filter((h) => h.last <= hit.first).at(-1);
  // (twelve words back, names not counted; a previous trigger that is itself a blocker, «اتفقا على عقد قمة», governs)
  let from = hit.first;
  for (let k = hit.first - 1, words = 0; k >= sentence.first && words < 12; k--) {
    if (!g.covered[k]) words++;
    from = k;
  }
  from = Math.max(from, previous ? (blockerAt(previous.first) ? previous.first : previous.last) : sentence.first);
  if (grammar.during.has(base(doc, hit.first - 1)) && !hit.prefix) return false;
  for (let k = from; k < hit.first; k++) if (blockerAt(k) && !governsOtherNoun(g, k)) return true;
  return false;
}

/**
 * A blocker governs the first word of its complement: where that is a definite
 * noun other than the trigger («رفض X التصريح بفحوى المكالمة»: he refused to
 * disclose, not the call), the trigger after it is not what was refused. The
 * subject's name between them is passed over («رفض الرئيس X لقاء Y» blocks),
 * and a noun right before the trigger leads to it («يمهد الطريق للقاء» blocks).
 */
function governsOtherNoun({ doc, grammar, hit, covered }: GuardInput, blocker: number): boolean {
  let j = blocker + 1;
  while (j < hit.first && (covered[j] || doc.tokens[j]!.kind === 'punct')) j++;
  // («يمهد الطريق للقاء»: a noun whose complement is the trigger leaves the trigger governed)
  if (j >= hit.first - 1) return false;
  const word = base(doc, j);
  return word.length > 3 && /^ال/.test(word) && !grammar.prepositions.has(word) && !grammar.relativePronouns.has(word);
}

/** «المباحثات المقترحة», «الزيارة المحتملة»: an adjective of possibility right after the trigger. */
function modifiedByAfterBlocker({ doc, grammar, hit }: GuardInput): boolean {
  const sentence = doc.sentences[hit.sentence]!;
  for (let k = hit.last; k < Math.min(sentence.last, hit.last + 2); k++) if (grammar.afterBlockers.has(base(doc, k))) return true;
  return false;
}

/**
 * «اتفق X وY على ضرورة تعزيز التعاون», «اتفقا خلال مكالمة هاتفية على ...»:
 * agreeing on the need, the importance or the strengthening of something, or
 * agreeing in the course of talks the sentence reports, is the consensus of
 * talks, not an accord; «اتفق X وY على وقف إطلاق النار» is one. The agreed
 * matter follows «على».
 */
function consensusNotAccord(g: GuardInput): boolean {
  const { doc, grammar, hit, sameSentence } = g;
  if (hit.record.type !== 'agreement' || !hit.record.needs?.includes('على')) return false;
  // (talks told before the verb, «التقى X Y واتفقا على», as its circumstance, «اتفقا خلال مكالمة على», or as the
  // matter agreed, «اتفقا على عقد قمة»: a form that lacks its needed word is no trigger, «على تبادل الأسرى»)
  const talks = (h: TriggerHit) => h !== hit && h.record.type !== 'agreement' && h.record.type !== 'visit' && isTrigger(g, h);
  if (sameSentence.some(talks)) return true;
  const sentence = doc.sentences[hit.sentence]!;
  for (let k = hit.last; k < Math.min(sentence.last, hit.last + 8); k++) {
    // (the text is normalized: «على» reads «علي»)
    if (base(doc, k) !== 'علي') continue;
    let next = k + 1;
    while (doc.tokens[next]?.kind === 'punct') next++;
    return doc.tokens[next]?.analyses.some((a) => grammar.consensusWords.has(a.base)) === true;
  }
  return false;
}

/**
 * Those present at an event («التقى X Y بحضور Z», «وقع الوزيران الاتفاق بحضور
 * الرئيسين») attended it; their presence is an encounter of its own only where
 * the sentence reports nothing before it («جرت المراسم بحضور X وY»).
 */
function attendanceOfAnotherEvent(g: GuardInput): boolean {
  const { hit, sameSentence } = g;
  // (a form that lacks its needed word is no event: «جرت مراسم التوقيع بحضور X وY» is their encounter)
  return Boolean(hit.record.copresence) && sameSentence.some((h) => h.last <= hit.first && isTrigger(g, h));
}

/**
 * «وحضر الاستقبال X وY», «وحضر اللقاء …»: a definite noun of a reception or
 * of talks governed by a verb of attending (grammar.attendVerbs,
 * grammar.audienceNouns) names the encounter told before; those who attended
 * it are no parties, and it is no event of its own.
 */
function attendedAudience({ doc, grammar, hit }: GuardInput): boolean {
  if (hit.record.pos !== 'noun' || hit.prefix || hit.first === 0) return false;
  const noun = base(doc, hit.first);
  return grammar.audienceNouns.has(noun) && doc.tokens[hit.first - 1]!.analyses.some((a) => grammar.attendVerbs.has(a.base) && (a.offset === 0 || /^[وف]$/.test(a.prefix)));
}

/** Another hit of the sentence is a trigger at all: a form that lacks its needed word («التوقيع» with no agreement noun) is not. */
const isTrigger = (g: GuardInput, other: TriggerHit): boolean => !lacksNeededWord({ ...g, hit: other });

/**
 * A trigger that needs a word after it («وقع» needs an agreement noun; «تحدث»
 * needs «مع»), within a window of words; the tokens of names do not count
 * («وقع وزراء خارجية مصر والسودان وإثيوبيا ... على وثيقة»).
 */
function lacksNeededWord({ doc, hit, covered }: Pick<GuardInput, 'doc' | 'hit' | 'covered'>): boolean {
  const rec = hit.record;
  if (!rec.needs) return false;
  const sentence = doc.sentences[hit.sentence]!;
  const want = neededKeys(rec, rec.needs);
  let left = rec.needsWindow ?? 8;
  for (let k = hit.last; k < sentence.last && left > 0; k++) {
    if (doc.tokens[k]!.analyses.some((a) => want.has(a.base))) return false;
    // (names and punctuation are not counted: «استدعت السلطات الإيطالية، السبت، السفير …»)
    if (!covered[k] && doc.tokens[k]!.kind !== 'punct') left--;
  }
  return true;
}

/** «بحث X وY» opens its clause, «الرئيسان بحثا» follows its subject, «كما بحث» follows a particle that leads a verb (grammar.verbLeads); elsewhere the form is a noun («شهد بحث مفصل»). */
function nounWhereVerbExpected({ doc, grammar, hit, covered }: GuardInput): boolean {
  const sentence = doc.sentences[hit.sentence]!;
  if (!hit.record.afterSubject || hit.first <= sentence.first || hit.prefix.startsWith('و')) return false;
  // («يبحث خلالها مع Y», «ناقشت»: an imperfect or an inflected past is a verb wherever it stands; only «بحث» is also a noun)
  if (!grammar.verbalNounForms.has(stem(doc, hit))) return false;
  const before = doc.tokens[hit.first - 1]!;
  // («كما بحث», «وقد بحث», «حيث بحث», «ثم ناقش»: a particle that leads a verb)
  if (before.analyses.some((a) => grammar.verbLeads.has(a.base)) || opensAfterDateline(doc, hit)) return false;
  return before.kind !== 'punct' && !covered[hit.first - 1] && !grammar.complementizers.has(base(doc, hit.first - 1));
}

/**
 * «الرياض - واس بحث …», «جدة – فلان الفلاني بحث …»: the text of an item opens
 * after its dateline's marker, the agency or the reporter's name (three words
 * at most) that follows it.
 */
function opensAfterDateline(doc: Doc, hit: TriggerHit): boolean {
  const start = itemOf(doc, hit.first)?.first ?? 0;
  const marker = datelineEnd(doc, start);
  if (marker === start || marker >= hit.first || hit.first - marker > 4) return false;
  for (let k = marker + 1; k < hit.first; k++) if (doc.tokens[k]!.kind === 'punct' && !isDash(doc.tokens[k]!)) return false;
  return true;
}

/**
 * «قد» before an imperfect states a possibility («قد يلتقي»: may meet); before
 * a past it states a fact («قد توجه», «كان قد اجتمع»: had gone, had met). An
 * imperfect starts with ي, or with ت where the trigger's list also has the
 * form with ي («تلتقي» beside «يلتقي»; «توجه» has no «يوجه»: it is a past).
 */
function possibilityNotEvent({ doc, grammar, hit }: GuardInput): boolean {
  if (!grammar.mayParticles.has(base(doc, hit.first - 1))) return false;
  const form = stem(doc, hit);
  if (form.startsWith('ي')) return true;
  const twin = `ي${form.slice(1)}`;
  return form.startsWith('ت') && hit.record.ar.some((w) => w.startsWith('ي') && variantKeys(w)[0]?.[0] === twin);
}

/**
 * «للتوصل إلى اتفاق», «سعيا للتوصل», «لإعادة إطلاق المفاوضات», «لإحياء المحادثات»:
 * reaching, relaunching or reviving as the aim of an effort (a mediation, a
 * conference) is no event; the aim is the trigger's own word or one of the two before it.
 */
function aimNotEvent({ doc, grammar, hit }: GuardInput): boolean {
  const aim = (k: number) => doc.tokens[k]?.analyses.some((a) => /ل$/.test(a.prefix) && grammar.aimNouns.has(a.base)) === true;
  return aim(hit.first) || aim(hit.first - 1) || (aim(hit.first - 2) && grammar.aimNouns.has(base(doc, hit.first - 1)));
}

/** Is the token at k one of the words the trigger needs («الاتفاق الذي وقعته»: «وقعته»)? */
export const neededWordAt = (doc: Doc, rec: TriggerRecord, k: number): boolean =>
  rec.needs !== undefined && doc.tokens[k]?.analyses.some((a) => neededKeys(rec, rec.needs!).has(a.base)) === true;

/** Is the token at k a word of one of the phrases the trigger needs («تسلم X أوراق اعتماد سفير Y»: «أوراق», «اعتماد»)? */
export const partOfNeededWord = (doc: Doc, rec: TriggerRecord, k: number): boolean => {
  if (!rec.needs) return false;
  let words = neededWords.get(rec);
  if (!words) neededWords.set(rec, (words = new Set([...neededKeys(rec, rec.needs)].flatMap((w) => w.split(' ')))));
  return doc.tokens[k]?.analyses.some((a) => words.has(a.base)) === true;
};

/** The single words of the phrases a trigger needs, once per trigger record. */
const neededWords = new WeakMap<TriggerRecord, Set<string>>();

/** The normalized keys of the words a trigger needs after it, computed once per trigger record. */
const needed = new WeakMap<TriggerRecord, Set<string>>();
function neededKeys(rec: TriggerRecord, needs: readonly string[]): Set<string> {
  let want = needed.get(rec);
  if (!want) {
    want = new Set(needs.map((w) => variantKeys(w)[0]?.join(' ') ?? w));
    needed.set(rec, want);
  }
  return want;
}

/** The candidate triggers: every trigger phrase of the document, before the overlap rule (the match stage finds them with the entities). */
export const triggerMatches = (doc: Doc): Match<number>[] => doc.triggerMatches ?? findAll(doc.tokens, doc.gazetteer.triggers);

const NO_QUOTES = new Uint8Array(0);
const QUOTE_MARK = /["“”]/;

/** Tokens inside double quotation marks that enclose a clause (five tokens or more). */
export function quotedTokens(doc: Doc): Uint8Array {
  // most texts have no double quotation mark: then no token is inside one (an empty array reads as 0 everywhere)
  if (!QUOTE_MARK.test(doc.norm.text)) return NO_QUOTES;
  const inside = new Uint8Array(doc.tokens.length);
  let open = -1;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!.text;
    if (open >= 0 && doc.tokens[k]!.sentence !== doc.tokens[open]!.sentence && k - open > 60) open = -1;
    if (t === '"' || t === '“' || t === '”') {
      // «""نص»: a doubled mark is one mark
      if (open >= 0 && open === k - 1 && doc.tokens[open]!.text === t) {
        open = k;
        continue;
      }
      if (open < 0 && t !== '”') open = k;
      else if (open >= 0) {
        if (k - open > 5) for (let j = open + 1; j < k; j++) inside[j] = 1;
        open = -1;
      }
    }
  }
  return inside;
}

/**
 * Persons outside the gazetteer, found from context: a run of name words
 * (data/names.json) opened by a given name — right after an honorific
 * («الدكتور …»), an office («المتحدث باسم الخارجية …», «محافظ …»), a verb of
 * saying («قال …»), or anywhere when its words are plainly a name
 * («محمد بن زيان»). The name's end is set by the name-word lists and stop
 * words, not by a fixed width; names inside institutions' names add no person;
 * a shorter form of a name already named refers to that person.
 */
import { nameKeys, variantKeys, wordKeys, type Gazetteer, type PersonRecord } from '../gazetteer/index.js';
import { hasArticle } from '../tokenize/index.js';
import type { Role } from '../types.js';
import { isNasabParticle } from './nasab.js';
import { reservedWords } from './persons.js';
import { romanizeName, slug, spellingsOf } from './romanize.js';
import { pick, type M, type Resolution } from './state.js';

/** The name-word lists, normalized like the text (each built when first read). */
interface NameLexicon {
  readonly given: Set<string>;
  readonly weak: Set<string>;
  readonly family: Set<string>;
  readonly particles: Set<string>;
  readonly stop: Set<string>;
  readonly slots: Set<string>;
  readonly speech: Set<string>;
  readonly source: Set<string>;
  readonly regnal: Set<string>;
  readonly institutions: Set<string>;
  readonly weakHonorifics: Set<string>;
  readonly tails: Set<string>;
  readonly foreign: Set<string>;
}

/** A context that marks a name slot: an honorific, an office (with its role and state), a verb of saying. */
interface Slot {
  kind: 'honorific' | 'office' | 'speech' | 'list';
  /** The first token of the phrase that opens the slot (an institution noun before it cancels it). */
  from: number;
  /** An honorific that is also a common word («دولة», «الفريق», «القاضي»): no slot. */
  weak?: boolean;
  role?: string;
  of?: string;
}

/** A run of name words: tokens [first, last), the proclitics of the first, how many words the tables know. */
interface Run {
  first: number;
  last: number;
  offset: number;
  known: number;
  /** Name words after the first that are no common word: particles, family names, given names not listed as weak. */
  strong: number;
  /** The parts of the name: «عبد الله» is one, «بن زيان» one. */
  parts: number;
  /** Name-shaped words the tables do not know («… الساهر», «… عليوة»): spelled from their letters. */
  unknown: number;
  /** The run stopped before a further name-shaped word it could not take: its end is uncertain. */
  overrun: boolean;
  /** The name ends in a regnal number («محمد الخامس»): a monarch's name, read only in a slot. */
  regnal: boolean;
  /** The word the tables do not know is a nisba with the article («… الطهراوي»), the commonest shape of an Arab family name. */
  nisba: boolean;
}

/** The longest name run: a given name and its chain of fathers and family («محمد بن راشد آل مكتوم»). */
const MAX_NAME_WORDS = 6;

/** How many name-shaped words outside the tables a name may hold («كاظم الساهر», «محمد علي بنطلحة»). */
const MAX_UNKNOWN_WORDS = 1;

/** A word ending in a possessive pronoun («زوجته» is written ه, «لها», «أبناؤهم») is no name word. */
const PRONOUN_SUFFIX = /(ها|هم|هما|كم|هن)$/;

/** A verb of the present («يكتب», «تتواصل»): ي/ت before a consonant (but «تش», the foreign ch of «تشين»). */
const VERB_SHAPE = /^(?!تش)[يت][^اويى]/;

const lexicons = new WeakMap<Gazetteer, NameLexicon>();

/**
 * The name-word lists of data/names.json as sets of their normalized keys, once per gazetteer, each
 * when first read: the keys come computed from the build (nameKeys), so that a first text
 * normalizes none of the thousand words (the given names alone are some 900).
 */
function nameLexicon(g: Gazetteer): NameLexicon {
  let lex = lexicons.get(g);
  if (lex) return lex;
  const k = nameKeys();
  lex = lazyKeySets({
    given: () => [...k.given!, ...k.foreignGiven!],
    weak: () => k.weakGiven!,
    // Arab family names and nisbas, and the common surnames of other languages as the Arabic press writes them («سميث», «غارسيا»)
    family: () => [...k.family!, ...k.foreignFamily!],
    particles: () => [...k.particles!, ...wordKeys(['عبد'])],
    stop: () => k.stopWords!,
    slots: () => k.slotWords!,
    speech: () => k.speechVerbs!,
    source: () => k.sourceWords!,
    regnal: () => k.regnalNumbers!,
    institutions: () => k.institutions!,
    weakHonorifics: () => k.weakHonorifics!,
    tails: () => k.compoundTails!,
    foreign: () => k.foreignGiven!,
  });
  lexicons.set(g, lex);
  return lex;
}

/** Sets of keys, each built when first read. */
function lazyKeySets<K extends string>(lists: Record<K, () => readonly string[]>): Record<K, Set<string>> {
  const sets = {} as Record<K, Set<string>>;
  for (const name of Object.keys(lists) as K[]) {
    let set: Set<string> | undefined;
    Object.defineProperty(sets, name, { enumerable: true, get: () => (set ??= new Set(lists[name]())) });
  }
  return sets;
}

/** Does a verb of saying («قال», «وأضاف») stand right before token `k`, opening a slot for its subject? */
export function afterSpeechVerb(r: Resolution, k: number): boolean {
  return k > 0 && nameLexicon(r.g).speech.has(r.text(k - 1));
}

/** Does a span hold a stop word or an office word of the name tables (a number, a role noun: «ألف جندي», «جميل المدير»)? An approximate match of a name through one is no name. */
export function holdsStopWord(r: Resolution, first: number, last: number): boolean {
  const lex = nameLexicon(r.g);
  // an office word too: «جميل المدير» is no reading of «كمال المدوري»
  for (let k = first; k < last; k++) if (lex.stop.has(r.text(k)) || lex.slots.has(r.text(k))) return true;
  return false;
}

/**
 * A word that is no word of a name after a title: a stop word (a number, a
 * role noun, a pronoun: «ألف جندي»), a verb of saying, a word
 * with a pronoun suffix («مالكها») or an accusative ending («عزماً»); first
 * in the name, a verb of the present or its verbal noun («تحمل», «ترسيم»).
 */
export function unfitForName(r: Resolution, k: number, first: boolean): boolean {
  const lex = nameLexicon(r.g);
  const t = r.doc.tokens[k];
  if (!t || t.kind !== 'arabic') return true;
  const w = t.analyses[0]!.base;
  if (lex.stop.has(w) || lex.speech.has(w) || PRONOUN_SUFFIX.test(w)) return true;
  if (first && VERB_SHAPE.test(w) && !isGiven(lex, w)) return true;
  return /\u064B$|اً$|ًا$/.test(originalOf(r, k));
}

/**
 * Tokens already claimed: every token a mention covers, and every token of a
 * match that names something other than a person (places, titles, bodies).
 */
function claimedTokens(r: Resolution): boolean[] {
  const claimed: boolean[] = [];
  for (let k = 0; k < r.doc.tokens.length; k++) claimed.push(false);
  for (const m of r.mentions) for (let k = m.first; k < m.last; k++) claimed[k] = true;
  for (const m of r.matches) if (m.senses.some((s) => s.t !== 'person')) for (let k = m.first; k < m.last; k++) claimed[k] = true;
  return claimed;
}

/** Finds the persons the context marks: a person already named, a longer form of a gazetteer name, else an unknown person (`person:~slug`). */
export function personsFromContext(r: Resolution): void {
  const lex = nameLexicon(r.g);
  const claimed = claimedTokens(r);
  const tokens = r.doc.tokens;
  for (let k = 0; k < tokens.length; k++) {
    if (claimed[k] || tokens[k]!.kind !== 'arabic') continue;
    let slot = slotBefore(r, lex, k, claimed);
    let run = nameRun(r, lex, k, slot, claimed);
    if (!run && !slot) ({ run, slot } = slotAfter(r, lex, k, claimed));
    if (!run || insideInstitution(r, lex, slot?.from ?? k)) continue;
    const id = personOfRun(r, run, slot);
    // a name with a word the tables do not know is spelled by guess: it is reported, but made no party to a relation;
    // nor is a person outside the gazetteer whom no office or honorific introduces (a verb of saying, a list, nothing):
    // without a post or a state to stand for, he may be anyone the story mentions
    if (!id.startsWith('person:~') || (run.unknown === 0 && (slot?.kind === 'office' || slot?.kind === 'honorific'))) r.actors.push({ id, type: 'person', first: run.first, last: run.last, sentence: tokens[k]!.sentence });
    k = run.last - 1;
  }
}

/**
 * «X، سفير اليابان لدى مصر», «X وزير الدولة لشؤون …»: an office in
 * apposition right after a name (a comma between them or none) marks its
 * slot as an office before it does; so does a verb of saying after a name
 * that opens its sentence (speechFollows). The run read as in a slot, kept only
 * when an office follows it; the office gives it no role (it may be the
 * next argument of a verb: «استقبل X رئيس الوزراء»), only that it is a name.
 */
function slotAfter(r: Resolution, lex: NameLexicon, k: number, claimed: boolean[]): { run?: Run; slot?: Slot } {
  const office: Slot = { kind: 'office', from: k };
  const appositive = nameRun(r, lex, k, office, claimed);
  if (appositive && officeFollows(r, lex, appositive.last)) return { run: appositive, slot: office };
  const speech: Slot = { kind: 'speech', from: k };
  const subject = nameRun(r, lex, k, speech, claimed);
  return subject && speechFollows(r, lex, subject) ? { run: subject, slot: speech } : {};
}

/**
 * «سالم الطرهوني قال إن …»: a name that opens its sentence and is followed at
 * once by a verb of saying (without «و», which would open a new clause) is
 * that verb's subject, put first.
 */
function speechFollows(r: Resolution, lex: NameLexicon, run: Run): boolean {
  const t = r.doc.tokens[run.last];
  const first = r.doc.tokens[run.first]!;
  if (!t || t.kind !== 'arabic' || t.sentence !== first.sentence || r.text(run.last).startsWith('و') || !lex.speech.has(r.text(run.last))) return false;
  const before = r.doc.tokens[run.first - 1];
  return !before || before.sentence !== first.sentence;
}

/** Does an office open at token j (past a comma): a title («سفير», «وزير الخارجية») or an office word of the name tables («المدير», «المتحدث»)? */
function officeFollows(r: Resolution, lex: NameLexicon, j: number): boolean {
  const sentence = r.doc.tokens[j - 1]!.sentence;
  const comma = r.doc.tokens[j];
  if (comma?.kind === 'punct' && (comma.text === '،' || comma.text === ',')) j++;
  const t = r.doc.tokens[j];
  if (!t || t.kind !== 'arabic' || t.sentence !== sentence) return false;
  return Boolean(pick(r.startingAt(j), 'title')) || lex.slots.has(r.text(j));
}

/** The person a run names, recorded with its mention. */
function personOfRun(r: Resolution, run: Run, slot: Slot | undefined): string {
  const earlier = earlierBearer(r, run);
  if (earlier) {
    // «محمد زيان» after «محمد بن زيان»: the person already named
    r.mention(earlier, run, 'reference', 0.7);
    return earlier;
  }
  const known = knownLongForm(r, run);
  if (known) {
    // «محمد بن راشد بن سعيد آل مكتوم»: a longer form of a name the gazetteer knows
    r.mention(known.id, run, 'name', 0.8);
    r.person(known, r.itemOf(run.first)?.publishedAt ?? null, 0.8);
    return known.id;
  }
  return recordUnknown(r, run, slot);
}

/**
 * The slot a token opens, if any: right after an honorific match; after a
 * title or an office word («المدرب»), possibly past its definite complement,
 * states, organizations, bodies and a comma («محافظ البنك المركزي …»,
 * «سفير اليابان لدى مصر، …»); right after a verb of saying.
 */
function slotBefore(r: Resolution, lex: NameLexicon, k: number, claimed: boolean[]): Slot | undefined {
  const prev = r.endingAt(k);
  if (prev && pick(prev, 'honorific') && !pick(prev, 'person')) {
    const words = r.doc.tokens.slice(prev.first, prev.last).map((t) => t.analyses[0]!.base).join(' ');
    return lex.weakHonorifics.has(words) ? { kind: 'honorific', from: prev.first, weak: true } : { kind: 'honorific', from: prev.first };
  }
  if (lex.speech.has(r.text(k - 1))) return { kind: 'speech', from: k - 1 };
  if (afterPersonInList(r, k)) return { kind: 'list', from: k };
  const source = sourceWordBefore(r, lex, k);
  if (source !== undefined) return { kind: 'speech', from: source };
  let of: string | undefined;
  for (let j = k - 1, steps = 0; j >= 0 && steps < 6; steps++) {
    const m = r.endingAt(j + 1);
    const title = pick(m, 'title');
    if (m && title) return office(m.first, r.g.titles[title.title]?.role, of ?? r.g.titles[title.title]?.country);
    if (lex.slots.has(r.text(j))) return office(j, undefined, of);
    const c = pick(m, 'country') ?? pick(m, 'org');
    const city = pick(m, 'city');
    if (m && (c || city || pick(m, 'bodykind') || pick(m, 'seat'))) {
      // «محافظ الإسكندرية …»: the office of a city is of its state
      if (c) of ??= c.t === 'country' ? c.id.slice(8) : c.id;
      else if (city) of ??= r.g.cities.get(city.id)?.country;
      j = m.first - 1;
      continue;
    }
    if (!officeComplement(r, lex, j, k, claimed)) return undefined;
    j--;
  }
  return undefined;
}

function office(from: number, role: string | undefined, of: string | undefined): Slot {
  const slot: Slot = { kind: 'office', from };
  if (role) slot.role = role;
  if (of) slot.of = of;
  return slot;
}

/**
 * «التقى الرئيس X وسالم الطرهوني», «بحضور X، وأبو خليل»: a name joined by «و»
 * to a person just named (a comma between them or none) is the next member
 * of a list of persons, a slot as an office is.
 */
function afterPersonInList(r: Resolution, k: number): boolean {
  const t = r.doc.tokens[k]!;
  if (!t.analyses.some((a) => a.prefix === 'و')) return false;
  let j = k;
  const comma = r.doc.tokens[j - 1];
  if (comma?.kind === 'punct' && (comma.text === '،' || comma.text === ',')) j--;
  return r.mentions.some((m) => m.last === j && m.kind === 'name' && m.id.startsWith('person:') && r.doc.tokens[m.first]!.sentence === t.sentence);
}

/**
 * «بحسب X», «وفقا لـX», «نقلا عن X»: a word that attributes what follows to a
 * source opens a slot for the source's name, as a verb of saying does. The
 * first token of the phrase, or undefined.
 */
function sourceWordBefore(r: Resolution, lex: NameLexicon, k: number): number | undefined {
  if (k > 0 && lex.source.has(r.text(k - 1))) return k - 1;
  return k > 1 && r.text(k - 1) === 'عن' && lex.source.has(r.text(k - 2)) ? k - 2 : undefined;
}

/**
 * Words between an office and its holder's name: a definite complement, a
 * modifier («السابق»), «لدى» before a state, a comma right before the name,
 * and the noun of an institution before its own name («رئيس نادي الزمالك X»,
 * «مدير شركة النور X»; never right before the name, which would then name
 * the institution: «مستشفى خالد بن كمال»).
 */
function officeComplement(r: Resolution, lex: NameLexicon, j: number, k: number, claimed: boolean[]): boolean {
  const t = r.doc.tokens[j]!;
  const w = r.text(j);
  if (t.kind === 'punct') return (t.text === '،' || t.text === ',') && j === k - 1;
  if (!claimed[j] && (hasArticle(w) || definiteAfterPreposition(t))) return true;
  if (j < k - 1 && (lex.institutions.has(w) || t.analyses.some((a) => a.offset > 0 && lex.institutions.has(a.base.replace(/^ال/, ''))))) return true;
  // «مدير عام …», «أمين عام …»: the adjective of an office without the article
  if (w === 'عام' && j > 0 && lex.slots.has(r.text(j - 1))) return true;
  if (r.inLex('titleModifiers', w)) return true;
  return r.inLex('postedPrepositions', w) && Boolean(pick(r.startingAt(j + 1), 'country') ?? pick(r.startingAt(j + 1), 'org'));
}

/**
 * «المدير التنفيذي للصندوق X», «رئيس الهيئة للشؤون الفنية X», «مدير
 * الإدارة بالوزارة X»: a preposition before a definite noun («للـ», «بالـ») makes it
 * a complement of the office, as the article alone does. Not after «و» or
 * «ف», which join another phrase.
 */
function definiteAfterPreposition(t: { analyses: readonly { prefix: string; base: string; offset: number }[] }): boolean {
  return t.analyses.some((a) => a.prefix !== '' && !/[وف]/.test(a.prefix) && hasArticle(a.base));
}

/** The normalized word of a token for name look-ups: the whole token, or after a proclitic when that leaves a given name («ومحمد», «لجورج»). */
function nameWord(r: Resolution, lex: NameLexicon, k: number): { base: string; offset: number } | undefined {
  const t = r.doc.tokens[k];
  if (!t || t.kind !== 'arabic') return undefined;
  const whole = t.analyses[0]!;
  if (isGiven(lex, whole.base)) return { base: whole.base, offset: 0 };
  const clitic = t.analyses.find((a) => a.offset > 0 && (isGiven(lex, a.base) || a.base === 'عبد' || a.base === 'ابو'));
  return clitic ? { base: clitic.base, offset: clitic.offset } : { base: whole.base, offset: 0 };
}

/** «للشؤون», «بالأمن», «والسياسة»: the article after a proclitic opens a noun phrase, never a name word. */
const ARTICLE_AFTER_CLITIC = /^(لل|[وفبك]ال|وبال|ولل)/;

/** Does a given name of the tables (no common word: «كريم», «أمل» are not enough) stand at token k? */
export function givenNameAt(r: Resolution, k: number): boolean {
  const lex = nameLexicon(r.g);
  const w = r.text(k);
  return isGiven(lex, w) && !lex.weak.has(w);
}

/** Does a given name of the tables stand at token k, a common word too («كريم») or a foreign one («جون»)? */
export function anyGivenNameAt(r: Resolution, k: number): boolean {
  const lex = nameLexicon(r.g);
  const w = r.text(k);
  return isGiven(lex, w) && !barred(r, lex, w);
}

/** A given name of the tables, or a compound of «عبد» written as one word («عبدالحفيظ»). */
function isGiven(lex: NameLexicon, w: string): boolean {
  return lex.given.has(w) || (w.startsWith('عبدال') && w.length > 6);
}

/** Is a word barred from a name (a function word, a stop word, a word the library reads as something else)? */
function barred(r: Resolution, lex: NameLexicon, w: string): boolean {
  if (w.length < 2 || ARTICLE_AFTER_CLITIC.test(w) || lex.stop.has(w) || lex.speech.has(w) || lex.slots.has(w)) return true;
  if (r.inLex('functionWords', w) || r.inLex('nameEnders', w)) return true;
  return (reservedWords(r.g).has(w) || r.inLex('commonShortForms', w)) && !isGiven(lex, w) && !lex.family.has(w);
}

/** «علي» as written with ي (the name Ali), not «على» (on): the original letter tells them apart. */
function isAli(r: Resolution, k: number): boolean {
  const t = r.doc.tokens[k];
  return t !== undefined && t.analyses[0]!.base === 'علي' && originalOf(r, k).endsWith('ي');
}

/** A token as the caller wrote it (the letters normalization folds: ة/ه, ى/ي). */
export function originalOf(r: Resolution, k: number): string {
  const t = r.doc.tokens[k]!;
  const [start, end] = r.doc.norm.map.toOriginal(t.start, t.end);
  return r.doc.original.slice(start, end);
}

/** A name run being read: the next token, what its words were, whether it has ended. */
interface RunScan {
  j: number;
  known: number;
  strong: number;
  parts: number;
  unknown: number;
  overrun: boolean;
  regnal: boolean;
  nisba: boolean;
  done: boolean;
  /** The token after the first name («محمد», «عبد الكريم»): an unknown word with the article right there is a family name («كاظم الساهر»). */
  afterFirst: number;
  /** The token after a word a particle governs («… بن أبي وقاص»): only a family name with the article may follow it there. */
  afterParticle: number;
  /** How many words the tables do not know the run may take: none after «علي» (the preposition «على» as many write it) or after a proclitic other than و. */
  maxUnknown: number;
  /** A foreign given name opened the run: no Arabic article in it, and it may end in a («سيلفا»). */
  foreign: boolean;
}

/**
 * The run of name words from token `k`, opened by a given name (or «أبو»,
 * «عبد») that no particle governs: then particles (بن، آل، أبو، ولد، عبد)
 * with the word they govern, given and family names, name-shaped words the
 * tables do not know. It stops at a stop word, a conjunction («وأحمد» opens
 * the next name of a list), a claimed token, the sentence's end.
 */
function nameRun(r: Resolution, lex: NameLexicon, k: number, slot: Slot | undefined, claimed: boolean[]): Run | undefined {
  const head = nameWord(r, lex, k);
  if (!head || !(isGiven(lex, head.base) || head.base === 'ابو' || head.base === 'عبد')) return undefined;
  if (barred(r, lex, head.base) && !(head.offset === 0 && isAli(r, k))) return undefined;
  if (governedByParticle(r, lex, k)) return undefined;
  const sentence = r.doc.tokens[k]!.sentence;
  const free = (j: number) => j < r.doc.tokens.length && !claimed[j] && r.doc.tokens[j]!.kind === 'arabic' && r.doc.tokens[j]!.sentence === sentence;
  const onlyKnown = head.base === 'علي' || (head.offset > 0 && !r.doc.tokens[k]!.analyses.some((a) => a.offset === head.offset && a.prefix === 'و'));
  const scan: RunScan = { j: k + 1, known: 1, strong: 0, parts: 1, unknown: 0, overrun: false, regnal: false, nisba: false, done: false, afterFirst: k + 1, afterParticle: -1, maxUnknown: onlyKnown ? 0 : MAX_UNKNOWN_WORDS, foreign: lex.foreign.has(head.base) };
  // «أبو زيان», «عبد الكريم»: a particle opening the name governs the word after it
  if (!isGiven(lex, head.base)) {
    if (!free(scan.j) || barred(r, lex, r.text(scan.j))) return undefined;
    scan.j++;
    scan.known++;
    scan.afterFirst++;
  }
  while (!scan.done && scan.j - k < MAX_NAME_WORDS && free(scan.j)) takeNameWord(r, lex, scan, free);
  const run = { first: k, last: scan.j, offset: head.offset, known: scan.known, strong: scan.strong, parts: scan.parts, unknown: scan.unknown, overrun: scan.overrun, regnal: scan.regnal, nisba: scan.nisba };
  return acceptRun(lex, head.base, run, slot, r.doc.guessNames) ? run : undefined;
}

/** «أبو خليل …», «بن زيان»: a given name right after a particle is inside a longer name, whose reading starts at the particle. */
function governedByParticle(r: Resolution, lex: NameLexicon, k: number): boolean {
  const before = r.doc.tokens[k - 1];
  return before !== undefined && before.kind === 'arabic' && before.sentence === r.doc.tokens[k]!.sentence && lex.particles.has(before.analyses[0]!.base);
}

/**
 * Reads the next word of a name run: a particle and the word it governs, the
 * second half of a compound («نور الدين»), a name word of the tables, a
 * name-shaped word; a family name with the article closes the name, any
 * other word ends it before.
 */
function takeNameWord(r: Resolution, lex: NameLexicon, scan: RunScan, free: (j: number) => boolean): void {
  const j = scan.j;
  const w = r.text(j);
  const close = () => {
    scan.j++;
    scan.done = !lex.tails.has(r.text(scan.j));
  };
  if (w.startsWith('و') && !isGiven(lex, w) && r.doc.tokens[j]!.analyses.some((a) => a.prefix === 'و')) scan.done = true;
  else if (lex.particles.has(w)) {
    // a particle governs the word after it («بن أبي وقاص», «عبد الكريم»)
    if (!free(j + 1) || barred(r, lex, r.text(j + 1))) scan.done = true;
    else {
      scan.j += lex.particles.has(r.text(j + 1)) ? 1 : 2;
      scan.known += lex.particles.has(r.text(j + 1)) ? 1 : 2;
      scan.strong++;
      scan.parts++;
      scan.afterFirst = scan.j;
      scan.afterParticle = scan.j;
    }
  } else if (lex.regnal.has(w) && j === scan.afterFirst) {
    // «محمد الخامس», «عباس الأول»: a regnal number right after the given name ends a monarch's name
    scan.j++;
    scan.known++;
    scan.parts++;
    scan.regnal = true;
    scan.done = true;
  } else if (barred(r, lex, w)) scan.done = true;
  else if (lex.tails.has(w)) {
    // «نور الدين», «نصر الله», «سيف الإسلام»: the second half of a compound given name
    scan.j++;
    scan.known++;
    scan.strong++;
  } else if (isGiven(lex, w) || lex.family.has(w) || isAli(r, j)) {
    scan.known++;
    scan.parts++;
    if (!lex.weak.has(w) || lex.family.has(w)) scan.strong++;
    // «آل ثاني», «الصباح»: a family name closes the name
    if (lex.family.has(w) && hasArticle(w)) close();
    else scan.j++;
  } else takeUnknownWord(r, lex, scan, close);
}

/**
 * A name-shaped word the tables do not know may end the name («… الساهر», «… عليوة»).
 * With the article it is a family name right after the first name, after a word a
 * particle governs, after given names the tables know («عبيد حميد الطاير»), or as a
 * nisba («… الجبوري»); after another unknown word it is a noun in apposition
 * («… زيدان المحترف») and the name ends before it. After a word a particle governs
 * only such a family name may follow. One unknown word at most: past it, a further
 * name-shaped word makes the end a guess, and a name of uncertain end is no name
 * we record.
 */
function takeUnknownWord(r: Resolution, lex: NameLexicon, scan: RunScan, close: () => void): void {
  const w = r.text(scan.j);
  const shaped = nameShaped(r, lex, scan.j, scan.foreign);
  const article = hasArticle(w);
  const apposition = article && scan.j !== scan.afterFirst && scan.unknown > 0 && !w.endsWith('ي');
  if (!shaped || apposition || (scan.j === scan.afterParticle && !article)) {
    // «… بن أبي وقاص فاتح»: a word shaped like a name where none may stand leaves the end in doubt
    if (shaped && !article) scan.overrun = true;
    scan.done = true;
    return;
  }
  scan.parts++;
  if (scan.unknown >= scan.maxUnknown) {
    scan.overrun = true;
    scan.done = true;
    return;
  }
  scan.unknown++;
  // «الطهراوي», «المزغني» (and Egypt's «الشناوى»): the article and a closing ي make a nisba (the elatives «الأقصى»,
  // «الكبرى» are stop words)
  if (article && w.endsWith('ي')) scan.nisba = true;
  if (article) close();
  else scan.j++;
}

/**
 * Is the run a name? Two words at least, every one a name word of the tables
 * (given and family names, particles and the words they govern) or shaped
 * like one. A word the tables do not know («… الساهر») is weaker evidence: the
 * name must open with a given name that is no common word, or stand in a slot.
 * A given name that is also a common word («كريم», «سعيد») needs a slot, or a
 * name word after it that is no common word; a kunya («أبو …») needs a slot;
 * a run whose end is uncertain is no name.
 */
function acceptRun(lex: NameLexicon, head: string, run: Run, slot: Slot | undefined, guess: boolean): boolean {
  if (run.overrun || run.known + run.unknown < run.last - run.first) return false;
  const inSlot = slot !== undefined && !slot.weak;
  // «أبو عمر»: a kunya is a name by itself, but only where the context calls for one
  if (head === 'ابو') return inSlot;
  // «عبد الله» alone is one given name
  if (run.parts < 2) return false;
  // «الملك محمد الخامس»: a given name and an ordinal are a monarch only where a title or an honorific calls for a name («وحل محمد الأول»: first)
  if (run.regnal && !inSlot) return false;
  // a word the tables do not know is spelled by guess: only where the caller asks for such names (guessNames; the
  // names after a title keep their own reading, unknownAfterTitle): measured, they cost more precision than they gave
  // recall. A nisba with the article in a slot («الدكتور حسام الطهراوي») is the exception: its vowels follow the
  // pattern of nisbas, and its spellings (al-, el-, none; -awi, -aoui) are returned as aliases
  if (run.unknown > 0 && !guess && !(run.nisba && inSlot)) return false;
  // «كريم جميل»: two common words that are also names are no name without a slot
  if (lex.weak.has(head) && !inSlot) return run.strong > 0 && run.unknown === 0;
  // «أبدى الوزير أمل كبير»: after an office the common word may be its object; with a word outside the tables it needs an honorific or a verb of saying
  return !(lex.weak.has(head) && run.unknown > 0 && !run.nisba && slot?.kind === 'office');
}

/**
 * Can a word the tables do not know be part of a name? Not a word the library
 * reads as something else, with or without its proclitics («بأول», «لدى»); no
 * conjunction before it; no possessive pronoun after it («فريقه», «لها»); no
 * accusative ending («اً»); no verb of the present («يكتب», «تبلغ»); no
 * preposition before a verbal noun, a verb or a noun in ة («لإيقاف», «بنتيجة»).
 * A foreign name takes no Arabic article («… المصنف» is the player's rank, not
 * his name), and a sound plural with it («العائدين») is no family name.
 */
function nameShaped(r: Resolution, lex: NameLexicon, j: number, foreign: boolean): boolean {
  const t = r.doc.tokens[j];
  if (!t || t.kind !== 'arabic') return false;
  const w = t.analyses[0]!.base;
  if (barred(r, lex, w) || /[0-9]/.test(w) || PRONOUN_SUFFIX.test(w) || VERB_SHAPE.test(w)) return false;
  // a foreign name takes no Arabic article; a sound plural with it («العائدين») is no family name
  if (hasArticle(w) && (foreign || /(ين|ون|ات)$/.test(w))) return false;
  if (t.analyses.some((a) => a.offset > 0 && (a.prefix === 'و' || barred(r, lex, a.base)))) return false;
  const written = originalOf(r, j);
  // «لإيقاف», «ليعوض», «بتغلبه»: a preposition before a verbal noun or a verb
  if (/^[لبك][أإ]/.test(written) || /^[لبك](?!تش)[يت][^اويى]/.test(written) || written.includes('ؤ')) return false;
  // «مستشاراً», «برنامجا»: the accusative of a noun; a foreign name may end in a («سيلفا»)
  if (/\u064B$|اً$|ًا$/.test(written) || (!foreign && written.endsWith('ا'))) return false;
  // «فريقه», «حلمه»: the pronoun ه (a name's final letter is ة, which the caller's text keeps apart)
  if (written.endsWith('ه')) return false;
  return !(written.endsWith('ة') && t.analyses.some((a) => a.offset > 0));
}

/** The words of a run, the first without its proclitics. */
function runWords(r: Resolution, run: { first: number; last: number; offset: number }): string[] {
  const words: string[] = [];
  for (let k = run.first; k < run.last; k++) words.push(k === run.first ? (r.doc.tokens[k]!.analyses.find((a) => a.offset === run.offset)?.base ?? r.text(k)) : r.text(k));
  return words;
}

/** The one person named before in the document whose longer name holds the run's words in order, from the same first word. */
function earlierBearer(r: Resolution, run: Run): string | undefined {
  const words = runWords(r, run);
  const found = new Set<string>();
  for (const m of r.mentions) {
    if (m.kind !== 'name' || !m.id.startsWith('person:') || m.first >= run.first || m.last - m.first <= words.length) continue;
    const theirs = runWords(r, m);
    if (theirs[0] === words[0] && inOrder(words, theirs)) found.add(m.id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The one gazetteer person a longer form of a name names: a person of that
 * given name whose written name (two words or more) runs through the span in
 * order, ending on its last word («محمد بن راشد بن سعيد آل مكتوم» ⊃ «محمد بن راشد آل مكتوم»).
 */
function knownLongForm(r: Resolution, run: Run): PersonRecord | undefined {
  const words = runWords(r, run);
  const ids = r.g.byGivenName.get(words[0]!);
  if (!ids) return undefined;
  const found = new Set<PersonRecord>();
  for (const id of ids) {
    const p = r.g.people.get(id);
    if (!p) continue;
    for (const form of [p.name.ar, ...(p.aliases?.ar ?? [])])
      for (const keys of variantKeys(form)) if (keys.length >= 2 && keys[keys.length - 1] === words[words.length - 1] && inOrder(keys, words) && sameFather(r, keys, words)) found.add(p);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The word after a name's first «بن» is the father: a longer form may add
 * grandfathers, never change him («فهد بن سلطان بن عبدالعزيز» is not «فهد بن
 * عبدالعزيز», whose father is Abdulaziz).
 */
function sameFather(r: Resolution, form: string[], run: string[]): boolean {
  const father = (ws: string[]) => (ws.length > 2 && isNasabParticle(r.g, ws[1]!) ? ws[2] : undefined);
  const a = father(form);
  const b = father(run);
  return a === undefined || b === undefined || a === b;
}

/** Do the words of `part` occur in `whole` in the same order? */
function inOrder(part: string[], whole: string[]): boolean {
  let i = 0;
  for (const w of whole) if (w === part[i]) i++;
  return i === part.length;
}

/**
 * «مركز الملك سلمان», «مركز محمد بن راشد»: a title or a name right after an
 * institution noun is part of the institution's name and names no person;
 * the name after such a title goes with it. Marks what it skips as used.
 */
export function namesAnInstitution(r: Resolution, m: M): boolean {
  if (m.offset > 0 || !insideInstitution(r, nameLexicon(r.g), m.first)) return false;
  const next = r.startingAt(m.last);
  if (next && pick(next, 'person') && (pick(m, 'title') || pick(m, 'honorific'))) r.used.add(next);
  return true;
}

/**
 * «مركز الملك سلمان», «جامع الشيخ زايد», «بمستشفى خالد …»: a name after an
 * institution noun in construct names the institution. A noun with the
 * article is in no construct: «المدير التنفيذي للصندوق X», «مدير المستشفى X»
 * name the office's holder.
 */
function insideInstitution(r: Resolution, lex: NameLexicon, from: number): boolean {
  const before = r.doc.tokens[from - 1];
  if (!before || before.kind !== 'arabic') return false;
  return before.analyses.some((a) => lex.institutions.has(a.base));
}

/** Records an unknown person: romanized name and spellings, the Arabic name, the role and state the slot gave, a low confidence. */
function recordUnknown(r: Resolution, run: Run, slot: Slot | undefined): string {
  const { doc } = r;
  const [os, oe] = doc.norm.map.toOriginal(doc.tokens[run.first]!.start + run.offset, doc.tokens[run.last - 1]!.end);
  const ar = doc.original.slice(os, oe).replace(/[\u064B-\u065F\u0640]/g, '').replace(/\s+/g, ' ');
  const { en, aliases } = romanizeName(ar, spellingsOf(r.g));
  const id = `person:~${slug(en) || 'unknown'}`;
  // a word outside the tables lowers the confidence: its spelling is a guess
  const confidence = (slot ? 0.45 : 0.4) - (run.unknown > 0 ? 0.1 : 0);
  r.mention(id, run, 'name', confidence);
  if (!doc.personInfo.has(id)) {
    const roles = (slot?.role && slot.of ? [{ role: slot.role, of: slot.of }] : []) as Role[];
    const info: NonNullable<ReturnType<typeof doc.personInfo.get>> = { name: { en, ar }, roles, confidence, aliases };
    if (slot?.of && /^[A-Z]{2}$/.test(slot.of)) info.country = slot.of;
    doc.personInfo.set(id, info);
  }
  return id;
}

/**
 * Romanization of Arabic person names the way the English press writes them,
 * for persons not in the gazetteer (`name.en`, `aliases`, `id`). Name parts
 * come from tables (data/names.json: given names, particles, «عبد» compounds,
 * family names); other words are spelled letter by letter, with the long
 * vowels the Arabic writes and a short «a» where two consonants open a word.
 */
import { normalizedForm } from '../gazetteer/forms.js';
import { nameTables, type Gazetteer } from '../gazetteer/index.js';

/** A romanized name: the preferred spelling and common alternatives. */
export interface Romanized {
  en: string;
  aliases: string[];
}

interface NameData {
  given: Record<string, string[]>;
  foreignGiven: Record<string, string[]>;
  family: Record<string, string[]>;
  foreignFamily: Record<string, string[]>;
  abd: Record<string, string[]>;
  particles: Record<string, string>;
  regnalNumbers: Record<string, string>;
  compoundTails: Record<string, string[]>;
}

/** The spelling tables of data/names.json, keyed by the normalized Arabic word. */
export interface SpellingTables {
  readonly words: ReadonlyMap<string, string[]>;
  readonly abd: ReadonlyMap<string, string[]>;
  readonly particles: ReadonlyMap<string, string>;
  readonly foreign: ReadonlySet<string>;
  readonly regnal: ReadonlyMap<string, string>;
  /** The second halves of compound given names, with the spellings of the whole name («{}» for the first half's). */
  readonly compounds: ReadonlyMap<string, readonly string[]>;
}

/** The spelling tables (about 1,400 words normalized: built when a name is first romanized, not at import). */
export function spellingTables(): SpellingTables {
  const d = nameTables() as unknown as NameData;
  const key = normalizedForm;
  const words = new Map<string, string[]>();
  const foreign = new Set([...Object.keys(d.foreignGiven), ...Object.keys(d.foreignFamily)].map(key));
  for (const table of [d.foreignFamily, d.foreignGiven, d.family, d.given]) for (const [ar, en] of Object.entries(table)) words.set(key(ar), mergedSpellings(en, words.get(key(ar))));
  const abd = new Map(Object.entries(d.abd).map(([ar, en]) => [key(ar), en] as const));
  const particles = new Map(Object.entries(d.particles).map(([ar, en]) => [key(ar), en] as const));
  const regnal = new Map(Object.entries(d.regnalNumbers).map(([ar, en]) => [key(ar), en] as const));
  const compounds = new Map(Object.entries(d.compoundTails).map(([ar, en]) => [key(ar), en] as const));
  return { words, abd, particles, foreign, regnal, compounds };
}

/**
 * A word that is both a given name and a surname («موريس» Maurice or Morris,
 * «لورانس» Laurence or Lawrence) keeps the spellings of both: the later
 * table's first (given names are read last), the other's as alternatives.
 */
function mergedSpellings(spellings: string[], earlier: string[] | undefined): string[] {
  if (!earlier) return spellings;
  return [...spellings, ...earlier.filter((e) => !spellings.includes(e))];
}

const tablesByGazetteer = new WeakMap<Gazetteer, SpellingTables>();

/** The spelling tables of an extractor (its gazetteer), built on its first name to romanize. */
export function spellingsOf(g: Gazetteer): SpellingTables {
  let tables = tablesByGazetteer.get(g);
  if (!tables) tablesByGazetteer.set(g, (tables = spellingTables()));
  return tables;
}

const VOWEL_LETTERS = 'اويىةآأإ';

const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g', 'ژ': 'zh',
};

/** A sound of a spelled word: a consonant (with the letters it may stand for in a foreign name), or a vowel with its alternative spellings. */
type Unit = { c: string; alt?: string[] } | { v: string[] };

/**
 * Arabic has no p, v, hard g or ch: a foreign name writes them ب, ف, ج/غ, تش,
 * and its c and k both as ك. The first letter is the usual reading, the others
 * alternatives («سكريبال» Skribal or Skripal).
 */
const FOREIGN_ALTERNATIVES: Readonly<Record<string, string[]>> = { 'ب': ['p'], 'ف': ['v'], 'ج': ['g'], 'ك': ['c'] };

/** The short vowel guessed between two consonants opening a word: a, or the e of Maghrebi and Levantine spellings (Mezghani). */
const OPENING_A: Unit = { v: ['a', 'e'] };

/** Romanizes an Arabic name: "Mohammed bin Zayan" for «محمد بن زيان» (the plain string of `romanizeName`). */
export function romanize(arabic: string, tables: SpellingTables): string {
  return romanizeName(arabic, tables).en;
}

/**
 * An Arabic name romanized, part by part: «عبد» joins the next word
 * (Abdulrahman), «بو» joins it Maghrebi-style (Bouaida), «آل» stays apart
 * (Al Thani), the article is «al-»; the alternatives vary one part at a time.
 */
export function romanizeName(arabic: string, tables: SpellingTables): Romanized {
  const parts = nameParts(arabic.replace(/[\u064B-\u065F\u0640]/g, '').split(/\s+/).filter(Boolean), tables);
  if (parts.length === 0) return { en: '', aliases: [] };
  const first = parts.map((p) => p[0]!);
  const en = first.join(' ');
  const aliases = new Set<string>();
  // every part in its second spelling at once («Abdelhafez Ebrahim Mohamed»)
  aliases.add(parts.map((p) => p[1] ?? p[0]!).join(' '));
  // the spellings of the parts combined, the preferred ones first («Mohamed ben Zayan», «Abdelhafiz Ibrahim Mohamed»)
  for (const combo of combinations(parts.map((p) => p.slice(0, 12)), MAX_COMBINATIONS)) aliases.add(combo.join(' '));
  // the press often drops the chain of fathers: first and last part, the first «bin X» kept or not
  const named = parts.filter((p) => !isParticle(p[0]!));
  if (named.length >= 3 && first[first.length - 2] !== 'Al') aliases.add(`${named[0]![0]} ${named[named.length - 1]![0]}`);
  for (const keep of [0, 1]) aliases.add(withoutFathers(first, keep));
  // the English press often drops the article of a family name («الحريري» Hariri, «المزغني» Mezghani)
  for (const a of [en, ...[...aliases].slice(0, 8)]) aliases.add(withoutArticle(a));
  aliases.delete(en);
  return { en, aliases: [...aliases].slice(0, MAX_ALIASES) };
}

/** How many spellings of a name are combined, and returned. */
const MAX_COMBINATIONS = 32;
const MAX_ALIASES = 36;

/** The combinations of one choice per part, in order of preference (the first choices vary last), at most `max`. */
function combinations(choices: string[][], max: number): string[][] {
  let out: string[][] = [[]];
  for (const options of choices) {
    const next: string[][] = [];
    for (const prefix of out) for (const o of options) if (next.length < max * 4) next.push([...prefix, o]);
    out = next;
  }
  // fewer departures from the preferred spelling first
  const departures = (combo: string[]) => combo.reduce((n, w, i) => n + (w === choices[i]![0] ? 0 : 1), 0);
  return out.sort((a, b) => departures(a) - departures(b)).slice(0, max);
}

/** A name without its «bin X» pairs, but the first `keep` of them («Mohammed bin Rashid bin Saeed Al Maktoum» → «Mohammed bin Rashid Al Maktoum»). */
function withoutFathers(words: string[], keep: number): string {
  const out: string[] = [];
  let seen = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'bin' && i + 1 < words.length && i + 2 < words.length && seen++ >= keep) {
      i++;
      continue;
    }
    out.push(words[i]!);
  }
  return out.join(' ');
}

/** A name with the article of its family name (its last word) dropped: «Saad al-Hariri» → «Saad Hariri». */
function withoutArticle(name: string): string {
  return name.replace(/ (?:al|el)-(\p{L})(\p{L}*)$/iu, (_, letter: string, rest: string) => ` ${letter.toUpperCase()}${rest}`);
}

const PARTICLE_WORDS = new Set(['bin', 'bint', 'ibn', 'Abu', 'Al', 'Ould', 'Umm', 'Abi', 'Aba']);
const isParticle = (w: string) => PARTICLE_WORDS.has(w);

/** The spellings of each part of a name, first preferred. */
function nameParts(words: string[], tables: SpellingTables): string[][] {
  const out: string[][] = [];
  // a foreign given name: the other words are foreign too, spelled without Arabic vowel patterns («أوكا هيروشي» Oka Hiroshi)
  const foreign = words.some((w) => tables.foreign.has(normalizedForm(w)) || foreignLetters(w));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = normalizedForm(w);
    const next = words[i + 1];
    // «عبد الله», «عبد الرحمن»: one name
    if (k === 'عبد' && next) {
      out.push(abdName(normalizedForm(next), next, tables));
      i++;
    } else if (k.startsWith('عبدال') && k.length > 5) out.push(abdName(k.slice(3), w.slice(3), tables));
    // «نصر الله», «نور الدين»: a compound given name
    else if (next && tables.compounds.has(normalizedForm(next)) && !tables.particles.has(k)) {
      out.push(compoundName(wordSpellings(w, k, out.length === 0, foreign, tables), tables.compounds.get(normalizedForm(next))!));
      i++;
    }
    // «بو عيدة» is written as one name in Latin letters: Bouaida
    else if (k === 'بو' && next) {
      out.push(joined('Bou', spellWord(next, true)));
      i++;
    } else if (tables.regnal.has(k) && i > 0 && i === words.length - 1) {
      // «محمد الخامس» Mohammed V, «الحسن الثاني» Hassan II: the ordinal of a monarch, and his name without its article
      out.push([tables.regnal.get(k)!]);
      out[out.length - 2] = out[out.length - 2]!.map((x) => x.replace(/^(?:al|el)-(\p{L})/iu, (_, c: string) => c.toUpperCase()));
    } else if (tables.particles.has(k)) {
      const p = tables.particles.get(k)!;
      out.push(p === 'bin' ? ['bin', 'ben'] : [p]);
    } else out.push(wordSpellings(w, k, out.length === 0, foreign, tables));
  }
  return out;
}

/**
 * Letters no Arabic name holds: «تش» (the ch of «تشانغ»), a closing «نغ» (the ng
 * of Chinese and Korean names: «يونغ»), the Persian letters پ چ ڤ گ ژ, and a
 * closing «و» after a consonant in a word of four letters or more (the o of
 * «رينزو», «كاسترو»; Arabic writes a final ū in verbs as «وا», and in short
 * Maghrebi names: «حمو»). A name with such a word is foreign, and
 * spelled without Arabic vowel patterns.
 */
function foreignLetters(word: string): boolean {
  return /تش|نغ$|[پچڤگژ]/.test(word) || (word.length > 3 && /[^اويىءأإآ]و$/.test(word));
}

/** A compound given name in the spellings the press uses (data/names.json compoundTails): joined (Nasrallah, Noureddine) or apart with the article (Nour al-Din). */
function compoundName(first: string[], spellings: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of first.slice(0, 3)) for (const s of spellings) out.push(s.replace('{}', f));
  return [...new Set(out)];
}

/** «عبد» + a divine name: the table's form, else Abdul + name joined, with the Egyptian «Abdel» and spaced forms as alternatives. */
function abdName(key: string, word: string, tables: SpellingTables): string[] {
  const known = tables.abd.get(key);
  if (known) return known;
  const rest = key.startsWith('ال') ? spellWord(word.replace(/^[اأإآ]ل/, ''), false) : spellWord(word, false);
  const out: string[] = [];
  rest.forEach((spelling, i) => {
    const r = spelling.toLowerCase();
    const cap = capitalize(r);
    out.push(`Abdul${r}`, `Abdel${r}`);
    if (i === 0) out.push(`Abdul ${cap}`, `Abdel ${cap}`, `Abd al-${cap}`);
  });
  return out;
}

function joined(head: string, spellings: string[]): string[] {
  return spellings.map((s) => head + s.toLowerCase());
}

/** One word: the tables, else the article and the letters. */
function wordSpellings(word: string, key: string, first: boolean, foreign: boolean, tables: SpellingTables): string[] {
  const known = tables.words.get(key);
  if (known) return known;
  if (key.startsWith('ال') && key.length > 3) {
    const inner = tables.words.get(key.slice(2)) ?? spellWord(word.replace(/^[اأإآ]ل/, ''), false);
    const head = first ? 'Al-' : 'al-';
    return [...inner.map((s) => head + s), ...inner.slice(0, 1).map((s) => `el-${s}`)];
  }
  return spellWord(word, false, foreign);
}

/** The letters of a word not in the tables, with alternatives for «و» (ou / u / o). */
function spellWord(word: string, joinedBou: boolean, foreign = false): string[] {
  const units = foreign ? foreignSoundsOf(word) : soundsOf(word, joinedBou);
  // each vowel in each of its spellings, the preferred ones first («معروف»: Maarouf, Marouf, Maaruf …)
  const spell = (us: Unit[], max = MAX_WORD_SPELLINGS) => combinations(us.map((u) => ('c' in u ? [u.c, ...(u.alt ?? [])] : u.v)), max).map((c) => c.join(''));
  const spelled = spell(units, foreign ? MAX_FOREIGN_SPELLINGS : MAX_WORD_SPELLINGS);
  // a foreign word loses its short vowels too: a short a after its first consonant is an alternative («كحلون» Kahlon)
  if (foreign && units.length > 2 && 'c' in units[0]! && 'c' in units[1]!) spelled.push(...spell([units[0]!, OPENING_A, ...units.slice(1)]));
  // the short a opening a word is a guess: the plain letters are an alternative («مباركة» Mbarka)
  const plain = units.filter((u) => u !== OPENING_A).map((u) => ('c' in u ? u.c : u.v[0]!)).join('');
  // «العلاوي», «السيناوي»: the nisba -awi is written -aoui in the Maghreb's French spelling
  const maghrebi = spelled.filter((x) => x.endsWith('awi')).map((x) => x.replace(/awi$/, 'aoui'));
  const out = [...new Set([...spelled, plain, ...maghrebi])].filter(Boolean).map(capitalize);
  return out.length ? out : [''];
}

/** How many spellings of one word the letters give at most. */
const MAX_WORD_SPELLINGS = 6;
/** A foreign word has more letters of two readings (ب b or p, ف f or v): more of its spellings are kept. */
const MAX_FOREIGN_SPELLINGS = 12;

const capitalize = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/**
 * The sounds of a word: «ا» a long a; «و» and «ي» consonants at the start,
 * after a vowel or before «ا», else the long vowels ou and i; «ع» opening a
 * word a vowel, after a consonant a long «aa» («جعفر» Jaafar); final «ة» and
 * «ى» a; two consonants opening a word take a short a («زيان» Zayan, «كمال» Kamal).
 */
function soundsOf(word: string, joinedBou: boolean): Unit[] {
  const letters = [...word];
  const units: Unit[] = [];
  const isVowelAt = (i: number) => units.length > 0 && 'v' in units[units.length - 1]! && i > 0;
  letters.forEach((ch, i) => {
    const last = i === letters.length - 1;
    const nextCh = letters[i + 1];
    const afterVowel = isVowelAt(i);
    if (ch === 'ا' || ch === 'آ' || ch === 'أ') units.push({ v: ['a'] });
    else if (ch === 'إ') units.push({ v: ['i'] });
    else if (ch === 'ة' || ch === 'ى') units.push({ v: ['a'] });
    else if (ch === 'و') units.push((i === 0 && !joinedBou) || afterVowel || nextCh === 'ا' ? { c: 'w' } : nisbaWaw(letters, i) ? { v: ['aw', 'aou', 'ou'] } : { v: ['ou', 'u', 'o'] });
    // «زايد», «الطاير»: ي between a long a and a closing consonant is y and a short vowel (Zayed, Tayer)
    else if (ch === 'ي' && afterVowel && letters[i - 1] === 'ا' && i === letters.length - 2 && !VOWEL_LETTERS.includes(nextCh ?? 'ا')) units.push({ c: 'y' }, { v: ['e', 'i'] });
    else if (ch === 'ي') units.push((i === 0 && !joinedBou) || (afterVowel && !last && VOWEL_LETTERS.includes(nextCh ?? '')) || nextCh === 'ا' ? { c: 'y' } : { v: ['i', 'ee', 'i'] });
    else if (ch === 'ع') units.push(i === 0 || afterVowel ? { v: ['a'] } : { v: nextCh && !'اويى'.includes(nextCh) ? ['aa', 'a'] : ['a'] });
    else if (ch === 'ئ') units.push({ v: ['e'] });
    else if (ch === 'ؤ') units.push({ v: ['o', 'u'] });
    else if (ch === 'ء') return;
    else if (CONSONANTS[ch]) units.push({ c: CONSONANTS[ch]! });
    else if (/[a-z0-9]/i.test(ch)) units.push({ c: ch });
  });
  // two consonants opening the word: a short a between them
  if (units.length > 2 && 'c' in units[0]! && 'c' in units[1]!) units.splice(1, 0, OPENING_A);
  // «مزغني»: three consonants inside the word take a short a before the third (Mezghani)
  for (let i = 1; i + 3 < units.length; i++) if ('c' in units[i]! && 'c' in units[i + 1]! && 'c' in units[i + 2]!) units.splice(i + 2, 0, { v: ['a', ''] });
  // «رحمن», «جارالله»: three consonants closing the word take a short a before the last (n, h, m, l)
  const n = units.length;
  if (n > 3 && units.slice(n - 3).every((u) => 'c' in u) && /^[nhml]$/.test((units[n - 1] as { c: string }).c)) units.splice(n - 1, 0, { v: ['a'] });
  // «حافظ», «خالد», «ناصر»: a long a before two closing consonants is the pattern CāCiC (Hafez, Khaled, Naser)
  const m = units.length;
  if (m >= 3 && 'c' in units[m - 1]! && 'c' in units[m - 2]! && 'v' in units[m - 3]! && (units[m - 3] as { v: string[] }).v[0] === 'a' && units[m - 3] !== OPENING_A)
    units.splice(m - 1, 0, { v: ['e', 'i'] });
  // a doubled vowel letter written twice (ou + ou) is one vowel
  return units.filter((u, i) => !('v' in u && i > 0 && 'v' in units[i - 1]! && (units[i - 1] as { v: string[] }).v[0] === u.v[0]));
}

/** «علوي», «بدوي»: و between a consonant and a closing ي is the nisba -awi (Alawi, Badawi; Maghrebi Alaoui). */
function nisbaWaw(letters: string[], i: number): boolean {
  return i === letters.length - 2 && letters[i + 1] === 'ي' && i > 0 && !VOWEL_LETTERS.includes(letters[i - 1]!);
}

/**
 * The sounds of a foreign word written in Arabic: the vowel letters stand for
 * the vowels (و o, ي i, ا a; an initial «أو» o), consonant clusters are the
 * original's («ستيوارت»), no Arabic vowel pattern is guessed.
 */
function foreignSoundsOf(word: string): Unit[] {
  const letters = [...word];
  const units: Unit[] = [];
  letters.forEach((ch, i) => {
    const prevVowel = units.length > 0 && 'v' in units[units.length - 1]!;
    if (ch === 'و' && i === 1 && 'اأإآ'.includes(letters[0]!)) units[0] = { v: ['o', 'aw'] };
    // «إيفانز», «ايغور»: ي after an opening alef is one vowel with it (Evans, Igor)
    else if (ch === 'ي' && i === 1 && 'اأإ'.includes(letters[0]!) && !VOWEL_LETTERS.includes(letters[2] ?? 'ا')) units[0] = { v: ['i', 'e', 'ei'] };
    // «لافروف», «إيفانوف», «ميدفيديف»: a closing ف after a vowel letter is the v of Slavic names (Lavrov, Medvedev)
    else if (ch === 'ف' && i === letters.length - 1 && 'وي'.includes(letters[i - 1] ?? '')) units.push({ c: 'v', alt: ['f'] });
    // a closing «و» is o, or the -ow of English names (Bristow, Barlow)
    else if (ch === 'و') units.push(i === 0 || (prevVowel && i < letters.length - 1) ? { c: 'w' } : { v: i === letters.length - 1 ? ['o', 'ow', 'ou', 'u'] : ['o', 'ou', 'u'] });
    // «إنييستا»: ي written twice is i and e (Iniesta)
    else if (ch === 'ي' && letters[i - 1] === 'ي') units.push({ v: ['e', 'y'] });
    else if (ch === 'ي') units.push(i === 0 ? { c: 'y' } : { v: ['i', 'y', 'ee'] });
    else if (ch === 'ا' || ch === 'آ' || ch === 'أ' || ch === 'ى' || ch === 'ة' || ch === 'ع') units.push({ v: ['a'] });
    else if (ch === 'إ') units.push({ v: ['i', 'e'] });
    // «شويبله», «موشيه»: a final ه is a vowel (Schäuble, Moshe); «غ» is a g («زوكربيرغ»)
    else if (ch === 'ه' && i === letters.length - 1) units.push({ v: ['e', 'a', 'eh'] });
    else if (ch === 'غ') units.push(letters[i - 1] === 'ن' ? { c: 'g' } : { v: ['g', 'gh'] });
    else if (ch === 'ئ' || ch === 'ؤ' || ch === 'ء') return;
    // «تشين», «منوتشين»: تش is the ch of the original
    else if (ch === 'ش' && letters[i - 1] === 'ت' && units.length > 0) units[units.length - 1] = { c: 'ch', alt: ['tch'] };
    else if (CONSONANTS[ch]) units.push(FOREIGN_ALTERNATIVES[ch] ? { c: CONSONANTS[ch]!, alt: FOREIGN_ALTERNATIVES[ch] } : { c: CONSONANTS[ch]! });
    else if (/[a-z0-9]/i.test(ch)) units.push({ c: ch });
  });
  // «سكريبل», «ميركل»: a word ending in a consonant and l, r, n or m lost the short vowel between them (Skripal, Merkel)
  const n = units.length;
  if (n > 2 && 'c' in units[n - 1]! && 'c' in units[n - 2]! && /^[lrnm]$/.test((units[n - 1] as { c: string }).c)) units.splice(n - 1, 0, { v: ['e', 'a', ''] });
  return units;
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

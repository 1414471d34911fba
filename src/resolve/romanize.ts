/**
 * Romanization of Arabic person names the way the English press writes them,
 * for persons not in the gazetteer (`name.en`, `aliases`, `id`). Name parts
 * come from tables (data/names.json: given names, particles, «عبد» compounds,
 * family names); other words are spelled letter by letter, with the long
 * vowels the Arabic writes and a short «a» where two consonants open a word.
 */
import names from '../../data/names.json';
import { normalizeText } from '../normalize/index.js';

/** A romanized name: the preferred spelling and common alternatives. */
export interface Romanized {
  en: string;
  aliases: string[];
}

interface NameData {
  given: Record<string, string[]>;
  foreignGiven: Record<string, string[]>;
  family: Record<string, string[]>;
  abd: Record<string, string[]>;
  particles: Record<string, string>;
}

/** The spelling tables, keyed by the normalized Arabic word (built once: constant after load). */
const TABLES = buildTables(names as unknown as NameData);

function buildTables(d: NameData): { words: Map<string, string[]>; abd: Map<string, string[]>; particles: Map<string, string>; foreign: Set<string> } {
  const key = (w: string) => normalizeText(w);
  const words = new Map<string, string[]>();
  const foreign = new Set(Object.keys(d.foreignGiven).map(key));
  for (const table of [d.foreignGiven, d.family, d.given]) for (const [ar, en] of Object.entries(table)) words.set(key(ar), en);
  const abd = new Map(Object.entries(d.abd).map(([ar, en]) => [key(ar), en] as const));
  const particles = new Map(Object.entries(d.particles).map(([ar, en]) => [key(ar), en] as const));
  return { words, abd, particles, foreign };
}

const VOWEL_LETTERS = 'اويىةآأإ';

const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z',
  'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'پ': 'p', 'چ': 'ch', 'ڤ': 'v', 'گ': 'g', 'ژ': 'zh',
};

/** A sound of a spelled word: a consonant, or a vowel with its alternative spellings. */
type Unit = { c: string } | { v: string[] };

/** The short vowel guessed between two consonants opening a word. */
const OPENING_A: Unit = { v: ['a'] };

/** Romanizes an Arabic name: "Mohammed bin Zayan" for «محمد بن زيان» (the plain string of `romanizeName`). */
export function romanize(arabic: string): string {
  return romanizeName(arabic).en;
}

/**
 * An Arabic name romanized, part by part: «عبد» joins the next word
 * (Abdulrahman), «بو» joins it Maghrebi-style (Bouaida), «آل» stays apart
 * (Al Thani), the article is «al-»; the alternatives vary one part at a time.
 */
export function romanizeName(arabic: string): Romanized {
  const parts = nameParts(arabic.replace(/[\u064B-\u065F\u0640]/g, '').split(/\s+/).filter(Boolean));
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

const PARTICLE_WORDS = new Set(['bin', 'bint', 'ibn', 'Abu', 'Al', 'Ould', 'Umm', 'Abi', 'Aba']);
const isParticle = (w: string) => PARTICLE_WORDS.has(w);

/** The spellings of each part of a name, first preferred. */
function nameParts(words: string[]): string[][] {
  const out: string[][] = [];
  // a foreign given name: the other words are foreign too, spelled without Arabic vowel patterns («أوكا هيروشي» Oka Hiroshi)
  const foreign = words.some((w) => TABLES.foreign.has(normalizeText(w)));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const k = normalizeText(w);
    const next = words[i + 1];
    // «عبد الله», «عبد الرحمن»: one name
    if (k === 'عبد' && next) {
      out.push(abdName(normalizeText(next), next));
      i++;
    } else if (k.startsWith('عبدال') && k.length > 5) out.push(abdName(k.slice(3), w.slice(3)));
    // «بو عيدة» is written as one name in Latin letters: Bouaida
    else if (k === 'بو' && next) {
      out.push(joined('Bou', spellWord(next, true)));
      i++;
    } else if (TABLES.particles.has(k)) {
      const p = TABLES.particles.get(k)!;
      out.push(p === 'bin' ? ['bin', 'ben'] : [p]);
    } else out.push(wordSpellings(w, k, out.length === 0, foreign));
  }
  return out;
}

/** «عبد» + a divine name: the table's form, else Abdul + name joined, with the Egyptian «Abdel» and spaced forms as alternatives. */
function abdName(key: string, word: string): string[] {
  const known = TABLES.abd.get(key);
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
function wordSpellings(word: string, key: string, first: boolean, foreign: boolean): string[] {
  const known = TABLES.words.get(key);
  if (known) return known;
  if (key.startsWith('ال') && key.length > 3) {
    const inner = TABLES.words.get(key.slice(2)) ?? spellWord(word.replace(/^[اأإآ]ل/, ''), false);
    const head = first ? 'Al-' : 'al-';
    return [...inner.map((s) => head + s), ...inner.slice(0, 1).map((s) => `el-${s}`)];
  }
  return spellWord(word, false, foreign);
}

/** The letters of a word not in the tables, with alternatives for «و» (ou / u / o). */
function spellWord(word: string, joinedBou: boolean, foreign = false): string[] {
  const units = foreign ? foreignSoundsOf(word) : soundsOf(word, joinedBou);
  // each vowel in each of its spellings, the preferred ones first («معروف»: Maarouf, Marouf, Maaruf …)
  const spell = (us: Unit[]) => combinations(us.map((u) => ('c' in u ? [u.c] : u.v)), MAX_WORD_SPELLINGS).map((c) => c.join(''));
  const spelled = spell(units);
  // a foreign word loses its short vowels too: a short a after its first consonant is an alternative («كحلون» Kahlon)
  if (foreign && units.length > 2 && 'c' in units[0]! && 'c' in units[1]!) spelled.push(...spell([units[0]!, OPENING_A, ...units.slice(1)]));
  // the short a opening a word is a guess: the plain letters are an alternative («مباركة» Mbarka)
  const plain = units.filter((u) => u !== OPENING_A).map((u) => ('c' in u ? u.c : u.v[0]!)).join('');
  const out = [...new Set([...spelled, plain])].filter(Boolean).map(capitalize);
  return out.length ? out : [''];
}

/** How many spellings of one word the letters give at most. */
const MAX_WORD_SPELLINGS = 6;

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
    else if (ch === 'و') units.push((i === 0 && !joinedBou) || afterVowel || nextCh === 'ا' ? { c: 'w' } : { v: ['ou', 'u', 'o'] });
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
    else if (ch === 'و') units.push(i === 0 || (prevVowel && i < letters.length - 1) ? { c: 'w' } : { v: ['o', 'ou', 'u'] });
    else if (ch === 'ي') units.push(i === 0 ? { c: 'y' } : { v: ['i', 'y', 'ee'] });
    else if (ch === 'ا' || ch === 'آ' || ch === 'أ' || ch === 'ى' || ch === 'ة' || ch === 'ع') units.push({ v: ['a'] });
    else if (ch === 'إ') units.push({ v: ['i', 'e'] });
    // «شويبله», «موشيه»: a final ه is a vowel (Schäuble, Moshe); «غ» is a g («زوكربيرغ»)
    else if (ch === 'ه' && i === letters.length - 1) units.push({ v: ['e', 'a', 'eh'] });
    else if (ch === 'غ') units.push({ v: ['g', 'gh'] });
    else if (ch === 'ئ' || ch === 'ؤ' || ch === 'ء') return;
    else if (CONSONANTS[ch]) units.push({ c: CONSONANTS[ch]! });
    else if (/[a-z0-9]/i.test(ch)) units.push({ c: ch });
  });
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

/**
 * Dates in Arabic news: absolute (Gregorian in MSA, Levantine and Maghrebi
 * month names; Hijri, converted by the Umm al-Qura calendar), relative to the
 * publication day (اليوم، أمس، أول أمس، غداً), and weekdays (الأحد الماضي،
 * الثلاثاء المقبل، اليوم الجمعة).
 */
import { addDays, monthDay, validDay, weekdayNear, weekdayOf } from '../dates/days.js';
import { variantKeys } from '../gazetteer/forms.js';
import type { Token } from '../tokenize/index.js';
import { hasArticle } from '../tokenize/index.js';

export interface DateWords {
  gregorianMonths: string[][];
  hijriMonths: string[][];
  weekdays: string[][];
  relative: Record<string, number>;
  past: string[];
  next: string[];
  currentMonth: string[];
  hijriMarker: string[];
  gregorianMarker: string[];
  /** Ordinal day words: index 0 is the first of the month («الأول»), 13 the fourteenth («الرابع عشر»). */
  ordinalDays?: string[][];
  /** «الشهر»: a month named by its place (الماضي، الجاري، المقبل). */
  monthWords?: string[];
  /** «من 12 إلى 14»: the words between the days of a range. */
  rangeWords?: string[];
  /** «14 من يوليو»: a word between the day and the month. */
  dayMonthLinks?: string[];
  /** «اليوم الأخير»: adjectives that make «اليوم» + the word a day's name. */
  dayNameWords?: string[];
}

export interface FoundDate {
  first: number;
  last: number;
  /** YYYY-MM-DD, or null when the day cannot be fixed. */
  day: string | null;
  kind: 'absolute' | 'hijri' | 'relative' | 'weekday';
}

type PhraseKind = 'greg' | 'hijri' | 'weekday' | 'relative' | 'ordinal';

interface Tables {
  phrases: Map<string, { kind: PhraseKind; value: number }>;
  maxLen: number;
  month: Set<string>;
  range: Set<string>;
  link: Set<string>;
  /** The first word of each phrase, with the most words of a phrase that starts with it. */
  heads: Map<string, number>;
  past: Set<string>;
  next: Set<string>;
  current: Set<string>;
  hijriMarker: Set<string>;
  dayNames: Set<string>;
}

const cache = new WeakMap<DateWords, Tables>();
const key = (s: string) => variantKeys(s)[0]?.join(' ') ?? s;

function tables(words: DateWords): Tables {
  let t = cache.get(words);
  if (t) return t;
  const phrases: Tables['phrases'] = new Map();
  let maxLen = 1;
  const put = (form: string, v: { kind: PhraseKind; value: number }) => {
    const k = key(form);
    maxLen = Math.max(maxLen, k.split(' ').length);
    if (!phrases.has(k)) phrases.set(k, v);
  };
  words.gregorianMonths.forEach((forms, i) => forms.forEach((f) => put(f, { kind: 'greg', value: i + 1 })));
  words.hijriMonths.forEach((forms, i) => forms.forEach((f) => put(f, { kind: 'hijri', value: i + 1 })));
  words.weekdays.forEach((forms, i) => forms.forEach((f) => put(f, { kind: 'weekday', value: i })));
  for (const [f, v] of Object.entries(words.relative)) put(f, { kind: 'relative', value: v });
  (words.ordinalDays ?? []).forEach((forms, i) => forms.forEach((f) => put(f, { kind: 'ordinal', value: i + 1 })));
  const heads = new Map<string, number>();
  for (const k of phrases.keys()) {
    const words = k.split(' ');
    heads.set(words[0]!, Math.max(heads.get(words[0]!) ?? 0, words.length));
  }
  t = {
    phrases,
    maxLen,
    heads,
    month: new Set((words.monthWords ?? []).map(key)),
    range: new Set((words.rangeWords ?? []).map(key)),
    link: new Set((words.dayMonthLinks ?? []).map(key)),
    past: new Set(words.past.map(key)),
    next: new Set(words.next.map(key)),
    current: new Set(words.currentMonth.map(key)),
    hijriMarker: new Set(words.hijriMarker.map(key)),
    dayNames: new Set((words.dayNameWords ?? []).map(key)),
  };
  cache.set(words, t);
  return t;
}

const DAY_MS = 86_400_000;
const fmt = (d: Date) => d.toISOString().slice(0, 10);
/** One day module for both languages (src/dates/days.ts); re-exported under its former name. */
export { addDays };

let hijriFormat: Intl.DateTimeFormat | null | undefined;
/** Hijri (Umm al-Qura) → Gregorian day; null when the calendar is unavailable or the date is invalid. */
export function hijriToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  if (hijriFormat === undefined) {
    try {
      hijriFormat = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    } catch {
      hijriFormat = null;
    }
  }
  // tabular estimate (civil epoch), then search around it with the Umm al-Qura calendar
  const jd = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439.5 - 1;
  const estimate = Math.round((jd - 2440587.5) * DAY_MS / DAY_MS) * DAY_MS;
  if (!hijriFormat) return fmt(new Date(estimate));
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const d = new Date(estimate + delta * DAY_MS);
    const parts = hijriFormat.formatToParts(d);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ''));
    if (get('year') === year && get('month') === month && get('day') === day) return fmt(d);
  }
  return null;
}

/** A phrase of the date tables found at a token: its length in tokens, kind, value, and the characters of proclitics. */
type DatePhrase = { len: number; kind: string; value: number; offset: number };

/** What the steps of findDates share: the tokens read, the tables, the publication day. */
interface DateScan {
  tokens: readonly Token[];
  first: number;
  last: number;
  published: string | null;
  future: boolean;
  t: Tables;
}

const baseOf = (s: DateScan, i: number): string => s.tokens[i]?.analyses[0]?.base ?? '';

/** The longest phrase of the date tables that starts at a token (a phrase starts with a base of the token, bases have no spaces). */
function phraseAt(s: DateScan, i: number): DatePhrase | undefined {
  if (i >= s.last) return undefined;
  const tok = s.tokens[i]!;
  let top = 0;
  for (const a of tok.analyses) top = Math.max(top, s.t.heads.get(a.base) ?? 0);
  for (let len = Math.min(top, s.last - i); len >= 1; len--) {
    let rest = '';
    for (let j = i + 1; j < i + len; j++) rest += ' ' + s.tokens[j]!.text;
    for (const a of tok.analyses) {
      const v = s.t.phrases.get(a.base + rest);
      if (v) return { len, ...v, offset: a.offset };
    }
  }
  return undefined;
}

/** The day of the month a single token gives («14», «الثاني»). */
function dayAt(s: DateScan, k: number): number | undefined {
  const x = s.tokens[k]!;
  if (x.kind === 'number') return /^\d{1,2}$/.test(x.text) ? Number(x.text) : undefined;
  const o = phraseAt(s, k);
  return o?.kind === 'ordinal' && o.len === 1 ? o.value : undefined;
}

/**
 * Finds the date expressions in tokens [first, last) and fixes their day
 * against `published` (YYYY-MM-DD or null: then only absolute dates with a year are fixed).
 * With `future` (a planned event), a bare weekday is the coming one.
 */
export function findDates(tokens: readonly Token[], first: number, last: number, published: string | null, words: DateWords, future = false): FoundDate[] {
  const s: DateScan = { tokens, first, last, published, future, t: tables(words) };
  const out: FoundDate[] = [];
  for (let i = first; i < last; i++) {
    const tok = tokens[i]!;
    const numeric = tok.kind === 'number' ? numericDateAt(s, i) : undefined;
    if (numeric) {
      out.push(numeric.date);
      i = numeric.next - 1;
      continue;
    }
    const ordinal = tok.kind === 'number' ? undefined : phraseAt(s, i);
    const dated = dayOfMonthAt(s, i, ordinal);
    const w = dated ? undefined : tok.kind === 'number' ? phraseAt(s, i) : ordinal;
    const found = dated ?? (w?.kind === 'relative' ? relativeAt(s, i, w) : w?.kind === 'weekday' ? weekdayAt(s, i, w) : undefined);
    if (!found) continue;
    if (found.date) out.push(found.date);
    i = found.next - 1;
  }
  return out;
}

/**
 * A date written in figures: day, month and year («12/3/2023», «12-03-2023»,
 * «12.03.2023»; the day first, as Arabic and European papers write it) or the
 * year first («2023/03/12»). Only with a four-figure year, one separator
 * throughout, and a day that exists.
 */
function numericDateAt(s: DateScan, i: number): { date: FoundDate; next: number } | undefined {
  const { tokens, last } = s;
  let parts: string[] | undefined;
  let next = i + 1;
  const one = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/.exec(tokens[i]!.text);
  if (one) parts = [one[1]!, one[3]!, one[4]!];
  else if (i + 4 < last) {
    const [a, p, b, q, c] = tokens.slice(i, i + 5);
    if (a && p && b && q && c && b.kind === 'number' && c.kind === 'number' && p.text === q.text && /^[./-]$/.test(p.text) && p.start === a.end && b.start === p.end && q.start === b.end && c.start === q.end) {
      parts = [a.text, b.text, c.text];
      next = i + 5;
    }
  }
  if (!parts || !parts.every((x) => /^\d+$/.test(x))) return undefined;
  const [x, y, z] = parts.map(Number) as [number, number, number];
  const day = parts[0]!.length === 4 ? validDay(x, y, z) : parts[2]!.length === 4 ? validDay(z, y, x) : null;
  return day ? { date: { first: i, last: next, day, kind: 'absolute' }, next } : undefined;
}

/**
 * A day of a month: a number or an ordinal («الرابع عشر») [+ «من»] + a
 * Gregorian or Hijri month [+ year], or + «الشهر الماضي/الجاري/المقبل» (a month
 * counted from the publication month); two days or a range («يومي الثاني
 * والثالث من أغسطس», «من 12 إلى 14 فيفري») start on the first.
 */
function dayOfMonthAt(s: DateScan, i: number, ordinal: DatePhrase | undefined): { date: FoundDate; next: number } | undefined {
  const { tokens, t, first, last, published } = s;
  const tok = tokens[i]!;
  const dayLen = tok.kind === 'number' && /^\d{1,2}$/.test(tok.text) ? 1 : ordinal?.kind === 'ordinal' ? ordinal.len : 0;
  if (!dayLen || i + dayLen >= last) return undefined;
  let k = i + dayLen;
  if (t.link.has(baseOf(s, k)) && k + 1 < last) k++;
  const m = phraseAt(s, k);
  let dayOfMonth = tok.kind === 'number' ? Number(tok.text) : ordinal!.value;
  let start = i;
  const joined = tok.kind === 'number' ? baseOf(s, i - 1) === 'و' || t.range.has(baseOf(s, i - 1)) : ordinal!.offset > 0;
  const before = tok.kind === 'number' ? i - 2 : i - 1;
  const earlier = joined && before >= first ? dayAt(s, before) : undefined;
  if (earlier !== undefined && earlier < dayOfMonth) {
    dayOfMonth = earlier;
    start = before;
  }
  const after = baseOf(s, k + 1);
  const shift = t.month.has(baseOf(s, k)) ? (t.past.has(after) ? -1 : t.current.has(after) ? 0 : t.next.has(after) ? 1 : undefined) : undefined;
  if (shift !== undefined && k + 1 < last) {
    let day: string | null = null;
    if (published) {
      const months = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 1 + shift;
      day = validDay(Math.floor(months / 12), (months % 12) + 1, dayOfMonth);
    }
    return { date: { first: start, last: k + 2, day, kind: 'absolute' }, next: k + 2 };
  }
  if (!m || (m.kind !== 'greg' && m.kind !== 'hijri')) return undefined;
  let j = k + m.len;
  let year: number | undefined;
  if (j < last && tokens[j]!.kind === 'number' && /^\d{4}$/.test(tokens[j]!.text)) {
    year = Number(tokens[j]!.text);
    j++;
  } else if (j < last && t.current.has(baseOf(s, j))) j++;
  const hijri = m.kind === 'hijri';
  if (hijri && j < last && t.hijriMarker.has(baseOf(s, j))) j++;
  const day = hijri ? (year ? hijriToGregorian(year, m.value, dayOfMonth) : null) : monthDay(m.value, dayOfMonth, year ?? null, published);
  return { date: { first: start, last: j, day, kind: hijri ? 'hijri' : 'absolute' }, next: j };
}

/**
 * «اليوم», «أمس», «غدا»: a day counted from the publication day; a weekday
 * after it confirms it («اليوم الجمعة»), or, printed on another weekday, wins
 * («اليوم الأربعاء» on a Friday: papers print the agency's day). «اليوم
 * الوطني» is a day's name, not today (nothing found; the scan goes on).
 */
function relativeAt(s: DateScan, i: number, w: DatePhrase): { date: FoundDate | undefined; next: number } {
  const { tokens, last, published } = s;
  const after = tokens[i + w.len];
  if (w.value === 0 && after && i + w.len < last && namesADay(s, i + w.len)) return { date: undefined, next: i + 1 };
  let j = i + w.len;
  const next = j < last ? phraseAt(s, j) : undefined;
  if (next?.kind === 'weekday') j += next.len;
  const day = !published ? null : next?.kind === 'weekday' && w.value === 0 && weekdayOf(published) !== next.value ? weekdayNear(published, next.value, 'onOrBefore') : addDays(published, w.value);
  return { date: { first: i, last: j, day, kind: 'relative' }, next: j };
}

/**
 * «اليوم الوطني», «اليوم العالمي», «اليوم الأول», «اليوم الأخير»: «اليوم» and
 * a definite adjective of relation (in «ي»), an ordinal or a word of
 * dayNameWords name a day. «اليوم» before another definite word is today,
 * and that word begins the next phrase («وصل اليوم الرئيس X»).
 */
function namesADay(s: DateScan, j: number): boolean {
  const tok = s.tokens[j]!;
  // («اليوم إلى»: «إلى», written «الى», is no definite word)
  if (tok.kind !== 'arabic' || !hasArticle(tok.text) || tok.text.length < 5) return false;
  const phrase = phraseAt(s, j);
  if (phrase?.kind === 'weekday') return false;
  return phrase?.kind === 'ordinal' || /يه?$/.test(tok.text) || s.t.dayNames.has(key(tok.text));
}

/** A weekday: «الاثنين الماضي», «الاثنين المقبل», a plan's coming one («سيزور موسكو الثلاثاء»), else the last such weekday, today included. */
function weekdayAt(s: DateScan, i: number, w: DatePhrase): { date: FoundDate; next: number } {
  const { t, published, future } = s;
  let j = i + w.len;
  let day: string | null = null;
  const after = baseOf(s, j);
  if (published) {
    const mode = t.past.has(after) ? 'before' : t.next.has(after) ? 'after' : future ? 'onOrAfter' : 'onOrBefore';
    day = weekdayNear(published, w.value, mode);
    if (mode === 'before' || mode === 'after') j++;
  } else if (t.past.has(after) || t.next.has(after)) j++;
  return { date: { first: i, last: j, day, kind: 'weekday' }, next: j };
}

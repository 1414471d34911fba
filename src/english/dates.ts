/**
 * English dates against the publication day: relative words («today»,
 * «yesterday»), weekday names («on Monday» = the latest Monday on or before
 * the day; «last Monday» before it; «next Monday» after it; in a plan clause,
 * the coming one), and month-day dates («March 3», «3 March 2024», «Sept. 3»).
 * The words are data (data/en/dates.json); the arithmetic is src/dates/days.ts.
 */
import { addDays, monthDay, validDay, weekdayNear, type WeekdayMode } from '../dates/days.js';
import type { EnDateWords } from './grammar.js';
import type { EnToken } from './tokens.js';

export interface EnDate {
  first: number;
  last: number;
  /** YYYY-MM-DD or null when the day cannot be fixed. */
  day: string | null;
}

const num = (t: EnToken | undefined): number | null => {
  if (!t) return null;
  const m = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(t.key);
  return m ? Number(m[1]) : null;
};
const dayNumber = (t: EnToken | undefined): number | null => {
  const n = num(t);
  return n !== null && n >= 1 && n <= 31 ? n : null;
};

/** A relative day word or phrase («yesterday», «this afternoon», «last night»): its offset from the publication day. */
function relativeDay(words: EnDateWords, tokens: readonly EnToken[], i: number, day: string | null): EnDate | undefined {
  const next = tokens[i + 1];
  const pair = next && next.sentence === tokens[i]!.sentence ? words.relative.get(`${tokens[i]!.key} ${next.key}`) : undefined;
  const offset = pair ?? words.relative.get(tokens[i]!.key);
  return offset === undefined ? undefined : { first: i, last: i + (pair === undefined ? 1 : 2), day: day ? addDays(day, offset) : null };
}

/**
 * A capitalized weekday, with «last/next/this» before it. A bare weekday is the
 * latest such day, today included — or the coming one when the trigger
 * states a firm plan («will visit China on Thursday»).
 */
function weekdayDate(words: EnDateWords, tokens: readonly EnToken[], from: number, i: number, day: string | null, planned: boolean): EnDate | undefined {
  const t = tokens[i]!;
  const wd = words.weekdays.get(t.key);
  if (wd === undefined || !t.cap) return undefined;
  const prev = i > from ? tokens[i - 1]!.key : '';
  const future = planned;
  const mode: WeekdayMode = words.last.has(prev) ? 'before' : words.next.has(prev) ? 'after' : future ? 'onOrAfter' : 'onOrBefore';
  const first = words.last.has(prev) || words.next.has(prev) || words.this.has(prev) ? i - 1 : i;
  return { first, last: i + 1, day: day ? weekdayNear(day, wd, mode) : null };
}

/**
 * The day of a month and day without a year: the one the publication day
 * points to (src/dates/days.ts), or for a firm plan the next such day on or
 * after it («will host X on May 23» written in February: this May).
 */
function yearless(month: number, d: number, day: string | null, planned: boolean): string | null {
  if (!planned || !day) return monthDay(month, d, null, day);
  const same = validDay(Number(day.slice(0, 4)), month, d);
  return same && same < day ? validDay(Number(day.slice(0, 4)) + 1, month, d) : same;
}

/** «March 3(, 2024)», «3 March (2024)»: a capitalized month beside a day number («May» only so). */
function monthDate(words: EnDateWords, tokens: readonly EnToken[], from: number, to: number, i: number, day: string | null, planned: boolean): EnDate | undefined {
  const t = tokens[i]!;
  const month = words.months.get(t.key);
  if (!month || !t.cap) return undefined;
  let d = i + 1 < to ? dayNumber(tokens[i + 1]) : null;
  let first = i;
  let last = i + 1;
  if (d !== null) last = i + 2;
  else {
    d = i > from ? dayNumber(tokens[i - 1]) : null;
    if (d === null) return undefined;
    first = i - 1;
    // «13-14 February»: a range of days is dated by its first day
    const start = i - 1 > from ? dayNumber(tokens[i - 2]) : null;
    if (start !== null && start < d && /^[-–]$/.test(tokens[i - 2]!.after)) {
      d = start;
      first = i - 2;
    }
  }
  let year: number | null = null;
  const y = last < to ? num(tokens[last]) : null;
  if (y !== null && y >= 1900 && y <= 2100) {
    year = y;
    last++;
  }
  return { first, last, day: year === null ? yearless(month, d, day, planned) : monthDay(month, d, year, day) };
}

/** Date expressions among tokens [from, to), resolved against the publication day. */
export function findDates(words: EnDateWords, tokens: readonly EnToken[], from: number, to: number, day: string | null, planned: boolean): EnDate[] {
  const out: EnDate[] = [];
  for (let i = from; i < to; i++) {
    const found = relativeDay(words, tokens, i, day) ?? weekdayDate(words, tokens, from, i, day, planned) ?? monthDate(words, tokens, from, to, i, day, planned);
    if (!found) continue;
    out.push(found);
    i = Math.max(i, found.last - 1);
  }
  return out;
}

/**
 * English dates against the publication day: today / yesterday / tomorrow,
 * weekday names («on Monday» = the latest Monday on or before the day; «next
 * Monday» after it; in a future clause, the next one), and month-day dates
 * («March 3», «3 March 2024», «Sept. 3»).
 */
import type { EnToken } from './tokens.js';

export interface EnDate {
  first: number;
  last: number;
  /** YYYY-MM-DD or null when the day cannot be fixed. */
  day: string | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const FUTURE = new Set(['will', 'shall', "'ll", 'scheduled', 'expected', 'due', 'set', 'planned', 'plans']);
const RELATIVE: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const d = toDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/**
 * The weekday `wd` (0 = Sunday) relative to `day`: 'onOrBefore' (a reported
 * «on Monday»), 'before' («last Monday»), 'after' («next Monday»), 'onOrAfter' (a plan).
 */
export function weekdayNear(day: string, wd: number, mode: 'onOrBefore' | 'before' | 'after' | 'onOrAfter'): string {
  const cur = toDate(day).getUTCDay();
  let back = (cur - wd + 7) % 7;
  let fwd = (wd - cur + 7) % 7;
  if (mode === 'before' && back === 0) back = 7;
  if (mode === 'after' && fwd === 0) fwd = 7;
  return mode === 'onOrBefore' || mode === 'before' ? addDays(day, -back) : addDays(day, fwd);
}

const valid = (y: number, m: number, d: number): string | null => {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const dt = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(dt.getTime()) || iso(dt) !== s ? null : s;
};

const num = (t: EnToken | undefined): number | null => {
  if (!t) return null;
  const m = /^(\d{1,4})(?:st|nd|rd|th)?$/.exec(t.key);
  return m ? Number(m[1]) : null;
};

/** Date expressions among tokens [from, to), resolved against `day`. */
export function findDates(tokens: readonly EnToken[], from: number, to: number, day: string | null, planned: boolean): EnDate[] {
  const out: EnDate[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const prev = i > from ? tokens[i - 1]!.key : '';
    if (t.key in RELATIVE) {
      out.push({ first: i, last: i + 1, day: day ? addDays(day, RELATIVE[t.key]!) : null });
      continue;
    }
    const wd = WEEKDAYS.indexOf(t.key);
    if (wd >= 0 && t.cap) {
      // a weekday in a future clause («will visit China on Thursday») is the next one
      const win = tokens.slice(Math.max(from, i - 6), i);
      const future = planned && win.some((x, k) => FUTURE.has(x.key) || (x.key === 'to' && ['is', 'are', 'was', 'were'].includes(win[k - 1]?.key ?? '')));
      const mode = prev === 'last' || prev === 'past' ? 'before' : prev === 'next' || prev === 'coming' ? 'after' : future ? 'onOrAfter' : 'onOrBefore';
      const first = prev === 'last' || prev === 'next' || prev === 'past' || prev === 'coming' || prev === 'this' ? i - 1 : i;
      out.push({ first, last: i + 1, day: day ? weekdayNear(day, wd, mode) : null });
      continue;
    }
    const month = MONTHS[t.key];
    if (month && t.cap && !(t.key === 'may' && !(num(tokens[i + 1]) ?? num(tokens[i - 1])))) {
      // «March 3(, 2024)» or «3 March (2024)»
      let d = i + 1 < to ? num(tokens[i + 1]) : null;
      let first = i;
      let last = i + 1;
      if (d !== null && d >= 1 && d <= 31) last = i + 2;
      else {
        d = i > from ? num(tokens[i - 1]) : null;
        if (d !== null && d >= 1 && d <= 31) first = i - 1;
        else d = null;
      }
      let year: number | null = null;
      const y = last < to ? num(tokens[last]) : null;
      if (y !== null && y >= 1900 && y <= 2100) {
        year = y;
        last++;
      }
      if (d === null) continue;
      year ??= day ? Number(day.slice(0, 4)) : null;
      out.push({ first, last, day: year === null ? null : valid(year, month, d) });
    }
  }
  return out;
}

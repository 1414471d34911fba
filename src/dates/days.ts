/**
 * Day arithmetic shared by every language path: days as `YYYY-MM-DD`, in UTC,
 * with no word of any language. The language paths find the words (a weekday,
 * «yesterday», «14 يوليو») and hand the numbers to these functions.
 */

const DAY_MS = 86_400_000;

const toTime = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fmt = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The day `n` days after `day` (before it for a negative `n`). */
export function addDays(day: string, n: number): string {
  return fmt(toTime(day) + n * DAY_MS);
}

/** The weekday of a day, 0 = Sunday. */
export function weekdayOf(day: string): number {
  return new Date(toTime(day)).getUTCDay();
}

/** A calendar day from its parts, or null when no such day exists (30 February) or the year is out of range. */
export function validDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31 || year < 1000 || year > 2999) return null;
  const t = Date.UTC(year, month - 1, day);
  return new Date(t).getUTCMonth() === month - 1 ? fmt(t) : null;
}

/**
 * How a named weekday relates to the publication day: `onOrBefore` — a
 * reported «on Monday» / «الاثنين» is the latest such day, today included;
 * `before` — «last Monday» / «الاثنين الماضي»; `after` — «next Monday» /
 * «الاثنين المقبل»; `onOrAfter` — a plan («will visit on Monday»), the coming one.
 */
export type WeekdayMode = 'onOrBefore' | 'before' | 'after' | 'onOrAfter';

/** The weekday `wd` (0 = Sunday) near `day`, as `mode` says. */
export function weekdayNear(day: string, wd: number, mode: WeekdayMode): string {
  const cur = weekdayOf(day);
  let back = (cur - wd + 7) % 7;
  let fwd = (wd - cur + 7) % 7;
  if (mode === 'before' && back === 0) back = 7;
  if (mode === 'after' && fwd === 0) fwd = 7;
  return mode === 'onOrBefore' || mode === 'before' ? addDays(day, -back) : addDays(day, fwd);
}

/**
 * A day of a month, with its year when the text gives one, else the
 * publication year — and the year before when the month is more than one
 * month after the publication month (a report of 3 January speaks of
 * «30 December» of the year that just ended). Null when no year can be had.
 */
export function monthDay(month: number, dayOfMonth: number, year: number | null, published: string | null): string | null {
  if (year !== null) return validDay(year, month, dayOfMonth);
  if (!published) return null;
  const py = Number(published.slice(0, 4));
  const pm = Number(published.slice(5, 7));
  return validDay(month > pm + 1 ? py - 1 : py, month, dayOfMonth);
}

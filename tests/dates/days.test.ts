import { describe, expect, it } from 'vitest';
import { addDays, monthDay, validDay, weekdayNear, weekdayOf } from '../../src/dates/days.js';

describe('day arithmetic shared by the language paths', () => {
  it('adds and subtracts days across months, years and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-06', 0)).toBe('2024-03-06');
  });

  it('names the weekday, 0 = Sunday', () => {
    expect(weekdayOf('2024-03-03')).toBe(0);
    expect(weekdayOf('2024-03-06')).toBe(3);
  });

  it('finds a weekday near a day in each mode', () => {
    // 2024-03-06 is a Wednesday
    expect(weekdayNear('2024-03-06', 1, 'onOrBefore')).toBe('2024-03-04');
    expect(weekdayNear('2024-03-06', 3, 'onOrBefore')).toBe('2024-03-06');
    expect(weekdayNear('2024-03-06', 3, 'before')).toBe('2024-02-28');
    expect(weekdayNear('2024-03-06', 3, 'after')).toBe('2024-03-13');
    expect(weekdayNear('2024-03-06', 5, 'onOrAfter')).toBe('2024-03-08');
    expect(weekdayNear('2024-03-06', 3, 'onOrAfter')).toBe('2024-03-06');
  });

  it('checks a calendar day', () => {
    expect(validDay(2024, 2, 29)).toBe('2024-02-29');
    expect(validDay(2023, 2, 29)).toBeNull();
    expect(validDay(2024, 13, 1)).toBeNull();
    expect(validDay(24, 1, 1)).toBeNull();
  });

  it('assembles a month day: the given year, else the publication year, else the year before for a month well after the publication month', () => {
    expect(monthDay(3, 3, 2021, '2024-03-06')).toBe('2021-03-03');
    expect(monthDay(3, 3, null, '2024-03-06')).toBe('2024-03-03');
    expect(monthDay(4, 3, null, '2024-03-06')).toBe('2024-04-03');
    expect(monthDay(12, 30, null, '2024-01-03')).toBe('2023-12-30');
    expect(monthDay(3, 3, null, null)).toBeNull();
    expect(monthDay(2, 30, null, '2024-03-06')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { formatDuration, plural, Progress } from '../src/cli-progress.js';

/** A clock the test moves by hand (milliseconds). */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('cli progress line', () => {
  it('says "1 document" and "2 documents"', () => {
    expect(plural(1, 'document')).toBe('1 document');
    expect(plural(2, 'document')).toBe('2 documents');
    expect(plural(1200, 'document')).toBe('1,200 documents');
    const c = clock();
    const p = new Progress(undefined, c.now);
    c.advance(500);
    p.add(100);
    expect(p.line()).toBe('1 document · 2.0/s');
  });

  it('estimates the time left from the rate after the first result, not from a slow start', () => {
    // 3 s of start-up (gazetteer, workers), then 1% of 10 MB every 0.3 s: the run takes 33 s in all
    const c = clock();
    const total = 10_000_000;
    const p = new Progress(total, c.now);
    c.advance(3000);
    for (let i = 0; i < 10; i++) {
      p.add(total / 100);
      c.advance(300);
    }
    // 10% done at 6 s: the rest (90% at 1% per 0.3 s) takes 27 s; counting the start-up would say 54 s
    const eta = p.eta()!;
    expect(eta).toBeGreaterThan(24);
    expect(eta).toBeLessThan(31);
    expect(p.line()).toMatch(/^10 documents · 1\.7\/s · 10% of 9\.5 MB · ETA 0:(2[4-9]|30)$/);
  });

  it('gives no ETA before it has a rate to go by', () => {
    const c = clock();
    const p = new Progress(1_000_000, c.now);
    c.advance(2000);
    p.add(50_000);
    c.advance(200);
    expect(p.eta()).toBeUndefined();
    expect(p.line()).not.toContain('ETA');
  });

  it('sums up a run: documents, failures, time, rate', () => {
    const c = clock();
    const p = new Progress(undefined, c.now);
    for (let i = 0; i < 500; i++) p.add(300, i % 100 === 0);
    c.advance(12_500);
    expect(p.summary()).toBe('500 documents, 5 failed, in 12.5 s (40 documents/s)');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

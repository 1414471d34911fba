/**
 * The command line's progress line and closing summary (stderr). Separate from
 * src/cli.ts so that it can be tested with a fake clock: no I/O of its own.
 */

/** "1 document", "2 documents". */
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** m:ss, or h:mm:ss. */
export function formatDuration(s: number): string {
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const sec = String(t % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Seconds with a precision that suits them: 0.42 s, 12.3 s, 95 s. */
export function formatSeconds(s: number): string {
  return s < 10 ? `${s.toFixed(2)} s` : s < 100 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

const formatRate = (rate: number) => (rate >= 10 ? String(Math.round(rate)) : rate.toFixed(1));

/** The ETA is shown once the rate has been measured this long after the first result, and this share is done. */
const ETA_AFTER_MS = 1000;
const ETA_AFTER_SHARE = 0.02;

/**
 * Counts documents as they come out and renders a line such as
 * `1,200 documents · 410/s · 35% of 4.2 MB · ETA 0:06`.
 *
 * The ETA is the bytes left at the rate measured since the first result, not
 * since the start: start-up (the gazetteer, worker threads) costs a second or
 * more before any document is done, and counting it would predict minutes for
 * a run of seconds.
 */
export class Progress {
  private docs = 0;
  private failed = 0;
  private bytes = 0;
  private readonly started: number;
  private first: { at: number; bytes: number } | undefined;

  constructor(
    /** Input bytes in all, when known (files; not stdin). */
    private readonly total: number | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** A document is done (failed or not); `bytes` is its size in the input. */
  add(bytes: number, failed = false): void {
    this.docs++;
    if (failed) this.failed++;
    this.bytes += bytes;
    this.first ??= { at: this.now(), bytes: this.bytes };
  }

  /** Seconds left, or undefined while it cannot be estimated well. */
  eta(): number | undefined {
    if (!this.total || !this.first) return undefined;
    const share = Math.min(this.bytes / this.total, 1);
    const since = this.now() - this.first.at;
    const done = this.bytes - this.first.bytes;
    if (share >= 1 || share < ETA_AFTER_SHARE || since < ETA_AFTER_MS || done <= 0) return undefined;
    return ((this.total - this.bytes) / done) * (since / 1000);
  }

  /** The progress line (no control characters). */
  line(): string {
    const secs = Math.max((this.now() - this.started) / 1000, 0.001);
    let line = `${plural(this.docs, 'document')} · ${formatRate(this.docs / secs)}/s`;
    if (this.total) {
      line += ` · ${(Math.min(this.bytes / this.total, 1) * 100).toFixed(0)}% of ${formatBytes(this.total)}`;
      const eta = this.eta();
      if (eta !== undefined) line += ` · ETA ${formatDuration(eta)}`;
    }
    return line;
  }

  /** The closing line: documents, errors, time and rate, e.g. `500 documents, 2 failed, in 1.52 s (329 documents/s)`. */
  summary(): string {
    const secs = Math.max((this.now() - this.started) / 1000, 0.001);
    return `${plural(this.docs, 'document')}, ${this.failed.toLocaleString('en')} failed, in ${formatSeconds(secs)} (${formatRate(this.docs / secs)} documents/s)`;
  }
}

/**
 * `normalizeArabic`: the enabled orthographic steps in one pass, with an
 * offset map from every normalized position back to the original string.
 */
import { fail } from '../errors.js';
import { DEFAULT_STEPS, STEPS, type CharStep, type StepName } from './steps.js';

export * from './steps.js';

/** Which steps run: any subset of the step names; unspecified ones keep their default. */
export type NormalizeOptions = Partial<Record<StepName, boolean>>;

export interface OffsetMap {
  /** Original start (UTF-16) of each normalized character. */
  readonly starts: Int32Array;
  /** Original end (exclusive) of each normalized character. */
  readonly ends: Int32Array;
  /** The smallest original span covering the normalized span [start, end). */
  toOriginal(start: number, end: number): [number, number];
}

export interface Normalized {
  /** The normalized text. */
  text: string;
  /** The original text. */
  original: string;
  map: OffsetMap;
}

/** Composes the enabled steps into one per-character function, memoized per character. */
function composeSteps(options: NormalizeOptions | undefined): (ch: string) => string {
  const enabled: CharStep[] = [];
  for (const name of Object.keys(STEPS) as StepName[]) {
    const on = options?.[name] ?? DEFAULT_STEPS[name];
    if (on) enabled.push(STEPS[name]);
  }
  const cache = new Map<string, string>();
  return (ch) => {
    let out = cache.get(ch);
    if (out !== undefined) return out;
    let chars: string[] = [ch];
    for (const step of enabled) {
      const next: string[] = [];
      for (const c of chars) for (const d of step(c)) next.push(d);
      chars = next;
    }
    out = chars.join('');
    cache.set(ch, out);
    return out;
  };
}

const composedDefault = composeSteps(undefined);
/** The default steps' replacement of each UTF-16 unit, filled on first sight. */
const DEFAULT_TABLE: Array<string | undefined> = new Array<string | undefined>(0x10000);
/** Whether the default steps keep each UTF-16 unit as it is (KEPT) or replace it (CHANGED); 0 until first sight. */
const DEFAULT_STATE = new Uint8Array(0x10000);
const KEPT = 1;
const CHANGED = 2;

function checkOptions(options: unknown): NormalizeOptions | undefined {
  if (options === undefined) return undefined;
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    fail('E_OPTIONS', 'normalizeArabic options must be an object', 'options');
  for (const [k, v] of Object.entries(options)) {
    if (!Object.hasOwn(STEPS, k)) fail('E_OPTIONS', `unknown normalization step "${k}"`, `options.${k}`);
    if (typeof v !== 'boolean') fail('E_OPTION_VALUE', `options.${k} must be a boolean`, `options.${k}`);
  }
  return options as NormalizeOptions;
}

/**
 * Normalizes Arabic text for matching and returns the text with an offset map.
 * @param text any string
 * @param options steps to switch on or off (see {@link DEFAULT_STEPS})
 * @throws DiplomaticNerError E_TEXT_TYPE when text is not a string, E_OPTIONS for bad options
 */
export function normalizeArabic(text: string, options?: NormalizeOptions): Normalized {
  if (typeof text !== 'string') fail('E_TEXT_TYPE', `text must be a string, got ${text === null ? 'null' : typeof text}`, 'text');
  const opts = checkOptions(options);
  const step = opts && Object.keys(opts).length > 0 ? composeSteps(opts) : composedDefault;
  const n = text.length;
  // one buffer for both halves of the map: a typed array over 64 bytes is allocated outside the heap, each a cost
  const buffer = new Int32Array(2 * (n + 1));
  const starts = buffer.subarray(0, n + 1);
  const ends = buffer.subarray(n + 1);
  // Characters the steps keep as they are (nearly all) extend a run copied in one slice.
  const table = step === composedDefault ? DEFAULT_TABLE : undefined;
  const parts: string[] = [];
  let outLength = 0;
  let runStart = 0;
  let len = 0;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    let width = 1;
    let rep: string | undefined;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) width = 2;
    }
    if (width === 2) rep = step(text.slice(i, i + 2));
    // ASCII fast path: only white space and the hashtag marks # and _ change.
    else if (code < 0x80 && code > 0x20 && code !== 0x23 && code !== 0x5f) rep = undefined;
    else if (table) {
      // default steps: one look at the state of the unit (most Arabic letters are kept)
      let state = DEFAULT_STATE[code]!;
      if (state === 0) {
        const r = step(text[i]!);
        table[code] = r;
        state = DEFAULT_STATE[code] = r.length === 1 && r.charCodeAt(0) === code ? KEPT : CHANGED;
      }
      rep = state === KEPT ? undefined : table[code];
    } else {
      rep = step(text[i]!);
      if (rep.length === 1 && rep.charCodeAt(0) === code) rep = undefined;
    }
    if (rep === undefined) {
      // kept as is
      if (len < starts.length) {
        starts[len] = i;
        ends[len] = i + width;
        len++;
      }
      i += width;
      continue;
    }
    for (let k = 0; k < rep.length; k++) {
      if (len >= starts.length) break; // cannot happen: expansions are bounded below
      starts[len] = i;
      ends[len] = i + width;
      len++;
    }
    if (i > runStart) parts.push(text.slice(runStart, i));
    if (rep) parts.push(rep);
    outLength += i - runStart + rep.length;
    i += width;
    runStart = i;
  }
  if (runStart === 0) parts.push(text);
  else if (runStart < n) parts.push(text.slice(runStart));
  outLength += n - runStart;
  // NFKC of a ligature can expand one character into several: grow the arrays when needed.
  if (outLength !== len) return slowPath(text, step);
  const out = parts.length === 1 ? parts[0]! : parts.join('');
  return { text: out, original: text, map: makeMap(starts.subarray(0, len), ends.subarray(0, len), n) };
}

/** Used only when an expansion outgrew the arrays (long ligatures such as ﷺ). */
function slowPath(text: string, step: (ch: string) => string): Normalized {
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const rep = step(text.slice(i, i + width));
    for (let k = 0; k < rep.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    out += rep;
    i += width;
  }
  return { text: out, original: text, map: makeMap(Int32Array.from(starts), Int32Array.from(ends), text.length) };
}

function makeMap(starts: Int32Array, ends: Int32Array, originalLength: number): OffsetMap {
  const count = starts.length;
  return {
    starts,
    ends,
    toOriginal(start, end) {
      if (count === 0) return [0, 0];
      const s = start >= count ? originalLength : starts[Math.max(0, start)]!;
      if (end <= start) return [s, s];
      const e = ends[Math.min(end, count) - 1]!;
      return [s, e];
    },
  };
}

/** Just the normalized string. */
export function normalizeText(text: string, options?: NormalizeOptions): string {
  return normalizeArabic(text, options).text;
}

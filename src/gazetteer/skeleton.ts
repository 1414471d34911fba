/**
 * The transliteration skeleton of a normalized Arabic token, for tolerant
 * matching of foreign names: letters that render one Latin sound fold
 * together, inner long vowels and hamza seats drop, doubled letters collapse.
 * «سيرغيه» and «سيرجي» share the skeleton of «سيرجيه».
 */

/** Letter classes: each letter maps to the class it folds into. */
const FOLD: Readonly<Record<string, string>> = {
  // g: ج غ ق ك گ ڨ ; v: ف ڤ ; p: ب پ ; t: ت ط ; s: س ص ; z: ز ذ ظ ; d: د ض ; tch: تش چ
  '\u062C': 'G', '\u063A': 'G', '\u0642': 'G', '\u0643': 'G', '\u06AF': 'G', '\u06A8': 'G',
  '\u0641': 'F', '\u06A4': 'F',
  '\u0628': 'B', '\u067E': 'B',
  '\u062A': 'T', '\u0637': 'T',
  '\u0633': 'S', '\u0635': 'S',
  '\u0632': 'Z', '\u0630': 'Z', '\u0638': 'Z',
  '\u062F': 'D', '\u0636': 'D',
  '\u0686': 'C',
};
/** Long vowels and hamza seats: dropped inside the word. */
const VOWELS = new Set(['\u0627', '\u0648', '\u064A', '\u0621', '\u0624', '\u0626', '\u0649']);
/** Final letters dropped: ه (from ة) and the long vowels. */
const FINALS = new Set(['\u0647', '\u0627', '\u064A', '\u0648']);

/** The skeleton, computed (see {@link skeleton}). */
function compute(token: string): string {
  const n = token.length;
  // final ه / ا / ي / و (the word keeps at least two letters)
  let len = n;
  while (len > 2 && FINALS.has(token[len - 1]!)) len--;
  const parts: string[] = [];
  let last = '';
  for (let i = 0; i < len; i++) {
    const ch = token[i]!;
    if (i > 0 && VOWELS.has(ch)) continue;
    const c = ch === '\u062A' && i + 1 < len && token[i + 1] === '\u0634' ? 'C' : FOLD[ch] ?? ch;
    if (c === 'C' && ch === '\u062A') i++; // تش is one sound
    if (c === last) continue; // doubled letters (every class is one UTF-16 unit)
    parts.push(c);
    last = c;
  }
  const out = parts.join('');
  return n > 0 && out.length === 0 ? token : out;
}

/** Skeletons of the tokens seen, bounded (text vocabularies are small; adversarial ones are cut off). */
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;
/**
 * Only short tokens are kept: V8 makes a slice of 13 units or more a view on the whole string it
 * was cut from, so a longer key would keep its document's text alive.
 */
const MEMO_TOKEN = 12;

export function skeleton(token: string): string {
  if (token.length > MEMO_TOKEN) return compute(token);
  let s = memo.get(token);
  if (s === undefined) {
    if (memo.size >= MEMO_MAX) memo.clear();
    s = compute(token);
    memo.set(token, s);
  }
  return s;
}

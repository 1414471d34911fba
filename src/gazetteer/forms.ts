/**
 * Surface forms of gazetteer entries: normalized token keys, their spelling
 * variants («عبد الله» / «عبدالله»), and the inflected forms of nisba adjectives.
 */
import { normalizeArabic } from '../normalize/index.js';
import { tokenize } from '../tokenize/index.js';

/** Normalized token keys of a written form ([] when nothing is left). */
export function keysOf(form: string): string[] {
  const { text } = normalizeArabic(form);
  return tokenize(text).tokens.map((t) => (t.kind === 'latin' ? t.text.toLowerCase() : t.text));
}

const ABD = '\u0639\u0628\u062F'; // عبد
const ABD_AL = /\u0639\u0628\u062F \u0627\u0644/g; // «عبد ال»
const ABDAL = /\u0639\u0628\u062F\u0627\u0644/g; // «عبدال»

/** The key sequences of a form with its spacing variants. */
export function variantKeys(form: string): string[][] {
  const base = normalizeArabic(form).text;
  const texts = new Set([base]);
  if (base.includes(ABD)) {
    texts.add(base.replace(ABD_AL, '\u0639\u0628\u062F\u0627\u0644'));
    texts.add(base.replace(ABDAL, '\u0639\u0628\u062F \u0627\u0644'));
  }
  const out: string[][] = [];
  for (const t of texts) {
    const keys = tokenize(t).tokens.map((x) => (x.kind === 'latin' ? x.text.toLowerCase() : x.text));
    if (keys.length) out.push(keys);
  }
  return out;
}

const AL = '\u0627\u0644';
const YA = '\u064A';
const TA = '\u0629';

/**
 * Every written form of a nisba adjective given as masculine, feminine or
 * broken plural without the article: with and without ال, sound plurals and duals.
 * «مغربي» → مغربي، المغربي، مغربيون، المغربيين، مغربيان ...
 */
export function adjectiveForms(adjective: string): string[] {
  const a = adjective.trim();
  if (!a) return [];
  const words = a.split(/\s+/);
  const inflect = (w: string): string[] => {
    if (w.endsWith(YA)) return [w, w + '\u0648\u0646', w + '\u064A\u0646', w + '\u0627\u0646'];
    if (w.endsWith(TA) || w.endsWith('\u0647')) {
      const stem = w.slice(0, -1);
      return [w, stem + '\u062A\u0627\u0646', stem + '\u062A\u064A\u0646', stem + '\u0627\u062A'];
    }
    return [w];
  };
  const out = new Set<string>();
  // Multi-word adjectives («كوري جنوبي»): each word inflects in agreement, each takes ال.
  const first = inflect(words[0]!);
  const rest = words.slice(1).map(inflect);
  first.forEach((f, i) => {
    const tail = rest.map((r) => r[Math.min(i, r.length - 1)]!);
    out.add([f, ...tail].join(' '));
    out.add([AL + f, ...tail.map((t) => AL + t)].join(' '));
  });
  return [...out];
}

/**
 * Scraped pages join several items: a headline and body, a source line, tags,
 * «read also» blocks. Relations, coreference and the publication date stay
 * inside their item.
 */
import type { Doc, Item } from './document.js';
import type { Gazetteer } from './gazetteer/index.js';

/** The longest entry of the three lists of line heads, by gazetteer (which never changes once built). */
const longestByGazetteer = new WeakMap<Gazetteer, number>();

/** A line head longer than any entry of the three lists is in none: most lines are paragraphs, not worth cutting and hashing. */
function longestListed(gazetteer: Gazetteer): number {
  let longest = longestByGazetteer.get(gazetteer);
  if (longest === undefined) {
    longest = Math.max(gazetteer.longestInLexicon('sourceLines'), gazetteer.longestInLexicon('tagLines'), gazetteer.longestInLexicon('readAlsoLines'));
    longestByGazetteer.set(gazetteer, longest);
  }
  return longest;
}

/** The kind of item a source, tag or «read also» line starts (by its head, before a colon or a dash). */
function listedKind(gazetteer: Gazetteer, line: string): Item['kind'] | undefined {
  const head = line.replace(/[:：\-–—].*$/u, '').trim();
  if (gazetteer.inLexicon('sourceLines', head) && line.includes(':')) return 'source';
  if (gazetteer.inLexicon('tagLines', head)) return 'tags';
  if (gazetteer.inLexicon('readAlsoLines', head.replace(/[:.!]+$/, ''))) return 'read-also';
  return undefined;
}

/**
 * Can the head listedKind looks up in a (trimmed) line be `longest` characters or fewer? Most
 * lines are paragraphs: their head goes on past that length, and is not worth
 * cutting and hashing. It stops before only at a separator among the first
 * characters, or where the character at `longest` is a separator, a space or
 * a stop («:», «.», «!») that trimming drops.
 */
function mayBeListed(line: string, longest: number): boolean {
  if (line.length <= longest) return true;
  const c = line.charCodeAt(longest);
  if (isSeparator(c) || c === 0x2e || c === 0x21 || /\s/.test(line[longest]!)) return true;
  // codes, not characters: an Arabic character read as a string is a new string
  for (let k = 0; k < longest; k++) if (isSeparator(line.charCodeAt(k))) return true;
  return false;
}

/** The characters that end the head of a line (as in listedKind): «:», «：», «-», «–», «—». */
const isSeparator = (c: number): boolean => c === 0x3a || c === 0xff1a || c === 0x2d || c === 0x2013 || c === 0x2014;

/** Splits the token stream into items at source, tag and «read also» lines. */
export function segment(doc: Doc): Item[] {
  const { tokens, gazetteer } = doc;
  const items: Item[] = [];
  let current: Item = { kind: 'article', first: 0, last: 0, publishedAt: doc.publishedAt };
  const text = doc.norm.text;
  // the next line break at or after the previous token: found once per line, so the pass stays linear
  let nextBreak = text.indexOf('\n');
  const longest = longestListed(gazetteer);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const startsLine = i === 0 || (nextBreak >= 0 && nextBreak < t.start);
    if (nextBreak >= 0 && nextBreak < t.start) nextBreak = text.indexOf('\n', t.end);
    if (!startsLine) continue;
    const lineStart = text.lastIndexOf('\n', t.start) + 1;
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
    const kind = mayBeListed(line, longest) ? listedKind(gazetteer, line) : undefined;
    if (!kind) {
      // after a source or tags line, a new line starts a new article part only for read-also
      if (current.kind === 'source' || current.kind === 'tags') {
        current.last = i;
        items.push(current);
        current = { kind: 'article', first: i, last: i, publishedAt: doc.publishedAt };
      }
      continue;
    }
    current.last = i;
    if (current.last > current.first) items.push(current);
    const inReadAlso = kind === 'read-also' || items.some((x) => x.kind === 'read-also') || current.kind === 'read-also';
    current = { kind, first: i, last: i, publishedAt: inReadAlso ? null : doc.publishedAt };
    if (kind === 'read-also') {
      // the marker line itself is skipped; the item that follows has no date of its own
      const markerEnd = tokens.findIndex((x, k) => k > i && x.start > (lineEnd < 0 ? text.length : lineEnd));
      const next = markerEnd < 0 ? tokens.length : markerEnd;
      current.last = next;
      items.push(current);
      current = { kind: 'article', first: next, last: next, publishedAt: null };
      i = next - 1;
    }
  }
  current.last = tokens.length;
  if (current.last > current.first || items.length === 0) items.push(current);
  return items;
}

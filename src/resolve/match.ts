/**
 * The matching stage: every gazetteer phrase in the tokens (exact, and tolerant
 * of transliteration where nothing exact was found), longest first.
 */
import type { Doc } from '../document.js';
import { findAll, selectLongest, skeleton } from '../gazetteer/index.js';

export function match(doc: Doc): void {
  const g = doc.gazetteer;
  const exact = findAll(doc.tokens, g.entities);
  const tolerant = findAll(doc.tokens, g.tolerant, {
    tolerant: true,
    key: (t) => skeleton(t.analyses[0]!.base),
    firstKeys: (t) => (t.kind === 'arabic' ? t.analyses.map((a) => ({ key: skeleton(a.base), offset: a.offset, prefix: a.prefix })) : []),
  });
  // a tolerant reading needs every word to be a real word of three letters or more («بوريطة قد» is not «بارات جاغديو»)
  const solid = tolerant.filter((m) => {
    for (let k = m.first; k < m.last; k++) {
      const t = doc.tokens[k]!;
      const text = k === m.first ? t.text.slice(m.offset) : t.text;
      if (text.length < 3 || g.inLexicon('functionWords', text)) return false;
    }
    return true;
  });
  doc.matches = selectLongest([...exact, ...solid]);
}

/**
 * References back to persons already named: «معاليه», «سموه» (the person the
 * previous sentence was about), and a name's last word alone («أوغلو» after
 * «مولود جاويش أوغلو»).
 */
import { type M, type Resolution } from './state.js';

/** «معاليه», «سموه»: the person who leads the previous sentence that names one. */
export function resolvePronoun(r: Resolution, m: M, sentence: number): void {
  const item = r.itemOf(m.first);
  const earlier = r.actors.filter((a) => a.type === 'person' && a.sentence < sentence && !a.inPhrase && r.itemOf(a.first) === item);
  const lastSentence = earlier.at(-1)?.sentence;
  const topic = earlier.find((a) => a.sentence === lastSentence && a.first - (r.doc.sentences[a.sentence]?.first ?? 0) <= 8);
  if (!topic) return;
  r.mention(topic.id, m, 'reference', 0.7);
  r.actors.push({ id: topic.id, type: 'person', first: m.first, last: m.last, sentence });
}

/** Shorter last words are too weak to refer to a person alone. */
const SHORTEST_SURNAME = 4;

/**
 * Later mentions by the last word of a name already mentioned in full, on
 * tokens no phrase claimed. A last word shared by two persons of the document
 * refers to neither.
 */
export function corefSurnames(r: Resolution): void {
  const { doc } = r;
  const owners = new Map<string, Set<string>>();
  const firstSeen = new Map<string, number>();
  for (const m of r.mentions) {
    if (m.kind !== 'name' || m.last - m.first < 2 || !m.id.startsWith('person:')) continue;
    const last = doc.tokens[m.last - 1]!.text;
    if (last.length < SHORTEST_SURNAME || r.inLex('commonShortForms', last) || r.inLex('functionWords', last)) continue;
    const set = owners.get(last) ?? new Set<string>();
    set.add(m.id);
    owners.set(last, set);
    firstSeen.set(last, Math.min(firstSeen.get(last) ?? Infinity, m.last));
  }
  if (owners.size === 0) return;
  // the tokens no phrase claimed, walked alongside the matches (sorted by their first token)
  // instead of marked in an array per document
  const matches = doc.matches;
  let next = 0;
  let coveredTo = 0;
  // no reference comes before the first full mention: the walk starts there (the matches before it are caught up at once)
  let start = Infinity;
  for (const k of firstSeen.values()) start = Math.min(start, k);
  for (let k = start; k < doc.tokens.length; k++) {
    while (next < matches.length && matches[next]!.first <= k) coveredTo = Math.max(coveredTo, matches[next++]!.last);
    const t = doc.tokens[k]!;
    if (k < coveredTo || t.kind !== 'arabic') continue;
    for (const a of t.analyses) {
      // a shorter form owns nothing: no look-up (and no hashing of a new string)
      if (a.base.length < SHORTEST_SURNAME) continue;
      const ids = owners.get(a.base);
      if (!ids || ids.size !== 1 || k < (firstSeen.get(a.base) ?? Infinity)) continue;
      const id = ids.values().next().value!;
      r.mentions.push({ id, first: k, last: k + 1, offset: a.offset, kind: 'reference', confidence: 0.8 });
      r.actors.push({ id, type: 'person', first: k, last: k + 1, sentence: t.sentence });
      break;
    }
  }
}

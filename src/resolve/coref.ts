/**
 * References back to persons already named: «معاليه», «سموه» (the person the
 * previous sentence was about), and a name's last word alone («أوغلو» after
 * «مولود جاويش أوغلو»).
 */
import { leadsItsSentence, type Actor } from '../document.js';
import { POSTED_ROLES } from '../gazetteer/notes.js';
import { type M, type Resolution } from './state.js';

/** «معاليه», «سموه»: the person who leads the previous sentence that names one. */
export function resolvePronoun(r: Resolution, m: M, sentence: number): void {
  const topic = topicBefore(r, r.itemOf(m.first), sentence);
  if (!topic) return;
  r.mention(topic.id, m, 'reference', 0.7);
  r.actors.push({ id: topic.id, type: 'person', first: m.first, last: m.last, sentence });
}

/**
 * The topic a pronoun refers to: of the persons named (not inside a phrase) in the last sentence
 * before `sentence` that names one, in the same item, the first named near the start of that
 * sentence. The actors found so far come in the order of the text (resolution walks the matches
 * in order), so the search walks back from the end and stops at the item's start or at the
 * sentence before that one: its time does not grow with the length of the text.
 */
function topicBefore(r: Resolution, item: ReturnType<Resolution['itemOf']>, sentence: number): Actor | undefined {
  const actors = r.actors;
  let last: number | undefined;
  let topic: Actor | undefined;
  for (let k = actors.length - 1; k >= 0; k--) {
    const a = actors[k]!;
    if (a.sentence >= sentence) continue;
    if (last !== undefined && a.sentence < last) break;
    if (r.itemOf(a.first) !== item) break;
    if (a.type !== 'person' || a.inPhrase) continue;
    last ??= a.sentence;
    if (leadsItsSentence(r.doc, a)) topic = a;
  }
  return topic;
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
  // a person made no party to a relation (a name spelled by guess) is none by his surname either
  const actorIds = new Set(r.actors.map((a) => a.id));
  // a surname inside a mention already made («محمد زيان» after «محمد بن زيان») is no mention of its own
  const mentioned = new Set<number>();
  for (const m of r.mentions) for (let k = m.first; k < m.last; k++) mentioned.add(k);
  // the tokens no phrase claimed, walked alongside the matches (sorted by their first token)
  // instead of marked in an array per document
  const matches = doc.matches;
  let next = 0;
  let coveredTo = 0;
  // no reference comes before the first full mention: the walk starts there (the matches before it are caught up at once)
  let start = Infinity;
  for (const k of firstSeen.values()) start = Math.min(start, k);
  for (let k = start; k < doc.tokens.length; k++) {
    while (next < matches.length && matches[next]!.first <= k) {
      const m = matches[next++]!;
      if (!unusedSurname(m, mentioned)) coveredTo = Math.max(coveredTo, m.last);
    }
    const t = doc.tokens[k]!;
    if (k < coveredTo || t.kind !== 'arabic' || mentioned.has(k)) continue;
    for (const a of t.analyses) {
      // a shorter form owns nothing: no look-up (and no hashing of a new string)
      if (a.base.length < SHORTEST_SURNAME) continue;
      const ids = owners.get(a.base);
      if (!ids || ids.size !== 1 || k < (firstSeen.get(a.base) ?? Infinity)) continue;
      const id = ids.values().next().value!;
      r.mentions.push({ id, first: k, last: k + 1, offset: a.offset, kind: 'reference', confidence: 0.8 });
      if (actorIds.has(id)) r.actors.push({ id, type: 'person', first: k, last: k + 1, sentence: t.sentence });
      break;
    }
  }
}

/**
 * «جون ميلر … وقال ميلر»: a match that could only be a gazetteer person's
 * surname, and named nobody here (shared, or of nobody in office), leaves the
 * word free to refer to the person of the document who bears it.
 */
function unusedSurname(m: M, mentioned: ReadonlySet<number>): boolean {
  if (!m.senses.every((s) => s.t === 'person' && s.short)) return false;
  for (let k = m.first; k < m.last; k++) if (mentioned.has(k)) return false;
  return true;
}

/**
 * An envoy told by his post alone («السفير التركي», «سفير تركيا لدى X») is
 * the envoy of that state whom the same item names («سفير تركيا X»): a state
 * has one envoy at a post. Only where the item names one such envoy.
 */
export function namedEnvoys(r: Resolution): void {
  for (const a of r.actors) {
    if (a.type === 'person' || a.inPhrase || a.role === undefined || !POSTED_ROLES.has(a.role)) continue;
    const item = r.itemOf(a.first);
    const named = new Set<string>();
    for (const p of r.actors) {
      if (p.type !== 'person' || p.role !== a.role || r.itemOf(p.first) !== item) continue;
      if (r.actors.some((c) => c.id === a.id && c.inPhrase && c.first >= p.first && c.last <= p.last)) named.add(p.id);
    }
    if (named.size !== 1) continue;
    a.id = [...named][0]!;
    a.type = 'person';
  }
}

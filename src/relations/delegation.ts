/**
 * Delegations: «ترأس X وفدا يضم A وB وC», «يرأس X وفد بلاده الذي يضم A». The
 * members of a delegation travel and meet with the one who leads it: they
 * join his visits of the same item, and the meetings he holds there as a
 * visitor. The words are in data/grammar.json (delegationLeads, memberVerbs,
 * officialNouns).
 */
import type { Actor } from '../document.js';
import { itemOf, stateOf } from '../document.js';
import type { Relation } from '../types.js';
import { anyBaseIn, baseAt, personsListedFrom, type Context } from './clause.js';
import { officialStart } from './participants.js';

interface Delegation {
  head: Actor;
  members: Actor[];
}

/** Adds the members of each delegation the document describes to its head's visits and to his meetings at their places. */
export function delegationMembers(ctx: Context): void {
  for (const d of delegationsOf(ctx)) {
    const item = itemOf(ctx.doc, d.head.first);
    const visits = ctx.relations.filter((r) => r.type === 'visit' && ctx.items.get(r) === item && r.participants.includes(d.head.id));
    if (!visits.length) continue;
    const places = new Set(visits.map((v) => v.location));
    for (const r of ctx.relations) {
      if (ctx.items.get(r) !== item || !r.participants.includes(d.head.id)) continue;
      // (the head's meetings where he is the visitor: at a place he visited, and not the host)
      const joins = r.type === 'visit' || (r.type === 'meeting' && r.source !== d.head.id && (r.location === null || places.has(r.location)));
      if (joins) addMembers(r, d.members);
    }
  }
}

function addMembers(r: Relation, members: readonly Actor[]): void {
  for (const m of members) if (!r.participants.includes(m.id)) r.participants.push(m.id);
}

/** «ترأس X وفدا يضم A وB»: a verb of leading, a delegation noun within three words, a verb of membership within four more, and the persons after it. */
function delegationsOf(ctx: Context): Delegation[] {
  const { doc, grammar } = ctx;
  const out: Delegation[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    if (!anyBaseIn(doc, k, grammar.delegationLeads)) continue;
    const sentence = doc.sentences[doc.tokens[k]!.sentence]!;
    const noun = nextWord(ctx, k + 1, sentence.last, 3, (j) => anyBaseIn(doc, j, grammar.officialNouns));
    const verb = noun < 0 ? -1 : nextWord(ctx, noun + 1, sentence.last, 4, (j) => anyBaseIn(doc, j, grammar.memberVerbs));
    if (verb < 0) continue;
    const actors = ctx.actorsBySentence.get(doc.tokens[k]!.sentence) ?? [];
    // the head: the person right after the verb (VSO), else the last person before it
    const head = actors.find((a) => a.type === 'person' && a.first > k && a.first < noun) ?? actors.filter((a) => a.type === 'person' && a.last <= k).at(-1);
    const members = personsListedFrom(ctx, actors, verb + 1).filter((a) => a.id !== head?.id);
    if (head && members.length) out.push({ head, members });
  }
  return out;
}

/** The first token from `from` (within `words` words, names not counted) that passes the test; -1 when none does. */
function nextWord(ctx: Context, from: number, end: number, words: number, test: (k: number) => boolean): number {
  for (let k = from, n = 0; k < end && n <= words; k++) {
    if (test(k)) return k;
    if (!ctx.covered[k]) n++;
  }
  return -1;
}

/**
 * «استقبل X وفدا أمريكيا. وترأس الوفد الوزير Y»: a delegation that stood for
 * its state in an encounter is its head where the next sentence of the item
 * names him («ترأس/يرأس الوفد Y», «وكان الوفد برئاسة Y»), a person of that state.
 */
export function delegationHeadsNamedLater(ctx: Context): void {
  const { doc } = ctx;
  for (const a of doc.actors) {
    if (a.type !== 'country') continue;
    const start = officialStart(ctx, a);
    if (start === undefined || !doc.gazetteer.inLexicon('delegationNouns', baseAt(doc, start))) continue;
    const head = headNamedNext(ctx, a);
    if (!head) continue;
    const sentence = doc.sentences[a.sentence]!;
    const [from, to] = doc.norm.map.toOriginal(sentence.start, sentence.end);
    for (const r of ctx.relations) {
      if (r.trigger.start < from || r.trigger.start >= to || !r.participants.includes(a.id) || r.participants.includes(head.id)) continue;
      r.participants = r.participants.map((p) => (p === a.id ? head.id : p));
      if (r.source === a.id) r.source = head.id;
    }
  }
}

/** The head of the delegation the next sentence names: a verb of leading and «الوفد», or «الوفد» and «برئاسة», then a person of the state. */
function headNamedNext(ctx: Context, a: Actor): Actor | undefined {
  const { doc, grammar } = ctx;
  const next = doc.sentences[a.sentence + 1];
  if (!next || itemOf(doc, next.first) !== itemOf(doc, a.first)) return undefined;
  for (let k = next.first; k + 1 < next.last; k++) {
    const led = (anyBaseIn(doc, k, grammar.delegationLeads) && doc.gazetteer.inLexicon('delegationNouns', baseAt(doc, k + 1))) || (doc.gazetteer.inLexicon('delegationNouns', baseAt(doc, k)) && anyBaseIn(doc, k + 1, grammar.headedBy));
    if (!led) continue;
    const person = (ctx.actorsBySentence.get(a.sentence + 1) ?? []).find((p) => p.type === 'person' && p.first >= k + 2 && p.first <= k + 4);
    return person && `country:${stateOf(doc, person.id)}` === a.id ? person : undefined;
  }
  return undefined;
}

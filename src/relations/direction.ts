/**
 * Direction: the participant who acted toward the others (CAMEO/PLOVER's
 * source; the other participants are the targets). The trigger's frame
 * (data/triggers.json) names the slot that holds it; these rules read the slot.
 */
import type { TriggerFrame } from '../gazetteer/index.js';
import { anyBaseIn, baseAt, prefixAt, twoWordsAt, type Clause, type Context } from './clause.js';
import type { Parties } from './participants.js';

/** How many words (outside names and titles) may stand between a noun trigger and its governing light verb («أجرى الرئيس X، مساء أمس، اتصالا»). */
const GOVERNOR_REACH = 6;
/** How many words may stand between the trigger and «من» («رسالة خطية من»), and between «من» and its party («من أخيه الرئيس X»). */
const FROM_REACH = 4;
const PARTY_REACH = 3;

/**
 * The entity id of the participant who acted, or null where the parties act
 * mutually or the text does not say. `ids` are the record's participants.
 */
export function sourceOf(ctx: Context, clause: Clause, parties: Parties, ids: readonly string[], frame: TriggerFrame | undefined): string | null {
  const convener = ids.length >= 2 ? convenedBy(ctx, clause, parties, ids) : undefined;
  if (convener) return convener;
  if (!frame?.source || ids.length < 2 || parties.together) return null;
  const slot = frame.source === 'governor' ? governorSlot(ctx, clause) : frame.source;
  if (slot === 'from') return fromParty(ctx, clause, parties, ids);
  if (slot === 'subject') return soleSubject(parties, ids) ?? agentAfter(ctx, clause, parties, ids);
  return null;
}

/**
 * «اجتماع مكة الذي دعا إليه X مع …»: the one who called an encounter
 * (grammar.convenedBy, right after the noun's relative pronoun, within eight
 * words) is its source, the host, however many take part.
 */
function convenedBy(ctx: Context, clause: Clause, parties: Parties, ids: readonly string[]): string | undefined {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (hit.record.pos !== 'noun') return undefined;
  for (let k = hit.last, words = 0; k + 1 < clause.sentence.last && words < 8; k++) {
    if (grammar.convenedBy.has(twoWordsAt(doc, k))) {
      const who = [...parties.subjects, ...parties.objects].find((a) => a.first >= k + 2 && a.first <= k + 4 && ids.includes(a.id));
      return who?.id;
    }
    if (!ctx.covered[k]) words++;
  }
  return undefined;
}

/**
 * A noun of an act («اتصال», «برقية») takes its direction from the light verb
 * that governs it: the subject of a receive verb («تلقى X اتصالا من Y») is the
 * target, so the source is the party after «من»; the subject of a send or make
 * verb («بعث X برقية», «أجرى X اتصالا») is the source; an exchange verb
 * («تبادل X وY برقيات») or no verb at all («في اتصال هاتفي») states no direction.
 */
export function governorSlot(ctx: Context, clause: Clause): 'from' | 'subject' | null {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  let words = 0;
  // (the light verb may be a trigger of its own that opened the clause: «بعث X برقية تهنئة لـY»)
  for (let k = hit.first - 1; k >= Math.max(clause.start - 1, clause.sentence.first) && words <= GOVERNOR_REACH; k--) {
    if (ctx.covered[k] || doc.tokens[k]!.kind === 'punct') continue;
    words++;
    // («وسلم»: every reading of the token, with and without its proclitic)
    for (const { base: b } of doc.tokens[k]!.analyses) {
      if (grammar.exchangeVerbs.has(b)) return null;
      // («نقل X إلى Y رسالة من Z»: who hands a message over carries it; its sender follows «من»)
      if (grammar.receiveVerbs.has(b) || grammar.handVerbs.has(b)) return 'from';
      if (grammar.sendVerbs.has(b) || grammar.makeVerbs.has(b)) return 'subject';
    }
  }
  return receivedAfter(ctx, clause);
}

/**
 * «خلال اتصال هاتفي تلقاه، الأحد، من Y», «رسالة تسلمها من Y»: a verb of
 * receiving right after the noun (a day between), carrying it as its
 * object, makes the party after «من» the source; a verb of making or sending
 * there («أجراه X», «بعثها X») makes its subject the source.
 */
function receivedAfter(ctx: Context, clause: Clause): 'from' | 'subject' | null {
  const { doc, grammar } = ctx;
  for (let k = clause.hit.last, words = 0; k < clause.sentence.last && words < 3; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'punct' || grammar.dayWords.has(t.analyses[0]!.base)) continue;
    words++;
    if (anyBaseIn(doc, k, grammar.receivedIt)) return 'from';
    // («اتصال هاتفي أجراه X مع Y», «رسالة بعثها X إلى Y»: the maker or sender, right after the verb)
    if (anyBaseIn(doc, k, grammar.madeIt)) return 'subject';
  }
  return null;
}

/** «تلقى X اتصالا هاتفيا من Y», «رسالة من Y»: the participant right after «من», near the trigger. */
export function fromParty(ctx: Context, clause: Clause, parties: Parties, ids: readonly string[]): string | null {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  let words = 0;
  let at = -1;
  for (let k = hit.last; k < clause.sentence.last && words <= FROM_REACH && at < 0; k++) {
    if (grammar.messageFrom.has(baseAt(doc, k))) at = k;
    if (!ctx.covered[k]) words++;
  }
  if (at < 0) return null;
  const party = [...parties.subjects, ...parties.objects].find((a) => a.first > at && a.first - at <= PARTY_REACH && ids.includes(a.id));
  return party?.id ?? null;
}

/** The subject slot holds the source only when it names one participant («استقبل X وY الضيف» names two hosts: no single source). */
export function soleSubject(parties: Parties, ids: readonly string[]): string | null {
  const subjects = new Set(parties.subjects.map((a) => a.id).filter((id) => ids.includes(id)));
  return subjects.size === 1 ? [...subjects][0]! : null;
}

/**
 * Where nothing stands before the trigger, its agent follows it: the subject of
 * a verb that opens its clause (VSO: «هنأ الرئيس X، الأحد، نظيره Y»), the
 * genitive of a noun («استقبال X لـY»). It is the first participant after the
 * trigger, unless a preposition introduces it («مع», «من», «إلى», «لـ»).
 */
export function agentAfter(ctx: Context, clause: Clause, parties: Parties, ids: readonly string[]): string | null {
  if (parties.subjects.length) return null;
  const first = parties.objects.find((a) => a.first >= clause.hit.last && ids.includes(a.id));
  if (!first) return null;
  const { doc, grammar } = ctx;
  const before = baseAt(doc, first.first - 1);
  if (grammar.prepositions.has(before) || /[بلك]$/.test(prefixAt(ctx, first.first))) return null;
  return first.id;
}

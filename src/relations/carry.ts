/**
 * Messages carried by an envoy: «تسلم الرئيس X رسالة خطية من Y، سلمها له Z»,
 * «سلم Z الرئيس X رسالة من Y», «وجه Y رسالة إلى X حملها إليه Z». The message
 * is between sender and recipient; the carrier met the recipient to hand it
 * over. The verbs are in data/grammar.json (receiveVerbs, handVerbs,
 * sendVerbs, carriedBy).
 */
import type { Actor } from '../document.js';
import { actorFor, baseAt, canTakePart, prefixAt, type Clause, type Context } from './clause.js';

export interface Carried {
  sender: Actor;
  recipient: Actor;
  carrier: Actor | undefined;
  /** A place the carrier went to («حملها إليه أمس إلى طهران»). */
  destination: Actor | undefined;
  /** The day of the reception at which it was handed over, told before it in the sentence. */
  receivedOn?: string | null;
}

/** A reception told before a message in its sentence: its host, its guest, its day. */
interface Reception {
  host: Actor;
  guest: Actor;
  day: string | null;
}

/** How far (in tokens) a sender may follow the message noun («رسالة خطية من»), and a carrier its verb. */
const NEAR = 4;
const CARRIER_REACH = 8;

/** Is the word a verb of receiving, handing over or sending a message («وأبلغ»: with or without its «و»)? */
function verbKind(grammar: Context['grammar'], b: string): 'receive' | 'hand' | 'send' | undefined {
  return grammar.receiveVerbs.has(b) ? 'receive' : grammar.handVerbs.has(b) ? 'hand' : grammar.sendVerbs.has(b) ? 'send' : undefined;
}

export function carriedMessage(ctx: Context, clause: Clause): Carried | undefined {
  const { doc, grammar } = ctx;
  const { hit, sentence, inSentence } = clause;
  if (hit.record.type !== 'message') return undefined;
  const base = (k: number) => baseAt(doc, k);
  const parties = inSentence.filter((a) => canTakePart(a) && a.type !== 'city');
  const after = (k: number, reach: number) => parties.find((a) => a.first >= k && a.first - k <= reach);
  const afterWord = (words: ReadonlySet<string>, from: number, to: number) => {
    for (let k = from; k < to; k++) if (words.has(base(k))) return k;
    return -1;
  };

  // the verb that frames the message: the nearest receive, hand or send verb before the noun (or the trigger's own first word)
  let verb = -1;
  let kind: 'receive' | 'hand' | 'send' | undefined;
  for (let k = hit.first; k >= Math.max(sentence.first, hit.first - 20); k--) {
    kind = k === hit.first ? verbKind(grammar, base(k).slice(hit.offset)) : doc.tokens[k]!.analyses.map((a) => verbKind(grammar, a.base)).find(Boolean);
    if (kind) {
      verb = k;
      break;
    }
  }
  if (!kind) return undefined;
  const between = parties.filter((a) => a.first > verb && a.last <= hit.first);
  // «رسالة (خطية) من Y»
  const from = afterWord(grammar.messageFrom, hit.last, Math.min(sentence.last, hit.last + NEAR));
  let sender = from >= 0 ? after(from + 1, 0) : undefined;
  // «سلمها له Z», «حملها إليه أمس إلى طهران Z»
  const by = afterWord(grammar.carriedBy, hit.last, sentence.last);
  const carrierAfter = by >= 0 ? parties.find((a) => a.type === 'person' && a.first > by && a.first - by <= CARRIER_REACH) : undefined;
  const destination =
    by >= 0 ? inSentence.find((a) => (a.type === 'city' || a.type === 'country') && a.first > by && (!carrierAfter || a.first < carrierAfter.first) && grammar.destinationWords.has(base(a.first - 1))) : undefined;
  // («إلى الرئيس X», «للأمين العام»: the recipient after «إلى» or «لـ»)
  const toward = (k: number) =>
    parties.find((a) => a.first > k && (grammar.destinationWords.has(base(a.first - 1)) || /^و?ل+$/.test(prefixAt(ctx, a.first))) && a.first < (by >= 0 ? by : sentence.last));
  let recipient: Actor | undefined;
  let carrier = carrierAfter;
  if (kind === 'receive') {
    // «تسلم الرئيس X رسالة», «الرئيس X تسلم رسالة»
    recipient = between[0] ?? [...parties].reverse().find((a) => a.type === 'person' && a.last <= verb);
  } else if (kind === 'hand') {
    // «سلم Z الرئيس X رسالة من Y», «نقل Z إلى X رسالة من Y»
    carrier ??= between[0] ?? [...parties].reverse().find((a) => a.type === 'person' && a.last <= verb);
    recipient = between.find((a) => a !== carrier) ?? toward(verb);
    // «نقل Z تحيات X إلى Y»: the greetings' genitive is their sender
    sender ??= parties.find((a) => a.type === 'person' && a.first === hit.last && a !== carrier && a !== recipient);
  } else {
    // «وجه Y (دعوة) إلى X ... في رسالة حملها إليه Z»
    sender ??= between[0] ?? [...parties].reverse().find((a) => a.type === 'person' && a.last <= verb);
    recipient = toward(verb);
  }
  // («استقبل X Y الذي سلمه رسالة من Z», «…، وتسلم منه رسالة»: no party between the verb and the noun)
  const reception = between.length === 0 && !(kind === 'hand' && toward(verb)) ? receptionBefore(ctx, clause) : undefined;
  if (reception) ({ sender, recipient, carrier } = atReception(kind, reception, sender, recipient));
  if (!sender || !recipient || sender.id === recipient.id) return undefined;
  if (carrier && (carrier.id === sender.id || carrier.id === recipient.id)) carrier = undefined;
  return { sender, recipient, carrier, destination: carrier ? destination : undefined, ...(reception ? { receivedOn: reception.day } : {}) };
}

/**
 * The sides of a message told at a reception: handed or received, the guest
 * carried it to the host; sent («استقبل X Y، وحمله رسالة إلى W»), the host
 * entrusted the guest with a message of his own, not yet handed over.
 */
function atReception(
  kind: 'receive' | 'hand' | 'send',
  reception: Reception,
  sender: Actor | undefined,
  recipient: Actor | undefined,
): { sender: Actor | undefined; recipient: Actor | undefined; carrier: Actor | undefined } {
  if (kind === 'send') return { sender: reception.host, recipient, carrier: undefined };
  return { sender, recipient: reception.host, carrier: reception.guest };
}

/**
 * «استقبل X Y الذي سلمه رسالة من Z», «…، وتسلم منه رسالة خطية من Z», «الذي
 * نقل إليه تحيات Z»: where the sentence told a reception before the message,
 * and the verb of handing or receiving names the other side by a pronoun only,
 * the guest carried the message and the host received it. The reception is the
 * last encounter with a host made from an earlier trigger of the sentence.
 */
function receptionBefore(ctx: Context, clause: Clause): Reception | undefined {
  let found: Reception | undefined;
  for (const h of clause.sameSentence) {
    if (h.first >= clause.hit.first) break;
    const r = ctx.made.get(h);
    if (r?.type !== 'meeting' || !r.source || r.participants.length !== 2) continue;
    const guest = r.participants.find((p) => p !== r.source);
    if (guest) found = { host: actorFor(r.source, clause), guest: actorFor(guest, clause), day: r.date };
  }
  return found;
}

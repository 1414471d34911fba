/**
 * When: the day of an interaction, from the date expressions of its sentence.
 * Each expression belongs to the trigger nearest to it; one before «أن»
 * belongs to the saying; a plan or a purpose takes only a later one.
 */
import { baseAt, inDateline, inTimeClause, isPurposeNoun, oneClause, punctBetween, type Clause, type Context } from './clause.js';
import { findDates, type DateWords, type FoundDate } from './dates.js';
import type { TriggerHit } from './hits.js';
import { phraseStarts } from '../gazetteer/index.js';

export function dateOf(ctx: Context, clause: Clause): string | null {
  const { doc } = ctx;
  const { hit, sentence } = clause;
  const words = doc.gazetteer.data.dates as DateWords;
  // the expressions of a sentence are found once (per reading: forward-looking or not)
  // (the publication day is the item's: a sentence split between items is read again for the other)
  const key = hit.sentence * 2 + (clause.future ? 1 : 0);
  const published = clause.item.publishedAt;
  ctx.dates ??= new Map();
  let known = ctx.dates.get(key);
  if (!known || known.published !== published) {
    known = { published, found: findDates(doc.tokens, sentence.first, sentence.last, published, words, clause.future) };
    ctx.dates.set(key, known);
  }
  const dates = known.found;
  const timeClause = inTimeClause(ctx, hit);
  const distance = (h: TriggerHit, first: number, last: number) => (first >= h.last ? first - h.last : h.first - last);
  // a trigger that looks forward cannot claim a date before it
  const looksForward = (h: TriggerHit) => Boolean(h.record.planned || h.record.purpose) || isPurposeNoun(ctx, h);
  const own = dates.filter((d) => {
    if (d.first < clause.start && clause.complementizer >= 0) return false;
    // a stated plan («سيزور»), a purpose («للقاء»), an agreement referred back to («بالاتفاق الموقع بين») or an event in a clause of time («بعد أيام على استقباله») takes only a
    // later date; the imperfect of news may take an earlier one
    if ((hit.record.planned || hit.record.concluded || clause.purpose || timeClause) && d.first < hit.first) return false;
    const mine = distance(hit, d.first, d.last);
    // only a trigger that reports an event competes («إذا تم توقيع الاتفاق يوم 4 يونيو عندما يلتقي»: the day is the meeting's)
    return !clause.sameSentence.some(
      // (a generic «بحثا خلالها» continues an event and claims no day from it)
      (h) =>
        h !== hit &&
        ctx.reported.has(h) &&
        !h.record.afterSubject &&
        (d.first >= h.last || !looksForward(h)) &&
        distance(h, d.first, d.last) < mine &&
        !governs(ctx, hit, h, d) &&
        !acrossComma(ctx, d, h, hit),
    );
  });
  // (the first of the nearest, as a stable sort would give)
  let nearest: FoundDate | undefined;
  for (const d of own) if (!nearest || Math.abs(d.first - hit.first) < Math.abs(nearest.first - hit.first)) nearest = d;
  if (nearest) return nearest.day;
  // «مؤتمر صحفي صباح الاثنين، أعقبه لقاء ...»: an encounter that follows another takes its day
  if (clause.prevHit && ctx.grammar.sequenceWords.has(baseAt(doc, hit.first - 1))) return ctx.made.get(clause.prevHit)?.date ?? null;
  return circumstance(ctx, clause) ? leadDay(ctx, clause, words) : null;
}

/**
 * «خلال لقائه», «في اتصال هاتفي»: the encounter is the circumstance of what
 * someone said, and the first event of its sentence. (A visit spans days: what
 * was said during it does not date it.)
 */
function circumstance(ctx: Context, clause: Clause): boolean {
  const { hit } = clause;
  const before = baseAt(ctx.doc, hit.first - 1);
  if (hit.record.pos !== 'noun' || hit.record.type === 'visit' || hit.prefix) return false;
  if (clause.sameSentence.some((h) => h.last <= hit.first && ctx.reported.has(h))) return false;
  return ctx.grammar.during.has(before) || ctx.grammar.inIndefinite.has(before);
}

/**
 * «أكدت مصر أمس ... وقال وزير الخارجية في اتصال هاتفي مع نظيره ...»: the day of
 * the lead that reports the same statement, from the sentences just before in
 * the item, as long as none of them reports an event of its own.
 */
function leadDay(ctx: Context, clause: Clause, words: DateWords): string | null {
  const { doc } = ctx;
  const firstSentence = doc.tokens[clause.item.first]!.sentence;
  for (let s = clause.hit.sentence - 1; s >= Math.max(firstSentence, clause.hit.sentence - 2); s--) {
    if ((ctx.hitsBySentence.get(s) ?? []).some((h) => ctx.reported.has(h))) return null;
    const sentence = doc.sentences[s]!;
    // not from a dateline («عين اليوم – جدة»)
    const day = findDates(doc.tokens, Math.max(sentence.first, clause.item.first), sentence.last, clause.item.publishedAt, words).find((d) => d.day && !inDateline(ctx, d.first))?.day;
    if (day) return day;
  }
  return null;
}

/**
 * «يزور X المملكة اليوم، حيث يلتقي Y»: a comma closes the clause of the date;
 * a trigger past the comma does not take it from the trigger on the date's own
 * side.
 */
function acrossComma(ctx: Context, d: FoundDate, other: TriggerHit, hit: TriggerHit): boolean {
  const [a, b] = other.first >= d.last ? [d.last, other.first] : [other.last, d.first];
  const [c, e] = hit.first >= d.last ? [d.last, hit.first] : [hit.last, d.first];
  return punctBetween(ctx.doc, a, b) && !punctBetween(ctx.doc, c, e);
}

/** A date between a verb and a noun of one clause dates both. */
function governs(ctx: Context, hit: TriggerHit, other: TriggerHit, d: FoundDate): boolean {
  const [x, y] = hit.first <= other.first ? [hit, other] : [other, hit];
  return d.first >= x.last && d.last <= y.first && oneClause(ctx, hit, other);
}

/** «من المقرر أن يزور», «يعتزم»: a plan stated as fact, anywhere before the trigger in its sentence. */
export function statedAsPlan(ctx: Context, clause: Clause): boolean {
  const { doc, grammar } = ctx;
  const leads = phraseStarts(grammar.planMarkers);
  for (let k = clause.sentence.first; k < clause.hit.first; k++) {
    const word = baseAt(doc, k);
    if (grammar.planMarkers.has(word) || (leads.has(word) && grammar.planMarkers.has(`${word} ${baseAt(doc, k + 1)}`))) return true;
  }
  return false;
}

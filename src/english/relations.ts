/**
 * English relations: trigger verbs in every tense (compromise conjugates the
 * lemmas), trigger nouns («talks with», «a visit to», «a phone call»), the
 * subject on the left (the nearest non-oblique actor group, or the «by» phrase
 * of a passive), objects on the right («with», «between», direct objects),
 * destinations of visits, locations, dates, topics, modality (hopes and
 * invitations are no relations; firm plans are `planned`).
 */
import { compromise } from './nlp.js';
import type { Gazetteer } from '../gazetteer/index.js';
import type { Relation, RelationType } from '../types.js';
import { findDates } from './dates.js';
import type { Unit } from './entities.js';
import type { EnIndex } from './lexicon.js';
import type { EnSentence, EnToken } from './tokens.js';

type Subject = 'actor' | 'host' | 'visitor';
interface TriggerDef {
  type: RelationType;
  subject: Subject;
  /** What must follow for the word to count. */
  needs?: 'with' | 'agreement' | 'object' | 'to' | 'phone';
  cameo: string;
  plover: { type: string; mode?: string };
}

const CONSULT = (mode: string) => ({ type: 'CONSULT', mode });
const MEET: TriggerDef = { type: 'meeting', subject: 'actor', cameo: '040', plover: CONSULT('meeting') };
const HOST: TriggerDef = { type: 'meeting', subject: 'host', cameo: '043', plover: CONSULT('visit') };
const CALL: TriggerDef = { type: 'call', subject: 'actor', cameo: '041', plover: CONSULT('phone') };
const VISIT: TriggerDef = { type: 'visit', subject: 'visitor', cameo: '042', plover: CONSULT('visit') };
const MESSAGE: TriggerDef = { type: 'message', subject: 'actor', cameo: '051', plover: CONSULT('correspondence') };
const SIGN: TriggerDef = { type: 'agreement', subject: 'actor', needs: 'agreement', cameo: '057', plover: { type: 'AGREE' } };
const NEGOTIATE: TriggerDef = { type: 'negotiation', subject: 'actor', cameo: '046', plover: CONSULT('negotiation') };

/** Verb lemmas and what they trigger. */
const VERBS: Array<[string, TriggerDef]> = [
  ['meet', MEET],
  ['confer', { ...MEET, needs: 'with' }],
  ['discuss', { ...MEET, needs: 'with' }],
  ['talk', { ...MEET, needs: 'with' }],
  ['host', HOST],
  ['receive', { ...HOST, needs: 'object' }],
  ['welcome', { ...HOST, needs: 'object' }],
  ['greet', { ...HOST, needs: 'object' }],
  ['phone', CALL],
  ['telephone', CALL],
  ['call', { ...CALL, needs: 'phone' }],
  ['visit', VISIT],
  ['arrive', VISIT],
  ['travel', { ...VISIT, needs: 'to' }],
  ['fly', { ...VISIT, needs: 'to' }],
  ['head', { ...VISIT, needs: 'to' }],
  ['tour', VISIT],
  ['congratulate', MESSAGE],
  ['condole', MESSAGE],
  ['sign', SIGN],
  ['ink', SIGN],
  ['conclude', SIGN],
  ['reach', SIGN],
  ['clinch', SIGN],
  ['negotiate', NEGOTIATE],
];
/** Noun triggers (need «with», «between», «to» or a visit/phone context). */
const NOUNS: Array<[string, TriggerDef]> = [
  ['talks', { ...MEET, needs: 'with' }],
  ['meeting', { ...MEET, needs: 'with' }],
  ['meetings', { ...MEET, needs: 'with' }],
  ['summit', { ...MEET, needs: 'with' }],
  ['visit', VISIT],
  ['trip', { ...VISIT, needs: 'to' }],
  ['tour', { ...VISIT, needs: 'to' }],
  ['message', MESSAGE],
  ['letter', MESSAGE],
  ['cable', MESSAGE],
  ['congratulations', MESSAGE],
  ['condolences', MESSAGE],
  ['negotiations', { ...NEGOTIATE, needs: 'with' }],
];
const PHONE_WORDS = new Set(['phone', 'telephone', 'telephonic', 'video', 'videoconference', 'phoned', 'telephoned']);
const AGREEMENT_NOUNS = new Set(['agreement', 'agreements', 'accord', 'accords', 'deal', 'deals', 'memorandum', 'memoranda', 'memorandums', 'mou', 'mous', 'treaty', 'treaties', 'pact', 'pacts', 'protocol', 'protocols', 'declaration', 'convention', 'charter', 'contract', 'contracts']);
const HEDGES = new Set(['may', 'might', 'could', 'would', 'should', 'hope', 'hopes', 'hoped', 'hoping', 'want', 'wants', 'wanted', 'wish', 'wishes', 'invite', 'invites', 'invited', 'inviting', 'invitation', 'urge', 'urged', 'urges', 'proposed', 'proposes', 'propose', 'offered', 'offers', 'seek', 'seeks', 'sought', 'ready', 'willing', 'refused', 'refuses', 'declined', 'cancelled', 'canceled', 'cancel', 'postponed', 'postpone', 'not', "n't", 'never', 'no', 'if', 'unless', 'possible', 'possibly', 'likely', 'failed', 'fail', 'fails', 'failure', 'calls', 'called', 'asked', 'agreed', 'bid']);
const PLANNED = new Set(['will', 'shall', "'ll", 'scheduled', 'expected', 'due', 'plans', 'planned', 'set', 'going', 'tomorrow', 'upcoming', 'next']);
/** Verbs that make «talks» / «negotiations» an event of their subject («X and Y held talks»). */
const HOLD = new Set(['hold', 'holds', 'held', 'holding', 'had', 'conduct', 'conducted', 'conducts', 'resumed', 'resume', 'resumes', 'began', 'begin', 'begins', 'started', 'start', 'starts', 'opened', 'launched', 'concluded', 'wrapped']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PREPOSITIONS = new Set(['of', 'to', 'in', 'at', 'from', 'with', 'for', 'on', 'by', 'against', 'over', 'about', 'into', 'between', 'among', 'under', 'toward', 'towards', 'across', 'during', 'than', 'like']);
/** Words that end the clause of a trigger. */
const CLAUSE_END = new Set(['after', 'before', 'while', 'when', 'but', 'although', 'though', 'amid', 'despite', 'since', 'because', 'said', 'says', 'told', 'where', 'whereas', 'if', 'unless', 'whether']);
/** Nouns of what is only proposed or attempted («an overture to resume talks»), looked for a little further back. */
const HEDGE_NOUNS = new Set(['overture', 'overtures', 'offer', 'offers', 'proposal', 'proposals', 'invitation', 'invitations', 'bid', 'attempt', 'attempts', 'effort', 'efforts', 'push', 'call', 'calls', 'appeal', 'demand', 'demands', 'condition', 'conditions', 'chance', 'prospect', 'prospects', 'hopes', 'refusal']);
const TOPIC_INTRO = new Set(['on', 'about', 'over', 'regarding', 'concerning', 'discuss', 'discussed', 'discussing', 'discusses', 'focused', 'focusing', 'focus', 'covering', 'addressing', 'to']);

let verbForms: Map<string, TriggerDef> | undefined;
/** Every inflected form of the trigger verbs, from compromise's conjugator (plus regular fallbacks). */
function verbTable(): Map<string, TriggerDef> {
  if (verbForms) return verbForms;
  verbForms = new Map();
  for (const [lemma, def] of VERBS) {
    const forms = new Set<string>([lemma, `${lemma}s`, lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`, lemma.endsWith('e') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`]);
    const view = compromise()(lemma).tag('Infinitive') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
    const conj = view.verbs().conjugate()[0] ?? {};
    for (const k of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) {
      const f = conj[k];
      if (f && !f.includes(' ')) forms.add(f.toLowerCase());
    }
    if (lemma === 'travel') forms.add('traveled').add('traveling');
    for (const f of forms) if (!verbForms.has(f)) verbForms.set(f, def);
  }
  return verbForms;
}
const nounTable = new Map(NOUNS);

export interface RelationContext {
  tokens: readonly EnToken[];
  sentences: readonly EnSentence[];
  units: readonly Unit[];
  g: Gazetteer;
  index: EnIndex;
  day: string | null;
  text: string;
  /** The dateline city, if the text opens with one. */
  dateline: string | null;
}

interface Found {
  def: TriggerDef;
  first: number;
  last: number;
  noun: boolean;
}

/** Triggers of one sentence. */
function triggersOf(ctx: RelationContext, s: EnSentence): Found[] {
  const { tokens } = ctx;
  const verbs = verbTable();
  const out: Found[] = [];
  const covered = (i: number) => ctx.units.some((u) => u.first <= i && i < u.last);
  for (let i = s.first; i < s.last; i++) {
    const t = tokens[i]!;
    if (covered(i)) continue;
    const k = t.key;
    const nextKey = tokens[i + 1]?.key ?? '';
    const prevKey = tokens[i - 1]?.key ?? '';
    let def: TriggerDef | undefined;
    let noun = false;
    let last = i + 1;
    // «hold/held talks», «had a meeting»
    if (nounTable.has(k)) {
      const nd = nounTable.get(k)!;
      const gerund = t.tags.has('Gerund') && !['a', 'the', 'his', 'her', 'their', 'its', 'this', 'that'].includes(prevKey) && !tokens[i - 1]?.poss;
      // «visit» as a verb with a subject is the verb
      // «as well as meeting President Bush»: a gerund however compromise tags it
      const personNext = ctx.units.some((u) => u.first === i + 1 && u.kind === 'person');
      if (gerund || ((k === 'meeting' || k === 'visiting') && personNext && !['a', 'the', 'his', 'her', 'their', 'its'].includes(prevKey))) def = undefined;
      else if ((k === 'visit' || k === 'tour') && t.tags.has('Verb') && !['a', 'the', 'his', 'her', 'their', 'its', 'two-day', 'day', 'official', 'state'].includes(prevKey) && !tokens[i - 1]?.poss && !tokens[i - 1]?.tags.has('Adjective')) def = undefined;
      else {
        def = nd;
        noun = true;
      }
    }
    if (!def && verbs.has(k)) def = verbs.get(k);
    if (!def && ['spoke', 'speak', 'speaks', 'speaking', 'talked', 'talks', 'talk', 'conversation', 'call', 'calls', 'conversations'].includes(k)) {
      const win = tokens.slice(Math.max(s.first, i - 2), Math.min(s.last, i + 4)).map((x) => x.key);
      if (win.some((w) => PHONE_WORDS.has(w))) def = CALL;
    }
    if (!def) continue;
    if (def === verbs.get('call') || def.needs === 'phone') {
      // «called X» with X a person or state right after, not «called for/on»
      const win = tokens.slice(Math.max(s.first, i - 2), Math.min(s.last, i + 4)).map((x) => x.key);
      const objectNext = ctx.units.some((u) => u.first === i + 1 && (u.kind === 'person' || u.kind === 'country') && u.actor);
      if (!win.some((w) => PHONE_WORDS.has(w)) && !objectNext) continue;
      if (['for', 'on', 'upon', 'it', 'off', 'so'].includes(nextKey) || prevKey === 'so') continue;
    }
    if (def.needs === 'with') {
      const win = tokens.slice(i + 1, Math.min(s.last, i + 5)).map((x) => x.key);
      const held = noun && tokens.slice(Math.max(s.first, i - 5), i).some((x) => HOLD.has(x.key));
      if (!win.includes('with') && !win.includes('between') && !held) {
        // «talks» as the purpose of a visit is handled by the visit
        continue;
      }
    }
    if (def.needs === 'to' && !['to', 'for'].includes(nextKey) && !(noun && tokens.slice(i + 1, i + 3).some((x) => x.key === 'to'))) continue;
    if (def.needs === 'agreement') {
      const win = tokens.slice(Math.max(s.first, i - 4), Math.min(s.last, i + 8)).map((x) => x.key);
      if (!win.some((w) => AGREEMENT_NOUNS.has(w))) continue;
    }
    if (def.needs === 'object' && !ctx.units.some((u) => u.first > i && u.first <= i + 3 && u.actor)) continue;
    if (def.type === 'message' && noun) {
      // a message needs a sender/receiver phrase: «to», «from», «sent»
      const win = tokens.slice(Math.max(s.first, i - 4), Math.min(s.last, i + 3)).map((x) => x.key);
      if (!win.some((w) => ['to', 'from', 'sent', 'send', 'sends', 'received', 'exchanged', 'delivered', 'conveyed', 'handed'].includes(w))) continue;
    }
    if (k === 'head' || k === 'heads' || k === 'headed' || k === 'heading') if (!t.tags.has('Verb')) continue;
    if ((k === 'arrive' || k === 'arrived' || k === 'arrives' || k === 'arriving') && !['in', 'at', 'here', 'for', 'on', 'today', 'yesterday', 'tomorrow'].includes(nextKey) && !ctx.units.some((u) => u.first > i && u.first <= i + 3 && u.place)) continue;
    const prevFound = out[out.length - 1];
    if (prevFound && prevFound.def.type === def.type && i - prevFound.last <= 2) {
      // «a phone call», «arrived ... for a visit» stay one trigger when adjacent
      if (prevFound.noun && !noun) out[out.length - 1] = { def, first: i, last, noun };
      continue;
    }
    out.push({ def, first: i, last, noun });
  }
  return out;
}

/** Where a source attribution («, the foreign ministry in Beijing said») starts after `from`, else `to`. */
function attribution(tokens: readonly EnToken[], from: number, to: number): number {
  for (let k = from; k < to - 1; k++) {
    if (!/,/.test(tokens[k]!.after)) continue;
    for (let j = k + 1; j < Math.min(to, k + 9); j++) {
      if (/,/.test(tokens[j - 1]!.after) && j > k + 1) break;
      if (SAY.has(tokens[j]!.key)) return k + 1;
    }
  }
  return to;
}

/** Is the span [a, b) free of clause-ending words? */
const clean = (tokens: readonly EnToken[], a: number, b: number) => {
  for (let k = a; k < b; k++) {
    if (CLAUSE_END.has(tokens[k]!.key)) return false;
    if (k < b - 1 && /[;:]/.test(tokens[k]!.after)) return false;
  }
  return true;
};

const SAY = new Set(['said', 'says', 'say', 'reported', 'reports', 'told', 'announced', 'announces', 'stated', 'added', 'quoted', 'according']);

/**
 * Actor units coordinated with `u` («A, B and C»), walking in `dir`; a
 * source after a comma («..., the Kremlin said») is not a list item.
 */
function group(ctx: RelationContext, units: readonly Unit[], start: number, dir: 1 | -1, need: 'actor' | 'place' = 'actor'): Unit[] {
  const out = [units[start]!];
  for (let n = start + dir; n >= 0 && n < units.length; n += dir) {
    const a = dir === 1 ? units[n - 1]! : units[n]!;
    const b = dir === 1 ? units[n]! : units[n + 1]!;
    if (a.sentence !== b.sentence) break;
    const gapTokens = ctx.tokens.slice(a.last, b.first);
    const gap = gapTokens.map((t) => t.key);
    const conj = gap.some((w) => w === 'and' || w === '&' || w === 'well');
    const comma = /,/.test(ctx.tokens[a.last - 1]!.after) || gapTokens.some((t) => /,/.test(t.after));
    const joint = gap.every((w) => ['and', 'as', 'well', 'also', 'both', '&', 'the', 'his', 'her', 'their'].includes(w)) && (conj || comma);
    if (!joint || !(need === 'actor' ? units[n]!.actor : units[n]!.place)) break;
    if (dir === 1 && SAY.has(ctx.tokens[units[n]!.last]?.key ?? '')) break;
    out.push(units[n]!);
  }
  return dir === 1 ? out : out.reverse();
}

const oblique = (ctx: RelationContext, u: Unit) => {
  const prev = ctx.tokens[u.first - 1];
  if (!prev || prev.sentence !== ctx.tokens[u.first]!.sentence) return false;
  const p2 = ctx.tokens[u.first - 2];
  if (['the', 'his', 'her', 'its', 'their'].includes(prev.key) && p2 && PREPOSITIONS.has(p2.key)) return true;
  return PREPOSITIONS.has(prev.key);
};

/** Finds the relations of an English text. */
export function findRelations(ctx: RelationContext): Relation[] {
  const { tokens, sentences, units, text } = ctx;
  const out: Relation[] = [];
  const add = (r: Relation) => {
    const key = (x: Relation) => `${x.type}|${[...new Set(x.participants)].sort().join('|')}|${x.type === 'visit' ? x.location : ''}`;
    const prev = out.find((x) => key(x) === key(r));
    if (prev) {
      for (const t of r.topics) if (!prev.topics.includes(t)) prev.topics.push(t);
      prev.location ??= r.location;
      prev.date ??= r.date;
      return;
    }
    out.push(r);
  };
  for (const s of sentences) {
    const su = units.filter((u) => u.sentence === tokens[s.first]!.sentence);
    const found = triggersOf(ctx, s);
    const evidence = { start: s.start, end: s.end, text: text.slice(s.start, s.end) };
    const visitsHere: Array<{ visitors: string[]; places: Unit[]; end: number; status: 'reported' | 'planned'; date: string | null; topics: string[] }> = [];
    for (const f of found) {
      const { def } = f;
      const trigger = { start: tokens[f.first]!.start, end: tokens[f.last - 1]!.end, text: text.slice(tokens[f.first]!.start, tokens[f.last - 1]!.end) };
      // modality in the few words before the trigger
      const before = tokens.slice(Math.max(s.first, f.first - 4), f.first).map((t) => t.key);
      // «said X would visit» is reported speech of a plan, not a hedge
      const reportedWould = before.includes('would') && tokens.slice(s.first, f.first).some((t) => SAY.has(t.key));
      if (before.some((w) => HEDGES.has(w) && !(w === 'would' && reportedWould))) continue;
      const further = tokens.slice(Math.max(s.first, f.first - 7), f.first);
      if (further.some((t) => HEDGE_NOUNS.has(t.key) && !t.tags.has('Verb')) && clean(tokens, further[0]?.i ?? f.first, f.first)) continue;
      const planned = reportedWould || before.some((w, k) => PLANNED.has(w) || (w === 'to' && BE.has(before[k - 1] ?? ''))) || tokens.slice(f.last, Math.min(s.last, f.last + 3)).some((t) => ['tomorrow', 'next'].includes(t.key)) || (f.noun && tokens.slice(Math.max(s.first, f.first - 3), f.first).some((t) => ['will', 'include'].includes(t.key)));
      const status: 'reported' | 'planned' = planned ? 'planned' : 'reported';
      const passive = !f.noun && before.length > 0 && BE.has(before[before.length - 1]!) && tokens[f.first]!.tags.has('PastTense');

      // the subject: the «by» phrase of a passive, else the nearest non-oblique actor group on the left
      let subject: Unit[] = [];
      let patient: Unit[] = [];
      const leftCands = su.filter((u) => u.last <= f.first && u.actor && clean(tokens, u.last, f.first));
      const pickLeft = (): Unit[] => {
        const cands = leftCands.filter((u) => !oblique(ctx, u) || (f.noun && tokens[u.last - 1]!.poss));
        const persons = cands.filter((u) => u.kind === 'person');
        const chosen = (persons.length ? persons : cands).at(-1);
        if (!chosen) return [];
        return group(ctx, su, su.indexOf(chosen), -1).filter((u) => u.actor);
      };
      if (passive) {
        const by = su.find((u) => u.first > f.first && tokens[u.first - 1]?.key === 'by' && u.actor);
        if (by) subject = group(ctx, su, su.indexOf(by), 1);
        patient = pickLeft();
      } else subject = pickLeft();
      // «X said (on Monday) he will meet»: the pronoun's antecedent is the nearest person before it
      if (subject.length === 0 && !passive) {
        const pron = [...tokens.slice(s.first, f.first)].reverse().find((t) => ['he', 'she', 'they', 'we'].includes(t.key));
        if (pron && clean(tokens, pron.i + 1, f.first)) {
          const ante = su.filter((u) => u.last <= pron.i && u.actor && u.kind === 'person' && !oblique(ctx, u)).at(-1);
          if (ante) subject = group(ctx, su, su.indexOf(ante), -1);
        }
      }
      // «a visit by X to Y», «the visit of X»
      if (f.noun && def.type === 'visit' && ['by', 'of'].includes(tokens[f.last]?.key ?? '')) {
        const by = su.find((u) => u.first === f.last + 1 && u.actor);
        if (by) subject = [by];
      }
      // possessive «Chavez's visit», and «his meeting with» (the sentence subject)
      if (subject.length === 0 && f.noun) {
        const first = su.find((u) => u.actor && u.last <= f.first && !oblique(ctx, u));
        if (first) subject = group(ctx, su, su.indexOf(first), 1).filter((u) => u.last <= f.first);
      }

      // objects: «with X», «between A and B», direct objects, and places
      let objects: Unit[] = [];
      let between = false;
      const rightCands = su.filter((u) => u.first >= f.last);
      let place: Unit | undefined;
      let destinations: Unit[] = [];
      let prevEnd = f.last;
      const sourceAt = attribution(tokens, f.last, s.last);
      for (const u of rightCands) {
        if (!clean(tokens, f.last, u.first) || u.first >= sourceAt) break;
        const gapTokens = tokens.slice(f.last, u.first);
        const gap = gapTokens.map((t) => t.key);
        const prep = [...gap].reverse().find((w) => PREPOSITIONS.has(w));
        if (def.type === 'visit') {
          if (destinations.length) break;
          // the words since the last unit passed over
          const local = tokens.slice(Math.max(f.last, prevEnd), u.first).map((t) => t.key);
          prevEnd = u.last;
          if (!u.place) {
            if (local.length > 6) break;
            continue;
          }
          if (gap.length > 12 || local.length > 6) break;
          if (f.noun && !local.includes('to') && !local.includes('in')) {
            if (gap.length > 0 && !['of'].includes(gap[gap.length - 1]!)) break;
            continue;
          }
          if (!f.noun && local.some((w) => ['for', 'with', 'on', 'about', 'from'].includes(w))) break;
          destinations = group(ctx, su, su.indexOf(u), 1, 'place').filter((x) => x.place);
          break;
        }
        if (gap.length > 7) break;
        if (u.kind === 'city' || (u.place && (prep === 'in' || prep === 'at'))) {
          place ??= u;
          continue;
        }
        if (!u.actor) continue;
        if (prep === 'between') between = true;
        const ok = prep === 'with' || prep === 'between' || prep === 'to' || prep === 'from' || (!prep && gap.length <= 3) || (prep === 'by' && !passive);
        if (!ok) break;
        if (passive && prep === 'by') continue;
        objects = group(ctx, su, su.indexOf(u), 1).filter((x) => x.actor && !(x.kind === 'city'));
        break;
      }
      if (!place) {
        const inX = rightCands.find((u) => u.place && u.first < sourceAt && ['in', 'at'].includes(tokens[u.first - 1]?.key ?? '') && clean(tokens, f.last, u.first));
        if (inX) place = inX;
        else if (tokens.slice(f.last, s.last).some((t) => t.key === 'here') && ctx.dateline) place = undefined;
      }
      let location: string | null = place?.place ?? null;
      if (!location && ctx.dateline && tokens.slice(f.first, s.last).some((t) => t.key === 'here')) location = ctx.dateline;

      // date and topics
      const dates = findDates(tokens, s.first, s.last, ctx.day, planned);
      // the nearest date, preferring one after the trigger (a dateline date before it is the report's)
      const dist = (d: { first: number }) => Math.abs(d.first - f.first) + (d.first < f.first ? 6 : 0);
      const nearest = dates.sort((a, b) => dist(a) - dist(b))[0];
      const date = nearest?.day ?? null;
      const skip = new Set<number>();
      for (const u of [...subject, ...objects, ...patient, ...destinations]) for (let k = u.first; k < u.last; k++) skip.add(k);
      const topics = topicsOf(ctx, f.last, s.last, skip);

      const ids = (us: Unit[]) => [...new Set(us.map((u) => u.actor).filter((x): x is string => !!x))];
      const base = { status, trigger, evidence, confidence: 0.7, cameo: def.cameo, plover: def.plover, date, topics, source: null };
      if (def.type === 'visit') {
        const visitors = ids(subject.filter((u) => u.kind === 'person').length ? subject.filter((u) => u.kind === 'person') : subject);
        if (!visitors.length) continue;
        if (!destinations.length && ['arrive', 'arrived', 'arrives', 'arriving'].includes(tokens[f.first]!.key) && ctx.dateline && tokens.slice(f.last, s.last).some((t) => t.key === 'here')) {
          const d = ctx.units.find((u) => u.place === ctx.dateline);
          if (d) destinations = [d];
        }
        if (!destinations.length) {
          // «arrived in Britain for a visit»: the visit noun shares the arrival's destination
          const prev = visitsHere.find((v) => v.visitors.join() === visitors.join());
          if (prev) {
            for (const t of topics) if (!prev.topics.includes(t)) prev.topics.push(t);
            prev.end = Math.max(prev.end, f.last);
          }
          continue;
        }
        // a visitor is never the destination
        const visitorCountries = new Set(subject.map((u) => u.country));
        destinations = destinations.filter((d) => !(d.kind === 'country' && subject.some((u) => u.actor === d.actor)) && !(d.kind === 'country' && visitorCountries.has(d.country) && destinations.length > 1));
        const existing = visitsHere.find((v) => v.visitors.join() === visitors.join());
        if (existing) {
          existing.end = Math.max(existing.end, f.last);
          continue;
        }
        for (const d of destinations) add({ ...base, type: 'visit', participants: visitors, location: d.place });
        visitsHere.push({ visitors, places: destinations, end: f.last, status, date, topics });
        continue;
      }
      // participants
      const subj = ids(subject.length ? subject : patient);
      const objs = objects.filter((o) => !subj.includes(o.actor!));
      const visit = visitsHere.find((v) => subj.some((x) => v.visitors.includes(x)));
      if (!location && visit && def.type !== 'call' && visit.places.length === 1) location = visit.places[0]!.place;
      if (def.type === 'call') location = null;
      if (between || def.type === 'agreement' || def.type === 'negotiation') {
        const all = [...new Set([...subj, ...ids(objs), ...ids(patient)])];
        if (all.length >= 2) add({ ...base, type: def.type, participants: all, location });
        continue;
      }
      if (objs.length === 0) {
        const all = [...new Set([...subj, ...ids(patient)])];
        if (all.length >= 2) add({ ...base, type: def.type, participants: all, location });
        continue;
      }
      if (subj.length === 0) continue;
      for (const o of objs) add({ ...base, type: def.type, participants: [...subj, o.actor!], location });
    }
    // a visit «for talks» / «to discuss»: a meeting with the host state
    for (const v of visitsHere) {
      const rest = tokens.slice(v.end, s.last);
      let k = 0;
      for (; k < rest.length; k++) if (CLAUSE_END.has(rest[k]!.key)) break;
      const clause = rest.slice(0, k).map((t) => t.key);
      const talks = clause.some((w) => ['talks', 'discuss', 'discussions', 'meet', 'meeting', 'meetings', 'consultations'].includes(w));
      if (!talks) continue;
      const named = out.some((r) => r.type === 'meeting' && r.participants.some((p) => v.visitors.includes(p)) && r.evidence.start === evidence.start);
      if (named) continue;
      for (const d of v.places) {
        const host = d.kind === 'country' ? d.actor : d.country ? `country:${d.country}` : null;
        if (!host || v.visitors.includes(host)) continue;
        const trig = tokens[v.end]!;
        add({
          type: 'meeting',
          participants: [...v.visitors, host],
          location: d.place,
          date: v.date,
          topics: v.topics.length ? v.topics : topicsOf(ctx, v.end, s.last, new Set()),
          status: v.status,
          trigger: { start: trig.start, end: trig.end, text: text.slice(trig.start, trig.end) },
          evidence,
          confidence: 0.5,
          cameo: MEET.cameo,
          plover: MEET.plover,
          source: null,
        });
      }
    }
  }
  return out;
}

/** Topic codes named after the trigger in its clause (a topic word inside a participant does not count). */
function topicsOf(ctx: RelationContext, from: number, to: number, skip: Set<number>): string[] {
  const { tokens, index } = ctx;
  const out: string[] = [];
  let introduced = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (CLAUSE_END.has(t.key)) break;
    if (TOPIC_INTRO.has(t.key) || ['talks', 'for'].includes(t.key)) introduced = true;
    if (!introduced || skip.has(i)) continue;
    let node = index.topics.next.get(t.key);
    let j = i + 1;
    let best: { code: string; end: number } | undefined;
    while (node) {
      const e = node.entries?.[0];
      if (e && e.sense.t === 'org') best = { code: e.sense.id, end: j };
      const nx = tokens[j];
      if (!nx || j >= to) break;
      node = node.next.get(nx.key);
      j++;
    }
    if (!best && t.key.length >= 5) {
      // a stem of a one-word topic («terror» → terrorism)
      for (const [word, n] of index.topics.next) {
        if (word.startsWith(t.key) && word.length - t.key.length <= 3 && n.entries?.[0]?.sense.t === 'org') {
          best = { code: n.entries[0].sense.id, end: i + 1 };
          break;
        }
      }
    }
    if (best) {
      if (!out.includes(best.code)) out.push(best.code);
      i = best.end - 1;
    }
  }
  return out;
}

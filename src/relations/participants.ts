/**
 * Who takes part: the subjects (before the trigger, or after a verb that comes
 * first), the objects («مع», «ب», «بين», coordination), and whether they met
 * together or in separate encounters.
 *
 * The reading is built by PARTY_RULES, in order: each rule is one fact of the
 * language, a named function that reads the clause and the reading so far and
 * may change it. No rule undoes another's work except where its comment says
 * the construction overrides the default reading.
 */
import type { Actor, Doc } from '../document.js';
import type { Relation } from '../types.js';
import { itemOf, leadsItsSentence, stateOf } from '../document.js';
import { actorFor, anyBaseIn, baseAt, punctBetween, twoWordsAt, canTakePart, carriesObjectPronoun, inTimeClause, matchPrefix, prefixAt, wordsBetween, inDateline, listOpenerBefore, namedStateOf, possessiveEnding, spanKey, type Clause, type Context } from './clause.js';
import { neededWordAt, partOfNeededWord, stem, type TriggerHit } from './hits.js';
import { POSTED_ROLES } from '../gazetteer/notes.js';
import { hasArticle, isDash } from '../tokenize/index.js';

export interface Parties {
  subjects: Actor[];
  objects: Actor[];
  /** One encounter with everyone («لقاء بين», «اجتماع ثلاثي», «نظيريه الياباني والكوري»). */
  together: boolean;
  /** «وبحث الجانبان ...»: the relation a reference points back to. */
  follows?: Relation;
  /** «لقاءات ثنائية مع Y»: each subject met each object apart. */
  separate?: boolean;
  /** «تستضيف قطر قمة ...»: the place that hosts the encounter (not a party). */
  host?: Actor;
}

/** The reading of one clause while the rules run. */
interface Reading extends Parties {
  /** The last relation made earlier in the sentence (a trigger that made none, like «لبحث» without «مع», is skipped). */
  prev: Relation | undefined;
  /** «زيارة وزير الخارجية X إلى قطر»: a visitor named right after the noun. */
  visitorNamed: boolean;
  /** Set by a rule that reads the whole clause by itself (an adjective chain): the rules after it do not run. */
  final: boolean;
  /** The trigger follows a relative pronoun: its subject is the antecedent, or nobody. */
  relative: boolean;
}

type PartyRule = (ctx: Context, clause: Clause, r: Reading) => void;

/** The rules, in the order they run. Order matters: each reads what the ones before it decided. */
const PARTY_RULES: readonly PartyRule[] = [
  adjectiveChainParties,
  subjectsBefore,
  bodyActsForItsState,
  speakerOfComplementizer,
  possessiveAgent,
  nearestSubjectGroup,
  singularPossessor,
  possessorOfTimeClause,
  agentOfLightNounInTimeClause,
  relativeAntecedent,
  verbalNounAfterTimeWord,
  visitorAfterNoun,
  objectsAfter,
  delegationHeadStandsForIt,
  coChairs,
  subjectMatterPartners,
  envoyObjects,
  organizationNamingTheMeeting,
  togetherness,
  exclusiveListIsEveryone,
  bracketedMembers,
  agentOfEarlierClause,
  mannerOfEarlierAct,
  agentOfCircumstance,
  genitiveAgent,
  subjectBeforeWhere,
  subjectAfterVerb,
  subjectAfterObjectPronoun,
  referenceOrDroppedSubject,
  receptionPronounIsGuest,
  receptionOfNamedGuest,
  similarMessage,
  hostingPlace,
  separateEncounters,
  objectsEndAtNextTrigger,
];

export function partiesOf(ctx: Context, clause: Clause): Parties {
  const r: Reading = { subjects: [], objects: [], together: false, prev: lastMade(ctx, clause), visitorNamed: false, final: false, relative: false };
  for (const rule of PARTY_RULES) {
    rule(ctx, clause, r);
    if (r.final) break;
  }
  // a group that met together may be long (a summit of seven); separate encounters stay few
  const objects = dedupe(r.objects).slice(0, r.together ? 12 : 6);
  const subjects = dedupe(r.subjects);
  if (subjects.some((a) => a.type === 'person')) ctx.lastSubject = subjects;
  return {
    subjects,
    objects,
    together: r.together,
    ...(r.follows ? { follows: r.follows } : {}),
    ...(r.separate ? { separate: true } : {}),
    ...(r.host ? { host: r.host } : {}),
  };
}

/**
 * A state is a subject only when no preposition governs it («إلى إسبانيا» is a
 * destination); «كل من» opens a list, it does not govern a place («وزراء
 * الخارجية بكل من مصر والسودان»).
 */
function bare(ctx: Context, a: Actor): boolean {
  const { doc, grammar } = ctx;
  return (
    a.type === 'person' ||
    listOpenerBefore(ctx, a.first) ||
    (!grammar.prepositions.has(baseAt(doc, a.first - 1)) && !governedByClitic(ctx, a))
  );
}

/**
 * «بمصر», «لروسيا»: a preposition written on the name may govern it. A name
 * matched after the conjunction alone is coordinated, whatever other reading
 * its word has («وكوريا» is «و» + «كوريا», not «وك» + «وريا»; «وبريطانيا»,
 * «ولبنان» likewise).
 */
function governedByClitic(ctx: Context, a: Actor): boolean {
  const own = matchPrefix(ctx, a.first);
  if (own === 'و' || own === 'ف') {
    // («في سوريا ولبنان»: a name joined to a governed one shares its preposition)
    const joined = (ctx.actorsBySentence.get(a.sentence) ?? []).find((b) => b.last === a.first && b.type !== 'person' && !b.inPhrase);
    return joined !== undefined && !bare(ctx, joined);
  }
  return ctx.doc.tokens[a.first]!.analyses.some((x) => x.offset > 0 && /[بلك]$/.test(x.prefix));
}

/** A state named as the subject matter («في سوريا», «حول ليبيا», «العلاقات مع ...»), not as a party. */
function isTopicPlace(ctx: Context, a: Actor): boolean {
  const { doc, grammar } = ctx;
  if (a.type !== 'country' || officialStart(ctx, a) !== undefined) return false;
  return grammar.topicPrepositions.has(baseAt(doc, a.first - 1)) || doc.tokens[a.first]!.analyses.some((x) => x.prefix === 'في');
}

/** Persons first: a state whose person is named is not a party beside that person. */
function personsFirst(ctx: Context, list: Actor[]): Actor[] {
  const countries = new Set<string>();
  for (const a of list) {
    const country = a.type === 'person' ? ctx.doc.personInfo.get(a.id)?.country : undefined;
    if (country) countries.add(country);
  }
  return list.filter((a) => a.type === 'person' || (!isTopicPlace(ctx, a) && !countries.has(a.id.slice(8))));
}

/**
 * A chain of country adjectives right after a trigger noun names every party
 * and that they met together: «مباحثات سعودية روسية», «اجتماع ثلاثي سعودي -
 * أميركي - روسي على مستوى وزراء الخارجية».
 */
function adjectiveChainParties(ctx: Context, clause: Clause, r: Reading): void {
  const chain = adjectiveChain(ctx, clause);
  if (chain.length < 2) return;
  r.objects = chain;
  r.together = true;
  r.final = true;
}

/** The subjects of the clause stand before the trigger, after its start, outside the dateline; the destination of a visit just stated is not one («زار أوغندا، والتقى ...»). */
function subjectsBefore(ctx: Context, clause: Clause, r: Reading): void {
  const { hit, inSentence } = clause;
  // («وفد أميركي سيلتقي ...»: a state's delegation or officials stand for the state)
  const before = inSentence
    .map((a) => governmentForState(ctx, clause, a))
    .filter((a) => a.last <= hit.first && a.first >= clause.start && (canTakePart(a) || officialStart(ctx, a) !== undefined) && bare(ctx, a) && !inDateline(ctx, a.first));
  const prev = r.prev;
  r.subjects = personsFirst(ctx, before).filter((a) => !destinationOf(ctx, prev, a));
}

/** Is the actor the destination of the visit just stated, or the state of its city («يزور X مصر، حيث يلتقي …» → Cairo)? */
function destinationOf(ctx: Context, prev: Relation | undefined, a: Actor): boolean {
  if (prev?.type !== 'visit' || !prev.location) return false;
  return prev.location === a.id || (a.type === 'country' && `country:${stateOf(ctx.doc, prev.location)}` === a.id);
}

/**
 * A state body that is the subject of a verb acts for its state: «استدعت
 * وزارة الخارجية الجزائرية السفير ...», «الخارجية الروسية استدعت ...». Only
 * right before the verb or right after it (VSO): a body elsewhere is a place
 * or the speaker of another clause.
 */
function bodyActsForItsState(ctx: Context, clause: Clause, r: Reading): void {
  const { hit, inSentence } = clause;
  if (hit.record.pos !== 'verb' || r.subjects.length) return;
  const body = inSentence.find((a) => a.type === 'organization' && a.body !== undefined && !a.inPhrase && (a.first === hit.last || a.last === hit.first));
  const state = body ? namedStateOf(ctx, body.id) : undefined;
  if (body && state) r.subjects = [{ id: state, type: 'country', first: body.first, last: body.last, sentence: body.sentence }];
}

/**
 * «استدعت X السفير الفرنسي (لديها)», «استدعى X القائم بالأعمال Y»: where the
 * frame's object is an envoy, the objects are the envoys after the trigger,
 * a named envoy as the person, an unnamed one as the state he represents; no
 * other actor of the clause is an object.
 */
function envoyObjects(ctx: Context, clause: Clause, r: Reading): void {
  const { hit, inSentence } = clause;
  if (hit.record.frame?.object !== 'envoy') return;
  const subjects = new Set(r.subjects.map((a) => a.id));
  const envoys = inSentence.filter(
    (a) => a.first >= hit.last && a.role !== undefined && POSTED_ROLES.has(a.role) && !a.inPhrase && !subjects.has(a.id) && !inDateline(ctx, a.first),
  );
  r.objects = envoys.slice(0, 3);
  // (VSO: «استدعت تونس، الاثنين، السفير»: the summoner stands between the verb and the envoy)
  const first = envoys[0];
  if (!r.subjects.length && first) {
    const summoner = inSentence.find((a) => a.first >= hit.last && a.last <= first.first && canTakePart(a) && bare(ctx, a));
    if (summoner) r.subjects = [summoner];
  }
}

/**
 * «أفاد X بأنه سيجري مباحثات»: «أنه» points back to the agent of the
 * sentence's first event, else its first person; «كشفت تركيا أنها توصلت إلى
 * اتفاق»: a state or organization may be the speaker too.
 */
function speakerOfComplementizer(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit, inSentence } = clause;
  if (r.subjects.length || clause.complementizer < 0 || !grammar.pronounComplementizers.has(baseAt(doc, clause.complementizer)) || hit.first - clause.complementizer > 12) return;
  const c = clause.complementizer;
  const speaker =
    r.prev?.participants[0] ??
    inSentence.find((a) => a.type === 'person' && a.last <= c && canTakePart(a))?.id ??
    inSentence.find((a) => a.type !== 'person' && a.last <= c && (canTakePart(a) || isBody(a)) && bare(ctx, a) && !inDateline(ctx, a.first))?.id;
  // («أعلنت الخارجية السودانية أنها استدعت ...»: a state body speaks for its state)
  const party = speaker?.startsWith('body:') ? namedStateOf(ctx, speaker) : speaker;
  if (party) r.subjects = [actorFor(party, clause)];
}

const isBody = (a: Actor): boolean => a.type === 'organization' && a.body !== undefined && !a.inPhrase;

/** «خلال لقائه»: the possessive pronoun of the noun points to the sentence's agent, the last person before it. */
function possessiveAgent(ctx: Context, clause: Clause, r: Reading): void {
  if (!clause.possessive || r.subjects.some((a) => a.type === 'person')) return;
  const agent = [...clause.inSentence].reverse().find((a) => a.type === 'person' && a.last <= clause.hit.first && canTakePart(a)) ?? frontedAgent(ctx, clause, r);
  if (agent) r.subjects = [agent];
}

/**
 * «وخلال لقائه نظيره التركي، أكد الوزير X …», «وفي اتصال هاتفي تلقاه من Y،
 * بحث الرئيس X …»: a circumstance put before its clause, closed by a comma,
 * belongs to the agent of that clause, the first person after the comma who
 * is not a party of the circumstance already.
 */
function frontedAgent(ctx: Context, clause: Clause, r: Reading): Actor | undefined {
  const { doc } = ctx;
  const { hit, sentence, inSentence } = clause;
  let comma = -1;
  for (let k = sentence.first; k < sentence.last && comma < 0; k++) if (doc.tokens[k]!.kind === 'punct' && doc.tokens[k]!.text !== '"') comma = k;
  if (comma < hit.last || inSentence.some((a) => a.type === 'person' && a.last <= hit.first)) return undefined;
  // (the main clause opens with its verb right after the comma: a trigger verb or a verb of saying; «، بمشاركة X» goes on
  // naming the circumstance's parties)
  const opener = doc.tokens[comma + 1];
  const verb = ctx.hits.some((h) => h.first === comma + 1 && h.record.pos === 'verb') || (opener !== undefined && doc.gazetteer.inLexicon('nameEnders', opener.analyses[0]!.base));
  if (!verb) return undefined;
  return inSentence.find((a) => a.type === 'person' && a.first > comma && canTakePart(a) && !r.objects.some((o) => o.id === a.id && o.first < comma));
}

/**
 * Of several actors before the trigger, the subject is the group nearest it,
 * joined by «و» or a comma. A singular possessive («لقائه») points to a person:
 * the states and groups named in between are not its possessor («أشاد X بدور قطر
 * في الوساطة بين إسرائيل وحماس خلال لقائه Y»).
 */
function nearestSubjectGroup(ctx: Context, clause: Clause, r: Reading): void {
  const persons = r.subjects.filter((a) => a.type === 'person');
  if (clause.possessive && !possessorIsPlural(ctx, clause) && persons.length > 0) r.subjects = persons;
  if (r.subjects.length > 1) r.subjects = nearestGroup(ctx.doc, r.subjects, ctx.covered);
}

/**
 * A singular possessive pronoun («لقائه», «زيارتها») points to one person:
 * the agent of the sentence, the first person of the clause, not everyone
 * before the noun («شكر X Y خلال لقائه Z»: X met Z; Y was thanked).
 */
function singularPossessor(ctx: Context, clause: Clause, r: Reading): void {
  if (!clause.possessive || r.subjects.filter((a) => a.type === 'person').length < 2 || possessorIsPlural(ctx, clause)) return;
  const agent = clause.inSentence.find((a) => a.type === 'person' && a.first >= clause.start && a.last <= clause.hit.first && canTakePart(a));
  if (agent) r.subjects = [agent];
}

/**
 * «التقى X Y بعد أيام على استقباله Z», «... قبل يومين من توجهه إلى واشنطن»: the
 * possessor of a noun in a clause of time is the subject of the main clause,
 * the first person of the sentence, not the person named last.
 */
function possessorOfTimeClause(ctx: Context, clause: Clause, r: Reading): void {
  if (!clause.possessive || possessorIsPlural(ctx, clause) || !inTimeClause(ctx, clause.hit)) return;
  const agent = clause.inSentence.find((a) => a.type === 'person' && a.last <= clause.hit.first && canTakePart(a));
  if (agent) r.subjects = [agent];
}

/**
 * «قام X بزيارة إلى Z بعد إجراء محادثات مع Y», «عقب عقد اجتماع مع Y»: an
 * encounter noun made by a light verbal noun in a clause of time has no agent
 * of its own: it is the main clause's subject, the first person of the sentence.
 */
function agentOfLightNounInTimeClause(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (r.subjects.length || hit.record.pos !== 'noun' || hit.prefix || !grammar.lightNouns.has(baseAt(doc, hit.first - 1))) return;
  const opener = doc.tokens[hit.first - 2];
  if (!opener || !opener.analyses.some((a) => grammar.timeClauseOpeners.has(a.base) || grammar.during.has(a.base))) return;
  const agent = clause.inSentence.find((a) => a.type === 'person' && a.last <= hit.first - 2 && canTakePart(a));
  if (agent) r.subjects = [agent];
}

/** «لقائهما», «اجتماعهم»: a dual or plural possessive pronoun. */
const possessorIsPlural = (ctx: Context, clause: Clause): boolean => possessiveEnding(ctx.doc, clause.hit).startsWith('هم');

/**
 * «التقى X رئيس البرلمان الكولومبي الذي يزور النرويج»: after a relative
 * pronoun («الذي», «التي»), possibly past a light verb («الذي يؤدي زيارة»),
 * the trigger's subject is the antecedent, the actor right before the
 * pronoun; with no actor there, the clause has no subject at all.
 */
function relativeAntecedent(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  let pronoun = hit.first - 1;
  if (!grammar.relativePronouns.has(baseAt(doc, pronoun)) && hit.record.pos === 'noun' && !ctx.covered[pronoun] && doc.tokens[pronoun]?.kind !== 'punct') pronoun--;
  if (!grammar.relativePronouns.has(baseAt(doc, pronoun))) return;
  r.relative = true;
  // («لوزير خارجية الولايات المتحدة، الذي سيزور»: a comma may stand between)
  const end = doc.tokens[pronoun - 1]?.kind === 'punct' ? pronoun - 1 : pronoun;
  const antecedent = clause.inSentence.find((a) => a.last === end && canTakePart(a));
  r.subjects = antecedent ? [antecedent] : [];
}

/** «بعد توصل إيران ومجموعة 5+1 إلى اتفاق»: a verb form after «بعد», «خلال» is a verbal noun whose agent follows it. */
function verbalNounAfterTimeWord(ctx: Context, clause: Clause, r: Reading): void {
  const { hit } = clause;
  if (hit.record.pos === 'verb' && ctx.grammar.during.has(baseAt(ctx.doc, hit.first - 1)) && !hit.prefix) r.subjects = [];
}

/** «خلال زيارة وزير الخارجية X إلى قطر»: a visitor named right after the noun is the visitor, whoever acts before it. */
function visitorAfterNoun(ctx: Context, clause: Clause, r: Reading): void {
  const { hit, inSentence } = clause;
  r.visitorNamed = hit.record.type === 'visit' && hit.record.pos === 'noun' && inSentence.some((a) => a.type === 'person' && a.first === hit.last && canTakePart(a) && !inDateline(ctx, a.first));
  if (r.visitorNamed) r.subjects = [];
}

/** The objects: actors after the trigger, before the subject matter or another clause begins, that the trigger, «مع», «ب», «بين» or a coordination introduce. */
function objectsAfter(ctx: Context, clause: Clause, r: Reading): void {
  const { hit, inSentence } = clause;
  const end = objectsEnd(ctx, clause, lastStart(inSentence, hit.last));
  const after = inSentence
    .map((a) => governmentForState(ctx, clause, a))
    .filter((a) => a.first >= hit.last && a.first < end && (canTakePart(a) || officialStart(ctx, a) !== undefined) && !inDateline(ctx, a.first));
  const introduced = introductions(ctx, clause);
  r.objects = personsFirst(ctx, after).filter((a) => !r.subjects.some((s) => s.id === a.id) && introduced(a));
}

/**
 * «المفاوضات بين الحكومة اليمنية والحوثيين», «اتفاق بين الحكومة الأفغانية
 * وطالبان»: a state's government that negotiates or concludes an agreement
 * stands for its state (a body is no party of its own).
 */
function governmentForState(ctx: Context, clause: Clause, a: Actor): Actor {
  const type = clause.negotiated ? 'negotiation' : clause.hit.record.type;
  if (a.body !== 'government' || a.inPhrase || (type !== 'negotiation' && type !== 'agreement')) return a;
  const state = namedStateOf(ctx, a.id);
  return state ? { id: state, type: 'country', first: a.first, last: a.last, sentence: a.sentence } : a;
}

/**
 * Is an actor after the trigger introduced as a party? A person always; a
 * state or organization when «مع», «بين», «بكل من» stand before it, the
 * trigger itself or «ب» right before it, a list word near the trigger
 * («القمة التي جمعت X وY», «بمشاركة X»), or «و» joins it to a party already
 * introduced («مصر والسعودية»). The answer for each actor is kept.
 */
function introductions(ctx: Context, clause: Clause): (a: Actor) => boolean {
  const { doc, grammar } = ctx;
  const { hit, inSentence } = clause;
  // words between the trigger and a token, names not counted («لقمة مجموعة السبع التي جمعت» is near)
  const wordsFromTrigger = (k: number) => {
    let n = 0;
    for (let j = hit.last; j < k; j++) if (!ctx.covered[j]) n++;
    return n;
  };
  const seen = new Map<Actor, boolean>();
  const introduced = (a: Actor): boolean => {
    let known = seen.get(a);
    if (known === undefined) {
      seen.set(a, false);
      known = introducedNow(a);
      seen.set(a, known);
    }
    return known;
  };
  const introducedNow = (a: Actor): boolean => {
    // («مع مسؤولين عراقيين»: the state of unnamed officials is introduced where the officials are)
    const official = officialStart(ctx, a);
    const k = official ?? sideNounStart(ctx, a) ?? a.first;
    const before = baseAt(doc, k - 1);
    if (a.type === 'person' || k === hit.last || grammar.withWords.has(before)) return true;
    // («خلال استقباله اليوم سفير مصر»: unnamed officials right after the trigger and its day)
    if (official !== undefined && dayWordsOnly(ctx, hit.last, k)) return true;
    // («تسلم X أوراق اعتماد سفير Y»: the words the trigger needs stand between it and its object)
    if (official !== undefined && neededWordsBetween(ctx, hit, k)) return true;
    // («التقى X ممثلين عن اليابان», «التقى وفد فرنسي مسؤولين مصريين»: officials right after the subject that follows
    // the verb, a person or other officials, are its object)
    // («استقبل X، السبت، دبلوماسيا روسيا»: past the day of the encounter)
    if (official !== undefined && inSentence.some((b) => b.last <= k && circumstanceOnly(ctx, b.last, k) && b.first >= hit.last && (b.type === 'person' || officialStart(ctx, b) !== undefined))) return true;
    if (listOpenerBefore(ctx, k)) return true;
    if (concludedBy(ctx, hit, k)) return true;
    if ((grammar.listWords.has(before) || grammar.exclusiveList.has(before)) && wordsFromTrigger(k) <= 5) return true;
    if (doc.tokens[k]!.analyses.some((x) => x.prefix === 'ب' || x.prefix === 'وب') && k - hit.last <= 1) return true;
    return inSentence.some(
      (b) =>
        b.last <= a.first &&
        a.first - b.last <= 1 &&
        doc.tokens.slice(b.last, a.first + 1).some((t) => t.text === 'و' || t.analyses.some((x) => x.prefix === 'و')) &&
        (b.first < hit.first || introduced(b)),
    );
  };
  return introduced;
}

/**
 * «الاتفاق الذي وقعته X مع Y», «الاتفاق الذي توصلت إليه X وY»: the subject of
 * the verb that concluded an agreement, in a relative clause on its noun, is a
 * party of that agreement (the verb is the word the noun trigger needs).
 */
function concludedBy(ctx: Context, hit: TriggerHit, k: number): boolean {
  if (hit.record.type !== 'agreement' || hit.record.pos !== 'noun') return false;
  const verb = ctx.grammar.toIt.has(baseAt(ctx.doc, k - 1)) ? k - 2 : k - 1;
  return verb >= hit.last && neededWordAt(ctx.doc, hit.record, verb);
}

/** Are the tokens between the trigger and k the trigger's subject, its day and the words it needs («تسلم X أمس أوراق اعتماد»)? */
function neededWordsBetween(ctx: Context, hit: TriggerHit, k: number): boolean {
  if (!hit.record.needs || k - hit.last > 12) return false;
  let needed = false;
  for (let j = hit.last; j < k; j++) {
    if (partOfNeededWord(ctx.doc, hit.record, j)) needed = true;
    else if (!ctx.covered[j] && ctx.doc.tokens[j]!.kind !== 'punct' && !ctx.grammar.dayWords.has(baseAt(ctx.doc, j))) return false;
  }
  return needed;
}

/** Do at most four tokens, of the day alone («، السبت،», «اليوم 12»), stand between two places of a sentence? */
function dayWordsOnly(ctx: Context, from: number, to: number): boolean {
  const { doc, grammar } = ctx;
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== 'punct' && t.kind !== 'number' && !grammar.dayWords.has(t.analyses[0]!.base)) return false;
  }
  return true;
}

/**
 * «الجانب السعودي», «الحكومة الفرنسية», «الجانبان السعودي والفرنسي»: a state
 * named by its adjective after a noun of a side or an authority begins at that
 * noun; the token where it does, or undefined.
 */
function sideNounStart(ctx: Context, a: Actor): number | undefined {
  if (a.type !== 'country' || a.first === 0) return undefined;
  const before = baseAt(ctx.doc, a.first - 1);
  const lexicon = ctx.doc.gazetteer;
  return lexicon.inLexicon('actorNouns', before) || lexicon.inLexicon('sideNouns', before) ? a.first - 1 : undefined;
}

/**
 * The day and the seat of a reception may stand between the host and his
 * guest («استقبل X في مكتبه بالوزارة اليوم Y», «… بقصره في الرياض، أمس، Y»):
 * at most seven tokens, each a day word, a number, punctuation, a preposition,
 * a word of the seat (grammar.seatWords) or a name.
 */
function circumstanceOnly(ctx: Context, from: number, to: number): boolean {
  const { doc, grammar } = ctx;
  if (to - from > 7) return false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'punct' || t.kind === 'number' || ctx.covered[k] === 2) continue;
    if (!t.analyses.some((x) => grammar.dayWords.has(x.base) || grammar.seatWords.has(x.base) || grammar.prepositions.has(x.base) || grammar.venueWords.has(x.base))) return false;
  }
  return true;
}

/**
 * «بحث X اتفاق التجارة مع الاتحاد الأوروبي», «ناقش العلاقات مع Y»: «مع» right
 * after a noun of subject matter belongs to that noun; the state or
 * organization it introduces is what was discussed, not a party. (A person
 * after «مع» is the one talked with; agreements and negotiations are with
 * their partners: «وقع اتفاقا مع Y» keeps Y.)
 */
function subjectMatterPartners(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const type = clause.hit.record.type;
  if (type === 'agreement' || type === 'negotiation') return;
  r.objects = r.objects.filter((a) => {
    const withAt = a.first - 1;
    // (a person after «مع» is the one talked with: «لمناقشة النزاع مع نظيره»)
    if (a.type === 'person' || !grammar.withWords.has(baseAt(doc, withAt))) return true;
    let words = 0;
    for (let k = withAt - 1; k >= clause.hit.last && words < 3; k--) {
      if (ctx.covered[k] || doc.tokens[k]!.kind === 'punct') continue;
      words++;
      if (doc.tokens[k]!.analyses.some((x) => grammar.topicNouns.has(x.base))) return false;
    }
    return true;
  });
}

/**
 * Unnamed officials of a named state stand for the state («مع مسؤول عراقي»,
 * «مسؤولين كوريين جنوبيين», «ممثلون عن اليابان», «وفد من حماس»), and the
 * officials of an organization's members for the organization («وزراء خارجية
 * دول مجلس التعاون»): where an
 * official noun stands right before the state (or before «عن», «من» and the
 * state), the token where the officials begin; undefined otherwise.
 */
export function officialStart(ctx: Context, a: Actor): number | undefined {
  if (unnamedEnvoy(ctx, a)) return a.first;
  const k = officialNounBefore(ctx, a);
  // («مبعوث الأمم المتحدة إلى اليمن»: an official the resolver named is the person, not his organization or state)
  if (k === undefined || (ctx.actorsBySentence.get(a.sentence) ?? []).some((p) => p.type === 'person' && p.first <= k && k < p.last)) return undefined;
  return k;
}

/**
 * An envoy named by his post alone («سفير اليابان», «السفير الياباني لدى
 * المملكة») is an unnamed official of the state that sent him and stands for
 * it. A post followed by a word that may begin a name («سفير اليابان X», «…
 * السيد X», «… رئيس المجموعة X») is a person the resolver did not read: it
 * stands for nobody.
 */
function unnamedEnvoy(ctx: Context, a: Actor): boolean {
  if (a.type === 'person' || a.role === undefined || !POSTED_ROLES.has(a.role)) return false;
  const { doc, grammar } = ctx;
  let k = a.last;
  // (the posting: «لدى المملكة», «في الرياض»; «بالرياض» is one word)
  if (grammar.postings.has(baseAt(doc, k))) k += 2;
  else if (ctx.covered[k] === 2 && doc.tokens[k]?.analyses.some((x) => x.prefix === 'ب')) k += 1;
  const t = doc.tokens[k];
  if (!t || t.kind === 'punct' || t.sentence !== a.sentence) return true;
  const base = t.analyses[0]!.base;
  if (grammar.prepositions.has(base) || grammar.dayWords.has(base) || grammar.relativePronouns.has(base)) return true;
  // («سفير اليابان وسفير فرنسا»: another party joined by «و»; «سفير اليابان وبحث معه»: the next clause)
  return /^[وف]/.test(prefixAt(ctx, k)) || ctx.hits.some((h) => h.first === k);
}

/** The official noun that governs an actor («مسؤول عراقي», «ممثلون عن اليابان», «وزراء خارجية دول مجلس التعاون»). */
function officialNounBefore(ctx: Context, a: Actor): number | undefined {
  // (a state body is no party: «وفد من الكونغرس» names a body, not a state or an organization)
  if (a.type === 'person' || a.type === 'city' || a.body !== undefined) return undefined;
  const { doc, grammar } = ctx;
  const official = (k: number) => anyBaseIn(doc, k, grammar.officialNouns);
  // («وفد دبلوماسي أمريكي», «وفد عسكري رفيع روسي»: the qualifiers of the officials stand between them and the state)
  let q = a.first - 1;
  while (q > a.first - 3 && q > 0 && grammar.officialQualifiers.has(baseAt(doc, q)) && (official(q - 1) || grammar.officialQualifiers.has(baseAt(doc, q - 1)))) q--;
  if (official(q)) return q;
  const linker = baseAt(doc, a.first - 1);
  if ((linker === 'عن' || linker === 'من') && official(a.first - 2)) return a.first - 2;
  // («وزراء خارجية دول مجلس التعاون»: the officials of the member states of an organization stand for it)
  if (a.type !== 'organization') return undefined;
  let k = a.first - 1;
  while (k >= a.first - 3 && grammar.memberStates.has(baseAt(doc, k))) k--;
  return k < a.first - 1 && official(k) ? k : undefined;
}

/**
 * «استقبل X وفدا من حماس برئاسة Y»: a delegation whose head is named is that
 * person, not his state or group («برئاسة», «يتقدمه», «بقيادة»).
 */
function delegationHeadStandsForIt(ctx: Context, _clause: Clause, r: Reading): void {
  r.objects = headsForDelegations(ctx, r.objects);
}

/**
 * «عقدت اللجنة المشتركة اجتماعها برئاسة A وB», «اجتماع … برئاسة A وB»: an
 * encounter chaired by persons of different states joined by «و» is their
 * meeting together; the states and bodies that named it are not parties.
 */
function coChairs(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const i = r.objects.findIndex((a) => a.type === 'person' && doc.tokens[a.first - 1]?.analyses.some((x) => grammar.headedBy.has(x.base)));
  if (i < 0 || clause.hit.record.type === 'visit') return;
  const chairs = [r.objects[i]!];
  for (let j = i + 1; j < r.objects.length; j++) {
    const a = r.objects[j]!;
    if (a.type !== 'person' || !/^و/.test(prefixAt(ctx, a.first)) || wordsBetween(ctx, chairs[chairs.length - 1]!.last, a.first) > 0) break;
    chairs.push(a);
  }
  if (chairs.length < 2 || sameState(ctx, chairs)) return;
  r.subjects = [];
  r.objects = chairs;
  r.together = true;
}

/** The actors of a list without the unnamed officials (a delegation) whose head the list names after them. */
export function headsForDelegations(ctx: Context, actors: Actor[]): Actor[] {
  const { doc, grammar } = ctx;
  const headed = actors.find((a) => a.type === 'person' && doc.tokens[a.first - 1]?.analyses.some((x) => grammar.headedBy.has(x.base)));
  if (!headed) return actors;
  return actors.filter((a) => !(a.type !== 'person' && a.first < headed.first && officialStart(ctx, a) !== undefined));
}

/** «قمة مجموعة السبع», «اجتماع لجنة ...»: an organization that names the meeting noun is not a party to it. */
function organizationNamingTheMeeting(_ctx: Context, clause: Clause, r: Reading): void {
  const { hit } = clause;
  if (hit.record.pos === 'noun') r.objects = r.objects.filter((a) => !(a.type === 'organization' && a.first === hit.last));
}

/**
 * One encounter with everyone, not one per object: a list word before the
 * objects («بين», «بمشاركة»), a word of several parties after the trigger
 * («ثلاثي», «موسع»), persons named together by one phrase («نظيريه
 * الياباني والكوري»), or taking part in the gathering («شارك في اجتماع مع A وB»).
 */
function togetherness(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  const listWordAt = (k: number) => grammar.listWords.has(baseAt(doc, k));
  const multilateral = grammar.multilateral.has(baseAt(doc, hit.last)) || grammar.multilateral.has(baseAt(doc, hit.last + 1));
  const objects = r.objects;
  // (the subject of a VSO verb is still among the objects here: one actor outside the group may stand before it)
  const members = objects.filter((o) => o.group !== undefined);
  const grouped = members.length > 1 && members.every((o) => o.group === members[0]!.group) && objects.length - members.length <= (objects[0]!.group === undefined ? 1 : 0);
  r.together = (objects.length > 0 && (listWordAt(objects[0]!.first - 1) || listWordAt(objects[0]!.first - 2))) || multilateral || grouped || takesPartIn(ctx, clause);
}

/** «شارك X في اجتماع مع A وB»: one takes part in a gathering, with everyone the sentence lists for it. */
function takesPartIn(ctx: Context, clause: Clause): boolean {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (hit.record.pos !== 'noun') return false;
  let k = hit.prefix === 'في' ? hit.first - 1 : baseAt(doc, hit.first - 1) === 'في' ? hit.first - 2 : -1;
  // (the subject's name and title may stand between: «وشارك الرئيس X في اجتماع»)
  while (k >= clause.start && (ctx.covered[k] || doc.tokens[k]!.kind === 'punct')) k--;
  return k >= 0 && doc.tokens[k]?.analyses.some((a) => grammar.participationVerbs.has(a.base)) === true;
}

/** «لقاء بين X و Y», «القمة التي تضم X و Y»: the list after an exclusive word is everyone, up to its last name; the sentence's agent is not among them. */
function exclusiveListIsEveryone(ctx: Context, clause: Clause, r: Reading): void {
  const first = r.objects[0];
  // (a list that follows the next trigger is that trigger's: «بزيارة X قبيل القمة بين Y وZ»)
  const next = clause.sameSentence.find((h) => h.first > clause.hit.last);
  if (!(first && (!next || first.first < next.first) && ctx.grammar.exclusiveList.has(baseAt(ctx.doc, first.first - 1)))) return;
  r.subjects = [];
  // (the list ends at a comma followed by a word of a new clause: «بين X وY، أعلن Z ...»)
  const newClause = (from: number, to: number) => {
    for (let k = from; k < to - 1; k++) if (ctx.doc.tokens[k]!.kind === 'punct' && !ctx.covered[k + 1] && ctx.doc.tokens[k + 1]!.kind !== 'punct' && baseAt(ctx.doc, k + 1) !== 'و') return true;
    return false;
  };
  let n = 1;
  while (n < r.objects.length && !newClause(r.objects[n - 1]!.last, r.objects[n]!.first)) n++;
  r.objects = r.objects.slice(0, n);
}

/** «مجموعة 5+1 (الولايات المتحدة وروسيا ...)»: members listed in brackets are not parties of their own. */
function bracketedMembers(ctx: Context, _clause: Clause, r: Reading): void {
  r.objects = r.objects.filter((a, i) => i === 0 || !insideBrackets(ctx.doc, a.first));
}

/**
 * The agent of an earlier clause of the sentence:
 * - «التقى X نظيره Y، ثم أجرى اتصالا مع Z»: the parties of the first event, standing before the
 *   opening of the next clause (a comma, «ثم»), leave its agent alone as the agent of the next
 *   (another kind of event, or a verb coordinated with «و»: «تبادل X وY، اليوم، برقيات» is one message, not a sequel);
 * - «زار إيران ... والتقى الرئيس حسن روحاني», «وصل X إلى باريس، وتناول العشاء مع Y»: a coordinated
 *   verb, or the noun it takes as object, keeps the agent of the first.
 */
function agentOfEarlierClause(ctx: Context, clause: Clause, r: Reading): void {
  const { hit } = clause;
  const prev = r.prev;
  if (!prev || r.relative) return;
  // (a coordinated verb opens a clause of its own even for an event of the same kind: «اجتمع X مع Y، وأجرى محادثات مع Z»)
  const coordinated = (hit.record.pos === 'verb' && hit.prefix.startsWith('و')) || objectOfCoordinatedVerb(ctx, hit.first);
  if ((prev.type !== hit.record.type || coordinated) && r.subjects.length > 0) {
    const opening = lastOpening(ctx, clause.start, hit.first);
    if (opening >= 0 && r.subjects.every((a) => a.last <= opening && prev.participants.includes(a.id))) {
      r.subjects = prev.participants.slice(0, 1).map((id) => actorFor(id, clause));
      return;
    }
  }
  if (coordinated && !r.subjects.some((a) => a.type === 'person') && !personAfterVisitVerb(ctx, clause, r)) {
    const ids = prev.type === 'visit' ? prev.participants : prev.participants.slice(0, 1);
    r.subjects = ids.map((id) => actorFor(id, clause));
  }
}

/**
 * «أنهى X جولته في المنطقة بزيارة إلى Y», «استهل زيارته بلقاء Z»: a noun after
 * «ب» close behind another trigger of its sentence is the manner of that act;
 * with no subject of its own, its agent is the agent of that act.
 */
function mannerOfEarlierAct(ctx: Context, clause: Clause, r: Reading): void {
  const { doc } = ctx;
  const { hit, prevHit } = clause;
  if (r.subjects.length || r.relative || hit.record.pos !== 'noun' || !/^و?ب$/.test(hit.prefix) || !prevHit) return;
  if (hit.first - prevHit.last > 4 || punctBetween(doc, prevHit.last, hit.first)) return;
  const agent = ctx.lastSubject.filter((a) => a.sentence === hit.sentence && a.last <= prevHit.first);
  if (agent.length) r.subjects = agent;
}

/**
 * «كما بعث X برقية تهنئة مماثلة», «… برقيتي تهنئة مماثلتين»: a message «like
 * it» that names no recipient went to the recipients of the last message the
 * item told; each sender sent his own.
 */
function similarMessage(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (hit.record.type !== 'message' || r.subjects.length === 0 || r.objects.length > 0) return;
  let similar = false;
  for (let k = hit.last; k < Math.min(clause.sentence.last, hit.last + 3) && !similar; k++) similar = anyBaseIn(doc, k, grammar.similarWords);
  if (!similar) return;
  const last = [...ctx.relations].reverse().find((x) => x.type === 'message' && x.source && ctx.items.get(x) === clause.item);
  if (!last) return;
  r.objects = last.participants.filter((p) => p !== last.source && !r.subjects.some((s) => s.id === p)).map((id) => actorFor(id, clause));
  r.separate = true;
  r.together = false;
}

/**
 * «وتناول العشاء», «ثم تناول العشاء»: the word before a noun trigger is a word
 * of its own (not a name, not a preposition) that opens a coordinated clause,
 * with the proclitic «و» or after a word of sequence.
 */
function objectOfCoordinatedVerb(ctx: Context, k: number): boolean {
  const { doc, grammar, covered } = ctx;
  const before = doc.tokens[k - 1];
  if (!before || before.kind === 'punct' || covered[k - 1] || grammar.prepositions.has(before.text)) return false;
  if (grammar.sequenceWords.has(baseAt(doc, k - 2))) return true;
  const bare = before.text.slice(1);
  return before.text.startsWith('و') && before.analyses.some((a) => a.base === bare) && !grammar.prepositions.has(bare);
}

/**
 * «خلال زيارة عمل لقطر», «للقاء أمير قطر», «في زيارة رسمية», «في رسالة», «في
 * اتصال هاتفي» (an indefinite noun after «في»), «بلقاء مع Y» (after «بـ»): a noun
 * that is the circumstance, the means or the purpose of the sentence's act
 * belongs to the agent of that act.
 */
function agentOfCircumstance(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit, inSentence } = clause;
  if (hit.record.pos !== 'noun' || clause.possessive || r.visitorNamed || r.relative) return;
  // («قبيل القمة المرتقبة بين X وY»: an encounter whose list names everyone is not the agent's)
  if (r.together && r.objects.length && grammar.exclusiveList.has(baseAt(doc, r.objects[0]!.first - 1))) return;
  const before = baseAt(doc, hit.first - 1);
  const indefinite = !hasArticle(stem(doc, hit));
  // («اختتم زيارته بلقاء Y»: «بـ» before an indefinite noun of encounter is the means of the act, as «في» is its
  // circumstance; a message's genitive is its sender: «أبلغه بتحيات X»)
  const means = /^و?ب$/.test(hit.prefix) && (hit.record.type === 'meeting' || hit.record.type === 'call');
  const during = grammar.during.has(before) || (indefinite && (grammar.inIndefinite.has(before) || means));
  if (!(during || clause.purpose) || !(r.prev || !r.subjects.some((a) => a.type === 'person'))) return;
  const agent = r.prev?.participants[0] ?? inSentence.find((a) => a.type === 'person' && a.last <= hit.first && canTakePart(a))?.id ?? frontedAgent(ctx, clause, r)?.id;
  if (agent) r.subjects = [actorFor(agent, clause)];
}

/** «محادثات الوزير التي شملت ...», «لقاء الرئيس بوتين مع فيدان»: a person in the genitive right after a noun is its agent. */
function genitiveAgent(ctx: Context, clause: Clause, r: Reading): void {
  const { doc } = ctx;
  const { hit } = clause;
  const rec = hit.record;
  if (rec.pos !== 'noun' || rec.type === 'visit' || clause.possessive || clause.purpose || r.objects.length < 2) return;
  const first = r.objects[0]!;
  // (a preposition introduces a partner or a recipient, no genitive: «مع Y», «بـY», «برقية تهنئة إلى Y»; «ل» the
  // recipient of a message, «برقية تهنئة للرئيس Y», where it is the owner of an encounter: «اجتماع للرئيس X مع Y»)
  const before = baseAt(doc, first.first - 1);
  const clitic = rec.type === 'message' ? /[بل]$/ : /ب$/;
  const introducedBy = ctx.grammar.withWords.has(before) || ctx.grammar.prepositions.has(before) || doc.tokens[first.first]!.analyses.some((x) => x.offset > 0 && clitic.test(x.prefix));
  if (first.type === 'person' && first.first - hit.last <= 1 && !introducedBy) r.subjects = [r.objects.shift()!];
}

/**
 * VSO: «استقبل، اليوم، الرئيس X الوزير Y»: with nothing before the verb but
 * the day or the place of the event between it and its first object, that
 * object is the subject. (One
 * person alone after the verb is its object, the subject a dropped pronoun:
 * «وستلتقي الاثنين وزير الخارجية».)
 */
function subjectAfterVerb(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (r.subjects.length || r.relative || hit.record.pos !== 'verb' || !(r.objects.length > 1 || !ctx.lastSubject.length || personAfterVisitVerb(ctx, clause, r))) return;
  // («يزور أعضاء مجلس الأمن ...»: the officials of a state or an organization begin the subject)
  let to = r.objects[0] ? (officialStart(ctx, r.objects[0]) ?? r.objects[0].first) : hit.last;
  // («استدعت السلطات الإيطالية …»: the noun of a state's authorities stands before its adjective)
  if (to > hit.last && doc.gazetteer.inLexicon('actorNouns', baseAt(doc, to - 1))) to--;
  // («وصل إلى الرياض اليوم الرئيس X», «استقبل في قصره أمس الملك X الرئيس Y»: the place of the event may come first too)
  if (!circumstanceOnly(ctx, hit.last, to)) return;
  r.subjects = r.objects.splice(0, 1);
  // names joined by «و» right after the verb are one subject: «اتفقت مصر والجزائر وتونس على ...» act together;
  // «استقبل X وY الوزير Z»: co-hosts each received the guest, in encounters of their own
  let n = 0;
  while (n < r.objects.length && /^و/.test(prefixAt(ctx, r.objects[n]!.first)) && wordsBetween(ctx, (n ? r.objects[n - 1]! : r.subjects[0]!).last, r.objects[n]!.first) === 0) n++;
  if (n === 0) return;
  if (n === r.objects.length && hit.record.frame?.source === null) r.subjects.push(...r.objects.splice(0));
  else if (n < r.objects.length) {
    r.subjects.push(...r.objects.splice(0, n));
    // («التقى X وY بـZ»: a mutual encounter of the co-subjects with the one they met; hosts receive apart)
    if (hit.record.frame?.source === null && sameState(ctx, r.subjects)) r.together = true;
    else r.separate = true;
  }
}

/**
 * «ووصل الوزير X إلى باريس», «وزار الأمير Y المتحف»: a visit verb takes a place,
 * never a person, as its object; a person right after it (day words aside) is
 * its own subject (VSO), not an object beside a dropped subject carried over
 * from the clause before.
 */
function personAfterVisitVerb(ctx: Context, clause: Clause, r: Reading): boolean {
  const { hit } = clause;
  const first = r.objects[0];
  if (hit.record.type !== 'visit' || hit.record.pos !== 'verb' || first === undefined || first.type !== 'person') return false;
  return dayWordsOnly(ctx, hit.last, officialStart(ctx, first) ?? first.first);
}

/** Do the actors serve one state (persons of it, or the state itself)? */
function sameState(ctx: Context, actors: readonly Actor[]): boolean {
  const states = new Set(actors.map((a) => stateOf(ctx.doc, a.id)));
  return states.size === 1 && !states.has(undefined);
}


/**
 * «يقوم X بجولة في أوروبا، حيث سيزور A وB», «وصل X إلى باريس حيث التقى Y»: a
 * verb right after «حيث» with no subject of its own (a state after a visit verb
 * is its destination; one person after it, its object) continues the main
 * clause; its agent is the main clause's subject, the first person of the sentence.
 */
function subjectBeforeWhere(ctx: Context, clause: Clause, r: Reading): void {
  const { doc } = ctx;
  const { hit } = clause;
  if (r.relative || hit.record.pos !== 'verb' || baseAt(doc, hit.first - 1) !== 'حيث') return;
  // (two persons after the verb, or one after a verb that carries its object: the first is its own subject,
  // «حيث استقبل الرئيس X الوزير Y», «حيث استقبله الرئيس X»; the persons before «حيث» are not)
  if (new Set(r.objects.filter((a) => a.type === 'person').map((a) => a.id)).size > (carriesObjectPronoun(doc, hit) ? 0 : 1)) {
    r.subjects = [];
    return;
  }
  if (r.subjects.length) return;
  const agent = clause.inSentence.find((a) => a.type === 'person' && a.last < hit.first && canTakePart(a));
  if (agent) {
    r.subjects = [agent];
    r.objects = r.objects.filter((a) => a.id !== agent.id);
  }
}

/**
 * «واستقبله الرئيس X», «حيث استقبله X»: a verb that carries its object as a
 * pronoun has its subject right after it; the pronoun stands for the agent
 * read so far (the person before it in the clause, else the item's last subject).
 */
function subjectAfterObjectPronoun(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  const first = r.objects[0];
  if (r.relative || !first || first.type !== 'person' || !carriesObjectPronoun(doc, hit)) return;
  const onlyDayWords = doc.tokens.slice(hit.last, first.first).every((t) => t.kind === 'punct' || t.kind === 'number' || grammar.dayWords.has(t.analyses[0]!.base));
  if (!onlyDayWords) return;
  const antecedent = r.subjects.length ? r.subjects : ctx.lastSubject.filter((a) => itemOf(doc, a.first) === clause.item);
  r.subjects = [r.objects.shift()!];
  r.objects = [...antecedent.filter((a) => a.id !== first.id), ...r.objects];
}

/**
 * «وقال في مؤتمر صحفي مشترك مع Y», «وأكد خلال لقاء مع Y»: an encounter noun
 * after «في» or «خلال», with an object and no actor before it in its sentence,
 * is the circumstance of a verb whose subject is dropped: the item's last
 * subject took part in it.
 */
function circumstanceOfDroppedSubject(ctx: Context, clause: Clause, r: Reading): boolean {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (hit.record.pos !== 'noun' || hit.prefix || r.objects.length === 0) return false;
  const before = baseAt(doc, hit.first - 1);
  if (!grammar.during.has(before) && !grammar.inIndefinite.has(before)) return false;
  return !clause.inSentence.some((a) => a.last <= hit.first && a.first >= clause.sentence.first);
}

/**
 * With no subject yet: «وبحث الجانبان ...» before the trigger, or «لقاء بين
 * قادة البلدين» right after it, refers to the parties of the last relation; a
 * verb with a dropped pronoun takes the last subject of the item.
 */
function referenceOrDroppedSubject(ctx: Context, clause: Clause, r: Reading): void {
  if (r.subjects.length || r.relative) return;
  const { doc } = ctx;
  const { hit } = clause;
  const ref = (ctx.actorsBySentence.get(hit.sentence) ?? []).find(
    (a) => a.reference && ((a.first < hit.first && a.first >= clause.start) || (a.first > hit.first && a.first - hit.last <= 3 && baseAt(doc, a.first - 1) === 'بين')),
  );
  if (ref && ctx.previous) {
    r.subjects = ctx.previous.participants.map((id) => actorFor(id, clause));
    r.follows = ctx.previous;
  } else if (ctx.lastSubject.length && !r.together && (clause.possessive || (hit.record.pos === 'verb' && r.objects.length > 0) || circumstanceOfDroppedSubject(ctx, clause, r)))
    r.subjects = ctx.lastSubject.filter((a) => itemOf(doc, a.first) === clause.item);
  else if (clause.possessive && !r.together) r.subjects = topicOfSentenceBefore(ctx, clause);
}

/**
 * «وغادر X الرياض اليوم. وكان في وداعه …»: where no event named a subject
 * before, the pronoun of a noun refers to the person who leads the sentence
 * before it in the item (named within its first eight tokens).
 */
function topicOfSentenceBefore(ctx: Context, clause: Clause): Actor[] {
  const s = clause.hit.sentence - 1;
  const sentence = ctx.doc.sentences[s];
  if (!sentence || sentence.first < clause.item.first) return [];
  const topic = (ctx.actorsBySentence.get(s) ?? []).find((a) => leadsItsSentence(ctx.doc, a) && canTakePart(a));
  return topic ? [topic] : [];
}

/**
 * «وكان في استقباله X»: in «في استقباله» (to receive him) the pronoun is the
 * guest and the person after it the host, the reverse of «خلال استقباله Y»
 * (during his reception of Y).
 */
function receptionPronounIsGuest(ctx: Context, clause: Clause, r: Reading): void {
  const { hit } = clause;
  if (hit.record.pos !== 'noun' || hit.record.frame?.source !== 'subject' || !clause.possessive || !r.objects.length || !r.subjects.length) return;
  if (!receptionToCome(ctx, hit)) return;
  const guests = r.subjects;
  r.subjects = foreignHosts(ctx, r.objects, guests);
  r.objects = guests;
  r.separate = true;
}

/**
 * Those who receive a guest or see him off each meet him apart, the greeter
 * as the source; the guest's own officials (his ambassador, his ministers)
 * are no hosts: a reception by one's own side is domestic.
 */
function foreignHosts(ctx: Context, hosts: readonly Actor[], guests: readonly Actor[]): Actor[] {
  const own = new Set(guests.map((g) => stateOf(ctx.doc, g.id)));
  own.delete(undefined);
  return hosts.filter((h) => !own.has(stateOf(ctx.doc, h.id)));
}

/** «في استقبال(ه)», «وفي استقبال»: the noun of a reception after «في», the protocol formula of those who receive. */
function receptionToCome(ctx: Context, hit: TriggerHit): boolean {
  const before = baseAt(ctx.doc, hit.first - 1);
  return before === 'في' || before === 'وفي' || hit.prefix === 'في';
}

/**
 * «وكان في استقبال X لدى وصوله Y وZ»: in «في استقبال» with the guest named
 * after the noun, the persons after the guest (past the circumstance of his
 * arrival) are the hosts, each receiving him apart.
 */
function receptionOfNamedGuest(ctx: Context, clause: Clause, r: Reading): void {
  const { hit } = clause;
  if (hit.record.pos !== 'noun' || hit.record.frame?.source !== 'subject' || clause.possessive || r.subjects.length > 1) return;
  if (!receptionToCome(ctx, hit)) return;
  // (the guest, the genitive of the noun, may already stand as its agent)
  const guest = r.subjects[0] ?? r.objects[0];
  if (!guest || guest.first !== hit.last || guest.type !== 'person') return;
  const hosts = foreignHosts(ctx, r.objects.filter((a) => a.type === 'person' && a.first >= guest.last), [guest]);
  if (!hosts.length) return;
  r.subjects = hosts;
  r.objects = [guest];
  r.separate = true;
}

/**
 * «تستضيف قطر قمة تجمع X وY», «احتضنت الرياض اجتماعا»: a state or city that
 * hosts the encounter named by the verb's object is its place, not a party (a
 * person who hosts it takes part).
 */
function hostingPlace(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  if (hit.record.pos !== 'noun') return;
  let verb = -1;
  for (let k = hit.first - 1, words = 0; k >= clause.sentence.first && words < 4 && verb < 0; k--) {
    if (ctx.covered[k]) continue;
    words++;
    if (doc.tokens[k]!.analyses.some((x) => grammar.hostVerbs.has(x.base))) verb = k;
  }
  if (verb < 0) verb = hostInRelativeClause(ctx, clause);
  if (verb < 0) return;
  const host = clause.inSentence.find((a) => a.type !== 'person' && !a.inPhrase && (a.first === verb + 1 || a.last === verb));
  if (!host) return;
  r.host = host;
  r.subjects = r.subjects.filter((a) => a.id !== host.id);
  r.objects = r.objects.filter((a) => a.id !== host.id);
}

/** «قمتهما التاريخية التي تستضيفها سنغافورة»: a host verb carrying the noun as its object, in a relative clause within four words after it (grammar.hostedBy); its token, or -1. */
function hostInRelativeClause(ctx: Context, clause: Clause): number {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  for (let k = hit.last, words = 0; k + 1 < clause.sentence.last && words < 4; k++) {
    if (grammar.relativePronouns.has(baseAt(doc, k)) && anyBaseIn(doc, k + 1, grammar.hostedBy)) return k + 1;
    if (!ctx.covered[k]) words++;
  }
  return -1;
}

/**
 * «وسيجري الرئيسان لقاءات ثنائية مع Y», «أجرى اتصالين هاتفيين مع نظيريه»: a word of separate encounters after
 * the noun, or the noun's own dual or plural: each subject met each object apart. The plural of sessions of one
 * body of several states is one gathering («اجتماعات وزراء خارجية A وB وC»: the parties are one plural title).
 */
function separateEncounters(ctx: Context, clause: Clause, r: Reading): void {
  const { doc, grammar } = ctx;
  const { hit } = clause;
  // («أجرى اتصالين هاتفيين مع نظيريه»: a dual or plural of the encounter noun itself counts the encounters)
  const several = doc.tokens[hit.first]?.analyses.some((x) => grammar.severalEncounters.has(x.base)) === true;
  const separate = doc.tokens[hit.last]?.analyses.some((x) => grammar.separateWords.has(x.base)) === true;
  if (hit.record.pos !== 'noun' || !(several || separate)) return;
  const all = [...r.subjects, ...r.objects];
  if (!separate && all.length > 2 && all.every((a) => a.group !== undefined && a.group === all[0]!.group)) return;
  r.separate = true;
  r.together = false;
}

/**
 * Objects end with the clause: at the next trigger (a visit's later stops aside; a visit told as the verb's
 * circumstance, see objectAfterVisitCircumstance). The verb a noun needs is part of its clause, not another
 * («الاتفاق الذي توصلت إليه X وY»).
 */
function objectsEndAtNextTrigger(ctx: Context, clause: Clause, r: Reading): void {
  const { hit } = clause;
  const next = clause.sameSentence.find((h) => h.first > hit.last && !neededWordAt(ctx.doc, hit.record, h.first));
  if (!next) return;
  const before = r.objects.filter((a) => a.first < next.first);
  r.objects = before.length ? before : [...objectAfterVisitCircumstance(ctx, clause, next, r.objects), ...objectAfterMarginPhrase(ctx, clause, next, r.objects)];
}

/**
 * «التقى X على هامش القمة Y وZ»: the occasion («على هامش» and the event it
 * names) may stand between a verb and its objects; the persons after the
 * occasion's noun, before any later trigger, are the verb's objects.
 */
function objectAfterMarginPhrase(ctx: Context, clause: Clause, next: TriggerHit, objects: readonly Actor[]): Actor[] {
  if (clause.hit.record.pos !== 'verb' || !isMarginPhrase(ctx, next)) return [];
  return personsAfterCircumstance(clause, next, next.last + 1, objects);
}

/** The persons from `from` on, before the trigger that follows the circumstance `next`. */
function personsAfterCircumstance(clause: Clause, next: TriggerHit, from: number, objects: readonly Actor[]): Actor[] {
  const after = clause.sameSentence.find((h) => h.first > next.last);
  return objects.filter((a) => a.type === 'person' && a.first >= from && (!after || a.first < after.first));
}

/** «على هامش …»: the phrase that names the occasion of an encounter (grammar.occasionPhrases). */
export function isMarginPhrase(ctx: Context, hit: TriggerHit): boolean {
  return hit.last - hit.first === 2 && ctx.grammar.occasionPhrases.has(twoWordsAt(ctx.doc, hit.first));
}

/**
 * «التقى X، خلال زيارته إلى باريس، نظيره Y»: a verb's object may follow a
 * visit told as its circumstance («خلال», «أثناء» + the visit noun and its
 * destination). The persons after the destination, before any later trigger,
 * are the verb's objects; those of the visit phrase itself are not.
 */
function objectAfterVisitCircumstance(ctx: Context, clause: Clause, next: TriggerHit, objects: readonly Actor[]): Actor[] {
  const { doc, grammar } = ctx;
  if (clause.hit.record.pos !== 'verb' || next.record.type !== 'visit' || next.record.pos !== 'noun' || !grammar.during.has(baseAt(doc, next.first - 1))) return [];
  const destination = clause.inSentence.find((a) => (a.type === 'city' || a.type === 'country') && !a.inPhrase && a.first >= next.last && a.first - next.last <= 3);
  if (destination) return personsAfterCircumstance(clause, next, destination.last, objects);
  // («خلال جولته في أفريقيا Y», «خلال زيارته الحالية Y»: a region or an adjective of the trip, no place of ours, then the person)
  const person = objects.find((a) => a.type === 'person' && a.first > next.last && a.first - next.last <= 3 && !punctBetween(doc, next.last, a.first));
  return person ? personsAfterCircumstance(clause, next, person.first, objects) : [];
}

/** The relation made by the last trigger before this one in its sentence that made one. */
function lastMade(ctx: Context, clause: Clause): Relation | undefined {
  const { sameSentence, hit } = clause;
  for (let i = sameSentence.length - 1; i >= 0; i--) {
    const h = sameSentence[i]!;
    if (h.last > hit.first) continue;
    const r = ctx.made.get(h);
    if (r) return r;
  }
  return undefined;
}

/** Objects end where the subject matter («حول», «لبحث», «العلاقات» ...) or another clause («أن») begins; words inside a name or title do not count. Looked for up to `upTo`, the last start of an actor: beyond it, the sentence's end gives the same objects. */
function objectsEnd(ctx: Context, clause: Clause, upTo: number): number {
  const { doc, grammar } = ctx;
  // (only whether an actor starts before the end matters: past the last actor's start, no need to look)
  const last = Math.min(clause.sentence.last, upTo + 1);
  for (let k = clause.hit.last; k < last; k++) {
    if (ctx.covered[k]) continue;
    // «... بعد أن سحب الرئيس الأميركي»: a complementizer opens another clause
    if ((anyBaseIn(doc, k, grammar.objectStops) && !partiesOfAgreementAhead(ctx, clause, k)) || grammar.complementizers.has(baseAt(doc, k))) return k;
    // «استقبل X Y، في نيوم، وهي المنطقة التي أعلن Z ...»: a relative clause after a verb's objects has a verb of its own
    if (clause.hit.record.pos === 'verb' && k > clause.hit.last + 1 && grammar.relativePronouns.has(baseAt(doc, k))) return k;
    // «…، وقال Z إن …», «…، فيما أكد Z …»: after a comma, a verb of saying or a word that opens a clause begins another sentence's worth
    if (doc.tokens[k - 1]?.kind === 'punct' && (grammar.clauseOpeners.has(baseAt(doc, k)) || doc.gazetteer.inLexicon('nameEnders', baseAt(doc, k)))) return k;
  }
  return clause.sentence.last;
}

/**
 * «وقعت اتفاقية للتعاون بين A وB», «مذكرة تفاهم للتعاون في مجال الطاقة بين A
 * وB»: an agreement's purpose may stand between its noun and the «بين» that
 * names its parties; the purpose does not end them (within six words).
 */
function partiesOfAgreementAhead(ctx: Context, clause: Clause, k: number): boolean {
  if (clause.hit.record.type !== 'agreement') return false;
  const { doc } = ctx;
  for (let j = k + 1, words = 0; j < clause.sentence.last && words < 6; j++) {
    if (doc.tokens[j]!.kind === 'punct') return false;
    if (baseAt(doc, j) === 'بين') return true;
    if (!ctx.covered[j]) words++;
  }
  return false;
}

/** The start of the last actor that starts at `from` or later (from - 1 when none). */
function lastStart(actors: readonly Actor[], from: number): number {
  let last = from - 1;
  for (const a of actors) if (a.first > last) last = a.first;
  return last;
}

/** The last comma or sequence word («ثم») in [from, to), or -1. */
function lastOpening(ctx: Context, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind === 'punct' || ctx.grammar.sequenceWords.has(t.analyses[0]!.base)) return k;
  }
  return -1;
}


/** The first actor of each id. */
function dedupe(list: Actor[]): Actor[] {
  const out: Actor[] = [];
  for (const a of list) if (!out.some((b) => b.id === a.id)) out.push(a);
  return out;
}

/** The actors nearest the trigger that are joined by «و» or a comma («الرئيسان الروسي X والصيني Y»: «و» on the adjective between). */
function nearestGroup(doc: Doc, list: Actor[], covered: Uint8Array): Actor[] {
  const sorted = [...list].sort((a, b) => b.first - a.first);
  const group = [sorted[0]!];
  const withWa = (k: number) => doc.tokens[k]!.analyses.some((a) => a.prefix.startsWith('و'));
  for (let i = 1; i < sorted.length; i++) {
    const right = group[group.length - 1]!;
    const left = sorted[i]!;
    const gap = doc.tokens.slice(left.last, right.first);
    const joined =
      withWa(right.first) ||
      gap.every((t) => t.kind === 'punct' || t.text === 'و') ||
      (gap.length > 0 && withWa(left.last) && gap.every((_, j) => Boolean(covered[left.last + j])));
    if (!joined || gap.length > 2) break;
    group.push(left);
  }
  return group.reverse();
}

/**
 * The states named by a chain of country adjectives right after a trigger noun
 * (and its «ثلاثي»): «قمة مصرية سودانية», «اجتماع ثلاثي سعودي - أميركي - روسي».
 * When «على مستوى وزراء الخارجية» follows, the office-holders the resolver
 * found for that phrase stand for their states.
 */
function adjectiveChain(ctx: Context, clause: Clause): Actor[] {
  const { doc, grammar } = ctx;
  const { hit, inSentence } = clause;
  let k = hit.last;
  while (grammar.multilateral.has(baseAt(doc, k))) k++;
  const isAdjective = (a: Actor) => ctx.adjectives.has(spanKey(a.first, a.last));
  const chain: Actor[] = [];
  for (;;) {
    // (the adjectives describe the trigger noun, so they are read even inside its phrase)
    const a = inSentence.find((x) => x.first === k && x.type === 'country' && isAdjective(x));
    if (!a) break;
    chain.push(a);
    k = a.last;
    if (isDash(doc.tokens[k])) k++;
  }
  if (chain.length < 2) return [];
  // the holders named by «على مستوى ...» right after the chain
  const holders = inSentence.filter((x) => x.type === 'person' && x.group !== undefined && x.first > k && x.first - k <= 3);
  if (holders.length === chain.length && chain.every((c) => holders.some((h) => `country:${stateOf(doc, h.id)}` === c.id))) return holders;
  return chain;
}

/** Is the token inside round brackets? */
function insideBrackets(doc: Doc, index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 30; k--) {
    const t = doc.tokens[k]!.text;
    if (t === ')') return false;
    if (t === '(') return true;
  }
  return false;
}

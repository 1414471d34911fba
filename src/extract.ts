/**
 * `createExtractor` builds once (gazetteer, custom entries, defaults) and
 * extracts many times; `extract` uses a shared default extractor.
 */
import type { Doc } from './document.js';
import { fail } from './errors.js';
import { bundledData, defaultGazetteer, Gazetteer, type EntityRecordView, type GazetteerData, type PersonRecord } from './gazetteer/index.js';
import { assertNoProblems, personProblems, placeIds, validateData, type Problem } from './gazetteer/validate.js';
import { languageOf, sampleOf, scriptCounts } from './lang/index.js';
import { createDoc, runPipeline } from './pipeline.js';
import { groupEntities, type EntityFacts, type PlacedMention } from './entities.js';
import type { Entity, ExtractOptions, ExtractResult, Language, LanguageCode } from './types.js';
import type { LanguagePath } from './english/index.js';

export const DEFAULT_MAX_LENGTH = 1_000_000;

/** A custom entry: a person, country, city, organization (a non-state group with `group`) or region record with its type. */
export type CustomEntry =
  | ({ type: 'person' } & PersonRecord)
  | ({ type: 'country' } & GazetteerData['countries'][number])
  | ({ type: 'city' } & GazetteerData['cities'][number])
  | ({ type: 'organization' } & GazetteerData['organizations'][number])
  | ({ type: 'region' } & NonNullable<GazetteerData['regions']>[number]);

export interface ExtractorOptions {
  /** Add entries to, or remove ids from, the bundled gazetteer. */
  gazetteer?: { add?: CustomEntry[]; remove?: string[] };
  /** Defaults for every call. */
  defaults?: ExtractOptions;
  /**
   * The English path (`english` from `arabic-diplomatic-ner/english`, or from the
   * main entry). The main entry's extractors take it by default; extractors of
   * `arabic-diplomatic-ner/arabic` read English only when given it.
   */
  english?: LanguagePath;
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): ExtractResult;
  /** The built gazetteer (for inspection). */
  readonly gazetteer: Gazetteer;
}

const OPTION_KEYS = new Set(['publishedAt', 'language', 'maxLength', 'guessNames']);
/** The fields a custom entry may have (all record types, plus its type). */
const ENTRY_KEYS = new Set(['type', 'id', 'name', 'aliases', 'short', 'gender', 'country', 'roles', 'iso2', 'iso3', 'adjectives', 'capital', 'government', 'parent', 'kind', 'group']);
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** publishedAt strings that passed the check, and their days (a batch repeats a few; bounded). */
const checkedDays = new Map<string, string>();
const CHECKED_DAYS_MAX = 1024;

/** Checks extract options and returns the day as YYYY-MM-DD (or null). */
export function checkOptions(options: unknown): { day: string | null; language: 'ar' | 'en' | 'auto'; maxLength: number; guessNames: boolean } {
  if (options === undefined || options === null) return { day: null, language: 'auto', maxLength: DEFAULT_MAX_LENGTH, guessNames: false };
  if (typeof options === 'object' && Object.hasOwn(options, '__proto__')) fail('E_OPTIONS', 'unknown option "__proto__"', 'options.__proto__');
  if (!isPlain(options)) fail('E_OPTIONS', 'options must be a plain object', 'options');
  for (const k of Object.keys(options)) if (!OPTION_KEYS.has(k)) fail('E_OPTIONS', `unknown option "${k}"`, `options.${k}`);
  const { publishedAt, language, maxLength, guessNames } = options;
  let day: string | null = null;
  if (publishedAt instanceof Date) {
    if (Number.isNaN(publishedAt.getTime())) fail('E_DATE', 'options.publishedAt is an invalid Date', 'options.publishedAt');
    day = publishedAt.toISOString().slice(0, 10);
  } else if (typeof publishedAt === 'string' && checkedDays.has(publishedAt)) {
    day = checkedDays.get(publishedAt)!; // a publication day checked before
  } else if (typeof publishedAt === 'string') {
    const m = ISO_DAY.exec(publishedAt.slice(0, 10));
    const d = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : null;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== publishedAt.slice(0, 10))
      fail('E_DATE', `options.publishedAt must be YYYY-MM-DD (or an ISO timestamp), got "${publishedAt.slice(0, 40)}"`, 'options.publishedAt');
    day = publishedAt.slice(0, 10);
    if (publishedAt.length <= 64) {
      if (checkedDays.size >= CHECKED_DAYS_MAX) checkedDays.clear();
      checkedDays.set(publishedAt, day);
    }
  } else if (publishedAt !== undefined && publishedAt !== null) fail('E_DATE', 'options.publishedAt must be a string or a Date', 'options.publishedAt');
  if (language !== undefined && language !== 'ar' && language !== 'en' && language !== 'auto')
    fail('E_OPTION_VALUE', 'options.language must be "ar", "en" or "auto"', 'options.language');
  if (maxLength !== undefined && (typeof maxLength !== 'number' || !Number.isInteger(maxLength) || maxLength < 0))
    fail('E_OPTION_VALUE', 'options.maxLength must be a non-negative integer', 'options.maxLength');
  if (guessNames !== undefined && typeof guessNames !== 'boolean') fail('E_OPTION_VALUE', 'options.guessNames must be a boolean', 'options.guessNames');
  return { day, language: (language as 'ar' | 'en' | 'auto' | undefined) ?? 'auto', maxLength: (maxLength as number | undefined) ?? DEFAULT_MAX_LENGTH, guessNames: guessNames === true };
}

/** Views of gazetteer entities already built, by gazetteer then id (a batch names the same few hundred again and again; bounded). */
const views = new WeakMap<Gazetteer, Map<string, EntityRecordView>>();
const VIEWS_MAX = 4096;

/** The gazetteer's view of an id, built once (a view is read, never changed: its alias list is the gazetteer's own already). */
function viewOf(g: Gazetteer, id: string): EntityRecordView | undefined {
  let known = views.get(g);
  if (!known) views.set(g, (known = new Map()));
  let view = known.get(id);
  if (!view) {
    view = g.view(id);
    if (view) {
      if (known.size >= VIEWS_MAX) known.clear();
      known.set(id, view);
    }
  }
  return view;
}

/** Turns the document's raw mentions into public entities, sorted by first mention. */
export function assemble(doc: Doc): Entity[] {
  const g = doc.gazetteer;
  const placed = doc.mentions.map((rm) => {
    const [start, end] = doc.norm.map.toOriginal(doc.tokens[rm.first]!.start + rm.offset, doc.tokens[rm.last - 1]!.end);
    const pm: PlacedMention = { id: rm.id, start, end, kind: rm.kind, confidence: rm.confidence };
    if (rm.implicit) pm.implicit = true;
    return pm;
  });
  return groupEntities(doc.original, placed, (id) => {
    const view = viewOf(g, id);
    const info = doc.personInfo.get(id);
    if (!view && !info) return undefined;
    const country = view?.country ?? info?.country;
    const facts: EntityFacts = { type: view?.type ?? 'person', name: { en: view?.name.en ?? info!.name.en, ar: view?.name.ar ?? info!.name.ar } };
    if (view?.aliases.length) facts.aliases = view.aliases;
    // a person outside the gazetteer: the common spellings of the romanized name
    else if (info?.aliases?.length) facts.aliases = info.aliases;
    if (view?.iso2) facts.iso2 = view.iso2;
    if (country) facts.country = country;
    if (info) facts.roles = info.roles;
    if (view?.body) facts.body = view.body;
    if (view?.group) facts.group = view.group;
    return facts;
  });
}

function buildGazetteer(custom: ExtractorOptions['gazetteer']): Gazetteer {
  if (!custom) return defaultGazetteer();
  if (!isPlain(custom)) fail('E_OPTIONS', 'options.gazetteer must be { add?, remove? }', 'options.gazetteer');
  for (const k of Object.keys(custom)) if (k !== 'add' && k !== 'remove') fail('E_OPTIONS', `unknown gazetteer option "${k}"`, `options.gazetteer.${k}`);
  const add = custom.add ?? [];
  const remove = custom.remove ?? [];
  if (!Array.isArray(add)) fail('E_OPTIONS', 'options.gazetteer.add must be an array', 'options.gazetteer.add');
  if (!Array.isArray(remove) || !remove.every((r) => typeof r === 'string')) fail('E_OPTIONS', 'options.gazetteer.remove must be an array of ids', 'options.gazetteer.remove');
  const base = bundledData();
  const drop = new Set(remove);
  const data: GazetteerData = {
    ...base,
    countries: base.countries.filter((x) => !drop.has(x.id)),
    cities: base.cities.filter((x) => !drop.has(x.id)),
    organizations: base.organizations.filter((x) => !drop.has(x.id)),
    regions: (base.regions ?? []).filter((x) => !drop.has(x.id)),
    people: base.people.filter((x) => !drop.has(x.id)),
  };
  // an id of the bundled data that the caller did not remove: adding it again would replace a record unseen
  const bundledIds = new Set([...base.countries, ...base.cities, ...base.organizations, ...(base.regions ?? []), ...base.people].map((x) => x.id).filter((id) => !drop.has(id)));
  const problems: Problem[] = [];
  add.forEach((entry: unknown, i) => {
    if (!isPlain(entry)) {
      problems.push({ where: `add[${i}]`, id: '?', field: '', message: 'an entry must be a plain object' });
      return;
    }
    const where = `add[${i}]`;
    const unknown = Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k));
    if (Object.hasOwn(entry, '__proto__') || unknown.length) {
      problems.push({ where, id: String((entry as Record<string, unknown>).id ?? '?'), field: unknown[0] ?? '__proto__', message: `unknown field "${unknown[0] ?? '__proto__'}"` });
      return;
    }
    const { type, ...record } = entry as Record<string, unknown>;
    if (typeof record.id === 'string' && bundledIds.has(record.id)) {
      problems.push({ where, id: record.id, field: 'id', message: 'an entry of the bundled gazetteer has this id: remove it first (gazetteer.remove) to replace it' });
      return;
    }
    if (type === 'person') {
      const terms = { countries: new Set(data.countries.map((c) => c.iso2)), organizations: new Set(data.organizations.map((o) => o.id)), roles: new Set(data.roles?.roles ?? []), places: placeIds(data) };
      problems.push(...personProblems(record, where, terms));
      data.people = [...data.people.filter((p) => p.id !== record.id), record as unknown as PersonRecord];
    } else if (type === 'country' || type === 'city' || type === 'organization' || type === 'region') {
      const key = type === 'country' ? 'countries' : type === 'city' ? 'cities' : type === 'region' ? 'regions' : 'organizations';
      const probe: GazetteerData = { ...data, countries: [], cities: [], organizations: [], regions: [], people: [], bodies: { kinds: [], seats: [] } };
      (probe[key] as unknown[]) = [record];
      if (type === 'country') probe.cities = data.cities;
      if (type === 'city' || type === 'region') probe.countries = data.countries;
      // only the problems of the entry itself (the probe holds no other cities or countries to check against)
      problems.push(...validateData(probe).filter((p) => p.id === record.id && !(type === 'country' && p.field === 'capital')).map((p) => ({ ...p, where })));
      (data[key] as unknown[]) = [...(data[key] as Array<{ id: string }>).filter((x) => x.id !== record.id), record];
    } else problems.push({ where, id: String(record.id ?? '?'), field: 'type', message: 'type must be person, country, city, organization or region' });
  });
  assertNoProblems(problems);
  return new Gazetteer(data);
}

/**
 * Builds an extractor: the gazetteer (with custom entries) is compiled once.
 * @throws DiplomaticNerError E_OPTIONS / E_GAZETTEER_ENTRY for bad options or entries
 */
export function createExtractor(options: ExtractorOptions = {}): Extractor {
  if (!isPlain(options)) fail('E_OPTIONS', 'createExtractor options must be a plain object', 'options');
  for (const k of Object.keys(options)) if (k !== 'gazetteer' && k !== 'defaults' && k !== 'english') fail('E_OPTIONS', `unknown option "${k}"`, `options.${k}`);
  if (options.defaults !== undefined) checkOptions(options.defaults);
  const path = options.english as Partial<LanguagePath> | null | undefined;
  if (path !== undefined && (typeof path !== 'object' || path === null || path.language !== 'en' || typeof path.reader !== 'function'))
    fail('E_OPTION_VALUE', 'options.english must be the English path exported as `english`', 'options.english');
  let gazetteer: Gazetteer | undefined = options.gazetteer ? buildGazetteer(options.gazetteer) : undefined;
  const get = () => (gazetteer ??= buildGazetteer(undefined));
  // the English reader of this extractor: its index and tagging lexicon are built from this extractor's gazetteer, once
  let readEnglish: ((text: string, day: string | null) => ExtractResult) | undefined;
  const extractEnglish = (text: string, day: string | null): ExtractResult => {
    if (!path) return { language: 'en', entities: [], relations: [] };
    readEnglish ??= (path as LanguagePath).reader(get());
    return readEnglish(text, day);
  };
  return {
    get gazetteer() {
      return get();
    },
    extract(text, callOptions) {
      if (typeof text !== 'string') fail('E_TEXT_TYPE', `text must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text}`, 'text');
      if (callOptions !== undefined && callOptions !== null) {
        if (typeof callOptions === 'object' && Object.hasOwn(callOptions, '__proto__')) fail('E_OPTIONS', 'unknown option "__proto__"', 'options.__proto__');
        if (!isPlain(callOptions)) fail('E_OPTIONS', 'options must be a plain object', 'options');
      }
      const merged: Record<string, unknown> = Object.assign({}, options.defaults, callOptions ?? {});
      const { day, language, maxLength, guessNames } = checkOptions(merged);
      if (text.length > maxLength) fail('E_TEXT_TOO_LONG', `text has ${text.length} UTF-16 units, more than maxLength ${maxLength}`, 'text');
      // the script counts of the sample, taken once for the language and the Latin-text test
      const sample = language === 'auto' ? sampleOf(text) : '';
      const counts = language === 'auto' ? scriptCounts(sample) : undefined;
      const lang: LanguageCode = counts ? languageOf(sample, counts) : (language as Language);
      if (!text.trim()) return { language: 'und', entities: [], relations: [] };
      // English is the only Latin-script path: it takes English, and short Latin texts franc cannot place
      // (it takes a short English line for German); a longer French or Spanish text is not read as English
      const latinText = counts !== undefined && isLatin(counts);
      if (lang === 'en' || (latinText && (lang === 'und' || text.length < SHORT_LATIN))) return extractEnglish(text, day);
      if (latinText || (counts !== undefined && isUnreadScript(counts))) return { language: lang, entities: [], relations: [] };
      const doc = runPipeline(createDoc(text, get(), day, guessNames));
      return { language: lang === 'und' ? 'ar' : lang, entities: assemble(doc), relations: doc.relations };
    },
  };
}

/** Below this length franc's guess for a Latin-script text is not trusted. */
const SHORT_LATIN = 200;

/** Most letters are Latin. */
function isLatin({ latin, arabic, foreign }: { latin: number; arabic: number; foreign: number }): boolean {
  return latin > 0 && latin >= 2 * (arabic + foreign);
}

/**
 * Most letters are of a script neither path reads (Han, Cyrillic, Hebrew, kana …): the Arabic
 * path would find nothing true in it, so the text gets an empty result under its own language.
 */
function isUnreadScript({ foreign, arabic, latin }: { foreign: number; arabic: number; latin: number }): boolean {
  // the share detectLanguage takes for the script's language: at least 60% of the letters
  return foreign > 0 && 2 * foreign >= 3 * (arabic + latin);
}

let shared: Extractor | undefined;

/**
 * Extracts entities and relations from an Arabic news text (this module's
 * default extractor has no English path: the main entry's `extract` has).
 * @param text the article
 * @param options publishedAt (YYYY-MM-DD or Date), language, maxLength
 * @throws DiplomaticNerError for a non-string text or bad options; never because of what the text says
 */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  shared ??= createExtractor();
  return shared.extract(text, options);
}

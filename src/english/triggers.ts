/**
 * The English trigger table of an extractor, from data/en/triggers.json: every
 * inflected form of the verb lemmas (compromise's conjugator, plus the regular
 * forms) and the noun phrases, each with its record and frame.
 */
import type { EnglishTriggerRecord } from '../gazetteer/index.js';
import { compromise } from './nlp.js';
import { phraseKeys } from './tokens.js';

export interface TriggerTable {
  /** Inflected verb forms → their records, in the order of the data (the first whose needs are met wins). */
  verbs: Map<string, EnglishTriggerRecord[]>;
  /** Noun phrases by their first key, longest first. */
  nouns: Map<string, Array<{ keys: string[]; rec: EnglishTriggerRecord }>>;
}

/** The forms of a verb lemma: compromise's conjugations and the regular ones («travel» → traveled, travelled). */
function verbForms(lemma: string): Set<string> {
  const e = lemma.endsWith('e');
  const forms = new Set<string>([lemma, `${lemma}s`, e ? `${lemma}d` : `${lemma}ed`, e ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`]);
  if (/[aeiou]l$/.test(lemma)) forms.add(`${lemma}led`).add(`${lemma}ling`);
  const view = compromise()(lemma).tag('Infinitive') as unknown as { verbs(): { conjugate(): Array<Record<string, string>> } };
  const conj = view.verbs().conjugate()[0] ?? {};
  for (const k of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) {
    const f = conj[k];
    if (f && !f.includes(' ')) forms.add(f.toLowerCase());
  }
  return forms;
}

export function triggerTable(records: readonly EnglishTriggerRecord[]): TriggerTable {
  const verbs = new Map<string, EnglishTriggerRecord[]>();
  const nouns = new Map<string, Array<{ keys: string[]; rec: EnglishTriggerRecord }>>();
  for (const rec of records) {
    for (const form of rec.en) {
      if (rec.pos === 'verb') {
        for (const f of verbForms(form)) verbs.set(f, [...(verbs.get(f) ?? []), rec]);
        continue;
      }
      const keys = phraseKeys(form);
      if (!keys.length) continue;
      const list = nouns.get(keys[0]!) ?? [];
      list.push({ keys, rec });
      list.sort((a, b) => b.keys.length - a.keys.length);
      nouns.set(keys[0]!, list);
    }
  }
  return { verbs, nouns };
}

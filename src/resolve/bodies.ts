/**
 * State bodies built from parts: a kind («وزارة الخارجية», «الحكومة», «الجيش»)
 * with a country adjective («الروسية») or, after a construct form, a name.
 */
import { pick, type M, type Resolution } from './state.js';

export function resolveBody(r: Resolution, m: M, sentence: number): void {
  const kind = pick(m, 'bodykind')!;
  const next = r.startingAt(m.last);
  // «الخارجية السعودية»: «السعودية» is both a name and an adjective; the body wants the one its form calls for
  const wanted = kind.construct ? 'name' : 'adjective';
  const c = next?.senses.find((x): x is Extract<typeof x, { t: 'country' }> => x.t === 'country' && x.form === wanted);
  if (!next || !c) return;
  r.used.add(next);
  const iso = c.id.slice(8);
  const id = `body:${iso}:${kind.kind}`;
  r.mention(id, { first: m.first, last: next.last, offset: m.offset }, 'name', 1);
  r.mention(c.id, next, c.form === 'adjective' ? 'adjective' : 'name', 1);
  r.actors.push({ id, type: 'organization', first: m.first, last: next.last, sentence, body: kind.kind });
  r.actors.push({ id: c.id, type: 'country', first: next.first, last: next.last, sentence, inPhrase: true });
}

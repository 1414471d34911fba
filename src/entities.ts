/**
 * Mentions become entities: each entity once per document, with all its
 * mentions (offsets into the caller's string), sorted by first mention. Shared
 * by the Arabic and the English paths.
 */
import type { Entity, MentionKind, Role } from './types.js';

/** A mention already placed in the original text. */
export interface PlacedMention {
  id: string;
  start: number;
  end: number;
  kind: MentionKind;
  confidence: number;
  implicit?: boolean;
}

/** What the paths know of an entity, besides its mentions. */
export interface EntityFacts {
  type: Entity['type'];
  name: { en: string; ar: string };
  aliases?: string[];
  iso2?: string;
  country?: string;
  roles?: Role[];
  body?: string;
}

export function groupEntities(original: string, mentions: Iterable<PlacedMention>, facts: (id: string) => EntityFacts | undefined): Entity[] {
  const byId = new Map<string, Entity>();
  // mentions seen, by start: a repeated (id, start, end, kind) is kept once (no string key per mention)
  const seen = new Map<number, PlacedMention[]>();
  for (const pm of mentions) {
    if (pm.end <= pm.start) continue;
    const at = seen.get(pm.start);
    if (at) {
      if (at.some((x) => x.id === pm.id && x.end === pm.end && x.kind === pm.kind)) continue;
      at.push(pm);
    } else seen.set(pm.start, [pm]);
    let e = byId.get(pm.id);
    if (!e) {
      const f = facts(pm.id);
      if (!f) continue;
      // fields set one by one, in the order of the type (no object spread per entity)
      const name: Entity['name'] = { en: f.name.en, ar: f.name.ar };
      if (f.aliases?.length) name.aliases = f.aliases;
      const built = { id: pm.id, type: f.type, name } as Entity;
      if (f.iso2) built.iso2 = f.iso2;
      if (f.country) built.country = f.country;
      if (f.roles) built.roles = f.roles;
      if (f.body) built.body = f.body;
      built.confidence = 0;
      built.mentions = [];
      e = built;
      if (pm.implicit) e.implicit = true;
      byId.set(pm.id, e);
    }
    // an entity named anywhere is not implicit
    if (!pm.implicit && e.implicit) delete e.implicit;
    e.confidence = Math.max(e.confidence, pm.confidence);
    e.mentions.push({ start: pm.start, end: pm.end, text: original.slice(pm.start, pm.end), kind: pm.kind, confidence: pm.confidence });
  }
  const out = [...byId.values()];
  for (const e of out) e.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

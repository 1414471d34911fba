/**
 * Mentions become entities: each entity once per document, with all its
 * mentions (offsets into the caller's string), sorted by first mention. Shared
 * by the Arabic and the English paths.
 */
import type { Entity, Mention, MentionKind, Role } from './types.js';

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
  group?: string;
}

/** An entity being gathered: its facts and what its mentions add (one shape for all, so the loop over mentions stays monomorphic). */
interface Gathered {
  id: string;
  facts: EntityFacts;
  confidence: number;
  /** Every mention so far is implicit. */
  implicit: boolean;
  mentions: Mention[];
}

export function groupEntities(original: string, mentions: Iterable<PlacedMention>, facts: (id: string) => EntityFacts | undefined): Entity[] {
  // by id; null for an id without facts (it has no entity)
  const byId = new Map<string, Gathered | null>();
  // mentions seen, by start: a repeated (id, start, end, kind) is kept once (no string key per mention)
  const seen = new Map<number, PlacedMention[]>();
  for (const pm of mentions) {
    if (pm.end <= pm.start) continue;
    const at = seen.get(pm.start);
    if (at) {
      if (at.some((x) => x.id === pm.id && x.end === pm.end && x.kind === pm.kind)) continue;
      at.push(pm);
    } else seen.set(pm.start, [pm]);
    let g = byId.get(pm.id);
    if (g === undefined) {
      const f = facts(pm.id);
      g = f ? { id: pm.id, facts: f, confidence: 0, implicit: Boolean(pm.implicit), mentions: [] } : null;
      byId.set(pm.id, g);
    }
    if (!g) continue;
    // an entity named anywhere is not implicit
    if (!pm.implicit) g.implicit = false;
    g.confidence = Math.max(g.confidence, pm.confidence);
    g.mentions.push({ start: pm.start, end: pm.end, text: original.slice(pm.start, pm.end), kind: pm.kind, confidence: pm.confidence });
  }
  const out: Entity[] = [];
  for (const g of byId.values()) if (g) out.push(entityOf(g));
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

const byOffsets = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end;

/** The public entity, its fields set one by one in the order of the type (no object spread per entity). */
function entityOf(g: Gathered): Entity {
  const f = g.facts;
  const name: Entity['name'] = { en: f.name.en, ar: f.name.ar };
  if (f.aliases?.length) name.aliases = f.aliases;
  const e = { id: g.id, type: f.type, name } as Entity;
  if (f.iso2) e.iso2 = f.iso2;
  if (f.country) e.country = f.country;
  if (f.roles) e.roles = f.roles;
  if (f.body) e.body = f.body;
  if (f.group) e.group = f.group;
  e.confidence = g.confidence;
  // (most entities are named once: no sort to call)
  e.mentions = g.mentions.length > 1 ? g.mentions.sort(byOffsets) : g.mentions;
  if (g.implicit) e.implicit = true;
  return e;
}

/**
 * english: the same extraction on an English article (language detected
 * automatically; pass `language: 'en'` to force it). Entities come back with
 * their Arabic and English names whichever language the text is in.
 *
 *   npm run example -- english
 *
 * The article was written for this example; it does not report a real event.
 */
import { extract } from 'arabic-diplomatic-ner';

const article = `CAIRO, Sept 1 (Reuters) - Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Cairo on Friday to discuss the situation in Gaza and bilateral cooperation, the Egyptian foreign ministry said.

Shoukry later held a phone call with U.S. Secretary of State Antony Blinken on regional security.

Jordan's King Abdullah II is expected to visit Cairo next week, a Jordanian official said.`;

const result = extract(article, { publishedAt: '2023-09-01' });

console.log(`Language: ${result.language}`);
console.log(`\nEntities (${result.entities.length})`);
for (const e of result.entities) {
  const mentions = e.mentions.map((m) => JSON.stringify(m.text)).join(', ');
  console.log(`  ${e.type.padEnd(13)} ${e.name.en.padEnd(26)} \u2067${e.name.ar}\u2069  ← ${mentions}`);
}

const names = new Map(result.entities.map((e) => [e.id, e.name.en]));
const name = (id: string) => names.get(id) ?? id;
console.log(`\nRelations (${result.relations.length})`);
for (const r of result.relations) {
  const arrow = r.type === 'visit' ? ` → ${r.location ? name(r.location) : '?'}` : '';
  const where = r.type !== 'visit' && r.location ? ` in ${name(r.location)}` : '';
  console.log(`  ${r.type.padEnd(11)} ${r.participants.map(name).join(r.type === 'visit' ? ' & ' : ' ⇄ ')}${arrow}${where}` +
    `${r.date ? ` · ${r.date}` : ''}${r.topics.length ? ` · ${r.topics.join(', ')}` : ''} · ${r.status} · CAMEO ${r.cameo}`);
  console.log(`              “${r.trigger.text}” in: ${r.evidence.text}`);
}

/**
 * basic: extract people, states, cities, organizations and the relations
 * between them from one Arabic article, and print them as a table and as JSON.
 *
 *   npm run build && npm run example
 *
 * The article was written for this example in the style of a news-agency
 * dispatch; it does not report a real event.
 */
import { extract, type Entity, type Relation } from 'arabic-diplomatic-ner';

const article = `الرباط، الجمعة 1 سبتمبر 2023 (وكالات) - استقبل وزير الشؤون الخارجية والتعاون الإفريقي المغربي ناصر بوريطة، اليوم الجمعة بالرباط، نظيره الروسي سيرغي لافروف الذي يقوم بزيارة عمل إلى المملكة تستغرق يومين.

وبحث الجانبان خلال اللقاء سبل تعزيز العلاقات الثنائية والتعاون الاقتصادي والتجاري، إلى جانب تطورات الأوضاع في الشرق الأوسط ومنطقة الساحل.

وسلّم لافروف رسالة خطية من الرئيس الروسي فلاديمير بوتين إلى العاهل المغربي الملك محمد السادس، تتعلق بالعلاقات بين البلدين.

وكان بوريطة قد أجرى، أمس الخميس، اتصالا هاتفيا مع وزير الخارجية المصري سامح شكري، تناول التحضيرات للقمة العربية المقبلة.

ومن المقرر أن يزور الوزير المغربي القاهرة الأسبوع المقبل، حيث يلتقي الأمين العام لجامعة الدول العربية أحمد أبو الغيط.`;

// The publication date lets the library resolve titles ("the Moroccan minister")
// to the office-holder of that day, and relative dates ("yesterday") to days.
const result = extract(article, { publishedAt: '2023-09-01' });

/** Wraps Arabic in a right-to-left isolate so that a terminal keeps the columns in order. */
const rtl = (s: string) => `\u2067${s}\u2069`;
/** Terminal width: the isolates and the diacritics take no column. */
const width = (s: string) => [...s.replace(/[\p{Mn}\p{Cf}]/gu, '')].length;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

function role(e: Entity): string {
  return (e.roles ?? []).map((r) => `${r.role} of ${r.of}`).join(', ');
}

function describe(r: Relation, names: Map<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const who = r.participants.map(name);
  const what = r.type === 'visit' ? `${who.join(' & ')} → ${r.location ? name(r.location) : '?'}` : who.join(' ⇄ ');
  return [what, r.type !== 'visit' && r.location ? `in ${name(r.location)}` : '', r.date ?? '', r.topics.join(', '), r.status === 'planned' ? 'planned' : '']
    .filter(Boolean)
    .join(' · ');
}

console.log(`Language: ${result.language}\n`);
console.log(`Entities (${result.entities.length})`);
const rows = result.entities.map((e) => [e.type, rtl(e.name.ar), e.name.en, e.iso2 ?? e.country ?? '', `${e.mentions.length}×`, role(e)]);
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => width(r[i] ?? ''))));
for (const row of rows) console.log('  ' + row.map((cell, i) => (i < widths.length ? pad(cell, widths[i] ?? 0) : cell)).join('  ').trimEnd());

console.log(`\nRelations (${result.relations.length})`);
const names = new Map(result.entities.map((e) => [e.id, e.name.en]));
for (const r of result.relations) console.log(`  ${r.type.padEnd(8)} ${describe(r, names)}\n           ${rtl(r.evidence.text.slice(0, 90))}`);

// Every offset is a UTF-16 index into the article: slicing gives the mention back.
const first = result.entities[0];
if (first?.mentions[0]) {
  const m = first.mentions[0];
  console.log(`\narticle.slice(${m.start}, ${m.end}) === ${JSON.stringify(article.slice(m.start, m.end))} → ${first.id}`);
}

console.log('\nJSON:');
console.log(JSON.stringify(result, null, 2));

/**
 * highlight: mark every mention in the article from its offsets, as ANSI
 * colours for a terminal and as HTML.
 *
 *   npm run example -- highlight                 # colours, then the HTML
 *   npm run example -- highlight article.html    # writes the HTML to a file
 *
 * Offsets are UTF-16 indexes into the original string (what String#slice
 * uses), so the text is never re-normalized: diacritics, tatweel and odd
 * spacing stay as they were. The article was written for this example.
 */
import { writeFileSync } from 'node:fs';
import { extract, type EntityType } from 'arabic-diplomatic-ner';

const article = `القاهرة، 15 يناير 2024 - استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الاثنين بقصر الاتحادية، وزيرَ الخارجية الأمريكي أنتوني بلينكن، بحضور وزير الخارجية سامح شكري.
وتناول اللقاء جهود وقف إطلاق النار في قطاع غزة، وإدخال المساعدات الإنسانية.
ويتوجه بلينكن غدا إلى عمّان حيث يلتقي العاهل الأردني الملك عبد الله الثاني.`;

const result = extract(article, { publishedAt: '2024-01-15' });

/** A span to mark: an entity mention, or the trigger word of a relation. */
interface Mark {
  start: number;
  end: number;
  kind: EntityType | 'trigger';
  label: string;
}
const marks = new Map<string, Mark>();
const add = (m: Mark) => {
  // One word can trigger several relations ("استقبل A و B"): one mark, all the labels.
  const key = `${m.start}:${m.end}:${m.kind}`;
  const seen = marks.get(key);
  if (seen) seen.label += `; ${m.label}`;
  else marks.set(key, m);
};
for (const e of result.entities) for (const m of e.mentions) add({ start: m.start, end: m.end, kind: e.type, label: `${e.name.en} (${e.id}, ${m.kind})` });
for (const r of result.relations) add({ start: r.trigger.start, end: r.trigger.end, kind: 'trigger', label: `${r.type}: ${r.participants.join(', ')}` });

/**
 * Walks the text once, opening and closing marks in order. Mentions can nest
 * ("نظيره المغربي" holds the adjective "المغربي"); a mark that would cross
 * the one it starts in is dropped, so the output stays well-formed.
 */
function render(text: string, spans: Mark[], escape: (s: string) => string, open: (m: Mark, parent: Mark | undefined) => string, close: (m: Mark, parent: Mark | undefined) => string): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const stack: Mark[] = [];
  let out = '';
  let at = 0;
  const closeUntil = (pos: number) => {
    for (let top = stack.at(-1); top && top.end <= pos; top = stack.at(-1)) {
      out += escape(text.slice(at, top.end));
      at = top.end;
      stack.pop();
      out += close(top, stack.at(-1));
    }
  };
  for (const m of sorted) {
    if (m.end <= m.start) continue;
    closeUntil(m.start);
    const parent = stack.at(-1);
    if (parent && m.end > parent.end) continue; // crosses its parent
    if (m.start < at) continue; // same start as a dropped mark
    out += escape(text.slice(at, m.start)) + open(m, parent);
    at = m.start;
    stack.push(m);
  }
  closeUntil(Infinity);
  return out + escape(text.slice(at));
}

// ANSI: a colour per type; closing a mark restores its parent's colour.
const COLOR: Record<Mark['kind'], string> = { person: '33', country: '32', city: '36', organization: '35', region: '34', trigger: '4' };
const sgr = (m: Mark | undefined) => (m ? `\x1b[${m.kind === 'trigger' ? '1;4' : `1;${COLOR[m.kind]}`}m` : '');
const ansi = render(article, [...marks.values()], (s) => s, (m) => sgr(m), (_m, parent) => `\x1b[0m${sgr(parent)}`);
const legend = (['person', 'country', 'city', 'organization', 'trigger'] as const).map((k) => `${sgr({ start: 0, end: 0, kind: k, label: '' })}${k}\x1b[0m`).join('  ');
console.log(`${legend}\n\n${ansi}\n`);

// HTML: <mark> elements with the entity in a tooltip; dir="rtl" for the paragraph.
const html = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const body = render(article, [...marks.values()], html, (m) => `<mark class="${m.kind}" title="${html(m.label)}">`, () => '</mark>');
const page = `<!doctype html>
<html lang="ar" dir="rtl">
<meta charset="utf-8">
<title>arabic-diplomatic-ner: highlight</title>
<style>
  body { font: 20px/1.9 system-ui, sans-serif; max-width: 46em; margin: 2em auto; white-space: pre-wrap; }
  mark { border-radius: .25em; padding: 0 .15em; }
  .person { background: #ffe08a; } .country { background: #b9f0c0; } .city { background: #b8e6f5; }
  .organization { background: #f1c6f5; } .trigger { background: none; text-decoration: underline 2px; font-weight: 600; }
</style>
<body>${body}</body>
</html>
`;
const file = process.argv[2];
if (file) {
  writeFileSync(file, page);
  console.log(`HTML written to ${file}`);
} else console.log(page);

/**
 * custom-gazetteer: teach the extractor a person it does not know yet, for
 * example a newly appointed minister, without waiting for a new release.
 *
 *   npm run example -- custom-gazetteer
 *
 * "Example Minister" (مثال المثالي, "Example the Exemplary") is a made-up
 * person, and 2031 a made-up future: no real person or appointment is meant.
 */
import { createExtractor, type CustomEntry, type ExtractResult } from 'arabic-diplomatic-ner';

const newMinister: CustomEntry = {
  type: 'person',
  id: 'person:example-minister',
  name: { en: 'Example Minister', ar: 'مثال المثالي' },
  // Shorter forms that a second mention may use ("المثالي" alone).
  short: { ar: ['المثالي'] },
  gender: 'm',
  country: 'MA',
  // The office and the day it starts: titles ("the Moroccan foreign minister")
  // in articles published from that day on resolve to this person.
  roles: [{ role: 'foreign-minister', of: 'MA', from: '2031-01-05' }],
};

// Entries are checked when the extractor is built (a DiplomaticNerError with
// code E_GAZETTEER_ENTRY says what is wrong); the gazetteer is compiled once.
const extractor = createExtractor({ gazetteer: { add: [newMinister] } });

function show(title: string, text: string, publishedAt: string): ExtractResult {
  const result = extractor.extract(text, { publishedAt });
  console.log(`\n${title} (published ${publishedAt})\n  \u2067${text}\u2069`);
  for (const e of result.entities.filter((x) => x.type === 'person')) {
    const how = e.mentions.map((m) => `${m.kind} “${m.text}”`).join(', ');
    console.log(`  → ${e.name.en} (${e.id})${e.implicit ? ', from the title and the date' : ''}: ${how}`);
  }
  for (const r of result.relations) console.log(`  ${r.type}: ${r.participants.join(' + ')}${r.location ? ` @ ${r.location}` : ''}`);
  return result;
}

// 1. By name (and by the short form in the second sentence).
show('By name', 'وصل وزير الخارجية المغربي الجديد مثال المثالي اليوم إلى القاهرة في أول زيارة رسمية له منذ تعيينه. وقال المثالي إن الزيارة تهدف إلى تعزيز التعاون.', '2031-03-01');

// 2. By title and date: no name in the text, the date picks the office-holder.
const byTitle = 'وقّع وزير الخارجية المغربي في القاهرة مذكرة تفاهم للتعاون في مجال التعليم.';
show('By title, after the appointment', byTitle, '2031-03-01');
show('The same sentence, before the appointment', byTitle, '2023-03-01');

// Ids given to `remove` drop built-in entries, e.g. to replace one with your own record:
//   createExtractor({ gazetteer: { remove: ['person:some-id'], add: [myRecord] } })

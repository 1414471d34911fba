import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { romanize, romanizeName } from '../../src/resolve/romanize.js';
import names from '../../data/names.json';

const persons = (text: string, publishedAt = '2021-03-01') => extract(text, { publishedAt }).entities.filter((e) => e.type === 'person');
const unknown = (text: string, publishedAt = '2021-03-01') => persons(text, publishedAt).filter((e) => e.id.startsWith('person:~'));

describe('romanizing unknown names as the English press spells them', () => {
  it('spells given names and particles from the tables («محمد بن زيان» → Mohammed bin Zayan)', () => {
    expect(romanize('محمد بن زيان')).toBe('Mohammed bin Zayan');
  });
  it('joins «عبد» to the divine name and keeps «آل» apart from the family name', () => {
    expect(romanize('عبد الرحمن بن عبد الله آل ثاني')).toBe('Abdulrahman bin Abdullah Al Thani');
    expect(romanize('عبدالرحمن')).toBe('Abdulrahman');
  });
  it('writes the long vowels the Arabic writes, a short a opening a word, the article as al-, a final ة as a', () => {
    expect(romanize('كمال')).toBe('Kamal');
    expect(romanize('هشام الحمدوني')).toBe('Hisham al-Hamdouni');
    expect(romanize('زيان الصافية')).toBe('Zayan al-Safia');
  });
  it('returns the common alternative spellings as aliases, the name without its chain of fathers among them', () => {
    const r = romanizeName('محمد بن زيان بن كمال آل مكتوم');
    expect(r.en).toBe('Mohammed bin Zayan bin Kamal Al Maktoum');
    expect(r.aliases).toEqual(expect.arrayContaining(['Mohamed bin Zayan bin Kamal Al Maktoum', 'Mohammed ben Zayan bin Kamal Al Maktoum', 'Mohammed bin Zayan Al Maktoum', 'Mohammed Al Maktoum']));
    expect(r.aliases).not.toContain(r.en);
  });
  it('gives a foreign name written in Arabic a best reading: its given name from the tables, the rest without Arabic vowel patterns', () => {
    expect(romanize('أولاف شولتس')).toBe('Olaf Sholts');
    expect(romanize('جورج كلوني')).toBe('George Kloni');
    // a final ه is a vowel, «غ» a g
    expect(romanize('فولفغانغ شويبله')).toBe('Wolfgang Shoible');
  });
  it('joins a Maghrebi «بو» to the name it opens, and keeps the bare letters as an alternative', () => {
    const r = romanizeName('مباركة بو عيدة');
    expect(r.en).toBe('Mabarka Bouaida');
    expect(r.aliases).toContain('Mbarka Bouaida');
  });
  it('returns nothing for nothing', () => {
    expect(romanizeName('  ')).toEqual({ en: '', aliases: [] });
  });
});

describe('the name tables', () => {
  it('lists every weak given name among the given names', () => {
    const given = new Set([...Object.keys(names.given), ...Object.keys(names.foreignGiven)]);
    expect(names.weakGiven.filter((w) => !given.has(w))).toEqual([]);
  });
  it('holds Arabic keys and Latin spellings only', () => {
    const bad = [names.given, names.foreignGiven, names.family].flatMap((t) =>
      Object.entries(t).filter(([ar, en]) => /[A-Za-z]/.test(ar) || en.length === 0 || en.some((s) => /[\u0600-\u06FF]/.test(s))),
    );
    expect(bad).toEqual([]);
  });
});

describe('persons outside the gazetteer, found from context', () => {
  it('finds a name of given names and particles, with its Arabic, its spellings and a low confidence', () => {
    const found = unknown('استقبل رئيس البلدية أمس محمد بن زيان في مكتبه');
    expect(found.map((p) => p.id)).toEqual(['person:~mohammed-bin-zayan']);
    expect(found[0]!.name.ar).toBe('محمد بن زيان');
    expect(found[0]!.name.aliases).toContain('Mohamed bin Zayan');
    expect(found[0]!.confidence).toBeLessThan(0.5);
  });
  it('keeps the offsets of the caller’s text, proclitics outside the name', () => {
    const text = 'التقى الوفد ومحمد بن زيان في الرباط';
    const [p] = unknown(text);
    const m = p!.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('محمد بن زيان');
  });
  it('ends a name at a trigger, a stop word or a conjunction: two names of a list are two persons', () => {
    expect(unknown('وصل أحمد بن زيان وخالد بن كمال إلى الرباط').map((p) => p.name.ar)).toEqual(['أحمد بن زيان', 'خالد بن كمال']);
    expect(unknown('قال يوسف بن زيان إن الزيارة ناجحة').map((p) => p.name.ar)).toEqual(['يوسف بن زيان']);
  });
  it('reads a given name that is also a common word as a name only in a slot («الدكتور كريم سعيد»), not alone («كريم جميل»)', () => {
    expect(unknown('وقال الدكتور كريم سعيد إن الوضع مستقر').map((p) => p.name.ar)).toEqual(['كريم سعيد']);
    expect(unknown('كان الضيف كريم جميل الطباع')).toEqual([]);
  });
  it('finds no person in a bare pair of common words or a word the tables do not know', () => {
    expect(unknown('قال الأسد الجريح في الغابة إن عباس الفلاح زار السوق')).toEqual([]);
    expect(unknown('أكد محمد حمودة أن الاجتماع مثمر')).toEqual([]);
    // a name that runs on into a word the tables do not know is not cut short
    expect(unknown('التقى محمد بن زيان الحمدوني الوفد')).toEqual([]);
  });
  it('adds no person for a name inside an institution’s name («مركز …», «جائزة …», «مستشفى …»)', () => {
    expect(unknown('زار الوفد مركز الدكتور كريم سعيد للأبحاث')).toEqual([]);
    expect(unknown('فاز الشاعر بجائزة محمد بن زيان للأدب')).toEqual([]);
    expect(unknown('نقل المصاب إلى مستشفى خالد بن كمال')).toEqual([]);
  });
  it('adds no gazetteer person for a title or a name inside an institution’s name («مركز الملك سلمان»), and keeps him elsewhere', () => {
    expect(persons('وقدم مركز الملك سلمان للإغاثة مساعدات')).toEqual([]);
    expect(persons('وقع مركز الملك عبدالله بن عبد العزيز للحوار اتفاقا')).toEqual([]);
    expect(persons('استقبل الملك سلمان في قصره الوفد').map((p) => p.id)).toEqual(['person:salman-of-saudi-arabia']);
  });
  it('needs a slot for a kunya («أبو …»)', () => {
    expect(unknown('كان أبو زيان في السوق')).toEqual([]);
    expect(unknown('وقال الشيخ أبو زيان إن الأمر محسوم').map((p) => p.name.ar)).toEqual(['أبو زيان']);
  });
  it('gives the person the role and state of the title before the name', () => {
    const [p] = unknown('وقال المتحدث باسم الخارجية الأردنية يوسف بن زيان إن');
    expect(p?.name.ar).toBe('يوسف بن زيان');
    expect(p?.roles).toEqual([{ role: 'spokesperson', of: 'JO' }]);
    expect(p?.country).toBe('JO');
  });
  it('gives the person the state of the city an office word names («محافظ الإسكندرية …»)', () => {
    const [p] = unknown('استقبل الوزير محافظ الإسكندرية محمد بن زيان');
    expect(p?.country).toBe('EG');
    expect(p?.confidence).toBeGreaterThan(0.4);
  });
  it('refers a later surname, and a shorter form of the name, to the person named in full', () => {
    const [p] = unknown('التقى محمد بن زيان في الرباط الوفد. وقال زيان إن اللقاء مثمر. وأضاف محمد زيان أن');
    expect(p?.mentions.map((m) => m.kind)).toEqual(['name', 'reference', 'reference']);
  });
  it('refers a longer form of a gazetteer name to that person', () => {
    const found = persons('استقبل الشيخ محمد بن راشد بن سعيد آل مكتوم الوفد', '2020-01-01');
    expect(found.map((p) => p.id)).toEqual(['person:mohammed-bin-rashid-al-maktoum']);
  });
});

describe('unknown names after a title', () => {
  it('ends the name before a trigger word with its proclitic («بزيارة»)', () => {
    const [p] = unknown('وقال السفير الروسي لدى المغرب فاليريان شوفاييف بزيارة إلى الرباط');
    expect(p?.name.ar).toBe('فاليريان شوفاييف');
  });
});

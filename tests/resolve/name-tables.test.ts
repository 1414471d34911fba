import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { romanizeName as romanizeNameWith, spellingTables } from '../../src/resolve/romanize.js';
import names from '../../data/names.json';

const TABLES = spellingTables();
const romanizeName = (arabic: string) => romanizeNameWith(arabic, TABLES);
const persons = (text: string, publishedAt = '2021-03-01') => extract(text, { publishedAt }).entities.filter((e) => e.type === 'person');
const spelled = (text: string, publishedAt?: string) => persons(text, publishedAt).map((p) => [p.id, p.name.en]);

describe('surnames of other languages as the Arabic press writes them (data/names.json foreignFamily)', () => {
  it('reads a given name and a surname of the tables as a person anywhere, spelled as the English press spells them', () => {
    expect(spelled('التقى جون ميلر الوفد في المدينة')).toEqual([['person:~john-miller', 'John Miller']]);
    expect(spelled('وقال المدرب فرناندو غارسيا إن الفريق جاهز')).toEqual([['person:~fernando-garcia', 'Fernando García']]);
    expect(spelled('وشارك ستيفن إيفانوف وديفيد غراهام في الندوة')).toEqual([
      ['person:~stephen-ivanov', 'Stephen Ivanov'],
      ['person:~david-graham', 'David Graham'],
    ]);
  });
  it('keeps both spellings of a word that is a given name and a surname («لورانس» Lawrence, Laurence)', () => {
    const [p] = persons('وقال بيتر لورانس إن الاتفاق قريب');
    expect([p?.name.en, ...(p?.name.aliases ?? [])].sort()).toEqual(['Peter Laurence', 'Peter Lawrence']);
  });
  it('adds no person for a given name alone before a common word, nor for a name inside an institution’s name', () => {
    expect(persons('التقى جون الوفد في المدينة')).toEqual([]);
    expect(persons('افتتح مركز جون سميث للدراسات فرعا جديدا')).toEqual([]);
  });
  it('lists no surname that is also a common Arabic word or a place («فور», «كروز», «ويلز»)', () => {
    const foreignFamily = (names as unknown as { foreignFamily: Record<string, string[]> }).foreignFamily;
    for (const w of ['فور', 'كروز', 'ويلز', 'لي', 'دين', 'هول']) expect(Object.keys(foreignFamily)).not.toContain(w);
  });
});

describe('names of institutions and places that hold a personal name', () => {
  it('adds no person for a centre, a university or a street named after a king', () => {
    expect(persons('زار الوفد مركز الملك سلمان للإغاثة وجامعة الملك سعود ثم شارع محمد الخامس')).toEqual([]);
  });
});

describe('family names written with «آل» and the name (data/names.json family)', () => {
  it('spells the family name as one part, «Al X», never «Al» alone', () => {
    expect(spelled('التقى خالد الجابر بالوفد')).toEqual([['person:~khaled-al-jaber', 'Khaled Al Jaber']]);
    expect(romanizeName('سالم البلوشي').en).toBe('Salem Al Balushi');
    for (const spellings of Object.values((names as unknown as { family: Record<string, string[]> }).family)) expect(spellings).not.toContain('Al');
  });
});

describe('a surname after another given name is another bearer of that family name', () => {
  it('does not read «كريم صالحي» or «أحمد شكري» as the minister whose surname alone would name him', () => {
    expect(persons('واستقبل الوزير كريم صالحي في طهران', '2017-03-01').map((p) => p.id)).toEqual([]);
    expect(spelled('وقال أحمد شكري إن الاجتماع كان مثمرا', '2017-03-01')).toEqual([['person:~ahmed-shoukry', 'Ahmed Shoukry']]);
  });
  it('still reads the surname after his own given name, in another spelling or as one word with «عبد»', () => {
    expect(persons('وقال سيرغي لافروف إن المحادثات مفيدة', '2017-03-01').map((p) => p.id)).toEqual(['person:sergei-lavrov']);
    expect(persons('وقال عبدالفتاح السيسي إن مصر تدعم الحل', '2017-03-01').map((p) => p.id)).toEqual(['person:abdel-fattah-el-sisi']);
  });
  it('still reads the surname alone, and after a title', () => {
    expect(persons('التقى الوزير سامح شكري نظيره. وقال شكري إن اللقاء مثمر', '2017-03-01').map((p) => p.id)).toEqual(['person:sameh-shoukry']);
    expect(persons('وقال صالحي إن البرنامج سلمي', '2012-03-01').map((p) => p.id)).toEqual(['person:ali-akbar-salehi']);
  });
});

describe('slots an office marks, before the name or in apposition after it', () => {
  const names = (text: string) => persons(text, '2018-04-19').map((p) => p.name.ar);
  it('reads a name in apposition before an office («X وزير الدولة …», «X، المتحدث باسم …»)', () => {
    expect(names('ووقع الاتفاق خليفة راشد القرماوي وزير الدولة لشؤون الدفاع مع نظيره')).toEqual(['خليفة راشد القرماوي']);
    expect(names('التقى الوفد أبو خليل، المتحدث باسم الحركة، في المدينة')).toEqual(['أبو خليل']);
  });
  it('reads no kunya without a slot before or after it', () => {
    expect(names('التقى الوفد أبو خليل في المدينة')).toEqual([]);
  });
  it('reaches the holder past a complement with a preposition and the article («للصندوق», «للشؤون») and past «مدير عام»', () => {
    expect(names('وأوضح المدير التنفيذي للصندوق سالم القرماوي أن الأرباح ارتفعت')).toEqual(['سالم القرماوي']);
    expect(names('وقال رئيس الهيئة للشؤون الفنية سعيد القرماوي إن')).toEqual(['سعيد القرماوي']);
    expect(names('وأعلن مدير عام الجمارك، خالد القرماوي، أن الرسوم ستنخفض')).toEqual(['خالد القرماوي']);
  });
  it('reads the holder after an institution noun with the article, never the name of an institution in construct', () => {
    expect(names('وقال مدير المستشفى خالد الطرهوني إن')).toEqual(['خالد الطرهوني']);
    expect(names('افتتح مستشفى خالد العتيبي فرعا جديدا')).toEqual([]);
  });
  it('reads a nisba after a given name that is a common word in an office’s slot, but not a common noun and its adjective', () => {
    expect(names('وأكد الوزير أمل الطرهوني أن الخطة جاهزة')).toEqual(['أمل الطرهوني']);
    expect(names('أبدى الوزير أمل كبير في التوصل إلى اتفاق')).toEqual([]);
  });
  it('reads no gazetteer name approximately through an office word («جميل المدير»)', () => {
    expect(persons('والتقى كريم جميل المدير التنفيذي للشركة', '2018-04-19').map((p) => p.id)).toEqual(['person:~karim-jamil']);
  });
});

describe('a list that already holds a person', () => {
  const names = (text: string) => persons(text).map((p) => p.name.ar);
  it('reads the next member joined by «و» as in a slot (a kunya, a nisba after a given name that is a common word)', () => {
    expect(names('التقى الرئيس الفرنسي إيمانويل ماكرون وسالم الطرهوني في باريس')).toEqual(['إيمانويل ماكرون', 'سالم الطرهوني']);
    expect(names('حضر اللقاء محمد العتيبي، وأبو خليل')).toEqual(['محمد العتيبي', 'أبو خليل']);
  });
  it('reads no kunya joined by «و» to a word that is no person', () => {
    expect(names('حضر اللقاء عدد من المسؤولين وأبو خليل')).toEqual([]);
  });
});

describe('Persian, Turkish and South Asian surnames of the tables', () => {
  it('reads and spells them after a given name', () => {
    expect(spelled('وحضر الندوة علي رضا حسيني وحسن رستمي')).toEqual([
      ['person:~ali-reza-hosseini', 'Ali Reza Hosseini'],
      ['person:~hassan-rostami', 'Hassan Rostami'],
    ]);
  });
});

describe('persons outside the gazetteer as parties to a relation', () => {
  const relations = (text: string) => extract(text, { publishedAt: '2021-03-01' }).relations.map((x) => [x.type, ...x.participants]);
  it('makes no party of a person outside the gazetteer whom no office or honorific introduces', () => {
    expect(relations('التقى علي رضا حسيني وحسن رستمي في طهران')).toEqual([]);
    expect(relations('التقى الرئيس الفرنسي إيمانويل ماكرون جون ميلر في باريس')).toEqual([]);
  });
  it('makes a party of one an office or an honorific introduces', () => {
    expect(relations('التقى الرئيس الفرنسي إيمانويل ماكرون المبعوث جون ميلر في باريس')).toEqual([['meeting', 'person:emmanuel-macron', 'person:~john-miller']]);
    expect(relations('استقبل الرئيس الفرنسي إيمانويل ماكرون الدكتور سالم البلوشي في باريس')).toEqual([['meeting', 'person:emmanuel-macron', 'person:~salem-al-balushi']]);
  });
});

describe('«عبد» and a divine name as the press spells the compound (data/names.json abd)', () => {
  it('spells the compound from the table, joined or apart, with the regional spellings as aliases', () => {
    const r = romanizeName('عبد العزيز الطرهوني');
    expect(r.en).toBe('Abdulaziz al-Tarhouni');
    expect(r.aliases).toEqual(expect.arrayContaining(['Abdelaziz al-Tarhouni', 'Abdul Aziz al-Tarhouni', 'Abdulaziz Tarhouni']));
    expect(romanizeName('عبدالقادر').en).toBe('Abdelkader');
    expect(romanizeName('عبد الحفيظ').aliases).toEqual(expect.arrayContaining(['Abdelhafiz', 'Abdulhafeez']));
  });
  it('still builds a compound the table does not list from its letters («عبد الصبور»)', () => {
    expect(romanizeName('عبد الصبور').en).toBe('Abdulsabour');
  });
});

describe('a later surname of a person outside the gazetteer', () => {
  const mentions = (text: string) => persons(text).map((p) => [p.id, p.mentions.map((m) => [m.text, m.kind])]);
  it('refers to him even where the surname alone is a gazetteer form that named nobody here («ميلر»)', () => {
    expect(mentions('التقى المبعوث جون ميلر نظيره المغربي في الرباط. وقال ميلر إن اللقاء مثمر')).toEqual([
      ['person:~john-miller', [['جون ميلر', 'name'], ['ميلر', 'reference']]],
    ]);
  });
  it('makes him the party of a later sentence by his surname, when an office introduced him', () => {
    const r = extract('التقى المبعوث جون ميلر نظيره المغربي في الرباط. والتقى ميلر الملك محمد السادس', { publishedAt: '2021-03-01' });
    expect(r.relations.map((x) => [x.type, ...x.participants])).toContainEqual(['meeting', 'person:~john-miller', 'person:mohammed-vi-of-morocco']);
  });
});

describe('verbs of saying that open a slot for their subject', () => {
  const names = (text: string) => persons(text).map((p) => p.name.ar);
  it('reads the subject after «كشف», «حذر», «أعربت», «ويؤكد» as a name slot', () => {
    expect(names('وكشف سالم الطرهوني عن خطة جديدة')).toEqual(['سالم الطرهوني']);
    expect(names('وحذر أبو خليل من التصعيد')).toEqual(['أبو خليل']);
    expect(names('وأعربت أمل الطرهوني عن أملها')).toEqual(['أمل الطرهوني']);
    expect(names('ويؤكد سعيد القرماوي أن الحل قريب')).toEqual(['سعيد القرماوي']);
  });
  it('reads no kunya or common words after a verb that opens no slot', () => {
    expect(names('وعاد أبو خليل إلى بيته')).toEqual([]);
    expect(names('وقطع سالم الطريق')).toEqual([]);
  });
});

describe('function words that end a name', () => {
  it('reads no name in a quantifier, a question word or «مجرد» after a title, and no approximate name through one', () => {
    expect(persons('وطرح الوزير المغربي مجرد أفكار أولية')).toEqual([]);
    expect(persons('وسأل محمد ماذا حدث')).toEqual([]);
    expect(persons('وزار الرئيس الروسي عدة مصانع عسكرية في المدينة').map((p) => p.id)).toEqual(['person:vladimir-putin']);
  });
});

describe('a name that opens its sentence before a verb of saying', () => {
  const names = (text: string) => persons(text).map((p) => p.name.ar);
  it('reads it as the verb’s subject, put first', () => {
    expect(names('سالم الطرهوني قال إن الاتفاق قريب')).toEqual(['سالم الطرهوني']);
    expect(names('وصل الوفد إلى المدينة. أبو خليل أكد أن الحوار مستمر')).toEqual(['أبو خليل']);
  });
  it('reads nothing when the name does not open the sentence', () => {
    expect(names('التقى الوفد سالم الطرهوني قال')).toEqual([]);
  });
  it('makes no relation party of such a subject', () => {
    expect(extract('سالم الطرهوني قال إنه التقى الرئيس الفرنسي إيمانويل ماكرون', { publishedAt: '2021-03-01' }).relations.flatMap((x) => x.participants)).not.toContain('person:~salem-al-tarhouni');
  });
});

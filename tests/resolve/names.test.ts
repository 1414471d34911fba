import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { romanize as romanizeWith, romanizeName as romanizeNameWith, spellingTables, spellingsOf } from '../../src/resolve/romanize.js';
import { bundledData, defaultGazetteer, Gazetteer } from '../../src/gazetteer/index.js';
import { normalizeText } from '../../src/normalize/index.js';
import names from '../../data/names.json';

const TABLES = spellingTables();
const romanize = (arabic: string) => romanizeWith(arabic, TABLES);
const romanizeName = (arabic: string) => romanizeNameWith(arabic, TABLES);
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
    expect(romanize('أولاف كولتس')).toBe('Olaf Kolts');
    expect(romanize('جورج كلوني')).toBe('George Kloni');
    // a final ه is a vowel, «غ» a g
    expect(romanize('فولفغانغ شويبله')).toBe('Wolfgang Shoible');
  });
  it('spells the nisba -awi, y after a long a, and compound names with الله and الدين as the press does', () => {
    expect(romanize('يوسف بن علوي')).toBe('Youssef bin Alawi');
    expect(romanize('عبيد حميد الطاير')).toBe('Obaid Hamid al-Tayer');
    expect(romanize('حسن نصر الله')).toBe('Hassan Nasrallah');
    expect(romanizeName('صلاح الدين البرقاوي').aliases).toEqual(expect.arrayContaining(['Salaheddine al-Barqawi', 'Salah al-Din Barqawi']));
  });
  it('gives the letters a foreign name may stand for as alternatives (p, v, g, c, ch; ي twice i and e)', () => {
    expect(romanizeName('سيرغي سكريبل').aliases).toContain('Sergei Skripal');
    expect(romanize('أندريس إنييستا')).toBe('Andres Iniesta');
    expect(romanizeName('ستيفن منوتشين').aliases).toContain('Steven Mnuchin');
  });
  it('reads a name with letters no Arabic name holds as foreign: a closing «نغ» is ng, «تش» ch, a closing «و» o', () => {
    expect(romanizeName('كيم يونغ نام').aliases).toEqual(expect.arrayContaining(['Kim Young Nam', 'Kim Yung Nam']));
    expect(romanize('تشانغ وي')).toBe('Chang Wi');
    expect(romanizeName('لويس كاسترو').aliases).toContain('Luis Castro');
    // a short Maghrebi name in «و» keeps the Arabic reading
    expect(romanize('كريم حمو')).toBe('Karim Hamou');
  });
  it('spells «إي» opening a foreign word as one vowel, and a closing «وف»/«يف» as the v of Slavic names', () => {
    // («إيفانوف» itself is a surname of the tables, Ivanov: a surname outside them shows the letters' reading)
    expect(romanize('إيغور إيلانوف')).toBe('Igor Ilanov');
    expect(romanize('إيغور إيفاشوف')).toBe('Igor Ifashov');
    expect(romanizeName('إيغور إيفاشوف').aliases).toContain('Igor Ivashov');
    expect(romanize('جوزيف ستيف')).toBe('Joseph Steve');
  });
  it('gives the Maghrebi -aoui of the nisba -awi and the English -ow of a closing «و» as alternatives', () => {
    expect(romanizeName('سامي الطهراوي').aliases).toEqual(expect.arrayContaining(['Sami al-Tahraoui', 'Sami Tahraoui']));
    expect(romanizeName('جاك مارلو').aliases).toContain('Jack Marlow');
  });
  it('returns the name without the article of its family name as an alias («Saad Hariri»)', () => {
    expect(romanizeName('محمد المزغني').aliases).toContain('Mohammed Mezghani');
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
  it('the spelling tables key every word of the tables by its normalized text', () => {
    const t = spellingTables();
    for (const table of [names.foreignGiven, names.family, names.given]) for (const ar of Object.keys(table)) expect(t.words.has(normalizeText(ar)), ar).toBe(true);
    for (const ar of Object.keys(names.foreignGiven)) expect(t.foreign.has(normalizeText(ar)), ar).toBe(true);
    expect([...t.particles.keys()].sort()).toEqual([...new Set(Object.keys(names.particles).map((ar) => normalizeText(ar)))].sort());
    expect([...t.abd.keys()].sort()).toEqual([...new Set(Object.keys(names.abd).map((ar) => normalizeText(ar)))].sort());
  });
  it('an extractor builds its spelling tables once, and another extractor its own', () => {
    const g = defaultGazetteer();
    expect(spellingsOf(g)).toBe(spellingsOf(g));
    const other = new Gazetteer(bundledData());
    expect(spellingsOf(other)).not.toBe(spellingsOf(g));
    expect(spellingsOf(other)).toEqual(spellingsOf(g));
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

describe('family names of the tables (data/names.json family)', () => {
  it('read a given name and a common family name as a person spelled as the press spells it, in a slot or not', () => {
    expect(unknown('وقال الدكتور حسام الخطيب إن المشروع تأخر').map((p) => p.name.en)).toEqual(['Hossam al-Khatib']);
    expect(unknown('التقى الوفد الأردني ماهر الطراونة وسامي المجالي في عمان').map((p) => p.name.en)).toEqual(['Maher al-Tarawneh', 'Sami al-Majali']);
    expect(unknown('وأوضح المحلل عمر البرغوثي أن').map((p) => p.name.aliases?.includes('Omar Barghouti'))).toEqual([true]);
  });
  it('add no person for a family name without a given name before it, or a word of praise or faith («الحمد لله», «العلي القدير»)', () => {
    expect(unknown('وقال الخطيب في المسجد إن الصلاة قائمة')).toEqual([]);
    expect(unknown('نسأل الله العلي القدير والحمد لله رب العالمين')).toEqual([]);
    expect(unknown('وهنأ الأمير المواطنين بشهر رمضان المبارك')).toEqual([]);
  });
});

describe('slots of a source and of a role (data/names.json sourceWords, slotWords)', () => {
  it('a word that attributes what follows to a source opens a slot («بحسب X», «وفقا لـX», «نقلا عن X»)', () => {
    expect(unknown('ووفقا لسمير ناصر فإن الخطة جاهزة').map((p) => p.name.ar)).toEqual(['سمير ناصر']);
    expect(unknown('وبحسب كريم سعيد فإن الوفد تأخر').map((p) => p.name.ar)).toEqual(['كريم سعيد']);
    expect(unknown('ونقلا عن جمال سليم أن السوق هادئة').map((p) => p.name.ar)).toEqual(['جمال سليم']);
  });
  it('a source word before common words names nobody («بحسب الخطة», «وفقا لأمل كبير»)', () => {
    expect(unknown('بحسب الخطة فإن العمل يبدأ غدا')).toEqual([]);
    expect(unknown('وفقا لأمل كبير في التسوية')).toEqual([]);
  });
  it('a role noun of sport, the arts, the army or the clergy opens a slot («المهاجم», «العميد», «المطران»)', () => {
    expect(unknown('وأضاف المهاجم طارق حامد أن الفريق جاهز').map((p) => p.name.ar)).toEqual(['طارق حامد']);
    expect(unknown('وقال العميد سمير ناصر إن القوات انسحبت').map((p) => p.name.ar)).toEqual(['سمير ناصر']);
    expect(unknown('وكان المطران جمال سليم في استقبال الوفد').map((p) => p.name.ar)).toEqual(['جمال سليم']);
  });
  it('an office reaches its holder past an institution and its name («رئيس نادي الزمالك X»)', () => {
    expect(unknown('صرح رئيس نادي الزمالك جمال سليم بأن الصفقة تمت').map((p) => p.name.ar)).toEqual(['جمال سليم']);
    expect(unknown('وقال مدير جامعة القاهرة كريم سعيد إن').map((p) => p.name.ar)).toEqual(['كريم سعيد']);
  });
  it('a name right after the institution noun is the institution’s, even after an office («افتتح الوزير مستشفى X»)', () => {
    expect(unknown('افتتح الوزير مستشفى خالد بن كمال')).toEqual([]);
    expect(unknown('زار رئيس الوزراء مركز كريم سعيد للأبحاث')).toEqual([]);
  });
});

describe('monarchs named with a regnal number (data/names.json regnalNumbers)', () => {
  it('reads a given name and an ordinal after a monarch’s title as one person, spelled with a Roman numeral', () => {
    expect(unknown('وكان الملك محمد الخامس قد عاد إلى عرشه', '1990-01-01').map((p) => [p.name.ar, p.name.en])).toEqual([['محمد الخامس', 'Mohammed V']]);
    expect(unknown('في عهد الشاه عباس الأول ازدهرت المدينة').map((p) => p.name.en)).toEqual(['Abbas I']);
  });
  it('drops the article of the name before the numeral («الحسن الثاني» Hassan II)', () => {
    expect(romanize('الحسن الثاني')).toBe('Hassan II');
  });
  it('reads no monarch without a title, nor in a month’s name («وحل محمد الأول», «ربيع الأول»)', () => {
    expect(unknown('وحل محمد الأول في السباق')).toEqual([]);
    expect(unknown('في شهر ربيع الأول من العام الماضي')).toEqual([]);
  });
});

describe('a nisba outside the tables in a slot', () => {
  it('reads a given name and a nisba with the article as a name after an honorific, an office or a verb of saying (Egypt’s ى too)', () => {
    expect(unknown('وقال الدكتور حسام الطهراوي إن المشروع تأخر').map((p) => p.name.en)).toEqual(['Hossam al-Tahrawi']);
    expect(unknown('أكد سامي البرقاوى أن الاتفاق قريب').map((p) => p.name.ar)).toEqual(['سامي البرقاوى']);
    expect(unknown('وأوضح رئيس الجمعية يوسف الزهراوي أن العمل مستمر').map((p) => p.name.ar)).toEqual(['يوسف الزهراوي']);
  });
  it('gives such a person a guessed spelling’s confidence and makes him no party to a relation', () => {
    const r = extract('وقال الدكتور حسام الطهراوي إن المشروع تأخر', { publishedAt: '2021-03-01' });
    expect(r.entities.find((e) => e.id.startsWith('person:~'))?.confidence).toBeLessThan(0.4);
  });
  it('reads no such name outside a slot, nor an elative after a given name («كريم الأقصى»), nor a word without ي', () => {
    expect(unknown('كان حسام الطهراوي في السوق')).toEqual([]);
    expect(unknown('وقال المدرب كريم الأقصى إن الفريق جاهز')).toEqual([]);
    expect(unknown('وقال الدكتور حسام الطهران إن')).toEqual([]);
  });
});

describe('names with a word the tables do not know (guessNames)', () => {
  const guessed = (text: string, publishedAt = '2021-03-01') =>
    extract(text, { publishedAt, guessNames: true }).entities.filter((e) => e.type === 'person' && e.id.startsWith('person:~'));
  const names = (text: string, publishedAt?: string) => guessed(text, publishedAt).map((p) => p.name.ar);
  it('are read only when the caller asks: by default a run with a word outside the tables is no person', () => {
    expect(unknown('وقال خالد دحمان إن الاجتماع كان مثمرا')).toEqual([]);
    expect(names('وقال خالد دحمان إن الاجتماع كان مثمرا')).toEqual(['خالد دحمان']);
  });
  it('rejects a guessNames that is not a boolean with a coded error', () => {
    expect(() => extract('نص', { guessNames: 'yes' as unknown as boolean })).toThrowError(expect.objectContaining({ code: 'E_OPTION_VALUE' }));
  });
  it('reads a known given name and one name-shaped word after it as a name, with or without a slot', () => {
    expect(names('وقال خالد دحمان إن الاجتماع كان مثمرا')).toEqual(['خالد دحمان']);
    expect(names('التقى الوفد محمد بن زيان الحمدوني في مكتبه')).toEqual(['محمد بن زيان الحمدوني']);
    expect(names('وأضاف عبيد حميد الطاير أن')).toEqual(['عبيد حميد الطاير']);
  });
  it('ends the name before a verb of the present, an accusative noun, a possessive pronoun', () => {
    expect(names('وكان يوسف الزرقوني يكتب مقالا عن الزراعة')).toEqual(['يوسف الزرقوني']);
    expect(names('عين المجلس أحمد البرقاوي مستشارا للشؤون الثقافية')).toEqual(['أحمد البرقاوي']);
    expect(names('واستقبل خالد دحمان أسرته في المطار')).toEqual(['خالد دحمان']);
  });
  it('ends a foreign name before a word with the Arabic article', () => {
    expect(names('وفاز اللاعب مايكل هوبر المصنف الأول في البطولة')).toEqual(['مايكل هوبر']);
    expect(names('وقال السيناتور جيمس هولدن إن الكونغرس سيصوت')).toEqual(['جيمس هولدن']);
  });
  it('records no name whose end is a guess (two words outside the tables in a row)', () => {
    expect(names('التقى خالد دحمان شعلان الوفد في الرباط')).toEqual([]);
  });
  it('finds no person in common words that are also given names', () => {
    expect(names('أبدى الوزير أمل كبير في نجاح المفاوضات')).toEqual([]);
    expect(names('أبدى الوزير أمل عميق في نجاح المفاوضات')).toEqual([]);
    expect(names('نريد سلام دائم في المنطقة')).toEqual([]);
    expect(names('أعجب الزوار جمال الطبيعة في الجبال')).toEqual([]);
    expect(names('وأكد أنا متأكد من النتيجة')).toEqual([]);
    expect(names('وأين ذهب الوفد بعد اللقاء')).toEqual([]);
    // «على» as many write it: only name words of the tables may follow «علي»
    expect(names('أكد الوزير علي ضرورة زيادة الإنتاج')).toEqual([]);
  });
  it('reads a given name that is also a common word with a word outside the tables after an honorific', () => {
    expect(names('وقالت الدكتورة أمل دحمان إن')).toEqual(['أمل دحمان']);
  });
  it('adds no person for such a name inside an institution’s name', () => {
    expect(names('حصل الكاتب على جائزة خالد دحمان للرواية')).toEqual([]);
    expect(names('نقل الجريح إلى مستشفى يوسف شعلان')).toEqual([]);
    expect(names('صلى المصلون في جامع أحمد البرقاوي')).toEqual([]);
  });
  it('starts no name at a given name a particle governs («أبو خليل …»)', () => {
    expect(names('كان أبو خليل دحمان في السوق')).toEqual([]);
  });
  it('reads the second half of a compound given name («نور الدين») inside the name', () => {
    const [p] = guessed('وقال نور الدين الزرقوني إن');
    expect([p?.name.en, p?.name.ar]).toEqual(['Nour al-Din al-Zarqouni', 'نور الدين الزرقوني']);
  });
  it('gives such a person a lower confidence and makes him no party to a relation', () => {
    const r = extract('استقبل الرئيس الفرنسي إيمانويل ماكرون خالد دحمان في باريس', { publishedAt: '2021-03-01', guessNames: true });
    const p = r.entities.find((e) => e.id === 'person:~khaled-dahman');
    expect(p?.confidence).toBeLessThan(0.4);
    expect(r.relations.flatMap((x) => x.participants).filter((id) => id.startsWith('person:~'))).toEqual([]);
  });
  it('refers a later surname to him, and no surname inside a later mention of his name twice', () => {
    const [p] = guessed('التقى خالد دحمان الوفد. وقال دحمان إن اللقاء مثمر');
    expect(p?.mentions.map((m) => [m.text, m.kind])).toEqual([['خالد دحمان', 'name'], ['دحمان', 'reference']]);
  });
});

describe('a surname alone after a verb of saying', () => {
  it('names a gazetteer person in an undated text («وقال بلير»)', () => {
    expect(extract('وقال بلير إن الحرب انتهت').entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:tony-blair']);
  });
  it('adds nobody without the verb of saying in an undated text', () => {
    expect(extract('كان بلير في المدينة').entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('unknown names after a title', () => {
  it('reads no name in a number and a noun, an accusative noun and its adjective, or a verbal noun after a title', () => {
    expect(persons('وقال القائد العسكري ألف جندي وصلوا إلى الحدود')).toEqual([]);
    expect(persons('وأبدى السفير الياباني عزما أكيدا على التعاون')).toEqual([]);
    expect(persons('أعلن الوزير الفرنسي ترسيم الحدود مع الجيران')).toEqual([]);
  });
  it('still reads a foreign name of words the tables do not know after a title', () => {
    expect(unknown('وقال السفير الألماني هيلموتس كرانتس إن').map((p) => p.name.ar)).toEqual(['هيلموتس كرانتس']);
  });
  it('ends the name before a trigger word with its proclitic («بزيارة»)', () => {
    const [p] = unknown('وقال السفير الروسي لدى المغرب فاليريان شوفاييف بزيارة إلى الرباط');
    expect(p?.name.ar).toBe('فاليريان شوفاييف');
  });
});

describe('stop words that never begin a name (data/names.json stopWords)', () => {
  it('«سفير X عميد السلك الدبلوماسي»: the dean of the diplomatic corps is an office, not a name', () => {
    expect(unknown('استقبل الرئيس المصري عبد الفتاح السيسي اليوم سفير النيجر عميد السلك الدبلوماسي.', '2019-02-03')).toEqual([]);
  });
  it('an envoy whose name follows is still read («سفير النيجر X»)', () => {
    expect(unknown('استقبل الرئيس المصري عبد الفتاح السيسي اليوم سفير النيجر محمد صالح.', '2019-02-03').map((e) => e.name.en)).toEqual(['Mohammed Saleh']);
  });
});

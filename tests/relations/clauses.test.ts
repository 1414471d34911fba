import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const rels = (text: string, publishedAt = '2019-05-15') => extract(text, { publishedAt }).relations;
const pairs = (text: string, publishedAt?: string) =>
  rels(text, publishedAt).map((r) => `${r.type}:${[...r.participants].sort().join('+')}`);

describe('who takes part', () => {
  it('a possessive noun («خلال لقائه») has the sentence agent as subject', () => {
    expect(pairs('أكد وزير الخارجية الروسي سيرغي لافروف دعم بلاده خلال لقائه نظيره التركي مولود جاويش أوغلو')).toContain(
      'meeting:person:mevlut-cavusoglu+person:sergei-lavrov',
    );
  });
  it('a purpose noun («للقاء») belongs to the agent of the verb before it', () => {
    const out = pairs('وصل وزير الخارجية التركي هاكان فيدان أمس إلى الدوحة للقاء أمير قطر الشيخ تميم بن حمد', '2024-05-06');
    expect(out).toContain('meeting:person:hakan-fidan+person:tamim-bin-hamad-al-thani');
  });
  it('«بأنه» after a speaker points back to the speaker', () => {
    const out = pairs('وأفاد وزير الخارجية الروسي سيرغي لافروف بأنه سيجري مباحثات غدا مع نظيره التركي مولود جاويش أوغلو');
    expect(out).toContain('meeting:person:mevlut-cavusoglu+person:sergei-lavrov');
  });
  it('«أنها» after a state that speaks makes the state the agent («أعلنت X أنها توصلت إلى اتفاق مع Y»)', () => {
    expect(pairs('أعلنت اليونان أنها توصلت مساء أمس إلى اتفاق مع فرنسا بشأن الطاقة', '2024-05-06')).toContain('agreement:country:FR+country:GR');
  });
  it('after «، ثم» the parties of the first event leave its agent as the agent of the next («التقى X Y، ثم أجرى اتصالا مع Z»)', () => {
    const r = pairs('التقى الرئيس المصري عبد الفتاح السيسي نظيره الفرنسي إيمانويل ماكرون، ثم أجرى اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن', '2023-09-10');
    expect(r).toEqual(['meeting:person:abdel-fattah-el-sisi+person:emmanuel-macron', 'call:person:abdel-fattah-el-sisi+person:joe-biden']);
  });
  it('a coordinated verb («زار ... والتقى») keeps the agent of the first', () => {
    const out = pairs('زار وزير الخارجية الفرنسي جان إيف لودريان طهران والتقى الرئيس الإيراني حسن روحاني');
    expect(out).toContain('meeting:person:hassan-rouhani+person:jean-yves-le-drian');
  });
  it('one person alone after a verb with a dropped subject is its object; the agent is the visitor just named («ستزور X ... وستلتقي الاثنين Y»)', () => {
    const r = pairs('ستزور وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني السعودية الاثنين. وستلتقي الاثنين وزير الخارجية السعودي عادل الجبير.', '2015-07-24');
    expect(r).toContain('meeting:person:adel-al-jubeir+person:federica-mogherini');
  });
  it('a verb before its subject may be separated from it by day words («استقبل، اليوم الخميس، ...»)', () => {
    const out = pairs('استقبل، اليوم الخميس، الرئيس الروسي فلاديمير بوتين وزير الخارجية السعودي عادل الجبير');
    expect(out).toContain('meeting:person:adel-al-jubeir+person:vladimir-putin');
  });
  it('«لقاء بين X و Y» is one encounter of both, without the sentence subject', () => {
    const out = pairs('أعلن الكرملين عن لقاء بين الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ', '2024-05-06');
    expect(out).toEqual(['meeting:person:vladimir-putin+person:xi-jinping']);
  });
  it('counterparts of two states named together met together («مع نظيريه الياباني والكوري الجنوبي»)', () => {
    const r = rels('عقد وزير الخارجية الأمريكي مايك بومبيو مؤتمرا صحفيا مشتركا مع نظيريه الياباني والكوري الجنوبي', '2018-06-14');
    expect(r.some((x) => x.participants.length === 3)).toBe(true);
  });
  it('separate hosts are separate encounters', () => {
    const r = rels('استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السعودي عادل الجبير ووزير الخارجية التركي مولود جاويش أوغلو', '2017-01-10');
    expect(r.filter((x) => x.type === 'meeting').length).toBe(2);
  });
  it('a person named in a dateline is not a party', () => {
    const r = rels('موسكو - واس\nاستقبل الرئيس الروسي فلاديمير بوتين اليوم وزير الخارجية السعودي عادل الجبير', '2016-03-01');
    expect(r.every((x) => !x.participants.includes('city:moscow'))).toBe(true);
    expect(r.length).toBe(1);
  });
});

describe('lists of parties', () => {
  it('a list word near the trigger introduces the whole list, its first state included («القمة التي جمعت X وY»)', () => {
    const r = rels('اختتمت أعمال قمة مجموعة العشرين التي جمعت الصين والهند والبرازيل', '2019-06-30');
    expect(r.find((x) => x.type === 'meeting')?.participants.sort()).toEqual(['country:BR', 'country:CN', 'country:IN']);
  });
  it('a group that met together keeps more than six members', () => {
    const r = rels('عقدت قمة ضمت الولايات المتحدة وكندا واليابان وألمانيا وفرنسا وبريطانيا وإيطاليا', '2018-06-10');
    expect(r.find((x) => x.type === 'meeting')?.participants.length).toBe(7);
  });
  it('a list word far from the trigger describes something else, and what is joined to it is no party («التكتل الذي يضم روسيا وإيران»)', () => {
    const r = rels('تحدث الرئيس الصيني شي جينبينغ في افتتاح القمة عن مستقبل التكتل الإقليمي الواسع الذي يضم روسيا وإيران', '2018-06-09');
    expect(r.some((x) => x.participants.includes('country:RU') || x.participants.includes('country:IR'))).toBe(false);
  });
  it('the objects end where a complementizer opens another clause («بعد أن»)', () => {
    const r = rels('عقدت قمة جمعت الولايات المتحدة وكندا، بعد أن أعلن الرئيس الأميركي دونالد ترامب موقفه', '2018-06-10');
    expect(r.find((x) => x.type === 'meeting')?.participants.sort()).toEqual(['country:CA', 'country:US']);
  });
  it('«بكل من X وY وZ» opens a list of subjects; it does not govern a place', () => {
    const r = rels('اجتمع وزراء الخارجية بكل من مصر والسودان وإثيوبيا في الخرطوم', '2018-05-16');
    expect(r.find((x) => x.type === 'meeting')?.participants.sort()).toEqual(['country:EG', 'country:ET', 'country:SD']);
  });
  it('an agreement verb finds its noun past a long subject: the window counts words, not the tokens of names', () => {
    const r = rels('وقع وزراء الخارجية والمياه ورؤساء الأجهزة بكل من مصر والسودان وإثيوبيا مساء الأحد على وثيقة مبادئ', '2018-05-16');
    expect(r.find((x) => x.type === 'agreement')?.participants.sort()).toEqual(['country:EG', 'country:ET', 'country:SD']);
  });
  it('a date and a place between a verb and a noun of its own clause belong to both («وقع ... على وثيقة مخرجات الاجتماع»)', () => {
    const r = rels('وقع وزراء خارجية مصر والسودان وإثيوبيا مساء الأحد على وثيقة مخرجات الاجتماع الثلاثي بالخرطوم', '2018-05-16');
    const agreement = r.find((x) => x.type === 'agreement');
    expect(agreement?.date).toBe('2018-05-13');
    expect(agreement?.location).toBe('city:khartoum');
    expect(r.find((x) => x.type === 'meeting')?.date).toBe('2018-05-13');
  });
  it('a dual title with a name after each adjective is one group («الرئيسان الروسي X والصيني Y»)', () => {
    expect(pairs('أجرى الرئيسان الروسي فلاديمير بوتين والصيني شي جين بينغ محادثات في موسكو', '2023-03-21')).toEqual(['meeting:person:vladimir-putin+person:xi-jinping']);
  });
  it('talks held «عبر تقنية الفيديو» are a call, with no place', () => {
    const r = rels('أجرى الرئيس الروسي فلاديمير بوتين محادثات عبر تقنية الفيديو مع نظيره الصيني شي جين بينغ', '2023-03-21');
    expect(r.map((x) => [x.type, x.location])).toEqual([['call', null]]);
  });
  it('a chain of adjectives after the trigger names the states that met («مباحثات سعودية روسية»)', () => {
    const r = rels('عقدت مباحثات سعودية روسية في الرياض', '2018-04-28');
    expect(r.map((x) => [x.type, [...x.participants].sort(), x.location])).toEqual([['meeting', ['country:RU', 'country:SA'], 'city:riyadh']]);
  });
  it('«على مستوى وزراء الخارجية» after the chain makes the holders of that office the parties', () => {
    const r = rels('يعقد في الدوحة اليوم اجتماع ثلاثي سعودي - أميركي - روسي على مستوى وزراء الخارجية', '2015-08-03');
    expect([...r[0]!.participants].sort()).toEqual(['person:adel-al-jubeir', 'person:john-kerry', 'person:sergei-lavrov']);
  });
  it('a visitor named right after the visit noun is the visitor, not the agent before it («خلال زيارة X»)', () => {
    const r = rels('أكد الرئيس الروسي فلاديمير بوتين خلال زيارة وزير الخارجية السعودي عادل الجبير إلى موسكو دعم بلاده للحل', '2016-03-01');
    expect(r.find((x) => x.type === 'visit')?.participants).toEqual(['person:adel-al-jubeir']);
  });
  it('«توصلت X إلى اتفاق» is an agreement with the subject between verb and «إلى»', () => {
    expect(pairs('توصلت إيران ومجموعة 5+1 إلى اتفاق بشأن البرنامج النووي', '2015-07-14')).toEqual(['agreement:country:IR+org:p5-plus-1']);
  });
  it('a verb form after «بعد» is a verbal noun: its agent follows it, not the subject of the sentence', () => {
    const r = pairs('زار وزير الخارجية الروسي سيرغي لافروف الدوحة بعد توصل إيران ومجموعة 5+1 إلى اتفاق', '2015-08-03');
    expect(r).toContain('agreement:country:IR+org:p5-plus-1');
    expect(r.filter((x) => x.startsWith('agreement')).length).toBe(1);
  });
  it('talks «crowned with» or «resulting in» an agreement are an agreement of their parties, on their day', () => {
    const r = rels('أفاد بيان رسمي بأن المحادثات التي أجراها ملك الأردن عبد الله الثاني وملك البحرين حمد بن عيسى في المنامة أمس أسفرت عن اتفاق لتوسيع التعاون', '2024-05-06');
    const agreement = r.find((x) => x.type === 'agreement');
    expect([...agreement!.participants].sort()).toEqual(['person:abdullah-ii-of-jordan', 'person:hamad-bin-isa-al-khalifa']);
    expect(agreement?.date).toBe('2024-05-05');
    expect(r.find((x) => x.type === 'meeting')?.date).toBe('2024-05-05');
  });
  it('«أسفر عن» without an agreement after it is no agreement', () => {
    expect(rels('أسفر الهجوم الذي شنته القوات عن مقتل عشرة أشخاص', '2015-08-06')).toEqual([]);
  });
  it('an ambassador told by his post alone stands for the state he represents (unnamedEnvoy)', () => {
    const r = rels('استقبل الرئيس المصري عبد الفتاح السيسي اليوم رؤساء البعثات، وهم كل من سفير تشاد وسفير النيجر', '2019-02-03');
    expect(r.map((x) => [...x.participants].sort().join(' '))).toEqual(['country:TD person:abdel-fattah-el-sisi', 'country:NE person:abdel-fattah-el-sisi']);
  });
  it('an ambassador whose name follows his post is that person, not his state', () => {
    const r = rels('استقبل الرئيس المصري عبد الفتاح السيسي اليوم رؤساء البعثات، وهم كل من سفير تشاد رئيس المجموعة الإفريقية محمد صالح، وسفير النيجر', '2019-02-03');
    expect(r.some((x) => x.participants.includes('country:TD'))).toBe(false);
    expect(r.some((x) => x.participants.includes('country:NE'))).toBe(true);
  });
});

describe('messages carried by an envoy', () => {
  const kinds = (r: ReturnType<typeof rels>) => r.map((x) => `${x.type}:${[...x.participants].sort().join('+')}`).sort();
  it('«تسلم X رسالة من Y، سلمها له Z»: a message Y–X and a meeting Z–X', () => {
    const r = rels('تسلم الرئيس المصري عبد الفتاح السيسي اليوم رسالة خطية من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز، سلمها له وزير الخارجية السعودي عادل الجبير', '2016-03-01');
    expect(kinds(r)).toEqual([
      'meeting:person:abdel-fattah-el-sisi+person:adel-al-jubeir',
      'message:person:abdel-fattah-el-sisi+person:salman-of-saudi-arabia',
    ]);
    expect(r.find((x) => x.type === 'meeting')?.cameo).toBe('043');
  });
  it('«سلم Z الرئيس X رسالة من Y»: the first person after the verb carries, the second receives', () => {
    const r = rels('سلم وزير الخارجية السعودي عادل الجبير الرئيس المصري عبد الفتاح السيسي رسالة خطية من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز', '2016-03-01');
    expect(kinds(r)).toEqual([
      'meeting:person:abdel-fattah-el-sisi+person:adel-al-jubeir',
      'message:person:abdel-fattah-el-sisi+person:salman-of-saudi-arabia',
    ]);
  });
  it('«وجه Y رسالة إلى X حملها إليه إلى طهران Z»: the carrier also visited the place he carried it to', () => {
    const r = rels('وجه الرئيس الفرنسي إيمانويل ماكرون رسالة إلى أمير قطر الشيخ تميم بن حمد حملها إليه أمس إلى الدوحة وزير الخارجية الفرنسي جان نويل بارو', '2025-03-04');
    expect(kinds(r)).toEqual([
      'meeting:person:jean-noel-barrot+person:tamim-bin-hamad-al-thani',
      'message:person:emmanuel-macron+person:tamim-bin-hamad-al-thani',
      'visit:person:jean-noel-barrot',
    ]);
    expect(r.find((x) => x.type === 'visit')?.location).toBe('city:doha');
  });
  it('a message received without a carrier is only the message («تلقى X برقية تهنئة من Y»)', () => {
    const r = rels('تلقى الرئيس المصري عبد الفتاح السيسي برقية تهنئة من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز', '2016-03-01');
    expect(kinds(r)).toEqual(['message:person:abdel-fattah-el-sisi+person:salman-of-saudi-arabia']);
  });
});

describe('co-presence', () => {
  it('a speech «بحضور» someone is a meeting with them', () => {
    expect(pairs('ألقى الرئيس الأوغندي يويري موسيفيني كلمة بحضور رئيس الوزراء الإسرائيلي بنيامين نتنياهو', '2016-07-07')).toContain(
      'meeting:person:benjamin-netanyahu+person:yoweri-museveni',
    );
  });
});

describe('what is not an event', () => {
  it('«قد» before an imperfect verb is a possibility', () => {
    expect(rels('قد يلتقي الرئيس الروسي فلاديمير بوتين نظيره الأمريكي دونالد ترامب')).toEqual([]);
  });
  it('«كان قد اجتمع» is a past event', () => {
    expect(rels('وكان الرئيس الأمريكي دونالد ترامب قد اجتمع بالرئيس الروسي فلاديمير بوتين', '2018-08-01').length).toBe(1);
  });
  it('proposed talks («المباحثات المقترحة») did not take place', () => {
    expect(rels('تمهد الخطوة للمباحثات المقترحة بين الولايات المتحدة وكوريا الشمالية')).toEqual([]);
  });
  it('a doubled quotation mark («""») opens a quotation like a single one', () => {
    // (the speaker's side stands outside the quotation: an opinion, not a report)
    expect(rels('وكتب وزير الخارجية الروسي سيرغي لافروف في تغريدة: ""إن المفاوضات المباشرة مع أوكرانيا تخدم الجميع في المنطقة."', '2018-04-22')).toEqual([]);
  });
  it('a text that is one quotation mark has no relation (and no error)', () => {
    expect(rels('"')).toEqual([]);
  });
  it('a blocker does not govern a circumstance («دعا الوزير نظيره خلال لقاء جمعهما إلى ...»)', () => {
    const r = rels('دعا وزير الخارجية الفلسطيني رياض المالكي نظيره البريطاني بوريس جونسون خلال لقاء جمعهما في لندن إلى الاعتراف بدولة فلسطين', '2016-11-01');
    expect(r.map((x) => x.type)).toEqual(['meeting']);
  });
  it('an interaction inside a quotation is what someone said', () => {
    expect(rels('وقال المتحدث: "نأمل أن تجرى مفاوضات مباشرة بين روسيا وأوكرانيا في إسطنبول قريبا"')).toEqual([]);
  });
});

describe('where and when', () => {
  it('a tour has one visit per stop («ثم»)', () => {
    const visits = rels('سيزور وزير الخارجية الروسي سيرغي لافروف الرياض الاثنين، ثم الدوحة الثلاثاء').filter((r) => r.type === 'visit');
    expect(visits.map((v) => v.location).sort()).toEqual(['city:doha', 'city:riyadh']);
  });
  it('a planned visit resolves a bare weekday forward', () => {
    const [v] = rels('سيزور وزير الخارجية السعودي عادل الجبير موسكو الثلاثاء', '2015-08-08');
    expect(v?.date).toBe('2015-08-11');
    expect(v?.status).toBe('planned');
  });
  it('a date before «أن» belongs to the saying, not to the event', () => {
    const r = rels('قالت الخارجية الروسية اليوم السبت إن وزير الخارجية الروسي سيرغي لافروف سيلتقي نظيره الأمريكي جون كيري', '2015-08-01');
    expect(r[0]?.date ?? null).toBeNull();
  });
  it('a trigger that reports no event does not take the day of one that does («إذا تم توقيع الاتفاق يوم 4 يونيو عندما يلتقي»)', () => {
    const r = rels('وأضاف وزير الخارجية الهندي سوبراهمانيام جايشانكار أنه إذا تم توقيع الاتفاق يوم 9 مارس عندما يلتقي نظيره الفرنسي جان نويل بارو', '2025-03-04');
    expect(r.map((x) => [x.type, x.date])).toEqual([['meeting', '2025-03-09']]);
  });
  it('an encounter that follows another («أعقبه لقاء») takes its day', () => {
    const r = rels('عقد وزير الخارجية المصري بدر عبد العاطي مؤتمرا صحفيا مساء الأحد مع نظيره التركي هاكان فيدان، أعقبه لقاء بين عبد العاطي والرئيس التركي رجب طيب أردوغان', '2024-05-06');
    expect(r.every((x) => x.date === '2024-05-05')).toBe(true);
    expect(r.length).toBe(2);
  });
  it('a place governed by another preposition is not the venue («في حديثه عن إسرائيل»); «بجنوب السويد» is', () => {
    const r = rels('زار رئيس الوزراء الإسرائيلي بنيامين نتنياهو أوغندا، والتقى الرئيس الأوغندي يويري موسيفيني الذي تحدث في حديثه عن إسرائيل', '2016-07-07');
    expect(r.find((x) => x.type === 'meeting')?.location).toBe('country:UG');
    const s = rels('اجتمع وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي مايك بومبيو في مزرعة بجنوب السويد', '2018-04-19');
    expect(s[0]?.location).toBe('country:SE');
  });
  it('«في» before another noun does not make a later city the venue («في تغيير مواقف طهران»)', () => {
    const r = rels('زار وزير الخارجية الفرنسي جان إيف لودريان إيران أمس، وفشل في تغيير مواقف طهران', '2019-09-05');
    expect(r.find((x) => x.type === 'visit')?.location).toBe('country:IR');
  });
  it('an encounter that is the circumstance of a statement takes the day of the lead that reports the statement', () => {
    const r = rels('أكدت مصر أمس ضرورة دعم وكالة الأنروا.\nوقال وزير الخارجية المصري سامح شكري، في اتصال هاتفي مع نظيره النرويجي بورغه برينده، إنه يجب دعم الوكالة.', '2015-08-08');
    expect(r.find((x) => x.type === 'call')?.date).toBe('2015-08-07');
  });
  it('the lead does not date a visit (it spans days), nor an encounter after another event of its sentence', () => {
    const visit = rels('وصف الرئيس الروسي فلاديمير بوتين الأحد الانتقادات بالثرثرة.\nوقال بوتين أثناء زيارته إلى الصين إن التعاون مهم.', '2018-06-10');
    expect(visit.find((x) => x.type === 'visit')?.date ?? null).toBeNull();
    const lead = rels('قال وزير الخارجية الروسي سيرغي لافروف أمس إن التعاون مهم.\nوالتقى لافروف نظيره التركي مولود جاويش أوغلو، وأكد خلال لقائه الرئيس التركي رجب طيب أردوغان دعم بلاده.', '2018-06-10');
    expect(lead.every((x) => x.date === null)).toBe(true);
  });
  it('a seat of power as venue («في قصر بيان») places the meeting in its state', () => {
    const r = rels('استقبل أمير دولة الكويت الشيخ صباح الأحمد الجابر الصباح في قصر بيان اليوم وزير الخارجية السعودي إبراهيم العساف', '2019-06-10');
    expect(r[0]?.location).toBe('country:KW');
  });
  it('a meeting in the state of one of its parties is CAMEO 040, away from all of them 044', () => {
    const home = rels('عقد الرئيسان الروسي والتركي قمة في موسكو أمس', '2019-06-10');
    expect(home[0]?.cameo).toBe('040');
    const away = rels('عقد الرئيسان الروسي والتركي قمة في جنيف أمس', '2019-06-10');
    expect(away[0]?.cameo).toBe('044');
  });
  it('«الأسبوع المقبل» before the trigger states a plan', () => {
    expect(rels('يعقد في جنيف الأسبوع المقبل اجتماع ثلاثي روسي - تركي - إيراني', '2019-06-10')[0]?.status).toBe('planned');
  });
  it('a meeting during a visit takes the visit destination', () => {
    const r = rels('وصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة حيث يلتقي نظيره القطري خالد العطية', '2015-08-03');
    expect(r.find((x) => x.type === 'meeting')?.location).toBe('city:doha');
  });
  it('a visit made to hold talks with no one named is a meeting with the host state', () => {
    const r = rels('سيقوم الرئيس الفرنسي إيمانويل ماكرون بزيارة رسمية إلى المغرب بهدف مناقشة تعزيز العلاقات الثنائية', '2017-06-09');
    expect(r.find((x) => x.type === 'meeting')?.participants.sort()).toEqual(['country:MA', 'person:emmanuel-macron']);
  });
  it('the meeting with the host state gives way to a meeting with a person of that state stated later', () => {
    const r = rels('ستزور وزيرة خارجية الاتحاد الأوروبي فيديريكا موغيريني السعودية الاثنين لإجراء محادثات حول العلاقات. وستلتقي الاثنين وزير الخارجية السعودي عادل الجبير.', '2015-07-24');
    const meetings = r.filter((x) => x.type === 'meeting').map((x) => [...x.participants].sort().join('+'));
    expect(meetings).toEqual(['person:adel-al-jubeir+person:federica-mogherini']);
  });
  it('a visit and the meetings during it share topics', () => {
    const r = rels('زار وزير الخارجية الروسي سيرغي لافروف أنقرة لبحث الأزمة السورية، والتقى الرئيس التركي رجب طيب أردوغان', '2019-03-01');
    const visit = r.find((x) => x.type === 'visit');
    const meeting = r.find((x) => x.type === 'meeting');
    expect(visit?.topics).toContain('syria');
    expect(meeting?.topics).toContain('syria');
  });
});

describe('triggers never hide inside names', () => {
  it('«فيصل» is a name, not ف + «يصل» (arrives)', () => {
    const r = rels('استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم الأحد وزير الخارجية السعودي الأمير فيصل بن فرحان', '2024-03-10');
    expect(r.map((x) => x.type)).toEqual(['meeting']);
    expect(r[0]?.date).toBe('2024-03-10');
  });
  it('a list of four counterparts gives four meetings', () => {
    const r = rels('التقى وزير الخارجية المصري سامح شكري بالقاهرة نظراءه الأردني أيمن الصفدي والإماراتي عبد الله بن زايد والقطري محمد بن عبد الرحمن آل ثاني والسعودي فيصل بن فرحان', '2023-05-01');
    expect(r.filter((x) => x.type === 'meeting').length).toBe(4);
  });
});

describe('function words never hide inside names', () => {
  it('«بان» in «بان كي مون» opens no clause: the person before a visit noun is its visitor', () => {
    expect(pairs('يؤدي الأمين العام للأمم المتحدة بان كي مون غدا زيارة إلى المغرب.', '2014-10-10')).toEqual(['visit:person:ban-ki-moon']);
  });
  it('«إن» closing «مون جاي إن» opens no clause either', () => {
    expect(pairs('يؤدي الرئيس الكوري الجنوبي مون جاي إن زيارة رسمية إلى فرنسا.', '2019-05-15')).toEqual(['visit:person:moon-jae-in']);
  });
  it('the complementizer «بأن» outside a name still opens a clause: the speaker is no visitor', () => {
    expect(pairs('وأفاد الرئيس الكوري الجنوبي مون جاي إن بأن زيارة إلى فرنسا قيد الدرس.', '2019-05-15')).toEqual([]);
  });
});


describe('unnamed officials of two states', () => {
  it('«التقى وفد X مسؤولين Y»: the officials after the delegation are its object, and both stand for their states', () => {
    expect(pairs('التقى وفد فرنسي مسؤولين مصريين في القاهرة.')).toEqual(['meeting:country:EG+country:FR']);
    expect(pairs('اجتمع وفد ياباني أمس مع ممثلين عن كندا.')).toEqual(['meeting:country:CA+country:JP']);
  });
  it('the day between the subject and the officials does not hide them («استقبل X، السبت، دبلوماسيا روسيا»)', () => {
    expect(pairs('استقبل الرئيس المصري عبد الفتاح السيسي، السبت، دبلوماسيا روسيا رفيعا.')).toEqual(['meeting:country:RU+person:abdel-fattah-el-sisi']);
    expect(pairs('التقى وزير الخارجية الأردني أيمن الصفدي اليوم مسؤولين يابانيين.')).toEqual(['meeting:country:JP+person:ayman-safadi']);
  });
  it('a state named after the delegation without an official noun is no party («التقى وفد فرنسي أمس في مصر»)', () => {
    expect(pairs('التقى وفد فرنسي أمس في مصر.')).toEqual([]);
  });
});

describe('plural encounter nouns', () => {
  it('«انطلقت اجتماعات بمشاركة ممثلين عن A وB وC» is one meeting of the three', () => {
    expect(pairs('انطلقت في عمان اجتماعات بمشاركة ممثلين عن مصر والأردن والعراق.')).toEqual(['meeting:country:EG+country:IQ+country:JO']);
  });
  it('«عقد X اجتماعات مع A وB» are several encounters, one with each', () => {
    expect(pairs('عقد وزير الخارجية الأردني أيمن الصفدي اجتماعات مع نظيريه المصري والعراقي.', '2018-04-05')).toEqual([
      'meeting:person:ayman-safadi+person:sameh-shoukry',
      'meeting:person:ayman-safadi+person:ibrahim-al-jaafari',
    ]);
  });
});

describe('co-subjects of a mutual verb with the one they met', () => {
  it('«التقى X ورئيس الأركان بـZ»: officials of one state met Z together', () => {
    expect(pairs('التقى وزير الخارجية الروسي سيرغي لافروف ورئيس الأركان برئيس الوزراء الإسرائيلي.', '2018-07-23')).toEqual([
      'meeting:person:benjamin-netanyahu+person:sergei-lavrov+person:valery-gerasimov',
    ]);
  });
  it('co-subjects of two states, and co-hosts, stay apart', () => {
    expect(pairs('التقى وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية الأمريكي بالرئيس المصري.', '2018-07-23')).toEqual([
      'meeting:person:abdel-fattah-el-sisi+person:sergei-lavrov',
      'meeting:person:abdel-fattah-el-sisi+person:mike-pompeo',
    ]);
    expect(pairs('استقبل الملك الأردني وولي العهد الرئيس المصري.', '2018-07-23')).toHaveLength(2);
  });
});

describe('a state after the conjunction: governedByClitic', () => {
  it('«وكوريا», «وبريطانيا», «ولبنان» are coordinated, not governed by «ك», «ب», «ل»', () => {
    expect(pairs('أجرت مصر وكوريا الشمالية محادثات.')).toEqual(['meeting:country:EG+country:KP']);
    expect(pairs('وقعت سوريا ولبنان اتفاقية للتعاون.')).toEqual(['agreement:country:LB+country:SY']);
  });
  it('a state joined to one a preposition governs shares it («في سوريا ولبنان، التقى …»)', () => {
    expect(pairs('في ظل التوتر في سوريا ولبنان، التقى الرئيس الفرنسي إيمانويل ماكرون نظيره المصري.', '2018-06-13')).toEqual(['meeting:person:abdel-fattah-el-sisi+person:emmanuel-macron']);
    expect(pairs('ردا على العقوبات على روسيا وبيلاروسيا، زار الرئيس الصيني شي جين بينغ موسكو.', '2018-06-13')).toEqual(['visit:person:xi-jinping']);
  });
});

describe('an official the resolver named is no stand-in for his organization', () => {
  it('«التقى مبعوث الأمم المتحدة إلى اليمن Y»: the envoy meets Y, the UN is no party', () => {
    expect(pairs('التقى مبعوث الأمم المتحدة إلى اليمن وزير الخارجية العماني.', '2019-05-15')).toEqual(['meeting:person:martin-griffiths+person:yusuf-bin-alawi-bin-abdullah']);
  });
  it('an unnamed delegation still stands for its organization', () => {
    expect(pairs('التقى الرئيس المصري عبد الفتاح السيسي وفدا من الأمم المتحدة.', '2019-05-15')).toEqual(['meeting:org:un+person:abdel-fattah-el-sisi']);
  });
});

describe('qualified officials stand for their state', () => {
  it('«وفد دبلوماسي أمريكي», «وفدا عسكريا روسيا رفيعا»: the qualifiers between the officials and the adjective do not hide the state', () => {
    expect(pairs('وصل وفد دبلوماسي أمريكي إلى كوريا الشمالية.', '2018-05-27')).toEqual(['visit:country:US']);
    expect(pairs('التقى الرئيس المصري عبد الفتاح السيسي وفدا عسكريا روسيا رفيعا.', '2018-05-27')).toEqual(['meeting:country:RU+person:abdel-fattah-el-sisi']);
  });
  it('a qualifier with no official noun before it names no official («تعاون عسكري روسي»)', () => {
    expect(pairs('بحث الرئيس المصري عبد الفتاح السيسي تعزيز التعاون العسكري الروسي.', '2018-05-27')).toEqual([]);
  });
});

describe('an encounter in a clause of time: agentOfLightNounInTimeClause', () => {
  it('«قام X بزيارة إلى Z بعد إجراء محادثات مع Y»: X held the talks', () => {
    expect(pairs('قام وزير الخارجية العماني يوسف بن علوي بزيارة إلى القدس بعد إجراء محادثات مع مسؤولين فلسطينيين في رام الله.', '2018-02-15')).toEqual([
      'visit:person:yusuf-bin-alawi-bin-abdullah',
      'meeting:country:PS+person:yusuf-bin-alawi-bin-abdullah',
    ]);
  });
  it('with no person before the clause, the talks have no agent («وجاء ذلك بعد إجراء محادثات …»)', () => {
    expect(pairs('وجاء ذلك بعد إجراء محادثات مع مسؤولين فلسطينيين.', '2018-02-15')).toEqual([]);
  });
});

describe('the occasion between a verb and its objects: objectAfterMarginPhrase, occasionOfVerb', () => {
  it('«التقى X على هامش القمة A وB»: X met each of them; the occasion makes no encounter of its own', () => {
    expect(pairs('التقى الرئيس المصري عبد الفتاح السيسي على هامش القمة ملك الأردن وأمير قطر.', '2019-05-15')).toEqual([
      'meeting:person:abdel-fattah-el-sisi+person:abdullah-ii-of-jordan',
      'meeting:person:abdel-fattah-el-sisi+person:tamim-bin-hamad-al-thani',
    ]);
  });
  it('the occasion after the objects changes nothing («التقى X Y على هامش القمة»)', () => {
    expect(pairs('التقى الرئيس المصري عبد الفتاح السيسي ملك الأردن على هامش القمة.', '2019-05-15')).toEqual(['meeting:person:abdel-fattah-el-sisi+person:abdullah-ii-of-jordan']);
  });
});

describe('a list of parties ends where another clause begins', () => {
  it('«…، وقال Z إن …», «…، فيما أكد Z …»: the speaker of the next clause is no party', () => {
    expect(pairs('عقد في القاهرة اجتماع بمشاركة وزير الخارجية المصري ونظيره الأردني، وقال وزير الخارجية العراقي إن الاجتماع مهم.', '2019-05-15')).toEqual(['meeting:person:ayman-safadi+person:sameh-shoukry']);
    expect(pairs('شارك الرئيس المصري في القمة بمشاركة ملك الأردن، فيما أكد الرئيس الفرنسي دعمه.', '2019-05-15')).toEqual(['meeting:person:abdel-fattah-el-sisi+person:abdullah-ii-of-jordan']);
  });
  it('a list continued after commas stays one list', () => {
    expect(pairs('عقد اجتماع بمشاركة وزير الخارجية المصري، ونظيره الأردني، ونظيره العراقي.', '2019-05-15')).toEqual(['meeting:person:ayman-safadi+person:mohamed-ali-alhakim+person:sameh-shoukry']);
  });
});

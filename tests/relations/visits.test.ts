import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every visit as sorted visitors and place, and every other relation as type and parties: the whole set. */
const found = (text: string, publishedAt = '2024-05-06') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location]);

describe('visits: who travels', () => {
  it('coordinated subjects after the verb travel together («توجه X، وY، إلى Z»)', () => {
    expect(found('توجه وزير الدفاع الإيطالي لورينزو غويريني، ووزير الخارجية الإيطالي لويجي دي مايو، إلى القاهرة اليوم', '2020-06-01')).toEqual([
      ['visit', 'person:lorenzo-guerini person:luigi-di-maio', 'city:cairo'],
    ]);
  });
  it('the visitors may follow the destination («وصل إلى طهران X وY»)', () => {
    expect(found('ووصل إلى طهران الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان')).toEqual([
      ['visit', 'person:recep-tayyip-erdogan person:vladimir-putin', 'city:tehran'],
    ]);
  });
  it('a companion («يرافقه X») travels with the visitor', () => {
    expect(found('وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرياض يرافقه وزير الخارجية الفرنسي جان نويل بارو')).toEqual([
      ['visit', 'person:emmanuel-macron person:jean-noel-barrot', 'city:riyadh'],
    ]);
    expect(found('وصلت وزيرة الخارجية الألمانية أنالينا بيربوك إلى بيروت برفقة وزير الدفاع الألماني بوريس بيستوريوس')).toEqual([
      ['visit', 'person:annalena-baerbock person:boris-pistorius', 'city:beirut'],
    ]);
  });
  it('officials of an organization are its delegation («يزور أعضاء مجلس الأمن ...»)', () => {
    expect(found('يزور أعضاء مجلس الأمن الدولي الأسبوع المقبل كلا من بورما وبنغلاديش والعراق')).toEqual([
      ['visit', 'org:unsc', 'country:MM'],
      ['visit', 'org:unsc', 'country:BD'],
      ['visit', 'org:unsc', 'country:IQ'],
    ]);
  });
});

describe('visits: hosts and separate encounters', () => {
  it('a state that hosts a summit («تستضيف X قمة») is its place, not a party', () => {
    expect(found('تستضيف قطر قمة ثلاثية تجمع الرئيس الإيراني مسعود بزشكيان بالرئيسين التركي رجب طيب أردوغان والروسي فلاديمير بوتين', '2024-10-20')).toEqual([
      ['meeting', 'person:masoud-pezeshkian person:recep-tayyip-erdogan person:vladimir-putin', 'country:QA'],
    ]);
  });
  it('«لقاءات ثنائية مع Y»: each of the subjects met Y apart', () => {
    expect(found('وسيجري الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان لقاءات ثنائية مع الرئيس الإيراني مسعود بزشكيان', '2024-10-20')).toEqual([
      ['meeting', 'person:masoud-pezeshkian person:vladimir-putin', null],
      ['meeting', 'person:masoud-pezeshkian person:recep-tayyip-erdogan', null],
    ]);
  });
  it('«في استقباله X»: the pronoun is the guest, X the host', () => {
    const r = extract('وكان الرئيس الكيني وليام روتو قد حل مساء أمس بمطار القاهرة. وكان في استقباله الرئيس المصري عبد الفتاح السيسي', { publishedAt: '2024-05-06' }).relations;
    expect(r.map((x) => [x.type, [...x.participants].sort().join(' '), x.source])).toEqual([
      ['visit', 'person:william-ruto', null],
      ['meeting', 'person:abdel-fattah-el-sisi person:william-ruto', 'person:abdel-fattah-el-sisi'],
    ]);
  });
});

describe('visits: the stops of a tour', () => {
  it('«جولة تشمل A وB وC» visits each', () => {
    expect(found('بدأ وزير الخارجية الصيني وانغ يي جولة تشمل مصر والجزائر والمغرب')).toEqual([
      ['visit', 'person:wang-yi', 'country:EG'],
      ['visit', 'person:wang-yi', 'country:DZ'],
      ['visit', 'person:wang-yi', 'country:MA'],
    ]);
  });
  it('a place named as subject matter after the stops is no stop («جولة تشمل A لبحث الأزمة في B»); the talks are with the host', () => {
    expect(found('بدأ وزير الخارجية الصيني وانغ يي جولة تشمل مصر لبحث الأزمة في السودان')).toEqual([
      ['visit', 'person:wang-yi', 'country:EG'],
      ['meeting', 'country:EG person:wang-yi', 'country:EG'],
    ]);
  });
});

describe('visits: one event over several sentences', () => {
  it('an encounter placed in a state is in the city of it that its parties arrived in («قمة في X ... ووصل إلى Y»)', () => {
    const r = found('تعقد قمة ثلاثية في إيران تجمع الرئيس الإيراني مسعود بزشكيان بالرئيسين التركي رجب طيب أردوغان والروسي فلاديمير بوتين. ووصل إلى طهران الرئيس الروسي فلاديمير بوتين', '2024-10-20');
    expect(r).toEqual([
      ['meeting', 'person:masoud-pezeshkian person:recep-tayyip-erdogan person:vladimir-putin', 'city:tehran'],
      ['visit', 'person:vladimir-putin', 'city:tehran'],
    ]);
  });
  it('a visit to a state and to its capital by the same visitor in one item are one visit, to the city', () => {
    const r = found('يزور الرئيس الفرنسي إيمانويل ماكرون المغرب. ووصل ماكرون إلى الرباط مساء اليوم');
    expect(r).toEqual([['visit', 'person:emmanuel-macron', 'city:rabat']]);
  });
});

describe('visits: nouns of travel', () => {
  it('«خلال رحلته إلى X» and «قبل توجهه إلى X» are travel of the sentence agent', () => {
    expect(found('قال الرئيس التركي رجب طيب أردوغان خلال رحلته إلى جنوب أفريقيا إن بلاده تسعى إلى السلام')).toEqual([['visit', 'person:recep-tayyip-erdogan', 'country:ZA']]);
  });
  it('an adjective between the noun and the destination («خلال زيارة مفاجئة إلى X») changes nothing', () => {
    expect(found('بحث المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري خلال زيارة مفاجئة إلى أنقرة الوضع في إدلب', '2019-05-06')).toEqual([
      ['visit', 'person:james-franklin-jeffrey', 'city:ankara'],
    ]);
  });
  it('a list with «بين» after the next trigger is that trigger’s: the visitor stays the visitor, and the destination is not the summit’s place', () => {
    expect(found('يقوم وزير الخارجية الأمريكي أنتوني بلينكن بزيارة العاصمة الصينية بكين قبيل القمة المرتقبة بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ')).toEqual([
      ['visit', 'person:antony-blinken', 'city:beijing'],
      ['meeting', 'person:joe-biden person:xi-jinping', null],
    ]);
  });
});

describe('visits: the agent of the main clause', () => {
  it('«بعد زيارة إلى A، يصل X إلى B»: X made both trips', () => {
    expect(found('بعد زيارة إلى باريس، يصل الرئيس السنغالي ماكي سال اليوم إلى مدريد', '2023-05-06')).toEqual([
      ['visit', 'person:macky-sall', 'city:paris'],
      ['visit', 'person:macky-sall', 'city:madrid'],
    ]);
  });
});

describe('visitors named after the destination', () => {
  const visits = (text: string) =>
    extract(text, { publishedAt: '2024-03-05' }).relations.filter((r) => r.type === 'visit').map((r) => [[...r.participants].sort().join(' '), r.location]);
  it('unnamed officials after the destination stand for their state («وصل إلى الدوحة وفد إسرائيلي»)', () => {
    expect(visits('ووصل إلى الدوحة وفد إسرائيلي لاستئناف المفاوضات غير المباشرة مع حركة حماس.')).toEqual([['country:IL', 'city:doha']]);
  });
  it('a delegation whose head is named is that person («وفد من حماس برئاسة Y»)', () => {
    expect(visits('ووصل إلى القاهرة وفد من حركة حماس برئاسة إسماعيل هنية.')).toEqual([['person:ismail-haniyeh', 'city:cairo']]);
  });
  it('no visitor, no visit', () => {
    expect(visits('ووصل إلى الدوحة أمس.')).toEqual([]);
  });
});

describe('visits: a stop named by its cue noun', () => {
  it('«… والعاصمة الأردنية عمان» is one more stop of the tour, and «عمان» there is Amman', () => {
    expect(found('تشمل جولة وزير الخارجية الإيطالي أنطونيو تاياني القاهرة والعاصمة الأردنية عمان.')).toEqual([
      ['visit', 'person:antonio-tajani', 'city:cairo'],
      ['visit', 'person:antonio-tajani', 'city:amman'],
    ]);
  });
  it('a verb after the conjunction opens another clause, not another stop («زار X القاهرة والتقى في الإسكندرية …»)', () => {
    expect(found('زار وزير الخارجية الإيطالي أنطونيو تاياني القاهرة والتقى في الإسكندرية رجال أعمال.')).toEqual([
      ['visit', 'person:antonio-tajani', 'city:cairo'],
    ]);
  });
});

describe('visits: a visit told as the circumstance of a meeting (objectAfterVisitCircumstance)', () => {
  it('«التقى X، خلال زيارته إلى Z، Y»: the object after the visit phrase is met, and the visit is X’s', () => {
    expect(found('التقى الرئيس المصري عبد الفتاح السيسي، خلال زيارته إلى روما، رئيسة الوزراء الإيطالية جورجيا ميلوني.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:giorgia-meloni', 'city:rome'],
      ['visit', 'person:abdel-fattah-el-sisi', 'city:rome'],
    ]);
    expect(found('بحث وزير الخارجية السعودي فيصل بن فرحان أثناء زيارة إلى مدريد مع نظيره الإسباني التعاون.')).toEqual([
      ['meeting', 'person:faisal-bin-farhan-al-saud person:jose-manuel-albares', 'city:madrid'],
      ['visit', 'person:faisal-bin-farhan-al-saud', 'city:madrid'],
    ]);
  });
  it('a person inside the visit phrase («خلال زيارة وزير الخارجية Y إلى Z») is its visitor, and the subject no visitor', () => {
    const r = found('التقى الرئيس المصري عبد الفتاح السيسي خلال زيارة وزير الخارجية الإسباني خوسيه مانويل ألباريس إلى القاهرة.');
    expect(r.filter((x) => x[0] === 'visit')).toEqual([['visit', 'person:jose-manuel-albares', 'city:cairo']]);
  });
});

describe('visits: a person right after a visit verb is its subject', () => {
  it('«ووصل X إلى Y» after a sentence with other persons: X travels, not the agent of the sentence before', () => {
    expect(found('بحث وزير الخارجية الأردني أيمن الصفدي مع نظيره السعودي عادل الجبير العلاقات الثنائية. ووصل ولي العهد السعودي محمد بن سلمان إلى القاهرة مساء الأحد.', '2018-03-04')).toEqual([
      ['meeting', 'person:adel-al-jubeir person:ayman-safadi', null],
      ['visit', 'person:mohammed-bin-salman', 'city:cairo'],
    ]);
    expect(found('التقى وزير الخارجية الأردني أيمن الصفدي نظيره العماني يوسف بن علوي في مسقط. ووصل اليوم الرئيس الفلسطيني محمود عباس إلى الرياض.', '2018-03-04')).toEqual([
      ['meeting', 'person:ayman-safadi person:yusuf-bin-alawi-bin-abdullah', 'city:muscat'],
      ['visit', 'person:mahmoud-abbas', 'city:riyadh'],
    ]);
  });
  it('with no person after the coordinated visit verb, the agent of the clause before still travels («…، ووصل بعد ذلك إلى Z»)', () => {
    expect(found('التقى وزير الخارجية الأردني أيمن الصفدي نظيره العماني يوسف بن علوي في مسقط، ووصل بعد ذلك إلى الدوحة.', '2018-03-04')).toEqual([
      ['meeting', 'person:ayman-safadi person:yusuf-bin-alawi-bin-abdullah', 'city:muscat'],
      ['visit', 'person:ayman-safadi', 'city:doha'],
    ]);
  });
});

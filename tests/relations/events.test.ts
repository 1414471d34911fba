import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type, sorted participants, location and day: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-03-05') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location, r.date]);

// 2024-03-05 is a Tuesday.
describe('one event told again: toldAgain', () => {
  it('a definite encounter noun in a later sentence gives the encounter its day («… الاجتماع المقرر عقده غدا»)', () => {
    expect(found('يشارك الرئيس المصري عبد الفتاح السيسي في اجتماع في الرياض مع قادة الإمارات والكويت. وشدد السيسي على أهمية الاجتماع المقرر عقده غدا الأربعاء.')).toEqual([
      ['meeting', 'country:AE country:KW person:abdel-fattah-el-sisi', 'city:riyadh', '2024-03-06'],
    ]);
  });
  it('a relative clause on the noun may carry the day («وجاء اللقاء، الذي عقد أمس، …»)', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة. وجاء اللقاء، الذي عقد أمس، بعد أسابيع من التوتر.', '2024-03-05')).toEqual([
      ['meeting', 'person:hakan-fidan person:hossein-amir-abdollahian', 'city:ankara', '2024-03-04'],
    ]);
  });
  it('a planned encounter takes the day its later sentence fixes («ومن المقرر أن يعقد اللقاء يوم الخميس»)', () => {
    expect(found('سيلتقي رئيس الوزراء الإيطالي نظيره الإسباني في روما. ومن المقرر أن يعقد اللقاء يوم الخميس.')[0]?.[3]).toBe('2024-03-07');
  });
  it('a day the encounter already has is kept', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة أمس. وجاء اللقاء، الذي عقد الأحد الماضي، بعد أسابيع من التوتر.')).toEqual([
      ['meeting', 'person:hakan-fidan person:hossein-amir-abdollahian', 'city:ankara', '2024-03-04'],
    ]);
  });
  it('a noun of another type tells another event: a call is not dated by a later «الزيارة»', () => {
    expect(found('أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس. وتأتي الزيارة المقررة غدا في إطار التشاور.')).toEqual([
      ['call', 'person:emmanuel-macron person:olaf-scholz', null, null],
    ]);
  });
  it('an indefinite noun («اجتماع») names another event and dates nothing', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة. ويعقد اجتماع آخر غدا.')).toEqual([
      ['meeting', 'person:hakan-fidan person:hossein-amir-abdollahian', 'city:ankara', null],
    ]);
  });
  it('the place a later sentence gives the encounter is its place («… أن اللقاء سيعقد في Z»)', () => {
    expect(found('من المقرر أن يلتقي وزير الخارجية التركي هاكان فيدان، الاثنين، بالرئيس الإيراني. وذكرت وكالة أن اللقاء سيعقد في طهران.')).toEqual([
      ['meeting', 'person:ebrahim-raisi person:hakan-fidan', 'city:tehran', '2024-03-11'],
    ]);
  });
  it('a place the encounter already has is kept', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة. وكان اللقاء قد تقرر في طهران.')[0]?.[2]).toBe('city:ankara');
  });
});

// 2018-07-19 is a Thursday.
describe('the weekday of a noun governed by a future verb: futureLightVerb', () => {
  it('«سيقوم X بزيارة … الجمعة» is the coming Friday', () => {
    expect(found('سيقوم وزير الخارجية الفرنسي جان إيف لودريان بزيارة إلى الأردن الجمعة.', '2018-07-19')).toEqual([
      ['visit', 'person:jean-yves-le-drian', 'country:JO', '2018-07-20'],
    ]);
  });
  it('«ستبدأ X السبت زيارة» and «سيجري X محادثات … الأحد» look forward too', () => {
    expect(found('ستبدأ رئيسة الوزراء البريطانية تيريزا ماي السبت زيارة إلى الهند.', '2018-07-19')[0]?.[3]).toBe('2018-07-21');
    expect(found('وسيجري الرئيس الفرنسي إيمانويل ماكرون محادثات مع المستشارة الألمانية الأحد.', '2018-07-19')[0]?.[3]).toBe('2018-07-22');
  });
  it('a past light verb («قام X الجمعة بزيارة») keeps the last Friday', () => {
    expect(found('قام الرئيس الفرنسي إيمانويل ماكرون الجمعة بزيارة إلى الهند.', '2018-07-19')[0]?.[3]).toBe('2018-07-13');
  });
});

// 2024-03-05 is a Tuesday.
describe('an encounter at a traveller’s arrival is on the day of his arrival: arrivalDay', () => {
  it('«وصل X إلى Y أمس. وكان في استقباله لدى وصوله Z»: the reception takes the visit’s day', () => {
    expect(found('وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة أمس. وكان في استقباله لدى وصوله رئيس الوزراء المصري مصطفى مدبولي.', '2024-03-05')).toEqual([
      ['visit', 'person:emmanuel-macron', 'city:cairo', '2024-03-04'],
      ['meeting', 'person:emmanuel-macron person:mostafa-madbouly', 'city:cairo', '2024-03-04'],
    ]);
  });
  it('without «لدى وصوله» a later reception takes no day from the visit', () => {
    expect(found('وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة أمس. والتقى رئيس الوزراء المصري مصطفى مدبولي.', '2024-03-05')[1]?.[3]).toBeNull();
  });
});

describe('a circumstance put before its clause: frontedAgent, roleAhead, frontedCall', () => {
  it('«وخلال لقائه نظيره التركي في أنقرة، أكد الوزير X …»: the counterpart takes X’s office, the meeting is X’s', () => {
    expect(found('وخلال لقائه نظيره التركي في أنقرة، أكد وزير الخارجية المصري سامح شكري أهمية التنسيق.', '2024-03-05')).toEqual([
      ['meeting', 'person:hakan-fidan person:sameh-shoukry', 'city:ankara', null],
    ]);
  });
  it('«وفي اتصال هاتفي تلقاه من نظيره الفرنسي، بحث الرئيس X …»: one call, the counterpart the caller', () => {
    const out = extract('وفي اتصال هاتفي تلقاه من نظيره الفرنسي، بحث الرئيس المصري عبد الفتاح السيسي تطورات الأوضاع في غزة.', { publishedAt: '2024-03-05' }).relations;
    expect(out.map((r) => [r.type, [...r.participants].sort().join(' '), r.source])).toEqual([
      ['call', 'person:abdel-fattah-el-sisi person:emmanuel-macron', 'person:emmanuel-macron'],
    ]);
  });
  it('a list after the comma still names the circumstance’s parties («جاء ذلك خلال اجتماع …، بمشاركة A وB وC»): one meeting', () => {
    expect(
      found('جاء ذلك خلال اجتماع اللجنة أمس بالقاهرة، بمشاركة وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي ووزير الخارجية التركي هاكان فيدان.', '2024-03-05'),
    ).toEqual([['meeting', 'person:ayman-safadi person:hakan-fidan person:sameh-shoukry', 'city:cairo', '2024-03-04']]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type, sorted participants, location and source: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-05-06') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location, r.source]);

describe('frames: talk verbs split by their subject («تحدث X مع Y»)', () => {
  it('«تحدث X مع Y» is an encounter of both', () => {
    expect(found('تحدث الرئيس الفرنسي إيمانويل ماكرون مع المستشار الألماني أولاف شولتس')).toEqual([
      ['meeting', 'person:emmanuel-macron person:olaf-scholz', null, null],
    ]);
  });
  it('«تشاورت X، أمس، مع Y» with a feminine verb and a time phrase between', () => {
    expect(found('تشاورت وزيرة الخارجية الألمانية أنالينا بيربوك، أمس، مع نظيرها الفرنسي ستيفان سيجورنيه')).toEqual([
      ['meeting', 'person:annalena-baerbock person:stephane-sejourne', null, null],
    ]);
  });
  it('«تحدث X عن Y» without «مع» is speech, not an encounter', () => {
    expect(found('تحدث الرئيس الفرنسي إيمانويل ماكرون عن المستشار الألماني أولاف شولتس')).toEqual([]);
  });
});

describe('frames: talk nouns and handshakes', () => {
  it('«أجرى X حوارا مع Y» is a meeting', () => {
    expect(found('أجرى وزير الخارجية العماني بدر البوسعيدي حوارا مع نظيره الإيراني حسين أمير عبد اللهيان')).toEqual([
      ['meeting', 'person:badr-albusaidi person:hossein-amir-abdollahian', null, null],
    ]);
  });
  it('«صافح X Y في Z» is a meeting at Z (a region here)', () => {
    expect(found('صافح الرئيس الأمريكي جو بايدن الرئيس الصيني شي جين بينغ في بالي')).toEqual([
      ['meeting', 'person:joe-biden person:xi-jinping', 'region:bali', null],
    ]);
  });
  it('«مشاورات هاتفية» are a call, not a meeting, and have no place', () => {
    expect(found('ناقش المستشار الألماني أولاف شولتس خلال مشاورات هاتفية مع رئيسة الوزراء الإيطالية جورجيا ميلوني ملف الهجرة في روما')).toEqual([
      ['call', 'person:giorgia-meloni person:olaf-scholz', null, null],
    ]);
  });
  it('a dinner given by a host («أقام X مأدبة عشاء على شرف Y») is a meeting that X hosted', () => {
    expect(found('أقام الرئيس الفرنسي إيمانويل ماكرون مأدبة عشاء على شرف ولي العهد السعودي الأمير محمد بن سلمان')).toEqual([
      ['meeting', 'person:emmanuel-macron person:mohammed-bin-salman', null, 'person:emmanuel-macron'],
    ]);
  });
  it('«تبادل» without a message noun after it is no message («تبادلا الاتهامات»)', () => {
    expect(found('تبادل الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي الاتهامات')).toEqual([]);
  });
});

describe('frames: travel wording', () => {
  it('a long coordinated subject after the verb does not hide the destination («توجه X، وY، إلى Z»)', () => {
    const r = found('توجه وزير الخارجية المصري سامح شكري، ووزير الدفاع المصري، إلى الرياض اليوم');
    // (both ministers travel: the defence minister is the holder of the office on the day)
    expect(r).toEqual([['visit', 'person:mohamed-ahmed-zaki person:sameh-shoukry', 'city:riyadh', null]]);
  });
  it('«غادر X A متوجها إلى B»: B is the destination, A the origin', () => {
    expect(found('غادر وزير الخارجية الروسي سيرغي لافروف موسكو متوجها إلى أنقرة')).toEqual([['visit', 'person:sergei-lavrov', 'city:ankara', null]]);
  });
  it('«انتقل X إلى B» is a visit to B', () => {
    expect(found('انتقل الرئيس الفرنسي إيمانويل ماكرون اليوم إلى برلين')).toEqual([['visit', 'person:emmanuel-macron', 'city:berlin', null]]);
  });
  it('«غادر X A» with no destination is no visit', () => {
    expect(found('غادر وزير الخارجية الروسي سيرغي لافروف موسكو صباح اليوم')).toEqual([]);
  });
  it('«حل X بمطار B» is a visit to B', () => {
    expect(found('حل الرئيس التونسي قيس سعيد مساء أمس بمطار القاهرة الدولي')).toEqual([['visit', 'person:kais-saied', 'city:cairo', null]]);
  });
  it('«حل» as a noun (a solution) is no travel', () => {
    expect(found('دعا الرئيس التونسي قيس سعيد إلى حل سياسي في ليبيا')).toEqual([]);
  });
});

describe('frames: summoning an envoy', () => {
  it('«استدعت X السفير الفرنسي»: a meeting with the envoy’s state, summoned by X', () => {
    expect(found('استدعت الجزائر اليوم السفير الفرنسي لديها')).toEqual([['meeting', 'country:DZ country:FR', null, 'country:DZ']]);
  });
  it('a ministry that summons acts for its state («استدعت وزارة الخارجية المغربية السفير الإسباني»)', () => {
    expect(found('استدعت وزارة الخارجية المغربية السفير الإسباني')).toEqual([['meeting', 'country:ES country:MA', null, 'country:MA']]);
  });
  it('recalling one’s own envoy («استدعت سفيرها في برلين للتشاور») is no encounter', () => {
    expect(found('وكانت وزارة الخارجية المغربية قد استدعت سفيرها في برلين للتشاور')).toEqual([]);
  });
  it('other actors of the clause are not summoned («استدعت X السفير Y ... تصريحات وزير Z»)', () => {
    expect(found('استدعت تونس الاثنين السفير الإيطالي لديها احتجاجا على تصريحات وزير الداخلية الإيطالي', '2024-05-06')).toEqual([
      ['meeting', 'country:IT country:TN', null, 'country:TN'],
    ]);
  });
});

describe('a needed word past punctuation and the day', () => {
  it('«استدعت السلطات الإيطالية، السبت، السفير الفرنسي» is a summons: commas do not count in the window, and the authorities stand for their state', () => {
    const r = extract('استدعت السلطات الإيطالية، السبت، السفير الفرنسي في روما.', { publishedAt: '2018-03-31' }).relations;
    expect(r.map((x) => [x.type, [...x.participants].sort().join(' '), x.source])).toEqual([['meeting', 'country:FR country:IT', 'country:IT']]);
  });
  it('the window still ends: a summons word far from any envoy makes nothing', () => {
    expect(extract('استدعت السلطات الإيطالية، السبت، بعد أيام من الجدل الطويل حول قضية الهجرة في البحر، مسؤولين فرنسيين.', { publishedAt: '2018-03-31' }).relations).toEqual([]);
  });
});

describe('a protocol reception of a named guest: receptionOfNamedGuest', () => {
  it('«وكان في استقبال X لدى وصوله Y وZ»: one encounter per greeter, the greeter as source', () => {
    const r = extract('وكان في استقبال الرئيس التونسي الباجي قائد السبسي لدى وصوله رئيس الوزراء الجزائري ووزير الخارجية الجزائري.', { publishedAt: '2019-05-15' }).relations;
    expect(r.map((x) => [x.type, [...x.participants].sort().join(' '), x.source])).toEqual([
      ['meeting', 'person:beji-caid-essebsi person:noureddine-bedoui', 'person:noureddine-bedoui'],
      ['meeting', 'person:beji-caid-essebsi person:sabri-boukadoum', 'person:sabri-boukadoum'],
    ]);
  });
  it('«خلال استقبال X Y» is X receiving Y, not the protocol formula', () => {
    const r = extract('وأكد الرئيس الجزائري عبد المجيد تبون خلال استقباله رئيس الوزراء التونسي أهمية التعاون.', { publishedAt: '2021-05-15' }).relations;
    expect(r.map((x) => x.source)).toEqual(['person:abdelmadjid-tebboune']);
  });
});

describe('a cable sent («أبرق»)', () => {
  it('«أبرق X مهنئا Y», «أبرق X إلى Y معزيا» are messages from X', () => {
    const r = (t: string) => extract(t, { publishedAt: '2019-05-15' }).relations.map((x) => [x.type, [...x.participants].sort().join(' '), x.source]);
    expect(r('أبرق الملك المغربي محمد السادس مهنئا الرئيس الموريتاني.')).toEqual([['message', 'person:mohamed-ould-abdel-aziz person:mohammed-vi-of-morocco', 'person:mohammed-vi-of-morocco']]);
    expect(r('أبرق الرئيس التونسي إلى نظيره الجزائري معزيا.')).toEqual([['message', 'person:abdelkader-bensalah person:beji-caid-essebsi', 'person:beji-caid-essebsi']]);
  });
});

describe('frames: an encounter noun with the possessive of its dual or plural subject («مفاوضاتهما», «لقائهم»)', () => {
  it('«واصل X ونظيره Y مفاوضاتهما في Z»: a negotiation of the two', () => {
    expect(found('واصل وزير الخارجية التركي هاكان فيدان ونظيره الإيراني مفاوضاتهما في طهران اليوم.')).toEqual([
      ['negotiation', 'person:hakan-fidan person:hossein-amir-abdollahian', 'city:tehran', null],
    ]);
  });
  it('«وخلال لقائهم، بحث A وB وC …»: the possessive of a plural subject', () => {
    expect(found('عقد وزراء خارجية مصر والأردن والعراق اجتماعا في عمان، وأكدوا في ختام لقائهم أهمية التنسيق.').map((r) => r[0])).toEqual(['meeting']);
  });
  it('a possessive ending alone names no party: «مباحثاتهما» with nobody named before it makes nothing', () => {
    expect(found('وأكدت المصادر أن مباحثاتهما ستتواصل.')).toEqual([]);
  });
});

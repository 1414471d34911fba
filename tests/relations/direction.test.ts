import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** type, sorted participants and source of every relation: the whole set, so that nothing else is found. */
const directed = (text: string, publishedAt = '2024-05-06') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.source]);

describe('direction: the host of a reception is the source', () => {
  it('«استقبل X Y»: X received Y', () => {
    expect(directed('استقبل الرئيس المصري عبد الفتاح السيسي اليوم وزير الخارجية الروسي سيرغي لافروف')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:sergei-lavrov', 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('a host named after the verb and a comma («استقبل X، اليوم، Y») is still the host', () => {
    expect(directed('استقبل ملك الأردن عبد الله الثاني، اليوم، الرئيس الفلسطيني محمود عباس')).toEqual([
      ['meeting', 'person:abdullah-ii-of-jordan person:mahmoud-abbas', 'person:abdullah-ii-of-jordan'],
    ]);
  });
  it('the genitive of the noun «استقبال X لـY» is the host', () => {
    expect(directed('جاء ذلك خلال استقبال الرئيس الروسي فلاديمير بوتين لرئيس الوزراء الهندي ناريندرا مودي في موسكو')).toEqual([
      ['meeting', 'person:narendra-modi person:vladimir-putin', 'person:vladimir-putin'],
    ]);
  });
});

describe('direction: the caller of a call', () => {
  it('«تلقى X اتصالا هاتفيا من Y»: Y called', () => {
    expect(directed('تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون')).toEqual([
      ['call', 'person:emmanuel-macron person:kais-saied', 'person:emmanuel-macron'],
    ]);
  });
  it('«أجرى X اتصالا مع Y»: X made the call, even past an apposition and a time phrase', () => {
    expect(directed('أجرى ولي العهد السعودي، الأمير محمد بن سلمان، مساء أمس، اتصالا هاتفيا مع الرئيس الأمريكي جو بايدن')).toEqual([
      ['call', 'person:joe-biden person:mohammed-bin-salman', 'person:mohammed-bin-salman'],
    ]);
  });
  it('talks held «في اتصال هاتفي» with no light verb state no caller', () => {
    expect(directed('بحث وزير الخارجية المصري سامح شكري في اتصال هاتفي مع نظيره الأردني أيمن الصفدي الأوضاع في المنطقة')).toEqual([
      ['call', 'person:ayman-safadi person:sameh-shoukry', null],
    ]);
  });
});

describe('direction: the sender of a message', () => {
  it('«هنأ X، الأحد، نظيره Y»: the verb opens the clause and X is its subject', () => {
    expect(directed('هنأ الرئيس الجزائري عبد المجيد تبون، الأحد، نظيره التونسي قيس سعيد بالعيد')).toEqual([
      ['message', 'person:abdelmadjid-tebboune person:kais-saied', 'person:abdelmadjid-tebboune'],
    ]);
  });
  it('«بعث X برقية إلى Y»: X sent it', () => {
    expect(directed('بعث أمير قطر الشيخ تميم بن حمد برقية تهنئة إلى ملك المغرب محمد السادس')).toEqual([
      ['message', 'person:mohammed-vi-of-morocco person:tamim-bin-hamad-al-thani', 'person:tamim-bin-hamad-al-thani'],
    ]);
  });
  it('a message handed over «رسالة من Z»: Z is the sender, not the one who hands it', () => {
    expect(directed('وسلم المبعوث الصيني رسالة من الرئيس الصيني شي جين بينغ إلى بايدن في البيت الأبيض', '2023-11-10')).toEqual([
      ['message', 'person:joe-biden person:xi-jinping', 'person:xi-jinping'],
    ]);
  });
  it('greetings carried by a third person («نقل Z تحيات X إلى Y») are a message X→Y, and Z, who delivered them, met Y', () => {
    expect(directed('نقل وزير الخارجية الإماراتي عبد الله بن زايد تحيات الرئيس الإماراتي محمد بن زايد إلى الرئيس المصري عبد الفتاح السيسي')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:mohamed-bin-zayed-al-nahyan', 'person:mohamed-bin-zayed-al-nahyan'],
      ['meeting', 'person:abdel-fattah-el-sisi person:abdullah-bin-zayed-al-nahyan', 'person:abdullah-bin-zayed-al-nahyan'],
    ]);
  });
  it('an exchange «تبادل X وY برقيات» is mutual', () => {
    expect(directed('تبادل وزير الخارجية الروسي سيرجي لافروف ونظيره المغربي ناصر بوريطة برقيات التهنئة', '2023-09-01')).toEqual([
      ['message', 'person:nasser-bourita person:sergei-lavrov', null],
    ]);
  });
});

describe('direction: mutual acts have no source', () => {
  it('talks «بحث X مع Y» are mutual', () => {
    expect(directed('بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي الأوضاع في المنطقة')).toEqual([
      ['meeting', 'person:ayman-safadi person:sameh-shoukry', null],
    ]);
  });
  it('agreements and visits have no source', () => {
    const found = directed('وقعت مصر والسعودية اتفاقية للتعاون في مجال الطاقة. ووصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة اليوم');
    expect(found.every(([, , source]) => source === null)).toBe(true);
    expect(found.map(([type]) => type).sort()).toEqual(['agreement', 'visit']);
  });
});

describe('direction: a verb after the noun that carries it as its object (receivedAfter, grammar.receivedIt, grammar.madeIt)', () => {
  it('«خلال اتصال هاتفي تلقاه، الأحد، من Y»: Y called', () => {
    expect(directed('بحث الرئيس المصري عبد الفتاح السيسي خلال اتصال هاتفي تلقاه، الأحد، من الرئيس الفرنسي إيمانويل ماكرون، تطورات الأوضاع.')).toEqual([
      ['call', 'person:abdel-fattah-el-sisi person:emmanuel-macron', 'person:emmanuel-macron'],
    ]);
  });
  it('«خلال اتصال هاتفي أجراه X مع Y»: X called', () => {
    expect(directed('وخلال اتصال هاتفي أجراه الرئيس الفرنسي إيمانويل ماكرون مع الرئيس المصري عبد الفتاح السيسي، بحث الجانبان الأوضاع.')).toEqual([
      ['call', 'person:abdel-fattah-el-sisi person:emmanuel-macron', 'person:emmanuel-macron'],
    ]);
  });
  it('«في رسالة بعثها X إلى Y»: X sent it', () => {
    expect(directed('وفي رسالة بعثها الرئيس الفرنسي إيمانويل ماكرون إلى الرئيس المصري عبد الفتاح السيسي، أكد أهمية التعاون.')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:emmanuel-macron', 'person:emmanuel-macron'],
    ]);
  });
  it('a call with no verb about it states no direction («في اتصال هاتفي بين X وY»)', () => {
    expect(directed('وفي اتصال هاتفي بين الرئيس الفرنسي إيمانويل ماكرون والرئيس المصري عبد الفتاح السيسي، بحث الجانبان الأوضاع.')).toEqual([
      ['call', 'person:abdel-fattah-el-sisi person:emmanuel-macron', null],
    ]);
  });
});

describe('direction: the one who called an encounter is its host (convenedBy), the one who entrusts a message its sender', () => {
  it('«اجتماع … الذي دعا إليه X مع A وB»: X is the source of the gathering, however many take part', () => {
    const out = extract('تشارك مصر في الاجتماع الذي دعا إليه الرئيس الفرنسي إيمانويل ماكرون مع قادة ألمانيا وإيطاليا في باريس.', { publishedAt: '2024-05-06' }).relations;
    expect(out.map((r) => r.source)).toEqual(['person:emmanuel-macron']);
  });
  it('«القمة التي دعت إليها X»', () => {
    const out = extract('شارك الرئيس المصري عبد الفتاح السيسي في القمة التي دعت إليها رئيسة الوزراء الإيطالية جورجيا ميلوني في روما.', { publishedAt: '2024-05-06' }).relations;
    expect(out.map((r) => [[...r.participants].sort().join(' '), r.source])).toEqual([['person:abdel-fattah-el-sisi person:giorgia-meloni', 'person:giorgia-meloni']]);
  });
  it('«حمّله X رسالة إلى Y»: X sent it, the one he entrusted carries it', () => {
    expect(directed('حمّله الرئيس المصري عبد الفتاح السيسي رسالة إلى الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:emmanuel-macron', 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('a meeting no one called stays mutual («اجتماع … في باريس»)', () => {
    expect(directed('عقد الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس اجتماعا في باريس.').map((r) => r[2])).toEqual([null]);
  });
});

describe('direction: the carrier of a message delivered it, unless the recipient received him (receivedInSentence)', () => {
  it('«نقل Z رسالة من X إلى Y»: Z acted in his encounter with Y', () => {
    expect(directed('نقل وزير الخارجية المغربي ناصر بوريطة رسالة من الملك محمد السادس إلى الرئيس المصري عبد الفتاح السيسي.')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:mohammed-vi-of-morocco', 'person:mohammed-vi-of-morocco'],
      ['meeting', 'person:abdel-fattah-el-sisi person:nasser-bourita', 'person:nasser-bourita'],
    ]);
  });
  it('«… سلمها له Z خلال استقباله»: Y received Z', () => {
    expect(directed('تسلم الرئيس المصري عبد الفتاح السيسي رسالة خطية من الملك محمد السادس، سلمها له وزير الخارجية المغربي ناصر بوريطة خلال استقباله.')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:mohammed-vi-of-morocco', 'person:mohammed-vi-of-morocco'],
      ['meeting', 'person:abdel-fattah-el-sisi person:nasser-bourita', 'person:abdel-fattah-el-sisi'],
    ]);
  });
});

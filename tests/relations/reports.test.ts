import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type, sorted participants, location, date and source: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-03-05') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location, r.date, r.source]);

describe('quotations: a report quoted, an opinion quoted', () => {
  it('a quotation that names the parties of its event states the event («وكتب: "استقبل X Y"»)', () => {
    expect(found('وكتب المتحدث في تغريدة: "استقبل الرئيس الفرنسي إيمانويل ماكرون اليوم نظيره المصري عبد الفتاح السيسي".')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:emmanuel-macron', null, '2024-03-05', 'person:emmanuel-macron'],
    ]);
    expect(found('وقال مكتب الرئيس في بيان: "أجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا مع الرئيس الجزائري عبد المجيد تبون".')).toEqual([
      ['call', 'person:abdelmadjid-tebboune person:kais-saied', null, null, 'person:kais-saied'],
    ]);
  });
  it('a quotation whose event has a party outside it is what the speaker said of his side', () => {
    expect(found('وقال وزير الخارجية الروسي سيرغي لافروف: "نحن ممتنون لتركيا التي هيأت أرضية للتفاوض المباشر مع أوكرانيا".')).toEqual([]);
    expect(found('وقال الوزير: "التقيت اليوم الرئيس الجزائري عبد المجيد تبون وبحثنا العلاقات".')).toEqual([]);
  });
});

describe('attendance is not an encounter of its own', () => {
  it('those present at an encounter («بحضور Z») add no meeting of their own', () => {
    expect(found('التقى الرئيس التونسي قيس سعيد وزير الخارجية الجزائري أحمد عطاف بحضور رئيس الحكومة التونسية أحمد الحشاني.')).toEqual([
      ['meeting', 'person:ahmed-attaf person:kais-saied', null, null, null],
    ]);
    expect(found('ووقع وزير الخارجية المصري سامح شكري ونظيره الأردني أيمن الصفدي اتفاقية تعاون بحضور الرئيس المصري عبد الفتاح السيسي.')).toEqual([
      ['agreement', 'person:ayman-safadi person:sameh-shoukry', null, null, null],
    ]);
  });
});

describe('send-offs and meals are encounters', () => {
  it('the one who sees a guest off («كان X في وداع Y») met him, as the source', () => {
    expect(found('وكان أمير قطر الشيخ تميم بن حمد في وداع الرئيس التركي رجب طيب أردوغان لدى مغادرته.')).toEqual([
      ['meeting', 'person:recep-tayyip-erdogan person:tamim-bin-hamad-al-thani', null, null, 'person:tamim-bin-hamad-al-thani'],
    ]);
  });
  it('«وكان في وداعه X» after the guest left: X saw him off', () => {
    const r = found('وغادر الرئيس الصيني شي جين بينغ الرياض اليوم، وكان في وداعه ولي العهد السعودي الأمير محمد بن سلمان.');
    expect(r.filter((x) => x[0] === 'meeting')).toEqual([
      ['meeting', 'person:mohammed-bin-salman person:xi-jinping', null, '2024-03-05', 'person:mohammed-bin-salman'],
    ]);
  });
  it('a meal taken with someone («تناول العشاء مع Y», «تناولت X الغداء مع Y») is a meeting with no source', () => {
    expect(found('وتناولت وزيرة الخارجية الألمانية أنالينا بيربوك الغداء مع نظيرها السعودي فيصل بن فرحان.')).toEqual([
      ['meeting', 'person:annalena-baerbock person:faisal-bin-farhan-al-saud', null, null, null],
    ]);
    expect(found('والتقى الرئيس التركي رجب طيب أردوغان في أنقرة المستشار الألماني أولاف شولتس، ثم تناول العشاء مساء مع رئيس الوزراء المجري فيكتور أوربان.').map((x) => x[1])).toEqual([
      'person:olaf-scholz person:recep-tayyip-erdogan',
      'person:recep-tayyip-erdogan person:viktor-orban',
    ]);
  });
  it('a meal with no one named after «مع» is no encounter', () => {
    expect(found('تناول الرئيس الأمريكي جو بايدن العشاء في مطعم بواشنطن مع عائلته.')).toEqual([]);
  });
});

describe('the agent of a coordinated clause', () => {
  it('«اجتمع X مع Y، وأجرى محادثات مع Z»: Z met X, not Y', () => {
    expect(found('واجتمع الرئيس التركي رجب طيب أردوغان مع وزير الخارجية الروسي سيرغي لافروف، وأجرى محادثات مع الرئيس الفرنسي إيمانويل ماكرون.').map((x) => x[1])).toEqual([
      'person:recep-tayyip-erdogan person:sergei-lavrov',
      'person:emmanuel-macron person:recep-tayyip-erdogan',
    ]);
  });
  it('the noun object of a coordinated verb keeps the agent past a clause that made nothing («وصل X قادما من Y، وتناول العشاء مع Z»)', () => {
    expect(found('ووصل الرئيس التركي رجب طيب أردوغان إلى فرنسا قادما من ألمانيا، وتناول العشاء مع الرئيس الفرنسي إيمانويل ماكرون.').map((x) => [x[0], x[1]])).toEqual([
      ['visit', 'person:recep-tayyip-erdogan'],
      ['meeting', 'person:emmanuel-macron person:recep-tayyip-erdogan'],
    ]);
  });
});

describe('a planned encounter named by a noun', () => {
  it('a noun followed by a plan word or a future relative clause takes the next such weekday', () => {
    // 2024-03-05 is a Tuesday: the Sunday ahead is 2024-03-10
    expect(found('وتستضيف الرياض القمة المقررة الأحد بين الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:abdullah-ii-of-jordan', 'city:riyadh', '2024-03-10', null],
    ]);
    expect(found('وتنطلق في عمان القمة التي ستعقد الأحد بين الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني.').map((x) => x[3])).toEqual(['2024-03-10']);
  });
  it('a past relative clause leaves the weekday behind', () => {
    expect(found('وكانت القمة التي عقدت الأحد بين الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني ناجحة.').map((x) => x[3])).toEqual(['2024-03-03']);
  });
});

describe('counterparts', () => {
  it('the counterpart of a minister of no named ministry («الوزيرة ... نظيرها») is no one in particular', () => {
    const out = extract('التقت الوزيرة الفرنسية نظيرها السعودي في باريس.', { publishedAt: '2018-04-09' });
    expect(out.entities.filter((e) => e.type === 'person')).toEqual([]);
  });
  it('the counterpart of a foreign minister is the other state’s foreign minister', () => {
    const out = extract('التقى وزير الخارجية الروسي سيرغي لافروف نظيره السعودي في موسكو.', { publishedAt: '2018-04-09' });
    expect(out.entities.filter((e) => e.type === 'person').map((e) => e.id).sort()).toEqual(['person:adel-al-jubeir', 'person:sergei-lavrov']);
  });
});

describe('an encounter that is the means of the act («بلقاء»)', () => {
  it('«اختتم X زيارته بلقاء Y», «بدأ X جولته باجتماع مع Y»: X met Y', () => {
    expect(found('واختتم وزير الخارجية الأمريكي أنتوني بلينكن زيارته إلى سيول بلقاء مع الرئيس الكوري الجنوبي يون سوك يول.').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['visit', 'person:antony-blinken', 'city:seoul'],
      ['meeting', 'person:antony-blinken person:yoon-suk-yeol', 'city:seoul'],
    ]);
    expect(found('وبدأ الرئيس الفرنسي إيمانويل ماكرون جولته الإفريقية باجتماع مع الرئيس السنغالي ماكي سال.').map((x) => x[1])).toEqual(['person:emmanuel-macron person:macky-sall']);
  });
  it('a welcome is not a means: «رحب X بلقاء Y وZ» leaves X out', () => {
    expect(found('رحب الرئيس الفرنسي إيمانويل ماكرون بلقاء الرئيسين الروسي والأوكراني.').map((x) => x[1])).toEqual(['person:vladimir-putin person:volodymyr-zelenskyy']);
  });
  it('greetings after «بـ» keep their sender, and the one who conveyed them met the recipient, as the one who informed him («أبلغ Z Y بتحيات X»)', () => {
    expect(found('وأبلغ وزير الخارجية التركي هاكان فيدان الرئيس الروسي فلاديمير بوتين بتحيات الرئيس التركي رجب طيب أردوغان.').map((x) => [x[0], x[1], x[4]])).toEqual([
      ['message', 'person:recep-tayyip-erdogan person:vladimir-putin', 'person:recep-tayyip-erdogan'],
      ['meeting', 'person:hakan-fidan person:vladimir-putin', 'person:hakan-fidan'],
    ]);
  });
});

describe('the subject of a clause after «حيث»', () => {
  it('a verb after «حيث» with no subject continues the main clause («في جولة ..., حيث سيزور A وB»)', () => {
    expect(found('وسيكون الرئيس الكوري الجنوبي في جولة بأوروبا الأسبوع المقبل، حيث سيزور فرنسا وإيطاليا وبلجيكا.').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['visit', 'person:yoon-suk-yeol', 'country:FR'],
      ['visit', 'person:yoon-suk-yeol', 'country:IT'],
      ['visit', 'person:yoon-suk-yeol', 'country:BE'],
    ]);
    expect(found('وتوجه وزير الخارجية المصري سامح شكري إلى نيويورك، حيث يلتقي الأمين العام للأمم المتحدة أنطونيو غوتيريش.').map((x) => [x[0], x[1]])).toEqual([
      ['visit', 'person:sameh-shoukry'],
      ['meeting', 'person:antonio-guterres person:sameh-shoukry'],
    ]);
  });
  it('a verb after «حيث» with its own subject keeps it («حيث استقبل X Y»)', () => {
    expect(found('ووصل وزير الخارجية المصري سامح شكري إلى باريس، حيث استقبل الرئيس الفرنسي إيمانويل ماكرون وزير الخارجية القطري.').filter((x) => x[0] === 'meeting').map((x) => x[4])).toEqual([
      'person:emmanuel-macron',
    ]);
  });
});

describe('a verb that carries its object as a pronoun', () => {
  it('«واستقبله الرئيس X»: X is the host, the pronoun the one who came', () => {
    expect(found('ووصل وزير الخارجية المصري سامح شكري إلى باريس، حيث استقبله الرئيس الفرنسي إيمانويل ماكرون.').map((x) => [x[0], x[1], x[4]])).toEqual([
      ['visit', 'person:sameh-shoukry', null],
      ['meeting', 'person:emmanuel-macron person:sameh-shoukry', 'person:emmanuel-macron'],
    ]);
    expect(found('وصل وزير الخارجية المصري سامح شكري إلى باريس. واستقبله الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه.').map((x) => [x[0], x[1], x[4]])).toEqual([
      ['visit', 'person:sameh-shoukry', null],
      ['meeting', 'person:emmanuel-macron person:sameh-shoukry', 'person:emmanuel-macron'],
    ]);
  });
  it('with no one the pronoun can stand for, nothing is found', () => {
    expect(found('استقبله الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([]);
  });
});

describe('offices of several states', () => {
  it('«وزراء خارجية A و B و C» with the conjunction written apart names each state’s minister, met together', () => {
    expect(found('يجتمع وزراء خارجية تونس و مصر و الجزائر يوم الأحد في الجزائر العاصمة.').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['meeting', 'person:ahmed-attaf person:nabil-ammar person:sameh-shoukry', 'city:algiers'],
    ]);
  });
});

describe('agreeing on something («اتفق X وY على»)', () => {
  it('an accord on an act is an agreement of all who agreed', () => {
    expect(found('اتفقت الولايات المتحدة وتركيا على نزع فتيل الأزمة بينهما.').map((x) => [x[0], x[1]])).toEqual([['agreement', 'country:TR country:US']]);
    expect(found('واتفقت كل من روسيا وإيران وتركيا على إنشاء لجنة دستورية.').map((x) => [x[0], x[1]])).toEqual([['agreement', 'country:IR country:RU country:TR']]);
    expect(found('واتفق الرئيس المصري عبد الفتاح السيسي مع الملك الأردني عبد الله الثاني على تبادل الأسرى.').map((x) => [x[0], x[1]])).toEqual([
      ['agreement', 'person:abdel-fattah-el-sisi person:abdullah-ii-of-jordan'],
    ]);
  });
  it('agreeing on a need or on strengthening ties is the consensus of talks, not an accord', () => {
    expect(found('اتفق السودان ومصر على ضرورة تعزيز التعاون العسكري.')).toEqual([]);
    expect(found('واتفقت مصر والأردن على تعزيز التعاون الاقتصادي.')).toEqual([]);
  });
  it('agreeing during talks the sentence reports is what the talks concluded: the talks only', () => {
    expect(found('اتفق الرئيس الأمريكي جو بايدن ورئيس الوزراء الياباني فوميو كيشيدا خلال مكالمة هاتفية على وقف التصعيد.').map((x) => [x[0], x[1]])).toEqual([
      ['call', 'person:fumio-kishida person:joe-biden'],
    ]);
  });
  it('agreeing to hold an encounter is neither an accord nor the encounter', () => {
    expect(found('واتفق الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني على عقد قمة ثلاثية.')).toEqual([]);
  });
  it('reaching a settlement («توصل X وY إلى تسوية») is an agreement', () => {
    expect(found('وتوصلت اليونان ومقدونيا الشمالية إلى تسوية للخلاف.').map((x) => [x[0], x[1]])).toEqual([['agreement', 'country:GR country:MK']]);
  });
});

describe('blockers with a proclitic', () => {
  it('a blocker after the conjunction governs («ونفى أن يكون التقى»)', () => {
    expect(found('ونفى وزير الخارجية الإيراني عباس عراقجي أن يكون التقى المبعوث الأمريكي ستيف ويتكوف.')).toEqual([]);
  });
});

describe('venues', () => {
  it('a venue noun may carry a definite adjective before the city («بالعاصمة اليمنية المؤقتة عدن»)', () => {
    expect(found('استقبل الرئيس اليمني رشاد العليمي، الاثنين، بالعاصمة اليمنية المؤقتة عدن وزير الخارجية السعودي فيصل بن فرحان.').map((x) => x[2])).toEqual(['city:aden']);
  });
  it('a place of the subject matter is no venue («بحث الأوضاع في ليبيا», «المنظمات الموجودة في ليبيا»)', () => {
    expect(found('التقى وزير الخارجية المصري سامح شكري نظيره الجزائري أحمد عطاف وبحثا التطورات في ليبيا.').map((x) => x[2])).toEqual([null]);
    expect(found('اتفقت مصر والجزائر وتونس على إعداد قائمة بالمنظمات الموجودة في ليبيا.').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['agreement', 'country:DZ country:EG country:TN', null],
    ]);
  });
});

describe('a coordinated subject after the verb', () => {
  it('names joined by «و» right after a mutual verb, with no object after them, act together', () => {
    expect(found('واجتمع الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني والرئيس الفلسطيني محمود عباس في القاهرة.').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:abdullah-ii-of-jordan person:mahmoud-abbas', 'city:cairo'],
    ]);
  });
  it('a host and his guest after «استقبل» stay host and guest', () => {
    expect(found('استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية الأمريكي أنتوني بلينكن.').map((x) => [x[1], x[4]])).toEqual([
      ['person:abdel-fattah-el-sisi person:antony-blinken', 'person:abdel-fattah-el-sisi'],
    ]);
  });
});

describe('taking part in a gathering', () => {
  it('«شارك X في اجتماع مع A وB» is one meeting of all', () => {
    expect(found('وشارك الرئيس المصري عبد الفتاح السيسي في اجتماع مع ملك البحرين حمد بن عيسى وأمير قطر تميم بن حمد.').map((x) => [x[0], x[1]])).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:hamad-bin-isa-al-khalifa person:tamim-bin-hamad-al-thani'],
    ]);
  });
  it('a meeting after «التقى ... في» is no participation: each met the subject', () => {
    expect(found('والتقى الرئيس المصري عبد الفتاح السيسي في القاهرة مع ملك البحرين حمد بن عيسى وأمير قطر تميم بن حمد.').map((x) => x[1])).toEqual([
      'person:abdel-fattah-el-sisi person:hamad-bin-isa-al-khalifa',
      'person:abdel-fattah-el-sisi person:tamim-bin-hamad-al-thani',
    ]);
  });
});

describe('who a delegation or a possessive stands for', () => {
  it('a delegation whose head is named is that person («وفدا من حماس برئاسة Y»)', () => {
    expect(found('واستقبل أمير قطر تميم بن حمد وفدا من حركة حماس برئاسة إسماعيل هنية.').map((x) => [x[1], x[4]])).toEqual([
      ['person:ismail-haniyeh person:tamim-bin-hamad-al-thani', 'person:tamim-bin-hamad-al-thani'],
    ]);
  });
  it('a delegation with no head named stands for its group', () => {
    expect(found('والتقى الرئيس المصري عبد الفتاح السيسي وفدا من حركة حماس.').map((x) => x[1])).toEqual(['org:hamas person:abdel-fattah-el-sisi']);
  });
  it('a singular possessive points to a person, not to the states named before it', () => {
    expect(found('وأشاد الرئيس الفرنسي إيمانويل ماكرون بدور قطر في الوساطة بين إسرائيل وحماس خلال لقائه أمير قطر.').map((x) => x[1])).toEqual([
      'person:emmanuel-macron person:tamim-bin-hamad-al-thani',
    ]);
  });
  it('a dual possessive («لقائهما») still takes the states before it', () => {
    expect(found('وأكدت مصر والأردن خلال لقائهما في عمان دعم الفلسطينيين.').map((x) => [x[1], x[2]])).toEqual([['country:EG country:JO', 'city:amman']]);
  });
});

describe('coordinated hosts', () => {
  it('«استقبل X وY الضيف Z»: two encounters with the guest, none between the hosts', () => {
    expect(found('استقبل الرئيس المصري عبد الفتاح السيسي ورئيس الوزراء مصطفى مدبولي وزير الخارجية الأمريكي أنتوني بلينكن.').map((x) => [x[1], x[4]])).toEqual([
      ['person:abdel-fattah-el-sisi person:antony-blinken', 'person:abdel-fattah-el-sisi'],
      ['person:antony-blinken person:mostafa-madbouly', 'person:mostafa-madbouly'],
    ]);
    expect(found('والتقى الرئيس المصري عبد الفتاح السيسي والملك الأردني عبد الله الثاني الرئيس الفلسطيني محمود عباس.').map((x) => x[1])).toEqual([
      'person:abdel-fattah-el-sisi person:mahmoud-abbas',
      'person:abdullah-ii-of-jordan person:mahmoud-abbas',
    ]);
  });
});

describe('the officials of an organization’s member states', () => {
  it('«وزراء خارجية دول مجلس التعاون» stand for the organization', () => {
    expect(found('واجتمع وزير الخارجية الأمريكي أنتوني بلينكن مع وزراء خارجية دول مجلس التعاون الخليجي في الرياض.').map((x) => [x[1], x[2]])).toEqual([
      ['org:gcc person:antony-blinken', 'city:riyadh'],
    ]);
  });
  it('the member states praised are no party', () => {
    expect(found('وأشاد وزير الخارجية الأمريكي أنتوني بلينكن بدول مجلس التعاون.')).toEqual([]);
  });
});

describe('counterparts of several states', () => {
  it('«بنظرائه من الدول الثلاث وهي A وB وC» is one meeting with each state’s counterpart', () => {
    expect(found('والتقى وزير الخارجية المصري سامح شكري بنظرائه من الدول الثلاث وهي الأردن والعراق والسعودية.').map((x) => [x[0], x[1]])).toEqual([
      ['meeting', 'person:ayman-safadi person:faisal-bin-farhan-al-saud person:fuad-hussein person:sameh-shoukry'],
    ]);
  });
  it('«نظيريه الروسي والتركي» after a VSO subject is one meeting of the three', () => {
    expect(found('التقى الرئيس الفرنسي إيمانويل ماكرون نظيريه الروسي والتركي.').map((x) => x[1])).toEqual([
      'person:emmanuel-macron person:recep-tayyip-erdogan person:vladimir-putin',
    ]);
  });
});

describe('attendees listed apart', () => {
  it('«ومن بين المشاركين A وB» is one meeting of those listed', () => {
    expect(found('تنطلق في الدوحة اليوم القمة الخليجية. ومن بين المشاركين أمير الكويت مشعل الأحمد وملك البحرين حمد بن عيسى.').map((x) => [x[0], x[1]])).toEqual([
      ['meeting', 'person:hamad-bin-isa-al-khalifa person:mishal-al-ahmad-al-jaber-al-sabah'],
    ]);
  });
  it('one attendee alone makes no meeting', () => {
    expect(found('وكان من بين المشاركين في الاجتماع الرئيس المصري عبد الفتاح السيسي.')).toEqual([]);
  });
});

describe('clauses of time and the end of a list', () => {
  it('the possessor of a noun after «بعد أيام على», «قبل يومين من» is the main subject; its place and day are not the sentence’s', () => {
    // 2024-03-05 is a Tuesday: «الأحد» is 2024-03-03, «الاثنين» 2024-03-04
    expect(found('استقبل الرئيس التركي رجب طيب أردوغان الأحد في أنقرة رئيس الوزراء المجري فيكتور أوربان بعد أسبوع على استقباله المستشار الألماني أولاف شولتس.')).toEqual([
      ['meeting', 'person:recep-tayyip-erdogan person:viktor-orban', 'city:ankara', '2024-03-03', 'person:recep-tayyip-erdogan'],
      ['meeting', 'person:olaf-scholz person:recep-tayyip-erdogan', null, null, 'person:recep-tayyip-erdogan'],
    ]);
    expect(found('ناقش المستشار الألماني أولاف شولتس الاثنين، خلال اتصال هاتفي مع الرئيس الأوكراني فولوديمير زيلينسكي تطورات الحرب قبل أيام من توجهه إلى بروكسل.').map((x) => [x[0], x[1], x[2]])).toEqual([
      ['call', 'person:olaf-scholz person:volodymyr-zelenskyy', null],
      ['visit', 'person:olaf-scholz', 'city:brussels'],
    ]);
  });
  it('a list after «بين» ends at a comma and a new clause («بين X وY، أعلن Z»)', () => {
    // (the speaker's own visit after «أنه» is not read yet: the meeting alone is checked)
    expect(found('بعد أيام على القمة بين الرئيس الصيني شي جين بينغ والرئيس الأمريكي دونالد ترامب، أعلن وزير الخارجية الروسي سيرغي لافروف أنه سيزور بكين.').filter((x) => x[0] === 'meeting').map((x) => x[1])).toEqual([
      'person:donald-trump person:xi-jinping',
    ]);
  });
});

describe('an audience', () => {
  it('those before whom something is done («أمام حشد ضم Z») are no party; the co-signers are', () => {
    expect(found('ووقع الرئيس السوداني عبد الفتاح البرهان وقائد الدعم السريع محمد حمدان دقلو الاتفاق أمام حشد ضم رئيس الوزراء الإثيوبي آبي أحمد.').map((x) => [x[0], x[1]])).toEqual([
      ['agreement', 'person:abdel-fattah-al-burhan person:mohamed-hamdan-dagalo'],
    ]);
  });
});

describe('an envoy’s posting before his name', () => {
  it('a posting told by a pronoun («السفير اليوناني لديها X») or by a capital («لدى موسكو») leaves the name to be read', () => {
    expect(found('استدعت روسيا السفير اليوناني لديها أندرياس فريغاناس.').map((x) => [x[1], x[4]])).toEqual([['country:RU person:~andreas-friganas', 'country:RU']]);
    expect(found('استدعت روسيا السفير اليوناني لدى موسكو أندرياس فريغاناس.').map((x) => [x[1], x[4]])).toEqual([['country:RU person:~andreas-friganas', 'country:RU']]);
  });
  it('with no name, the envoy stands for his state', () => {
    expect(found('استدعت الخارجية المصرية السفير الإسرائيلي لديها.').map((x) => [x[1], x[4]])).toEqual([['country:EG country:IL', 'country:EG']]);
  });
});

describe('attendance and several encounters', () => {
  it('those present («بحضور Z») are no party of the event before them', () => {
    expect(found('وقعت مصر والإمارات اتفاقية بحضور رئيس الوزراء المصري مصطفى مدبولي.').map((x) => [x[0], x[1]])).toEqual([['agreement', 'country:AE country:EG']]);
  });
  it('a ceremony whose trigger word lacks its noun leaves the presence of two leaders as their encounter', () => {
    expect(found('وجرت مراسم التوقيع بحضور الرئيس المصري عبد الفتاح السيسي والرئيس الإماراتي محمد بن زايد.').map((x) => [x[0], x[1]])).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:mohamed-bin-zayed-al-nahyan'],
    ]);
  });
  it('a dual or plural encounter noun («اتصالين هاتفيين») is one encounter per partner; a singular one is together', () => {
    expect(found('أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالين هاتفيين مع نظيريه الإيراني والتركي.').map((x) => [x[0], x[1]])).toEqual([
      ['call', 'person:faisal-bin-farhan-al-saud person:hossein-amir-abdollahian'],
      ['call', 'person:faisal-bin-farhan-al-saud person:hakan-fidan'],
    ]);
    expect(found('أجرى وزير الخارجية السعودي فيصل بن فرحان اتصالا هاتفيا مع نظيريه الإيراني والتركي.').map((x) => [x[0], x[1]])).toEqual([
      ['call', 'person:faisal-bin-farhan-al-saud person:hakan-fidan person:hossein-amir-abdollahian'],
    ]);
  });
});

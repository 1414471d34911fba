import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type, sorted participants, location, day and source: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-03-05') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location, r.date, r.source]);

// 2024-03-05 is a Tuesday.
describe('an agreement referred back to by its noun and the verb that concluded it (the noun trigger that needs a participle)', () => {
  it('«بالاتفاق الموقع بين A وB»: the parties after «بين»; the day of the welcome is not the agreement’s', () => {
    expect(found('رحب المجلس أمس بالاتفاق الموقع بين مصر والسودان.')).toEqual([['agreement', 'country:EG country:SD', null, null, null]]);
  });
  it('«الاتفاقية التي وقعتها A مع B»: the subject of the relative verb is a party: concludedBy', () => {
    expect(found('وقال الوزير إن الاتفاقية التي وقعتها تركيا مع العراق ستعزز التجارة.')).toEqual([['agreement', 'country:IQ country:TR', null, null, null]]);
  });
  it('«الاتفاق الذي توصلت إليه A وB»: past «إليه»; the verb the noun needs does not end its clause', () => {
    expect(found('وأشار إلى أن الاتفاق الذي توصلت إليه إثيوبيا والصومال لم ينفذ بعد.')).toEqual([['agreement', 'country:ET country:SO', null, null, null]]);
  });
  it('a day after the participle is the agreement’s own', () => {
    expect(found('وتناول اللقاء الاتفاق المبرم بين الأردن والعراق في 3 مارس.')).toEqual([['agreement', 'country:IQ country:JO', null, '2024-03-03', null]]);
  });
  it('without its participle the noun is no trigger, and ends no clause («جولة لإنقاذ الاتفاق، يستهلها من بكين»)', () => {
    expect(found('وبحث الجانبان تنفيذ اتفاقية التجارة الحرة بين الأردن والعراق.')).toEqual([]);
    expect(found('بدأ وزير الخارجية الإيراني جولة لإنقاذ الاتفاق، يستهلها من بكين ثم يتوجه إلى موسكو.').map((r) => [r[0], r[2]])).toEqual([
      ['visit', 'city:beijing'],
      ['visit', 'city:moscow'],
    ]);
  });
});

describe('the dual of a delegation or a state with two adjectives names the two states: sideNouns', () => {
  it('«المفاوضات بين الوفدين A-ي وB-ي»', () => {
    expect(found('وتواصلت المفاوضات بين الوفدين التركي والعراقي في بغداد أمس.')).toEqual([['negotiation', 'country:IQ country:TR', 'city:baghdad', '2024-03-04', null]]);
  });
  it('«الدولتان A-ية وB-ية» as the subject of a signing', () => {
    expect(found('ووقعت الدولتان المصرية والسودانية اتفاقا للتعاون.')).toEqual([['agreement', 'country:EG country:SD', null, null, null]]);
  });
  it('the dual alone is no state', () => {
    expect(found('وأكد الوفدان أهمية التعاون.')).toEqual([]);
  });
});

describe('a government that negotiates or concludes an agreement stands for its state: governmentForState', () => {
  it('«المفاوضات بين الحكومة اليمنية والحوثيين»', () => {
    expect(found('وانطلقت أمس المفاوضات بين الحكومة اليمنية والحوثيين في مسقط.')).toEqual([['negotiation', 'country:YE org:houthis', 'city:muscat', '2024-03-04', null]]);
  });
  it('«الاتفاق الذي توصلت إليه الحكومة الأفغانية وحركة طالبان»', () => {
    expect(found('وقال إن الاتفاق الذي توصلت إليه الحكومة الأفغانية وحركة طالبان لم ينفذ.')).toEqual([['agreement', 'country:AF org:taliban', null, null, null]]);
  });
  it('a government named in a meeting stays a body, no party', () => {
    expect(found('وقال الوزير إن الحكومة العراقية رحبت باللقاء.')).toEqual([]);
  });
});

describe('a message handed over at a reception told before it: receptionBefore', () => {
  const host = 'person:vladimir-putin';
  const guest = 'person:faisal-bin-farhan-al-saud';
  const king = 'person:salman-of-saudi-arabia';
  const reception = ['meeting', [guest, host].sort().join(' '), null, '2024-03-04', host];
  const message = ['message', [king, host].sort().join(' '), null, '2024-03-04', king];
  it('«استقبل X Y الذي نقل إليه رسالة من Z»: Z wrote to the host; the guest carried it', () => {
    expect(found('واستقبل الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية السعودي الأمير فيصل بن فرحان الذي نقل إليه رسالة من خادم الحرمين الشريفين.')).toEqual([reception, message]);
  });
  it('«…، الذي سلمه رسالة خطية من Z»: the object pronoun on the verb is the host', () => {
    expect(found('واستقبل الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية السعودي الأمير فيصل بن فرحان، الذي سلمه رسالة خطية من خادم الحرمين الشريفين.')).toEqual([
      reception,
      message,
    ]);
  });
  it('«…، وتسلم منه رسالة من Z»: the host received it from the guest', () => {
    expect(found('واستقبل الرئيس الروسي فلاديمير بوتين أمس وزير الخارجية السعودي الأمير فيصل بن فرحان، وتسلم منه رسالة خطية من خادم الحرمين الشريفين.')).toEqual([
      reception,
      message,
    ]);
  });
  it('«…، وحمله رسالة إلى W»: the host sends, and the guest has not met W yet', () => {
    expect(found('استقبل الملك عبدالله الثاني أمس وزير الخارجية التركي هاكان فيدان، وحمله رسالة إلى الرئيس رجب طيب أردوغان.')).toEqual([
      ['meeting', 'person:abdullah-ii-of-jordan person:hakan-fidan', null, '2024-03-04', 'person:abdullah-ii-of-jordan'],
      ['message', 'person:abdullah-ii-of-jordan person:recep-tayyip-erdogan', null, '2024-03-04', 'person:abdullah-ii-of-jordan'],
    ]);
  });
});

describe('an encounter noun after «في/خلال» in a sentence whose subject is dropped: circumstanceOfDroppedSubject', () => {
  it('«وصل X إلى Y. وقال في مؤتمر صحفي مشترك مع Z …»: X met Z', () => {
    expect(found('وصل وزير الخارجية الأردني أيمن الصفدي إلى أنقرة أمس. وقال في مؤتمر صحفي مشترك مع نظيره التركي هاكان فيدان إن البلدين متفقان.')).toEqual([
      ['visit', 'person:ayman-safadi', 'city:ankara', '2024-03-04', null],
      ['meeting', 'person:ayman-safadi person:hakan-fidan', 'city:ankara', null, null],
    ]);
  });
  it('a sentence with its own actor before the noun keeps it', () => {
    expect(found('وصل وزير الخارجية الأردني أيمن الصفدي إلى أنقرة أمس. وقال فيدان في مؤتمر صحفي إن البلدين متفقان.')).toEqual([
      ['visit', 'person:ayman-safadi', 'city:ankara', '2024-03-04', null],
    ]);
  });
});

describe('talks named for peace or held through a sponsor are a negotiation: negotiatedTalks', () => {
  it('«المشاورات بين A وB برعاية الأمم المتحدة»: the government stands for its state', () => {
    expect(found('وانطلقت في جنيف أمس المشاورات بين الحكومة اليمنية والحوثيين برعاية الأمم المتحدة.')).toEqual([
      ['negotiation', 'country:YE org:houthis', 'city:geneva', '2024-03-04', null],
    ]);
  });
  it('«محادثات السلام بين A وB»', () => {
    expect(found('واستؤنفت في مسقط محادثات السلام بين الحكومة اليمنية والحوثيين.')).toEqual([['negotiation', 'country:YE org:houthis', 'city:muscat', null, null]]);
  });
  it('«عقدت A وB محادثات في جدة بوساطة …»: the subjects before the noun', () => {
    expect(found('وعقدت الحكومة السودانية وقوات الدعم السريع محادثات في جدة بوساطة سعودية أمريكية.')).toEqual([
      ['negotiation', 'country:SD org:rapid-support-forces', 'city:jeddah', null, null],
    ]);
  });
  it('counterparts who consult meet; mediation as their subject matter makes no negotiation of their talks', () => {
    expect(found('وأجرى وزير الخارجية التركي هاكان فيدان مشاورات مع نظيره الأردني أيمن الصفدي في أنقرة حول جهود الوساطة بين روسيا وأوكرانيا.')).toEqual([
      ['meeting', 'person:ayman-safadi person:hakan-fidan', 'city:ankara', null, null],
    ]);
  });
});

describe('sessions of one body of several states are one gathering; its states may follow the words that introduce them', () => {
  it('«اجتماعات وزراء خارجية A وB وC»: one meeting of the three, not three pairs (separateEncounters)', () => {
    expect(found('بدأت في القاهرة اجتماعات وزراء خارجية مصر والأردن والعراق.')).toEqual([
      ['meeting', 'person:ayman-safadi person:fuad-hussein person:sameh-shoukry', 'city:cairo', null, null],
    ]);
  });
  it('«لقاءات مع نظرائه A وB» are still one encounter each', () => {
    expect(found('وأجرى وزير الخارجية الأردني أيمن الصفدي لقاءات مع نظرائه المصري والعراقي.')).toEqual([
      ['meeting', 'person:ayman-safadi person:sameh-shoukry', null, null, null],
      ['meeting', 'person:ayman-safadi person:fuad-hussein', null, null, null],
    ]);
  });
  it('«وزراء خارجية الدول الثلاث A وB وC»: the holders of the three states (skipListIntro)', () => {
    expect(found('عقد وزراء خارجية الدول الثلاث مصر والأردن والعراق اجتماعا في القاهرة أمس.')).toEqual([
      ['meeting', 'person:ayman-safadi person:fuad-hussein person:sameh-shoukry', 'city:cairo', '2024-03-04', null],
    ]);
  });
});

describe('a noun after «ب» close behind another act of the sentence shares its agent: mannerOfEarlierAct', () => {
  it('«أنهى X جولته في المنطقة بزيارة إلى Y»', () => {
    expect(found('وأنهى وزير الخارجية الأمريكي أنتوني بلينكن جولته في المنطقة بزيارة إلى الدوحة.')).toEqual([['visit', 'person:antony-blinken', 'city:doha', null, null]]);
  });
  it('«اختتم X زيارته بمحادثات مع Y»', () => {
    expect(found('واختتم وزير الخارجية التركي هاكان فيدان زيارته بمحادثات مع نظيره الأردني أيمن الصفدي.')).toEqual([
      ['meeting', 'person:ayman-safadi person:hakan-fidan', null, null, null],
    ]);
  });
  it('after a comma the noun is no manner of the act before it', () => {
    expect(found('وأنهى وزير الخارجية الأمريكي أنتوني بلينكن جولته، بزيارة إلى الدوحة.')).toEqual([]);
  });
});

describe('receiving an envoy’s credentials is an audience with him: «تسلم X أوراق اعتماد …»', () => {
  it('an unnamed envoy stands for his state, past the words of the credentials', () => {
    expect(found('تسلم الرئيس المصري عبدالفتاح السيسي أمس أوراق اعتماد سفير اليابان لدى مصر.')).toEqual([
      ['meeting', 'country:JP person:abdel-fattah-el-sisi', null, '2024-03-04', 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('the envoys of a list, one audience each', () => {
    expect(found('تسلم الرئيس المصري عبدالفتاح السيسي أمس أوراق اعتماد سفراء كل من اليابان والبرازيل.')).toEqual([
      ['meeting', 'country:JP person:abdel-fattah-el-sisi', null, '2024-03-04', 'person:abdel-fattah-el-sisi'],
      ['meeting', 'country:BR person:abdel-fattah-el-sisi', null, '2024-03-04', 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('the words of the credentials name no person', () => {
    const out = extract('وقدم سفير اليابان أوراق اعتماده إلى الرئيس المصري عبدالفتاح السيسي.', { publishedAt: '2024-03-05' });
    expect(out.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:abdel-fattah-el-sisi']);
  });
  it('«تسلم X رسالة» is still a message', () => {
    expect(found('تسلم الرئيس المصري عبدالفتاح السيسي أمس رسالة من الرئيس الفرنسي إيمانويل ماكرون.')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:emmanuel-macron', null, '2024-03-04', 'person:emmanuel-macron'],
    ]);
  });
});

describe('a talk verb is a verb after a particle that leads one, after a dateline, and in any form but its verbal noun', () => {
  const pair = ['meeting', 'person:ayman-safadi person:faisal-bin-farhan-al-saud', null, null, null];
  it('«كما بحث», «وقد بحث», «ثم بحث» (grammar.verbLeads)', () => {
    for (const lead of ['كما', 'وقد', 'ثم', 'حيث'])
      expect(found(`${lead} بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الأردني أيمن الصفدي العلاقات الثنائية.`)).toEqual([pair]);
  });
  it('«قد يبحث» stays a possibility', () => {
    expect(found('قد يبحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الأردني أيمن الصفدي العلاقات الثنائية.')).toEqual([]);
  });
  it('«في زيارة رسمية يبحث خلالها مع Y»: an imperfect is a verb wherever it stands (grammar.verbalNounForms)', () => {
    expect(found('يصل وزير الخارجية الأردني أيمن الصفدي اليوم إلى الرياض في زيارة رسمية يبحث خلالها مع نظيره السعودي الأمير فيصل بن فرحان العلاقات.')).toEqual([
      ['visit', 'person:ayman-safadi', 'city:riyadh', '2024-03-05', null],
      ['meeting', 'person:ayman-safadi person:faisal-bin-farhan-al-saud', 'city:riyadh', null, null],
    ]);
  });
  it('«وجرى خلال اللقاء بحث …»: the verbal noun after a noun makes no encounter of its own', () => {
    expect(found('وجرى خلال اللقاء بحث العلاقات بين البلدين.')).toEqual([]);
  });
  it('«الرياض - واس بحث …»: the text opens after the agency of the dateline (opensAfterDateline)', () => {
    expect(found('الرياض - واس بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الأردني أيمن الصفدي العلاقات الثنائية.')).toEqual([pair]);
  });
  it('«جدة – فلان الفلاني بحث …»: the reporter of the byline is no party (bylineAt)', () => {
    expect(found('جدة – عبدالله الحربي بحث وزير الخارجية السعودي الأمير فيصل بن فرحان مع نظيره الأردني أيمن الصفدي العلاقات الثنائية.')).toEqual([pair]);
  });
});

describe('a visit noun after a time word, with no destination, was paid to the place its sentence left: placeLeftAfterVisit', () => {
  it('«غادر X الرياض بعد زيارة رسمية للمملكة»: the state of the city left', () => {
    expect(found('وغادر الرئيس السنغالي ماكي سال الرياض أمس بعد زيارة رسمية للمملكة استغرقت ثلاثة أيام.')).toEqual([
      ['visit', 'person:macky-sall', 'country:SA', '2024-03-04', null],
    ]);
  });
  it('«غادر X الإمارات في ختام زيارة …»', () => {
    expect(found('وغادر الرئيس الصيني شي جين بينغ الإمارات اليوم في ختام زيارة رسمية استغرقت ثلاثة أيام.')).toEqual([
      ['visit', 'person:xi-jinping', 'country:AE', '2024-03-05', null],
    ]);
  });
  it('leaving without a visit noun is no visit', () => {
    expect(found('وغادر الرئيس السنغالي ماكي سال الرياض أمس.')).toEqual([]);
  });
});

describe('the object of a meeting verb after a trip told as its circumstance: objectAfterVisitCircumstance', () => {
  const met = [['meeting', 'person:bassirou-diomaye-faye person:emmanuel-macron', null, null, null]];
  it('«التقى X خلال جولته في أفريقيا Y»: a region that is no place of the gazetteer', () => {
    expect(found('التقى الرئيس الفرنسي إيمانويل ماكرون خلال جولته في أفريقيا الرئيس السنغالي باسيرو ديوماي فاي.', '2024-05-05')).toEqual(met);
  });
  it('«التقى X خلال زيارته الحالية Y»: the adjective of the guest’s title is no destination', () => {
    expect(found('التقى الرئيس الفرنسي إيمانويل ماكرون خلال زيارته الحالية الرئيس السنغالي باسيرو ديوماي فاي.', '2024-05-05')).toEqual(met);
  });
  it('a person past a comma speaks in a clause of his own', () => {
    expect(found('التقى الرئيس الفرنسي إيمانويل ماكرون خلال جولته في أفريقيا، وقال الرئيس السنغالي باسيرو ديوماي فاي إن التعاون مهم.', '2024-05-05')).toEqual([]);
  });
});

describe('«في إطار» names a circumstance like «خلال» (grammar.during)', () => {
  it('«التقى X في إطار زيارته للرياض Y»: the visit, and the meeting in the city visited', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان في إطار زيارته للرياض وزير الخارجية الأردني أيمن الصفدي.')).toEqual([
      ['meeting', 'person:ayman-safadi person:hakan-fidan', 'city:riyadh', null, null],
      ['visit', 'person:hakan-fidan', 'city:riyadh', null, null],
    ]);
  });
});

describe('a word read exactly as a trigger or a title is no misspelled word of a name (readExactly)', () => {
  it('«وهنأ الملك سلمان الرئيس X» names no «هاني الملقي»: the congratulation is a message', () => {
    const out = extract('وهنأ الملك سلمان الرئيس المصري عبدالفتاح السيسي بافتتاح المشروع.', { publishedAt: '2024-03-05' });
    expect(out.entities.filter((e) => e.type === 'person').map((e) => e.id)).toEqual(['person:salman-of-saudi-arabia', 'person:abdel-fattah-el-sisi']);
    expect(out.relations.map((r) => [r.type, r.source])).toEqual([['message', 'person:salman-of-saudi-arabia']]);
  });
});

describe('a place after what an encounter told again was about is no venue of it: beforeSubjectMatter', () => {
  it('«وجرى خلال اللقاء استعراض جهود … في غزة»: the reception keeps no place', () => {
    expect(found('استقبل ولي العهد الأمير محمد بن سلمان أمس الرئيس التركي رجب طيب أردوغان. وجرى خلال اللقاء استعراض جهود مصر وقطر لوقف إطلاق النار في غزة.')).toEqual([
      ['meeting', 'person:mohammed-bin-salman person:recep-tayyip-erdogan', null, '2024-03-04', 'person:mohammed-bin-salman'],
    ]);
  });
  it('«وعقد اللقاء في جدة»: the place the noun’s own clause gives is still the venue', () => {
    expect(found('التقى ولي العهد الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان. وعقد اللقاء في جدة أمس.')).toEqual([
      ['meeting', 'person:mohammed-bin-salman person:recep-tayyip-erdogan', 'city:jeddah', '2024-03-04', null],
    ]);
  });
});

describe('a message «like it» with no recipient went to the recipients of the message before: similarMessage', () => {
  const king = 'person:salman-of-saudi-arabia';
  const sisi = 'person:abdel-fattah-el-sisi';
  const mbs = 'person:mohammed-bin-salman';
  const lead = 'بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة للرئيس المصري عبدالفتاح السيسي بمناسبة افتتاح المشروع.';
  it('«كما بعث X برقية تهنئة مماثلة»', () => {
    expect(found(`${lead} كما بعث ولي العهد الأمير محمد بن سلمان برقية تهنئة مماثلة.`)).toEqual([
      ['message', [king, sisi].sort().join(' '), null, null, king],
      ['message', [mbs, sisi].sort().join(' '), null, null, mbs],
    ]);
  });
  it('a message with a recipient of its own keeps it', () => {
    expect(found(`${lead} كما بعث ولي العهد الأمير محمد بن سلمان برقية مماثلة للرئيس التركي رجب طيب أردوغان.`)).toEqual([
      ['message', [king, sisi].sort().join(' '), null, null, king],
      ['message', [mbs, 'person:recep-tayyip-erdogan'].sort().join(' '), null, null, mbs],
    ]);
  });
});

describe('a message its sender sent himself to several recipients is one message to each: sentToSeveral', () => {
  it('«تلقى A وB برقيتي تهنئة من X»: one from X to each', () => {
    const erdogan = 'person:recep-tayyip-erdogan';
    expect(found('تلقى الملك سلمان وولي العهد الأمير محمد بن سلمان برقيتي تهنئة من الرئيس التركي رجب طيب أردوغان.')).toEqual([
      ['message', [erdogan, 'person:salman-of-saudi-arabia'].sort().join(' '), null, null, erdogan],
      ['message', [erdogan, 'person:mohammed-bin-salman'].sort().join(' '), null, null, erdogan],
    ]);
  });
  it('«بعث X برقيتي تهنئة إلى A وB»', () => {
    const erdogan = 'person:recep-tayyip-erdogan';
    expect(found('بعث الرئيس التركي رجب طيب أردوغان برقيتي تهنئة إلى الملك سلمان وولي العهد الأمير محمد بن سلمان.')).toEqual([
      ['message', [erdogan, 'person:salman-of-saudi-arabia'].sort().join(' '), null, null, erdogan],
      ['message', [erdogan, 'person:mohammed-bin-salman'].sort().join(' '), null, null, erdogan],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type, sorted participants, location, day and source: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-03-05') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location, r.date, r.source]);

// 2024-03-05 is a Tuesday.
describe('an envoy told by his post alone stands for the state that sent him: unnamedEnvoy', () => {
  it('«استقبل X في مكتبه بالوزارة اليوم سفير اليابان لدى المملكة»: the host meets Japan', () => {
    expect(found('استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في مكتبه بالوزارة اليوم سفير اليابان لدى المملكة.')).toEqual([
      ['meeting', 'country:JP person:faisal-bin-farhan-al-saud', null, '2024-03-05', 'person:faisal-bin-farhan-al-saud'],
    ]);
  });
  it('the adjective form after the day, with a place after it («التقى X أمس السفير الإيطالي في أنقرة»)', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان أمس السفير الإيطالي في أنقرة، وبحث معه العلاقات الثنائية.')).toEqual([
      ['meeting', 'country:IT person:hakan-fidan', 'city:ankara', '2024-03-04', null],
    ]);
  });
  it('an envoy who only speaks makes no relation', () => {
    expect(found('قال سفير اليابان إن بلاده ترحب بالاتفاق.')).toEqual([]);
  });
});

describe('an envoy told by his post is the envoy of that state the item names: namedEnvoys', () => {
  it('«… السفير الياباني. وأوضح سفير اليابان لدى تركيا X …»: the meeting is with the person', () => {
    const out = extract('استقبل وزير الخارجية التركي هاكان فيدان اليوم السفير الياباني. وأوضح سفير اليابان لدى تركيا تاكاهاشي كينتارو أن اللقاء تناول التعاون.', {
      publishedAt: '2024-03-05',
    });
    const envoy = out.entities.find((e) => e.type === 'person' && e.id !== 'person:hakan-fidan');
    expect(envoy?.roles?.some((r) => r.role === 'ambassador')).toBe(true);
    expect(out.relations.map((r) => [r.type, [...r.participants].sort()])).toEqual([['meeting', [envoy!.id, 'person:hakan-fidan'].sort()]]);
  });
});

describe('the seat and the day of a reception stand between host and guest: circumstanceOnly', () => {
  it('«استقبل X بقصره في القاهرة أمس وفدا يابانيا»: the officials after the seat are the guest', () => {
    expect(found('استقبل الرئيس المصري عبد الفتاح السيسي بقصره في القاهرة أمس وفدا يابانيا.')).toEqual([
      ['meeting', 'country:JP person:abdel-fattah-el-sisi', 'city:cairo', '2024-03-04', 'person:abdel-fattah-el-sisi'],
    ]);
  });
});

describe('VSO with the place or the day before the subject: subjectAfterVerb', () => {
  it('«وصل إلى باريس اليوم الرئيس X»: the person after the destination is the visitor', () => {
    expect(found('وصل إلى باريس اليوم الرئيس المصري عبد الفتاح السيسي في زيارة رسمية.')).toEqual([
      ['visit', 'person:abdel-fattah-el-sisi', 'city:paris', '2024-03-05', null],
    ]);
  });
  it('«وصلت اليوم إلى أنقرة رئيسة الوزراء X»: the day first, then the destination', () => {
    expect(found('وصلت اليوم إلى أنقرة رئيسة الوزراء الإيطالية جورجيا ميلوني.')).toEqual([['visit', 'person:giorgia-meloni', 'city:ankara', '2024-03-05', null]]);
  });
  it('«استقبل في قصر … أمس الرئيس X الرئيس Y»: the host follows the seat, the guest follows the host', () => {
    const [rel] = found('استقبل في قصر الإليزيه أمس الرئيس الفرنسي إيمانويل ماكرون الرئيس المصري عبد الفتاح السيسي.');
    expect([rel?.[0], rel?.[1], rel?.[3], rel?.[4]]).toEqual(['meeting', 'person:abdel-fattah-el-sisi person:emmanuel-macron', '2024-03-04', 'person:emmanuel-macron']);
  });
});

describe('the recipient of a message after «ل» is no genitive agent: genitiveAgent', () => {
  it('«بعث X برقية تهنئة للرئيس Y رئيس جمهورية Z»: the apposition names the recipient again', () => {
    expect(found('بعث الرئيس المصري عبد الفتاح السيسي برقية تهنئة للرئيس الفرنسي إيمانويل ماكرون رئيس الجمهورية الفرنسية.')).toEqual([
      ['message', 'person:abdel-fattah-el-sisi person:emmanuel-macron', null, null, 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('«ل» after an encounter noun is still its owner («اجتماع قريب للرئيس X مع Y»)', () => {
    expect(found('أعلن البيت الأبيض عن اجتماع قريب للرئيس الأمريكي مع رئيس الوزراء البريطاني.')).toEqual([['meeting', 'person:joe-biden person:rishi-sunak', null, null, null]]);
  });
});

describe('the light verb that opened the clause gives a message its sender: governorSlot', () => {
  it('«بعث X برقية تعزية لفخامة الرئيس Y»: X sent it', () => {
    expect(found('بعث الرئيس التركي رجب طيب أردوغان برقية تعزية لفخامة الرئيس الإيراني.')).toEqual([
      ['message', 'person:ebrahim-raisi person:recep-tayyip-erdogan', null, null, 'person:recep-tayyip-erdogan'],
    ]);
  });
});

describe('states named as sides: adjectiveActs and sideNounStart', () => {
  it('«وقع الجانبان A وB اتفاقية»: the two states, no reference back', () => {
    expect(found('وقع الجانبان المصري والفرنسي في القاهرة أمس اتفاقية للتعاون في مجال الطاقة.')).toEqual([
      ['agreement', 'country:EG country:FR', 'city:cairo', '2024-03-04', null],
    ]);
  });
  it('three sides coordinated by «و»', () => {
    expect(found('وقع الطرفان التركي والعراقي والقطري مذكرة تفاهم.')).toEqual([['agreement', 'country:IQ country:QA country:TR', null, null, null]]);
  });
  it('«بحث الجانب A مع الجانب B»: a side after the verb is its subject', () => {
    expect(found('بحث الجانب التركي مع الجانب الإيراني في طهران اليوم سبل تعزيز التجارة.')).toEqual([
      ['meeting', 'country:IR country:TR', 'city:tehran', '2024-03-05', null],
    ]);
  });
  it('an adjective after a side noun that refers back and names no state stays a reference («بحث الجانبان سبل التعاون»)', () => {
    expect(found('بحث الجانبان سبل التعاون.')).toEqual([]);
  });
});

describe('those who receive a guest or see him off meet him apart: receptionPronounIsGuest, foreignHosts, topicOfSentenceBefore', () => {
  it('«وكان في استقباله X، وY، وسفير بلاده»: one meeting per greeter, the greeter the source; the guest’s own envoy is no host', () => {
    const out = found(
      'وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة اليوم. وكان في استقباله لدى وصوله رئيس الوزراء المصري مصطفى مدبولي، ووزير الخارجية المصري سامح شكري، وسفير فرنسا لدى مصر.',
    ).filter((r) => r[0] === 'meeting');
    expect(out.map((r) => [r[1], r[4]])).toEqual([
      ['person:emmanuel-macron person:mostafa-madbouly', 'person:mostafa-madbouly'],
      ['person:emmanuel-macron person:sameh-shoukry', 'person:sameh-shoukry'],
    ]);
  });
  it('«وغادر X المدينة اليوم. وكان في وداعه Y وZ»: the pronoun is the person who leads the sentence before', () => {
    expect(found('وغادر الرئيس الفرنسي إيمانويل ماكرون القاهرة اليوم. وكان في وداعه رئيس الوزراء المصري مصطفى مدبولي ووزير الخارجية المصري سامح شكري.').map((r) => [r[0], r[1], r[4]])).toEqual([
      ['meeting', 'person:emmanuel-macron person:mostafa-madbouly', 'person:mostafa-madbouly'],
      ['meeting', 'person:emmanuel-macron person:sameh-shoukry', 'person:sameh-shoukry'],
    ]);
  });
  it('no person leads the sentence before: «في وداعه» names no guest', () => {
    expect(found('انتهت المباحثات اليوم. وكان في وداعه رئيس الوزراء المصري مصطفى مدبولي.')).toEqual([]);
  });
});

describe('unnamed officials after the trigger and its day stand for their state (introductions, grammar.officialNouns)', () => {
  it('«خلال استقباله اليوم سفير مصر»: the envoy after the noun and the day', () => {
    expect(found('تسلم وزير الخارجية التركي هاكان فيدان الرسالة خلال استقباله اليوم سفير مصر لدى تركيا.')).toEqual([
      ['meeting', 'country:EG person:hakan-fidan', null, '2024-03-05', 'person:hakan-fidan'],
    ]);
  });
  it('a consul («القنصل العام الفرنسي») is an unnamed official of his state', () => {
    expect(found('استقبل وزير الخارجية التركي هاكان فيدان القنصل العام الفرنسي.')).toEqual([['meeting', 'country:FR person:hakan-fidan', null, null, 'person:hakan-fidan']]);
  });
  it('a state named after the day is no official: «استقبل X اليوم في فرنسا» names a place, not a guest', () => {
    expect(found('استقبل وزير الخارجية التركي هاكان فيدان اليوم في فرنسا نظيره الفرنسي.').map((r) => r[1])).toEqual(['person:hakan-fidan person:stephane-sejourne']);
  });
});

describe('a visit and the encounter after «حيث»: objectsEndAtNextTrigger, acrossComma', () => {
  it('«يزور X البلد اليوم، حيث يلتقي Y»: Y is the host of the meeting, no visitor; the day before the comma dates the visit', () => {
    expect(found('يزور الرئيس الفرنسي إيمانويل ماكرون مصر اليوم، حيث يلتقي الرئيس المصري عبد الفتاح السيسي في القاهرة.')).toEqual([
      ['visit', 'person:emmanuel-macron', 'city:cairo', '2024-03-05', null],
      ['meeting', 'person:abdel-fattah-el-sisi person:emmanuel-macron', 'city:cairo', '2024-03-05', null],
    ]);
  });
  it('two visitors named before the destination still visit together («زار X ونظيره Y موسكو»)', () => {
    expect(found('زار وزير الخارجية التركي هاكان فيدان ونظيره الإيراني موسكو أمس.')).toEqual([
      ['visit', 'person:hakan-fidan person:hossein-amir-abdollahian', 'city:moscow', '2024-03-04', null],
    ]);
  });
});

describe('an encounter chaired by persons of two states is their meeting: coChairs', () => {
  it('«عقدت اللجنة A B المشتركة اجتماعها برئاسة X وY»: the two chairs, not the states of the name', () => {
    expect(found('عقدت اللجنة المصرية الفرنسية المشتركة اجتماعها في القاهرة أمس برئاسة وزير الخارجية المصري سامح شكري ووزير الخارجية الفرنسي ستيفان سيجورنيه.')).toEqual([
      ['meeting', 'person:sameh-shoukry person:stephane-sejourne', 'city:cairo', '2024-03-04', null],
    ]);
  });
  it('a delegation headed by one person is still that person («استقبل X وفدا فرنسيا برئاسة Y»)', () => {
    expect(found('استقبل وزير الخارجية المصري سامح شكري وفدا فرنسيا برئاسة وزير الخارجية الفرنسي ستيفان سيجورنيه.').map((r) => [r[1], r[4]])).toEqual([
      ['person:sameh-shoukry person:stephane-sejourne', 'person:sameh-shoukry'],
    ]);
  });
});

describe('a dash between figures is no dateline marker (inDateline)', () => {
  it('«في 12-03-2024» near the start dates the encounter', () => {
    expect(found('التقى الرئيس المصري عبد الفتاح السيسي في 02-03-2024 الرئيس الفرنسي إيمانويل ماكرون.')[0]?.[3]).toBe('2024-03-02');
  });
});

describe('a seat of power places an encounter in its city, where the text names that city (venueOf)', () => {
  it('«… بقصر الاتحادية» in a text that names Cairo: Cairo', () => {
    expect(found('وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة اليوم. واستقبله الرئيس المصري عبد الفتاح السيسي بقصر الاتحادية.').find((r) => r[0] === 'meeting')?.[2]).toBe('city:cairo');
  });
  it('a seat in a text that names no city: its state', () => {
    expect(found('استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الثلاثاء، بقصر الاتحادية، الرئيس الفرنسي إيمانويل ماكرون.')[0]?.[2]).toBe('country:EG');
  });
});

describe('the place of the occasion is the place of an encounter on its margin (venueOf, occasionOf)', () => {
  it('«التقى X على هامش القمة في Z Y»: Z', () => {
    expect(found('التقى الرئيس المصري عبد الفتاح السيسي على هامش القمة العربية في الرياض العاهل الأردني الملك عبد الله الثاني.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:abdullah-ii-of-jordan', 'city:riyadh', null, null],
    ]);
  });
});

describe('the purpose of an agreement does not end the «بين» list of its parties: partiesOfAgreementAhead', () => {
  it('«وتم التوقيع على اتفاقية للتعاون بين A وB»', () => {
    expect(found('وتم التوقيع على اتفاقية للتعاون في مجال الطاقة بين مصر وفرنسا.')).toEqual([['agreement', 'country:EG country:FR', null, null, null]]);
  });
  it('the subject matter of talks still ends them («بحث الجانبان التعاون بين A وB» names no parties)', () => {
    expect(found('بحث الجانبان التعاون بين مصر وفرنسا.')).toEqual([]);
  });
});

describe('the place of an encounter noun from its occasion or its host (occasionOf, hostInRelativeClause)', () => {
  it('«لقاء X بنظيره Y، الاثنين، على هامش اجتماعات … في Z»: Z, past the occasion’s long name', () => {
    expect(found('وصفت الحكومة المصرية لقاء وزير خارجيتها سامح شكري بنظيره التركي هاكان فيدان، الاثنين، على هامش اجتماعات الجمعية العامة للأمم المتحدة في نيويورك، بالمثمر.')[0]?.[2]).toBe('city:new-york-city');
  });
  it('«… قمتهما التي تستضيفها Z»: the host of the summit is its place', () => {
    expect(found('صافح الرئيس المصري عبد الفتاح السيسي الرئيس الفرنسي إيمانويل ماكرون في مستهل قمتهما التي تستضيفها القاهرة.')[0]?.[2]).toBe('city:cairo');
  });
});

describe('the dual or plural of an envoy before states names unnamed envoys of each (grammar.officialNouns)', () => {
  it('«استقبل X سفيري A وB»: one audience with each state', () => {
    expect(found('استقبل ولي العهد الأمير محمد بن سلمان أمس سفيري اليابان وفرنسا.')).toEqual([
      ['meeting', 'country:JP person:mohammed-bin-salman', null, '2024-03-04', 'person:mohammed-bin-salman'],
      ['meeting', 'country:FR person:mohammed-bin-salman', null, '2024-03-04', 'person:mohammed-bin-salman'],
    ]);
  });
  it('envoys who only speak make no relation', () => {
    expect(found('وقال سفراء اليابان وفرنسا إن الوضع مستقر.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type and sorted participants: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-05-06') => extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' ')]);

describe('restraint: what is not an event', () => {
  it('«قد» before an imperfect is a possibility, with ي or with ت', () => {
    expect(found('قد يلتقي الرئيس الروسي فلاديمير بوتين نظيره الأمريكي جو بايدن')).toEqual([]);
    expect(found('قد تلتقي وزيرة الخارجية الألمانية أنالينا بيربوك نظيرها الفرنسي ستيفان سيجورنيه')).toEqual([]);
  });
  it('«قد» before a past that starts with ت is a fact («كان X قد توجه», «قد تلقى»)', () => {
    expect(found('وكان الرئيس التركي رجب طيب أردوغان قد توجه إلى الدوحة أمس')).toEqual([['visit', 'person:recep-tayyip-erdogan']]);
    expect(found('وكان وزير الخارجية المصري سامح شكري قد تلقى اتصالا هاتفيا من نظيره الأمريكي أنتوني بلينكن')).toEqual([
      ['call', 'person:antony-blinken person:sameh-shoukry'],
    ]);
  });
  it('a postponement, a denial, a cancellation and a hope report nothing', () => {
    expect(found('أعلن الكرملين تأجيل القمة بين الرئيس الروسي فلاديمير بوتين والرئيس الأمريكي جو بايدن')).toEqual([]);
    expect(found('نفى وزير الخارجية الإيراني حسين أمير عبد اللهيان أن يكون التقى نظيره الأمريكي أنتوني بلينكن')).toEqual([]);
    expect(found('ألغى الرئيس الأمريكي جو بايدن زيارته المقررة إلى إسرائيل')).toEqual([]);
    expect(found('قال وزير الخارجية الأمريكي أنتوني بلينكن إنه يأمل في لقاء نظيره الصيني وانغ يي')).toEqual([]);
  });
  it('a blocker governs its own complement: «رفض X التصريح بفحوى المكالمة» refuses the disclosure, not the call', () => {
    expect(found('رفض الرئيس التونسي قيس سعيد التصريح بفحوى المكالمة الهاتفية التي جمعته بالرئيس الأمريكي جو بايدن')).toEqual([
      ['call', 'person:joe-biden person:kais-saied'],
    ]);
    expect(found('رفض الرئيس التونسي قيس سعيد لقاء الرئيس الأمريكي جو بايدن')).toEqual([]);
    expect(found('وقد يمهد ذلك الطريق للقاء بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ')).toEqual([]);
  });
  it('reaching an agreement as the aim of a mediation («للتوصل إلى اتفاق») is no agreement; reaching one is', () => {
    expect(found('تجري مصر وقطر وساطة للتوصل إلى اتفاق لوقف إطلاق النار')).toEqual([]);
    expect(found('توصلت مصر وقطر إلى اتفاق لتنظيم التجارة')).toEqual([['agreement', 'country:EG country:QA']]);
  });
});

describe('restraint: who is not a party', () => {
  it('«مع» after a noun of subject matter belongs to the noun («بحث X اتفاق التجارة مع Y»)', () => {
    expect(found('بحث وزير الخارجية الفرنسي ستيفان سيجورنيه اتفاق التجارة مع الاتحاد الأوروبي')).toEqual([]);
    expect(found('ناقشت وزيرة الخارجية الألمانية أنالينا بيربوك مستقبل العلاقات مع الصين')).toEqual([]);
  });
  it('«مع» right after the subject introduces the partner («بحث X مع Y اتفاق التجارة»)', () => {
    expect(found('بحث وزير الخارجية الفرنسي ستيفان سيجورنيه مع الاتحاد الأوروبي اتفاق التجارة')).toEqual([['meeting', 'org:eu person:stephane-sejourne']]);
  });
  it('an agreement keeps its partner after the agreement noun («وقع اتفاقا مع Y»)', () => {
    expect(found('وقعت مصر اتفاقا مع الاتحاد الأوروبي')).toEqual([['agreement', 'country:EG org:eu']]);
  });
  it('the one thanked is not in the encounter of the possessive noun («شكر X Y خلال لقائه Z»)', () => {
    expect(found('شكر الرئيس المصري عبد الفتاح السيسي الرئيس الأمريكي جو بايدن خلال لقائه وزير الخارجية الأمريكي أنتوني بلينكن')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:antony-blinken'],
    ]);
  });
  it('the agent of the sentence is not a party of an encounter listed with «بين» after «قبيل»', () => {
    expect(found('يزور وزير الخارجية الأمريكي أنتوني بلينكن بكين قبيل القمة المرتقبة بين الرئيس الأمريكي جو بايدن والرئيس الصيني شي جين بينغ')).toEqual([
      ['visit', 'person:antony-blinken'],
      ['meeting', 'person:joe-biden person:xi-jinping'],
    ]);
  });
});

describe('references: relative clauses', () => {
  it('«الذي يزور» makes the antecedent the visitor, not the subject of the main verb', () => {
    expect(found('استقبل الرئيس التونسي قيس سعيد رئيس الوزراء الجزائري الذي يؤدي زيارة إلى تونس')).toEqual([
      ['meeting', 'person:kais-saied person:nadir-larbaoui'],
      ['visit', 'person:nadir-larbaoui'],
    ]);
  });
  it('the antecedent may stand before a comma («… وزير خارجية الولايات المتحدة، الذي سيزور قطر»)', () => {
    const r = found('وتشكل مصر المحطة الأولى لوزير خارجية الولايات المتحدة، الذي سيزور لاحقا الأردن', '2015-08-01');
    expect(r).toEqual([['visit', 'person:john-kerry']]);
  });
});

describe('groups: unnamed officials stand for their state', () => {
  it('«مع مسؤول عراقي»: the state of the official', () => {
    expect(found('اجتمع وزير الخارجية التركي هاكان فيدان مع مسؤول عراقي')).toEqual([['meeting', 'country:IQ person:hakan-fidan']]);
  });
  it('«ممثلين عن اليابان وكندا» right after the subject: each state', () => {
    expect(found('التقى الرئيس الصيني شي جين بينغ ممثلين عن اليابان وكندا')).toEqual([
      ['meeting', 'country:JP person:xi-jinping'],
      ['meeting', 'country:CA person:xi-jinping'],
    ]);
  });
  it('a state’s delegation as the subject («وصل وفد قطري ... والتقى Y») stands for the state', () => {
    expect(found('وصل وفد قطري إلى القاهرة والتقى وزير الخارجية المصري بدر عبد العاطي')).toEqual([
      ['visit', 'country:QA'],
      ['meeting', 'country:QA person:badr-abdelatty'],
    ]);
  });
  it('a delegation of a state body is no party («وفد من الكونغرس الأمريكي»)', () => {
    expect(found('زار وفد من الكونغرس الأمريكي الرياض')).toEqual([]);
  });
  it('a state named as subject matter («حول اليابان») is still no party', () => {
    expect(found('تحدث الرئيس الصيني شي جين بينغ حول اليابان')).toEqual([]);
  });
});

describe('restraint: officials of one state among themselves', () => {
  it('two office-holders of one state meeting is domestic, not diplomatic', () => {
    expect(found('التقى وزير الخارجية المصري سامح شكري رئيس الوزراء المصري مصطفى مدبولي', '2019-05-06')).toEqual([]);
  });
  it('a trip inside the visitor’s own state is no visit', () => {
    expect(found('زار رئيس الوزراء العراقي محمد شياع السوداني البصرة في جنوب العراق')).toEqual([]);
  });
  it('a leader facing a rebel of his own nationality who holds no office is an encounter', () => {
    expect(found('التقى رئيس جنوب السودان سلفا كير زعيم المتمردين رياك مشار في أديس أبابا', '2018-06-21')).toEqual([
      ['meeting', 'person:riek-machar person:salva-kiir-mayardit'],
    ]);
  });
});

describe('restraint: relaunching or reviving as an aim', () => {
  it('«لإعادة إطلاق المفاوضات», «لإحياء المفاوضات» name an aim, not talks that took place', () => {
    expect(found('وأكد الوزراء دعمهم لعقد مؤتمر دولي لإعادة إطلاق المفاوضات الفلسطينية الإسرائيلية.')).toEqual([]);
    expect(found('وتسعى مصر لإحياء المفاوضات بين إسرائيل وحماس.')).toEqual([]);
  });
  it('talks resumed are talks', () => {
    expect(found('واستؤنفت المفاوضات بين إسرائيل وحماس في الدوحة.')).toEqual([['negotiation', 'country:IL org:hamas']]);
  });
});

describe('restraint: those who attended a reception or talks are no parties (attendedAudience, grammar.attendVerbs)', () => {
  it('«وحضر الاستقبال X، وY، وZ» adds no encounter of the attendees', () => {
    expect(
      found('استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم الرئيس الفرنسي إيمانويل ماكرون. وحضر الاستقبال رئيس الوزراء المصري مصطفى مدبولي، ووزير الخارجية الفرنسي ستيفان سيجورنيه.'),
    ).toEqual([['meeting', 'person:abdel-fattah-el-sisi person:emmanuel-macron']]);
  });
  it('«وحضر اللقاء X» after a meeting told before: still the one meeting', () => {
    expect(found('التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني في أنقرة. وحضر اللقاء سفير إيران لدى تركيا.')).toEqual([
      ['meeting', 'person:hakan-fidan person:hossein-amir-abdollahian'],
    ]);
  });
  it('«…، حضرها من الجانب A X ومن الجانب B Y»: the attending verb ends the objects of the talks', () => {
    expect(
      found('عقد الرئيس المصري عبد الفتاح السيسي جلسة مباحثات مع الرئيس الفرنسي إيمانويل ماكرون، حضرها من الجانب الفرنسي وزير الخارجية ستيفان سيجورنيه.'),
    ).toEqual([['meeting', 'person:abdel-fattah-el-sisi person:emmanuel-macron']]);
  });
  it('taking part in a meeting is still taking part («وشارك في الاجتماع A وB»)', () => {
    expect(found('وشارك في الاجتماع وزير الخارجية التركي هاكان فيدان ووزير الخارجية الإيراني حسين أمير عبد اللهيان.')).toEqual([
      ['meeting', 'person:hakan-fidan person:hossein-amir-abdollahian'],
    ]);
  });
});

describe('restraint: an invitation with its possessive pronoun is no visit (grammar.blockers)', () => {
  it('«وجدد X دعوته لـY لزيارة Z» is no visit of Y', () => {
    expect(found('وجدد الرئيس الأمريكي جو بايدن دعوته للرئيس المصري عبد الفتاح السيسي لزيارة واشنطن.')).toEqual([]);
  });
  it('a visit made «بدعوة من X» or «تلبية لدعوته» is a visit', () => {
    expect(found('ووصل الرئيس المصري عبد الفتاح السيسي إلى واشنطن بدعوة من الرئيس الأمريكي جو بايدن.').map((r) => r[0])).toEqual(['visit']);
    expect(found('وصل الرئيس المصري عبد الفتاح السيسي إلى واشنطن تلبية لدعوته.').map((r) => r[0])).toEqual(['visit']);
  });
});

import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

/** Every relation as type, sorted participants and location: the whole set, so that nothing else is found. */
const found = (text: string, publishedAt = '2024-03-05') =>
  extract(text, { publishedAt }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.location]);

describe('delegations: the members travel and meet with their head', () => {
  it('«ترأس X وفدا يضم A وB» adds A and B to X’s visit and to the meeting he held there', () => {
    expect(found('وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة حيث التقى الرئيس المصري عبد الفتاح السيسي. وترأس بلينكن وفدا يضم وزير الدفاع الأمريكي لويد أوستن ووزير الأمن الداخلي الأمريكي أليخاندرو مايوركاس.')).toEqual([
      ['visit', 'person:alejandro-mayorkas person:antony-blinken person:lloyd-austin', 'city:cairo'],
      ['meeting', 'person:abdel-fattah-el-sisi person:alejandro-mayorkas person:antony-blinken person:lloyd-austin', 'city:cairo'],
    ]);
  });
  it('a delegation whose head made no visit in the item adds nobody', () => {
    expect(found('والتقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس المصري عبد الفتاح السيسي. وترأس بلينكن وفدا يضم وزير الدفاع الأمريكي لويد أوستن.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:antony-blinken', null],
    ]);
  });
  it('leading something else than a delegation («ترأس اجتماعا يضم») makes no members', () => {
    expect(found('وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض. وترأس السيسي اجتماعا للحكومة يضم رئيس الوزراء مصطفى مدبولي.')).toEqual([
      ['visit', 'person:abdel-fattah-el-sisi', 'city:riyadh'],
    ]);
  });
});

describe('a city named by the encounter noun', () => {
  it('«قمة الرياض», «اجتماع جدة» are held in that city', () => {
    expect(found('وشارك الرئيس المصري عبد الفتاح السيسي في قمة الرياض مع الملك الأردني عبد الله الثاني.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:abdullah-ii-of-jordan', 'city:riyadh'],
    ]);
    expect(found('وعقد اجتماع جدة بين وزير الخارجية السعودي فيصل بن فرحان ونظيره الأمريكي أنتوني بلينكن.')).toEqual([
      ['meeting', 'person:antony-blinken person:faisal-bin-farhan-al-saud', 'city:jeddah'],
    ]);
  });
});

describe('a person named inside a member’s description is no member: possessedName', () => {
  it('«وفدا يضم A وصهر X ومستشاره Y»: A and Y travel with the head, X does not', () => {
    expect(found('وترأس وزير الخارجية الأمريكي مايك بومبيو وفدا يضم وزير الخزانة ستيف منوتشين وصهر دونالد ترامب ومستشاره جاريد كوشنر. ووصل بومبيو إلى مكسيكو.', '2018-07-14')).toEqual([
      ['visit', 'person:jared-kushner person:mike-pompeo person:steven-mnuchin', 'city:mexico-city'],
    ]);
  });
  it('«استقبل X مستشارة Y»: Y, named as the adviser’s possessor, met no one', () => {
    expect(found('استقبل الرئيس المصري عبد الفتاح السيسي مستشارة الرئيس الفرنسي إيمانويل ماكرون.', '2018-07-14')).toEqual([]);
  });
});

describe('a delegation whose head the next sentence names is that head: delegationHeadsNamedLater', () => {
  const rels = (text: string) => extract(text, { publishedAt: '2024-03-05' }).relations.map((r) => [r.type, [...r.participants].sort().join(' '), r.source]);
  it('«استقبل X وفدا أمريكيا. وترأس الوفد Y»: X met Y', () => {
    expect(rels('استقبل الرئيس المصري عبد الفتاح السيسي وفدا أمريكيا. وترأس الوفد وزير الخارجية الأمريكي أنتوني بلينكن.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:antony-blinken', 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('«… وكان الوفد برئاسة Y»', () => {
    expect(rels('استقبل الرئيس المصري عبد الفتاح السيسي وفدا أمريكيا. وكان الوفد برئاسة وزير الخارجية الأمريكي أنتوني بلينكن.')).toEqual([
      ['meeting', 'person:abdel-fattah-el-sisi person:antony-blinken', 'person:abdel-fattah-el-sisi'],
    ]);
  });
  it('the head of another state’s delegation is not this delegation’s («وترأس الوفد المصري Z»)', () => {
    expect(rels('استقبل الرئيس المصري عبد الفتاح السيسي وفدا أمريكيا. وترأس الوفد المصري وزير الخارجية سامح شكري.')).toEqual([
      ['meeting', 'country:US person:abdel-fattah-el-sisi', 'person:abdel-fattah-el-sisi'],
    ]);
  });
});

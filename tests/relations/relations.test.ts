import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';

const rel = (text: string, publishedAt = '2015-08-06') => extract(text, { publishedAt }).relations;

describe('trigger families', () => {
  it('a reception «استقبل X Y» is a meeting of both', () => {
    const [r] = rel('استقبل الرئيس الروسي فلاديمير بوتين اليوم وزير الخارجية السعودي عادل الجبير');
    expect(r?.type).toBe('meeting');
    expect(r?.participants.sort()).toEqual(['person:adel-al-jubeir', 'person:vladimir-putin']);
    expect(r?.date).toBe('2015-08-06');
  });
  it('a phone call «اتصال هاتفي مع» is a call with no location', () => {
    const [r] = rel('بحث وزير الخارجية المصري سامح شكري في اتصال هاتفي مع نظيره الأمريكي جون كيري أمس الأزمة السورية');
    expect(r?.type).toBe('call');
    expect(r?.location).toBeNull();
    expect(r?.date).toBe('2015-08-05');
    expect(r?.topics).toContain('syria');
    expect(r?.cameo).toBe('041');
  });
  it('«بحث X وY» opening its clause is a meeting; «شهد بحث مفصل» (a noun) is not a trigger', () => {
    expect(rel('بحث ولي العهد السعودي الأمير محمد بن سلمان والرئيس الفرنسي إيمانويل ماكرون في باريس العلاقات الثنائية', '2023-06-16').map((r) => [r.type, r.location])).toEqual([
      ['meeting', 'city:paris'],
    ]);
    const noun = rel('وأوضح وزير الخارجية التركي هاكان فيدان أن الاجتماع مع روسيا شهد بحث مفصل للطاقة', '2024-06-11');
    expect(noun.some((r) => r.trigger.text === 'بحث')).toBe(false);
  });
  it('a discussion «خلال اتصال هاتفي», and what «الرئيسان بحثا» after it, are one call', () => {
    const r = rel('بحث الرئيس الفرنسي إيمانويل ماكرون ونظيره المصري عبد الفتاح السيسي خلال اتصال هاتفي الوضع في ليبيا. وأضاف البيان أن الرئيسين بحثا كذلك سبل التعاون.', '2024-05-06');
    expect(r.map((x) => x.type)).toEqual(['call']);
  });
  it('«بحث X ونظيره Y هاتفيا» is a call, and the place of its subject matter is no venue', () => {
    const r = rel('بحث وزير الخارجية المصري سامح شكري ونظيره الأمريكي أنتوني بلينكن هاتفيا الأوضاع في غزة', '2023-10-20');
    expect(r.map((x) => [x.type, x.location])).toEqual([['call', null]]);
  });
  it('a visit has the visitor as participant and the destination as location', () => {
    const visit = rel('وصل وزير الخارجية الروسي سيرغي لافروف إلى الدوحة اليوم').find((r) => r.type === 'visit');
    expect(visit?.participants).toEqual(['person:sergei-lavrov']);
    expect(visit?.location).toBe('city:doha');
  });
  it('cables are messages', () => {
    const [r] = rel('تبادل وزير الخارجية الروسي سيرجي لافروف ونظيره المغربي ناصر بوريطة، اليوم الجمعة، برقيات التهنئة', '2023-09-01');
    expect(r?.type).toBe('message');
    expect(r?.date).toBe('2023-09-01');
  });
  it('a signature needs an agreement noun', () => {
    expect(rel('وقعت مصر والسعودية اتفاقية للتعاون في مجال الطاقة').some((r) => r.type === 'agreement')).toBe(true);
    expect(rel('وقع انفجار في المدينة').length).toBe(0);
  });
  it('a plan stated as fact is planned', () => {
    const [r] = rel('سيزور وزير الخارجية الروسي سيرغي لافروف الرياض');
    expect(r?.status).toBe('planned');
  });
});

describe('what is not a relation', () => {
  it('hopes and invitations are not relations', () => {
    expect(rel('دعا الرئيس الروسي فلاديمير بوتين الرئيس الأمريكي باراك أوباما إلى زيارة موسكو')).toEqual([]);
    expect(rel('يأمل وزير الخارجية الروسي سيرغي لافروف أن يلتقي نظيره الأمريكي جون كيري')).toEqual([]);
  });
  it('sports meetings are not relations', () => {
    expect(rel('يلتقي الفريقان مساء الأحد في مباراة الكلاسيكو')).toEqual([]);
  });
});

describe('scraped pages', () => {
  it('gives a «read also» item no publication date', () => {
    const text = 'التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي مولود جاويش أوغلو اليوم.\nالمصدر: وكالة\nإقرأ أيضاً:\nالتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان اليوم.';
    const rs = rel(text, '2017-05-01');
    expect(rs.find((r) => r.participants.includes('person:sergei-lavrov'))?.date).toBe('2017-05-01');
    expect(rs.find((r) => r.participants.includes('person:vladimir-putin'))?.date ?? null).toBeNull();
  });
  it('every relation cites its trigger and evidence inside the input', () => {
    const text = 'استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية السعودي عادل الجبير';
    for (const r of rel(text)) {
      expect(text.slice(r.trigger.start, r.trigger.end)).toBe(r.trigger.text);
      expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    }
  });
});

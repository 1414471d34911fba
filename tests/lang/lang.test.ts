import { describe, expect, expectTypeOf, it } from 'vitest';
import { detectLanguage } from '../../src/lang/index.js';
import type { ExtractResult, LanguageCode } from '../../src/types.js';

describe('detectLanguage', () => {
  it('recognises a 20-character Arabic headline', () => expect(detectLanguage('وزير الخارجية يصل الرياض')).toBe('ar'));
  it('recognises an English sentence', () =>
    expect(detectLanguage('The foreign minister met his counterpart in Geneva on Monday to discuss the ceasefire.')).toBe('en'));
  it('recognises a Persian sentence', () =>
    expect(detectLanguage('وزیر امور خارجه ایران با همتای روسی خود در مسکو دیدار و گفتگو کرد')).toBe('fa'));
  it('says und for text without letters', () => expect(detectLanguage('12345 !!! ...')).toBe('und'));
  it('throws a coded error for a non-string', () => expect(() => detectLanguage(null as never)).toThrow(/E_TEXT_TYPE/));
});

// Texts of our own, several sentences long, in scripts the library does not read.
const CHINESE = '外交部长今天在首都会见了来访的邻国代表团，双方讨论了贸易合作和地区安全问题。会谈结束后，两国签署了一项新的经济协议，并同意明年继续举行高级别对话。';
const RUSSIAN = 'Министр иностранных дел встретился сегодня в столице с делегацией соседней страны. Стороны обсудили торговлю, энергетику и безопасность в регионе, а также договорились продолжить переговоры в следующем месяце.';
const UKRAINIAN = 'Міністр закордонних справ сьогодні зустрівся зі своїм колегою у столиці. Сторони обговорили торгівлю, енергетику та безпеку в регіоні й домовилися продовжити переговори наступного місяця.';
const HEBREW = 'שר החוץ נפגש היום בבירה עם משלחת של מדינה שכנה. הצדדים דנו בסחר, באנרגיה ובביטחון האזורי, והסכימו להמשיך את השיחות בחודש הבא.';
const JAPANESE = '外務大臣は本日、首都で隣国の代表団と会談した。双方は貿易とエネルギー、地域の安全保障について話し合い、来月も協議を続けることで合意した。';
const KOREAN = '외무장관은 오늘 수도에서 이웃 나라 대표단과 회담했다. 양측은 무역과 에너지, 지역 안보에 대해 논의하고 다음 달에도 협의를 계속하기로 합의했다.';
const GREEK = 'Ο υπουργός Εξωτερικών συναντήθηκε σήμερα στην πρωτεύουσα με αντιπροσωπεία γειτονικής χώρας και συζήτησαν το εμπόριο και την ασφάλεια.';

describe('detectLanguage: scripts other than Arabic and Latin', () => {
  it.each([
    ['Chinese', CHINESE, 'zh'],
    ['Russian', RUSSIAN, 'ru'],
    ['Ukrainian', UKRAINIAN, 'uk'],
    ['Hebrew', HEBREW, 'he'],
    ['Japanese (kana with Han)', JAPANESE, 'ja'],
    ['Korean', KOREAN, 'ko'],
    ['Greek', GREEK, 'el'],
  ])('names the language of a long %s text from its script', (_, text, code) => expect(detectLanguage(text)).toBe(code));

  it('names it for a short headline too', () => {
    expect(detectLanguage('外交部长会见代表团')).toBe('zh');
    expect(detectLanguage('שר החוץ נפגש')).toBe('he');
  });

  it('keeps Arabic for Arabic text quoting a few foreign words', () =>
    expect(detectLanguage('قال وزير الخارجية إن المحادثات مع الجانب الصيني (中国) كانت مثمرة وبناءة')).toBe('ar'));
});

describe('LanguageCode', () => {
  it('types detectLanguage and ExtractResult.language as a union of codes, not any string', () => {
    expectTypeOf(detectLanguage).returns.toEqualTypeOf<LanguageCode>();
    expectTypeOf<ExtractResult['language']>().toEqualTypeOf<LanguageCode>();
    // @ts-expect-error: not a code the library answers
    const bad: LanguageCode = 'klingon';
    const ok: LanguageCode = detectLanguage('外交部长会见代表团');
    expect([ok, bad]).toEqual(['zh', 'klingon']);
  });
});

// A citation list whose every number carries its date ("resolutions 1994/3 of 20 July 1994,
// 2004/8 of 21 July 2004 and 2016/5 of 2 June 2016"): each number a resolution of the body named
// before the list, in every language, Arabic and Chinese forms included.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const ECOSOC: Record<Language, string> = {
  en: 'Economic and Social Council',
  fr: 'Conseil économique et social',
  es: 'Consejo Económico y Social',
  ru: 'Экономического и Социального Совета',
  ar: 'المجلس الاقتصادي والاجتماعي',
  zh: '经济及社会理事会',
};

const LISTS: [Language, string][] = [
  ['en', 'Recalling Economic and Social Council resolutions 1994/3 of 20 July 1994, 2004/8 of 21 July 2004 and 2016/5 of 2 June 2016,'],
  ['fr', 'Rappelant les résolutions du Conseil économique et social 1994/3 du 20 juillet 1994, 2004/8 du 21 juillet 2004 et 2016/5 du 2 juin 2016,'],
  ['es', 'Recordando las resoluciones del Consejo Económico y Social 1994/3, de 20 de julio de 1994, 2004/8, de 21 de julio de 2004, y 2016/5, de 2 de junio de 2016,'],
  ['ru', 'ссылаясь на резолюции Экономического и Социального Совета 1994/3 от 20 июля 1994 года, 2004/8 от 21 июля 2004 года и 2016/5 от 2 июня 2016 года,'],
  ['ar', 'إذ يشير إلى قرارات المجلس الاقتصادي والاجتماعي ١٩٩٤/٣ المؤرخ ٢٠ تموز/يوليه ١٩٩٤ و٢٠٠٤/٨ المؤرخ ٢١ تموز/يوليه ٢٠٠٤ و٢٠١٦/٥ المؤرخ ٢ حزيران/يونيه ٢٠١٦،'],
  ['ar', 'إذ يشير إلى قرارات المجلس الاقتصادي والاجتماعي 1994/3 المؤرخ في 20 تموز/يوليه 1994، و2004/8 المؤرخ في 21 تموز/يوليه 2004، و2016/5 المؤرخ في 2 حزيران/يونيه 2016،'],
  ['zh', '回顾经济及社会理事会1994年7月20日第1994/3号、2004年7月21日第2004/8号和2016年6月2日第2016/5号决议，'],
];

describe('a dated citation list: each number a resolution of the body named before it', () => {
  it.each(LISTS)('%s: %s', (language, text) => {
    expect(mandatesOf(text, language).map((m) => [m.reference, m.symbol, m.issuer])).toEqual(
      ['1994/3', '2004/8', '2016/5'].map((reference) => [reference, `E/RES/${reference}`, ECOSOC[language]]),
    );
  });

  it('Arabic: the short name "المجلس" with a year-numbered list is the Economic and Social Council', () => {
    const found = mandatesOf('قرارات المجلس ١٩٩٤/٣ المؤرخ ٢٠ تموز/يوليه ١٩٩٤ و٢٠٠٤/٨ المؤرخ ٢١ تموز/يوليه ٢٠٠٤', 'ar');
    expect(found.map((m) => [m.reference, m.symbol, m.issuer])).toEqual([
      ['1994/3', 'E/RES/1994/3', 'المجلس'],
      ['2004/8', 'E/RES/2004/8', 'المجلس'],
    ]);
  });

  it('Chinese: each number is its own occurrence, the last with the keyword', () => {
    const found = mandatesOf('大会2015年9月25日第70/1号和2016年12月21日第71/243号决议。', 'zh');
    expect(found.map((m) => [m.reference, m.occurrences])).toEqual([
      ['70/1', ['第70/1号']],
      ['71/243', ['第71/243号决议']],
    ]);
  });

  // The body between keyword and number after an "of" word is taken only as the table names it.
  it.each([
    ['en', 'the decision of the Committee was taken on 14/15 April'],
    ['fr', 'la décision du Comité prise le 14/15 avril'],
  ] as [Language, string][])('%s: %s is no citation', (language, text) => {
    expect(mandatesOf(text, language)).toEqual([]);
  });
});

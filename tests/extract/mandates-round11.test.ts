// Round 11: forms of real agendas in the mandates — several paragraphs of one article ("paragraphs
// 5 and 7 of article 34"), Arabic articles numbered by ordinal words ("المادة الثامنة"), an
// instrument's name before a conjoined body or within a treaty's title, and Arabic treaty bodies'
// decisions ("المقرر 1/م أ-26").
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const provisions = (text: string, language: Language) =>
  mandatesOf(text, language)
    .filter((m) => m.kind === 'provision')
    .map((m) => [m.reference, m.instrument]);

// Each paragraph listed is a provision of its own, all of the one instrument.
const PARAGRAPH_LISTS: [Language, string, [string, string | null][]][] = [
  ['en', 'The Bureau is elected under paragraphs 2 and 4 of article 19 of the Agreement, as agreed.', [['article 19(2)', 'the Agreement'], ['article 19(4)', 'the Agreement']]],
  ['en', 'Recalling paragraphs 1, 3 and 6 of article 12 of the Protocol.', [['article 12(1)', 'the Protocol'], ['article 12(3)', 'the Protocol'], ['article 12(6)', 'the Protocol']]],
  ['en', 'As set out in article 19, paragraphs 2 and 4, of the Agreement, the Bureau serves.', [['article 19(2)', 'the Agreement'], ['article 19(4)', 'the Agreement']]],
  ['fr', 'Le Bureau est élu conformément aux paragraphes 2 et 4 de l’article 19 de l’Accord.', [['article 19(2)', 'l’Accord'], ['article 19(4)', 'l’Accord']]],
  ['es', 'La Mesa se elige con arreglo a los párrafos 2 y 4 del artículo 19 del Acuerdo.', [['article 19(2)', 'Acuerdo'], ['article 19(4)', 'Acuerdo']]],
  ['ru', 'Бюро избирается в соответствии с пунктами 2 и 4 статьи 19 Соглашения.', [['article 19(2)', 'Соглашения'], ['article 19(4)', 'Соглашения']]],
  ['ru', 'См. пункты 1, 3 и 6 статьи 12 Протокола.', [['article 12(1)', 'Протокола'], ['article 12(3)', 'Протокола'], ['article 12(6)', 'Протокола']]],
  ['ar', 'ينتخب المكتب وفقا للفقرتين 2 و4 من المادة 19 من الاتفاق.', [['article 19(2)', 'الاتفاق'], ['article 19(4)', 'الاتفاق']]],
  ['ar', 'ينتخب المكتب وفقا للفقرتين ٢ و ٤ من المادة ١٩ من الاتفاق.', [['article 19(2)', 'الاتفاق'], ['article 19(4)', 'الاتفاق']]],
  ['zh', '根据《协定》第19条第2款和第4款，选举主席团。', [['article 19(2)', '《协定》'], ['article 19(4)', '《协定》']]],
  ['zh', '根据《议定书》第12条第1款、第3款和第6款。', [['article 12(1)', '《议定书》'], ['article 12(3)', '《议定书》'], ['article 12(6)', '《议定书》']]],
];

describe('several paragraphs of one article', () => {
  it.each(PARAGRAPH_LISTS)('%s: %s', (language, text, expected) => {
    expect(provisions(text, language)).toEqual(expected);
  });

  it.each([
    // After the article, a number that does not end the clause is no paragraph of the list.
    ['en', 'Under article 4, paragraph 2, and 14 States agreed.', [['article 4(2)', null]]],
    // A sub-paragraph stays with its own paragraph.
    ['en', 'Under paragraphs 3 (b) and 5 of article 8 of the Protocol.', [['article 8(3)(b)', 'the Protocol'], ['article 8(5)', 'the Protocol']]],
  ] as [Language, string, [string, string | null][]][])('%s: %s', (language, text, expected) => {
    expect(provisions(text, language)).toEqual(expected);
  });
});

// Round 10: forms of real agendas in the extract stage — treaty articles numbered in roman
// numerals (NPT/CONF, BWC/MSP, CCW: "article VIII, paragraph 3, of the Treaty") and ECLAC's
// resolutions of its Committee of the Whole, numbered by that Committee's session
// ("489(PLEN.19)", LC/SES.37/9).
import { describe, expect, it } from 'vitest';
import { extractMandates } from '../../src/extract/mandates.js';
import type { Language } from '../../src/schema.js';
import { contextFor } from '../helpers.js';

const references = (text: string, language: Language) => extractMandates(contextFor(text, language)).map((m) => m.reference);

// The disarmament treaties number their articles in roman numerals, and every language but
// Chinese (第八条, read already) prints them so. The numeral is kept as printed: it is ASCII.
const ROMAN_ARTICLES: [Language, string, string[]][] = [
  ['en', 'In accordance with article VIII, paragraph 3, of the Treaty, the Conference', ['article VIII(3)']],
  ['en', 'Article XII of the Convention and articles VI and VII of the Treaty', ['article XII', 'article VI', 'article VII']],
  ['fr', 'conformément au paragraphe 3 de l’article VIII du Traité', ['article VIII(3)']],
  ['es', 'de conformidad con el párrafo 3 del artículo VIII del Tratado', ['article VIII(3)']],
  ['ru', 'в соответствии с пунктом 3 статьи VIII Договора', ['article VIII(3)']],
  ['ar', 'وفقاً للفقرة 3 من المادة VIII من المعاهدة', ['article VIII(3)']],
  ['zh', '根据《条约》第八条第3款', ['article 8(3)']],
];

describe('articles numbered in roman numerals', () => {
  it.each(ROMAN_ARTICLES)('%s: %s', (language, text, expected) => {
    expect(references(text, language)).toEqual(expected);
  });

  it.each([
    // A small numeral is a word or a sub-paragraph's letter, not an article's number.
    ['the article vi of nothing', []],
    // No valid numeral: "IIII" is read no way.
    ['article IIII of the Treaty', []],
    // After digits, a capital I is the pronoun: the list keeps to its first number's kind.
    ['article 5 and I will', ['article 5']],
  ])('not an article: %s', (text, expected) => {
    expect(references(text, 'en')).toEqual(expected);
  });
});

// ECLAC (LC/SES…) cites the resolutions of its Committee of the Whole as "489(PLEN.19)", the
// bracket naming that Committee's session; the reference spaces the bracket, as "553 (XXVI)".
const ECLAC_PLENARY: [Language, string, string[]][] = [
  ['es', 'Resolución 480(XXI) de la Comisión y resolución 489(PLEN.19) del Comité Plenario', ['480 (XXI)', '489 (PLEN.19)']],
  ['es', 'En virtud de las resoluciones 480(XXI) y 751(PLEN.36), así como', ['480 (XXI)', '751 (PLEN.36)']],
  ['en', 'resolution 489 (PLEN.19) of the Committee of the Whole', ['489 (PLEN.19)']],
  ['fr', 'la résolution 751(PLEN.36) du Comité plénier', ['751 (PLEN.36)']],
  ['ru', 'резолюция 751(PLEN.36) Комитета полного состава', ['751 (PLEN.36)']],
  ['ar', 'القرار 751(PLEN.36) للجنة الجامعة', ['751 (PLEN.36)']],
  ['zh', '全体委员会第751(PLEN.36)号决议', ['751 (PLEN.36)']],
];

describe('ECLAC Committee of the Whole resolutions', () => {
  it.each(ECLAC_PLENARY)('%s: %s', (language, text, expected) => {
    expect(references(text, language)).toEqual(expected);
  });
});

// The words that end, join or open an instrument's name are each language's own (locale
// `mandates.instrumentStops`, `instrumentLinks`, `titleLinks`, `articles`), not one list shared
// by every language: a verb after the provision, a preposition inside a title, an article.
import { describe, expect, it } from 'vitest';
import { localeFor } from '../../src/locales/index.js';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const INSTRUMENTS: [Language, string, string][] = [
  // A verb after the provision ends the name (`instrumentStops`).
  ['en', 'Rule 9 of the rules of procedure provides that the Bureau serves.', 'the rules of procedure'],
  ['fr', 'L’article 9 du règlement intérieur prévoit que le Bureau siège.', 'règlement intérieur'],
  ['fr', 'L’article 9 de la Convention a été invoqué par deux États.', 'Convention'],
  ['es', 'El artículo 9 del reglamento dispone que la Mesa se reúna.', 'reglamento'],
  ['ru', 'Правило 9 правил процедуры предусматривает, что Бюро заседает.', 'правил процедуры'],
  ['ar', 'وتنص المادة 9 من النظام الداخلي على أن يجتمع المكتب.', 'النظام الداخلي'],
  ['zh', '根据缔约方会议议事规则第9条，主席团开会。', '缔约方会议议事规则'],
  // A preposition after a linking word stays in the name (`instrumentLinks`).
  ['en', 'Article 2 of the Protocol relating to the Status of Refugees applies.', 'the Protocol relating to the Status of Refugees'],
  ['fr', 'L’article 2 du Pacte international relatif aux droits civils et politiques, tel qu’il est rédigé.', 'Pacte international relatif aux droits civils et politiques'],
  ['es', 'El artículo 2 del Protocolo relativo al Estatuto de los Refugiados, tal como está redactado.', 'Protocolo relativo al Estatuto de los Refugiados'],
  // "on the" and a capital go on with an English treaty's title (`titleLinks`).
  ['en', 'Article 6 of the Treaty on the Non-Proliferation of Nuclear Weapons, as agreed.', 'the Treaty on the Non-Proliferation of Nuclear Weapons'],
];

describe('an instrument read with its language’s own words', () => {
  it.each(INSTRUMENTS)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

describe('the language tables hold the words', () => {
  it.each([
    ['en', ['the']],
    ['fr', ['le', 'la', 'les', "l'", 'l’']],
    ['es', ['el', 'la', 'los', 'las']],
    // Arabic writes its article into the word; Russian and Chinese have none.
    ['ar', undefined],
    ['ru', undefined],
    ['zh', undefined],
  ] as [Language, string[] | undefined][])('%s articles', (language, articles) => {
    expect(localeFor(language).mandates.articles).toEqual(articles);
  });

  it('English joins a title across "on the" or "to the", Russian across "по" after a capital', () => {
    expect(localeFor('en').mandates.titleLinks).toEqual(['on', 'to']);
    expect(localeFor('ru').mandates.titleLinks).toEqual(['по']);
    for (const language of ['fr', 'es', 'ar', 'zh'] as Language[]) expect(localeFor(language).mandates.titleLinks).toBeUndefined();
  });
});

// French elides its article before a vowel: "de l'Accord de Paris" gives the instrument
// "Accord de Paris" as "de la Convention" gives "Convention", and a provision's span starts at
// its keyword ("article 10 …"), not at the article, with either apostrophe.
const ELIDED: [string, [string, string | null, string[]][]][] = [
  ["Conformément à l'article 10 de l'Accord de Paris, la Conférence se réunit.", [['article 10', 'Accord de Paris', ["article 10 de l'Accord de Paris"]]]],
  ['Conformément à l’article 10 de l’Accord de Paris, la Conférence se réunit.', [['article 10', 'Accord de Paris', ['article 10 de l’Accord de Paris']]]],
  ["Au titre de l'article 4 de la Convention, les Parties font rapport.", [['article 4', 'Convention', ['article 4 de la Convention']]]],
  ["L'article 9 du règlement intérieur et, plus loin, l'article 9.", [['article 9', 'règlement intérieur', ['article 9 du règlement intérieur', 'article 9']]]],
  ['Voir le paragraphe 7 de l’article 63 de l’Acte constitutif.', [['article 63(7)', 'Acte constitutif', ['paragraphe 7 de l’article 63 de l’Acte constitutif']]]],
  ["Voir l'alinéa b) du paragraphe 2 de l'article 17 de l'Accord.", [['article 17(2)(b)', 'Accord', ["alinéa b) du paragraphe 2 de l'article 17 de l'Accord"]]]],
  ["Au titre de l'article 4, paragraphe 2, de l'Accord, les Parties agissent.", [['article 4(2)', 'Accord', ["article 4, paragraphe 2, de l'Accord"]]]],
];

describe('a French provision after an elided article', () => {
  it.each(ELIDED)('fr: %s', (text, expected) => {
    const found = mandatesOf(text, 'fr').filter((m) => m.kind === 'provision');
    expect(found.map((m) => [m.reference, m.instrument, m.occurrences])).toEqual(expected);
  });
});

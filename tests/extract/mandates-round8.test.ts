// Round 8: forms of real agendas in the mandates stage — dated lists of citations, a
// sub-paragraph named before its paragraph, and Russian instruments that run into the clause.
import { describe, expect, it } from 'vitest';
import { extractMandates } from '../../src/extract/mandates.js';
import type { Language } from '../../src/schema.js';
import { contextFor, sliceOf } from '../helpers.js';

// "In its resolutions 1987/24 of 26 May 1987, 2009/15 of 28 July 2009 and 2013/18 of 24 July
// 2013, the Council adopted…" (E/CN.6 agendas): each number carries its date, and the list goes on.
const DATED_LISTS: [Language, string, string[]][] = [
  ['en', 'In its resolutions 1987/24 of 26 May 1987, 2009/15 of 28 July 2009 and 2013/18 of 24 July 2013, the Council adopted programmes.', ['1987/24', '2009/15', '2013/18']],
  ['en', 'General Assembly resolutions 70/1 of 25 September 2015, 71/313 of 6 July 2017, and 72/305', ['70/1', '71/313', '72/305']],
  ['fr', "Dans ses résolutions 60/251 du 15 mars 2006 et 65/281 du 17 juin 2011, l'Assemblée générale a décidé", ['60/251', '65/281']],
  ['es', 'En sus resoluciones 1987/24, de 26 de mayo de 1987, y 2009/15, de 28 de julio de 2009, el Consejo aprobó', ['1987/24', '2009/15']],
  ['ru', 'В своих резолюциях 1987/24 от 26 мая 1987 года и 2009/15 от 28 июля 2009 года Совет утвердил', ['1987/24', '2009/15']],
];

describe('a list of citations, each with its date', () => {
  it.each(DATED_LISTS)('%s: %s', (language, text, references) => {
    const found = extractMandates(contextFor(text, language));
    expect(found.map((m) => m.reference)).toEqual(references);
  });

  it('the Council of the clause after the dated list is every number’s issuer', () => {
    const text = 'In its resolutions 1987/24 of 26 May 1987 and 2009/15 of 28 July 2009, the Council adopted programmes.';
    const ctx = contextFor(text, 'en');
    const found = extractMandates(ctx);
    expect(found.map((m) => [m.reference, m.symbol, m.issuer && sliceOf(ctx, m.issuer)])).toEqual([
      ['1987/24', 'E/RES/1987/24', 'Council'],
      ['2009/15', 'E/RES/2009/15', 'Council'],
    ]);
  });

  it('a number after a date that no list word joins is not read', () => {
    const found = extractMandates(contextFor('resolution 70/1 of 25 September 2015 12/3 items', 'en'));
    expect(found.map((m) => m.reference)).toEqual(['70/1']);
  });
});

// "l'alinéa b) du paragraphe 2 de l'article 18 du Pacte" (Human Rights Council agendas): the
// sub-paragraph named first, its paragraph and article after.
const SUBPARAGRAPH_FIRST: [Language, string, string, string][] = [
  ['en', 'under subparagraph (b) of paragraph 2 of article 17 of the Convention, Parties report', 'article 17(2)(b)', 'subparagraph (b) of paragraph 2 of article 17 of the Convention'],
  ['fr', "conformément à l'alinéa b) du paragraphe 2 de l'article 17 de la Convention", 'article 17(2)(b)', "alinéa b) du paragraphe 2 de l'article 17 de la Convention"],
  ['es', 'en virtud del inciso b) del párrafo 2 del artículo 17 de la Convención', 'article 17(2)(b)', 'inciso b) del párrafo 2 del artículo 17 de la Convención'],
  ['es', 'con el apartado c) del párrafo 1 del artículo 4 de la Convención', 'article 4(1)(c)', 'apartado c) del párrafo 1 del artículo 4 de la Convención'],
  ['ru', 'в соответствии с подпунктом b пункта 2 статьи 17 Конвенции', 'article 17(2)(b)', 'подпунктом b пункта 2 статьи 17 Конвенции'],
  ['ru', 'согласно подпункту a) пункта 6 правила 8 правил процедуры', 'rule 8(6)(a)', 'подпункту a) пункта 6 правила 8 правил процедуры'],
];

describe('a sub-paragraph named before its paragraph', () => {
  it.each(SUBPARAGRAPH_FIRST)('%s: %s', (language, text, reference, span) => {
    const ctx = contextFor(text, language);
    const found = extractMandates(ctx);
    expect(found.map((m) => m.reference)).toEqual([reference]);
    expect(sliceOf(ctx, found[0]!.occurrences[0]!)).toBe(span);
  });

  it('a paragraph without a sub-paragraph before it is read as before', () => {
    const found = extractMandates(contextFor("le paragraphe 3 de l'article 32 de la Convention", 'fr'));
    expect(found.map((m) => m.reference)).toEqual(['article 32(3)']);
  });
});

// Russian joins the instrument by case, with no comma where the clause goes on: "В соответствии
// с правилом 8 правил процедуры Комиссии сессию открывает Председатель".
const RUSSIAN_INSTRUMENTS: [string, string][] = [
  ['В соответствии с правилом 8 правил процедуры Комиссии сессию открывает Председатель.', 'правил процедуры Комиссии'],
  ['Согласно статье 17 Конвенции Стороны представляют доклады.', 'Конвенции'],
  ['Статьи 44 и 46 Конвенции касаются выдачи.', 'Конвенции'],
  ['статьи 2 Конвенции Организации Объединенных Наций против коррупции', 'Конвенции Организации Объединенных Наций против коррупции'],
  ['статьи 5 Римского статута Международного уголовного суда', 'Римского статута Международного уголовного суда'],
  ['правила 15 правил процедуры функциональных комиссий Экономического и Социального Совета', 'правил процедуры функциональных комиссий Экономического и Социального Совета'],
];

describe('a Russian instrument ends where the clause goes on', () => {
  it.each(RUSSIAN_INSTRUMENTS)('%s', (text, instrument) => {
    const ctx = contextFor(text, 'ru');
    const found = extractMandates(ctx).filter((m) => m.kind === 'provision');
    expect(found.length).toBeGreaterThan(0);
    expect(sliceOf(ctx, found[0]!.instrument!)).toBe(instrument);
  });
});

// Round 9: forms of real agendas in the extract stage — WFP's lettered document symbols
// (WFP/EB.A/2024/1-A/1/Rev.1), WFP Executive Board decisions (2019/EB.A/5), UNFCCC citations
// that join two provisions by "and Article" (FCCC/SBI and FCCC/CP annotations), and lists of
// decisions whose numbers each name a part ("decisions 1/CP.21, paragraphs 80–82, and 2/CMA.1").
import { describe, expect, it } from 'vitest';
import { extractMandates } from '../../src/extract/mandates.js';
import { findDocumentSymbols } from '../../src/extract/symbols.js';
import type { Language } from '../../src/schema.js';
import { contextFor, sliceOf } from '../helpers.js';

const symbolsIn = (text: string): string[] => findDocumentSymbols(text).map((m) => m.symbol);

// WFP's Executive Board documents carry a lettered part after their number, joined by a hyphen:
// "WFP/EB.A/2024/5-A/1", "WFP/EB.1/2024/4-A/Rev.1". The symbol is one; a joint symbol
// ("A/80/81-E/2025/62") has a session or year of two digits or a series piece after its slash.
describe('WFP symbols with a lettered part', () => {
  it.each([
    ['(WFP/EB.A/2027/1-A/1/Rev.1)', ['WFP/EB.A/2027/1-A/1/Rev.1']],
    ['document WFP/EB.1/2027/4-A/Rev.1.', ['WFP/EB.1/2027/4-A/Rev.1']],
    ['see WFP/EB.2/2026/5-B/1 and WFP/EB.A/2027/4-A', ['WFP/EB.2/2026/5-B/1', 'WFP/EB.A/2027/4-A']],
    ['(WFP/EB.A/2027/6-C/1/Add.1)', ['WFP/EB.A/2027/6-C/1/Add.1']],
  ])('%s', (text, expected) => {
    expect(symbolsIn(text)).toEqual(expected);
  });

  it.each([
    ['A/80/81-E/2025/62', ['A/80/81', 'E/2025/62']],
    ['A/78/5-S/2023/3', ['A/78/5', 'S/2023/3']],
    ['A/79/1-A/HRC/55/2', ['A/79/1', 'A/HRC/55/2']],
    ['E/2025/9-E/C.12/2025/1', ['E/2025/9', 'E/C.12/2025/1']],
  ])('a joint symbol is still two: %s', (text, expected) => {
    expect(symbolsIn(text)).toEqual(expected);
  });
});

// WFP numbers its Board's decisions by year, session and number: "2019/EB.A/5" (annual
// session), "2023/EB.2/12" (second regular session). The Board works in six languages.
const WFP_DECISIONS: [Language, string, string[]][] = [
  ['en', 'In line with decision 2019/EB.A/5 and decisions 2023/EB.2/12 and 2026/EB.1/3, the Board', ['2019/EB.A/5', '2023/EB.2/12', '2026/EB.1/3']],
  ['fr', 'Conformément à la décision 2019/EB.A/5 du Conseil', ['2019/EB.A/5']],
  ['es', 'De conformidad con la decisión 2019/EB.A/5 de la Junta', ['2019/EB.A/5']],
  ['ru', 'В соответствии с решением 2019/EB.A/5 Совета', ['2019/EB.A/5']],
  ['ar', 'وفقاً للمقرر 2019/EB.A/5', ['2019/EB.A/5']],
  ['zh', '根据第2019/EB.A/5号决定', ['2019/EB.A/5']],
];

describe('WFP Executive Board decisions', () => {
  it.each(WFP_DECISIONS)('%s: %s', (language, text, references) => {
    expect(extractMandates(contextFor(text, language)).map((m) => m.reference)).toEqual(references);
  });

  it('is no document symbol', () => {
    expect(symbolsIn('decision 2019/EB.A/5')).toEqual([]);
  });
});

// UNFCCC annotations capitalise Article and join two provisions by "and": "Article 6, paragraph
// 2, of the Paris Agreement and Article 4, paragraph 2(f), of the Convention". The first
// instrument's name stops at the conjunction when a citation's keyword follows it, as it did
// before a small letter; a capitalised name's word after "and" stays in it.
const CONJOINED: [Language, string, [string, string | null][]][] = [
  ['en', 'Article 6, paragraph 2, of the Paris Agreement and Article 4, paragraph 2(f), of the Convention', [['article 6(2)', 'the Paris Agreement'], ['article 4(2)(f)', 'the Convention']]],
  ['en', 'article 6 of the Paris Agreement and Decision 2/CMA.3', [['2/CMA.3', null], ['article 6', 'the Paris Agreement']]],
  ['fr', "l'article 6 de l'Accord de Paris et Article 4 de la Convention", [['article 6', 'Accord de Paris'], ['article 4', 'Convention']]],
  ['es', 'el artículo 6 del Acuerdo de París y Artículo 4 de la Convención', [['article 6', 'Acuerdo de París'], ['article 4', 'Convención']]],
  ['ru', 'статьи 6 Парижского соглашения и Статьи 4 Конвенции', [['article 6', 'Парижского соглашения'], ['article 4', 'Конвенции']]],
  // Arabic writes the conjunction on the keyword: "والقرار", "والمقرر".
  ['ar', 'عملاً بالفقرة 2 من المادة 6 من اتفاق باريس والقرار 70/1', [['70/1', null], ['article 6(2)', 'اتفاق باريس']]],
];

describe('an instrument named before "and" and another citation', () => {
  it.each(CONJOINED)('%s: %s', (language, text, expected) => {
    const ctx = contextFor(text, language);
    expect(extractMandates(ctx).map((m) => [m.reference, m.instrument && sliceOf(ctx, m.instrument)])).toEqual(expected);
  });

  it.each([
    ['en', 'article 5 of the Protocol on Water and Health', 'the Protocol on Water and Health'],
    ['es', 'el artículo 3 del reglamento del Consejo Económico y Social', 'reglamento del Consejo Económico y Social'],
  ] as [Language, string, string][])('a name with a conjunction stays whole (%s)', (language, text, instrument) => {
    const ctx = contextFor(text, language);
    const [found] = extractMandates(ctx);
    expect(found && found.instrument && sliceOf(ctx, found.instrument)).toBe(instrument);
  });
});

// "decisions 1/CP.26, paragraphs 80–82, and 2/CMA.3" (FCCC/SBI annotations), "resolutions 70/1,
// annex, and 71/313": each number of a list may name the part of it meant; the list goes on.
// Chinese frames each number with its own keyword (第1/CP.26号决定第80段和第2/CMA.3号决定) and
// was read already.
const LISTS_WITH_PARTS: [Language, string, string[]][] = [
  ['en', 'The session follows decisions 1/CP.26, paragraphs 80–82, and 2/CMA.3, annex.', ['1/CP.26', '2/CMA.3']],
  ['en', 'decisions 1/CP.26, paragraphs 80 and 81, and 2/CMA.3', ['1/CP.26', '2/CMA.3']],
  ['en', 'resolutions 70/1, paras. 80-82, and 71/313', ['70/1', '71/313']],
  ['en', 'resolutions 70/1, annex, 71/313, annex II, and 72/1', ['70/1', '71/313', '72/1']],
  ['fr', 'Conformément aux décisions 1/CP.26, paragraphe 80, et 2/CMA.3, le Secrétaire exécutif', ['1/CP.26', '2/CMA.3']],
  ['fr', 'Conformément aux décisions 1/CP.26, annexe, et 2/CMA.3', ['1/CP.26', '2/CMA.3']],
  ['es', 'De conformidad con las decisiones 1/CP.26, párrafo 80, y 2/CMA.3, la secretaría', ['1/CP.26', '2/CMA.3']],
  ['es', 'las resoluciones 70/1, anexo, y 71/313', ['70/1', '71/313']],
  ['ru', 'В соответствии с решениями 1/CP.26, пункт 80, и 2/CMA.3 секретариат', ['1/CP.26', '2/CMA.3']],
  ['ru', 'резолюции 70/1, приложение, и 71/313', ['70/1', '71/313']],
  ['ar', 'وفقاً للمقررين 1/CP.26، الفقرة 80، و2/CMA.3، أعدت الأمانة', ['1/CP.26', '2/CMA.3']],
  ['ar', 'القرارين 70/1، المرفق، و71/313', ['70/1', '71/313']],
  ['zh', '根据第1/CP.26号决定第80段和第2/CMA.3号决定', ['1/CP.26', '2/CMA.3']],
];

describe('a list of citations, each naming a part', () => {
  it.each(LISTS_WITH_PARTS)('%s: %s', (language, text, references) => {
    expect(extractMandates(contextFor(text, language)).map((m) => m.reference)).toEqual(references);
  });

  it.each([
    'resolution 70/1, paragraph 80, and 2 other texts',
    'resolution 70/1, paragraph 80. 12/3 of the delegations',
    'resolution 70/1, paragraph 80, and the Council 5/1',
  ])('no number after the part that the list does not join: %s', (text) => {
    expect(extractMandates(contextFor(text, 'en')).map((m) => m.reference)).toEqual(['70/1']);
  });

  it('is linear on a long run of parts', () => {
    const text = `resolution 70/1${', annex'.repeat(20000)} x`;
    const started = performance.now();
    extractMandates(contextFor(text, 'en'));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

// The Chinese texts of treaties number their articles in Chinese numerals: 《巴黎协定》第六条第2款,
// 《公约》第四条第2款(f)项 (UNFCCC annotations in Chinese). The reference is ASCII as ever.
describe('Chinese articles numbered in Chinese numerals', () => {
  it.each([
    ['根据《巴黎协定》第六条第2款和《公约》第四条第2款(f)项', [['article 6(2)', '《巴黎协定》'], ['article 4(2)(f)', '《公约》']]],
    ['《公约》第十二条', [['article 12', '《公约》']]],
    ['《公约》第二十一条第1款', [['article 21(1)', '《公约》']]],
    ['《议定书》第一百零五条', [['article 105', '《议定书》']]],
    ['《公约》第17条第2款', [['article 17(2)', '《公约》']]],
  ])('%s', (text, expected) => {
    const ctx = contextFor(text, 'zh');
    expect(extractMandates(ctx).map((m) => [m.reference, m.instrument && sliceOf(ctx, m.instrument)])).toEqual(expected);
  });
});

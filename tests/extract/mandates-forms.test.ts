// Mandate forms beyond "<body> resolution N": the issuer named after the number, either
// apostrophe, treaty-body decision numbers, lists, and where an instrument's name ends.
import { describe, expect, it } from 'vitest';
import { findDocumentSymbols } from '../../src/extract/symbols.js';
import type { Language } from '../../src/schema.js';
import { contextFor, mandatesOf as mandates } from '../helpers.js';

// [language, text, reference, implied symbol, issuer as printed]
type IssuerCase = [Language, string, string, string | null, string | null];

describe('the issuer named after the number', () => {
  const CASES: IssuerCase[] = [
    ['en', 'In its resolution 64/292, the General Assembly recognized the right.', '64/292', 'A/RES/64/292', 'General Assembly'],
    ['en', 'The Committee meets under resolution 64/182 of the General Assembly.', '64/182', 'A/RES/64/182', 'General Assembly'],
    ['en', 'By its resolution 2011/33 of 28 July 2011, the Economic and Social Council asked for it.', '2011/33', 'E/RES/2011/33', 'Economic and Social Council'],
    ['en', 'In decision XIII/5, the Conference of the Parties welcomed the study.', 'XIII/5', null, 'Conference of the Parties'],
    ['fr', "Dans sa résolution 52/8, le Conseil des droits de l'homme a prorogé le mandat.", '52/8', 'A/HRC/RES/52/8', "Conseil des droits de l'homme"],
    ['fr', 'Dans sa résolution 52/8, le Conseil des droits de l’homme a prorogé le mandat.', '52/8', 'A/HRC/RES/52/8', 'Conseil des droits de l’homme'],
    ['fr', "Par sa résolution 60/251 du 15 mars 2006, l'Assemblée générale a créé le Conseil.", '60/251', 'A/RES/60/251', 'Assemblée générale'],
    ['fr', 'selon la décision 4/4 adoptée par la Conférence des Parties à sa troisième session', '4/4', null, 'Conférence des Parties'],
    ['es', 'En su resolución 77/165, la Asamblea General alentó a los Estados.', '77/165', 'A/RES/77/165', 'Asamblea General'],
    ['es', 'Mediante su resolución 60/251, de 15 de marzo de 2006, la Asamblea General creó el Consejo.', '60/251', 'A/RES/60/251', 'Asamblea General'],
    ['es', 'según la decisión 4/4 aprobada por la Conferencia de las Partes en su tercer período de sesiones', '4/4', null, 'Conferencia de las Partes'],
    ['ru', 'В резолюции 41/7, принятой Советом по правам человека, содержится просьба.', '41/7', 'A/HRC/RES/41/7', 'Советом по правам человека'],
    ['ru', 'Резолюцией 60/251 от 15 марта 2006 года Генеральная Ассамблея учредила Совет.', '60/251', 'A/RES/60/251', 'Генеральная Ассамблея'],
    ['zh', '经社理事会在第2018/215号决议中请委员会报告。', '2018/215', 'E/RES/2018/215', '经社理事会'],
    ['ar', 'قرر مؤتمر الأطراف، في مقرره ٤/٤، أن يواصل العمل.', '4/4', null, 'مؤتمر الأطراف'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ reference, symbol, issuer }]);
  });

  it('prefers a body named with the citation to the subject of the clause after it', () => {
    const [m] = mandates('Pursuant to General Assembly resolution 64/292, the Conference of the Parties will act.', 'en');
    expect(m).toMatchObject({ issuer: 'General Assembly', symbol: 'A/RES/64/292' });
  });

  it.each([
    ['en', 'in resolution 5/1 and Commission resolution 6/2'],
    ['en', 'decisions 4/4, General Assembly resolution 70/1'],
    ['fr', 'la résolution 5/1 et Commission résolution 6/2'],
  ] as [Language, string][])('%s: a body after "and" or before its own keyword is not the issuer: %s', (language, text) => {
    expect(mandates(text, language)[0]!.issuer).toBeNull();
  });
});

// [language, text, references in order]
type NumberCase = [Language, string, string[]];

describe('treaty-body decision numbers, kept as printed, with no implied symbol', () => {
  const CASES: NumberCase[] = [
    ['en', 'By decision 2/CP.17, the Parties asked for a report.', ['2/CP.17']],
    ['en', 'as set out in decisions 1/CP.21 and 3/CMP.11', ['1/CP.21', '3/CMP.11']],
    ['en', 'By decision BC-14/12 and decision OEWG-2/4 the Parties agreed.', ['BC-14/12', 'OEWG-2/4']],
    ['en', 'General Assembly resolution 3201 (S-VI)', ['3201 (S-VI)']],
    ['fr', 'Dans sa décision 1/CP.21, la Conférence des Parties a adopté l’Accord.', ['1/CP.21']],
    ['es', 'En la decisión 18/CMA.1, la Conferencia aprobó las modalidades.', ['18/CMA.1']],
    ['ru', 'в решении 1/CP.21 и в решениях BC-3/5 и BC-3/6', ['1/CP.21', 'BC-3/5', 'BC-3/6']],
    ['zh', '根据第1/CP.21号决定和第BC-14/3号决定', ['1/CP.21', 'BC-14/3']],
    ['zh', '第2/CP.17号和第3/CMP.11号决定的规定', ['2/CP.17', '3/CMP.11']],
    ['ar', 'وفي المقرر ٢/CP.١٨ طلب المؤتمر', ['2/CP.18']],
  ];
  it.each(CASES)('%s: %s', (language, text, references) => {
    const found = mandates(text, language);
    expect(found.map((m) => m.reference)).toEqual(references);
    expect(found.every((m) => m.kind === 'decision' || m.reference.includes('('))).toBe(true);
    expect(found.every((m) => m.symbol === null)).toBe(true);
  });

  it.each(CASES)('%s: no document symbol in %s', (language, text) => {
    expect(findDocumentSymbols(contextFor(text, language).norm.text)).toEqual([]);
  });
});

// Every reference is ASCII (SPEC): initials printed in Cyrillic or Arabic are not read where
// their English form cannot be told from the text. Arabic "م أ" is the UNFCCC's CP and the
// UNCCD's COP: read only where the text names its treaty (mandates-round11.test.ts).
it.each([
  ['ru', 'В решении ВМК-3/4 Конференция Сторон утвердила принципы.'],
  ['ar', 'قرر مؤتمر الأطراف، في مقرره ١/م أ-١، أن يواصل العمل.'],
] as [Language, string][])('%s: no mandate with non-Latin initials: %s', (language, text) => {
  expect(mandates(text, language).map((m) => m.reference)).toEqual([]);
});

describe('lists of numbers', () => {
  // [language, text, references, symbols, issuer]
  const CASES: [Language, string, string[], (string | null)[], string | null][] = [
    ['zh', '大会第74/214号和第75/229号决议', ['74/214', '75/229'], ['A/RES/74/214', 'A/RES/75/229'], '大会'],
    ['zh', '大会第66/288号、第70/1号决议', ['66/288', '70/1'], ['A/RES/66/288', 'A/RES/70/1'], '大会'],
    ['ru', 'в соответствии с резолюциями 74/214 и 75/229 Генеральной Ассамблеи', ['74/214', '75/229'], ['A/RES/74/214', 'A/RES/75/229'], 'Генеральной Ассамблеи'],
    ['ru', 'в резолюциях 74/214 и 75/229 Генеральной Ассамблеи', ['74/214', '75/229'], ['A/RES/74/214', 'A/RES/75/229'], 'Генеральной Ассамблеи'],
    ['ru', 'в решениях 2/CP.17 и 3/CMP.11', ['2/CP.17', '3/CMP.11'], [null, null], null],
  ];
  it.each(CASES)('%s: %s', (language, text, references, symbols, issuer) => {
    const found = mandates(text, language);
    expect(found.map((m) => [m.reference, m.symbol, m.issuer])).toEqual(references.map((r, i) => [r, symbols[i], issuer]));
  });

  it('gives each Chinese number its own evidence, the last with the keyword', () => {
    expect(mandates('大会第74/214号和第75/229号决议', 'zh').map((m) => m.occurrences)).toEqual([['第74/214号'], ['第75/229号决议']]);
  });
});

describe('no mandate in a date or a bare number', () => {
  it.each([
    ['en', 'The Group will meet on 2/3 June.'],
    ['en', 'The decision was taken on 14/15 April.'],
    ['fr', 'La décision prise le 14/15 avril reste valable.'],
    ['es', 'La decisión del 2/3 de junio se mantiene.'],
    ['ru', 'Решение от 14/15 апреля остается в силе.'],
    ['zh', '会议于2/3日举行，见第2/3号文件。'],
    ['ar', 'قرر المؤتمر أن يجتمع يومي ٢/٣ حزيران/يونيه'],
    ['en', 'See document FCCC/SBI/2015/22 and the CP.17 report.'],
  ] as [Language, string][])('%s: %s', (language, text) => {
    expect(mandates(text, language)).toEqual([]);
  });
});

describe('where an instrument joined by case ends', () => {
  it.each([
    ['Согласно статье 4 Конвенции Комиссия представит доклад.', 'article 4', 'Конвенции'],
    ['в соответствии с пунктом 3 статьи 18 Конвенции Конференция Сторон рассмотрит вопрос', 'article 18(3)', 'Конвенции'],
    ['Согласно правилам 15 и 17 правил процедуры комиссий Экономического и Социального Совета Комиссия изберет', 'rule 15', 'правил процедуры комиссий Экономического и Социального Совета'],
  ])('%s', (text, reference, instrument) => {
    expect(mandates(text, 'ru')[0]).toMatchObject({ reference, instrument });
  });
});

describe('an instrument joined by case stops at the next clause’s subject', () => {
  it.each([
    ['В соответствии с правилом 11 правил процедуры Исполнительный совет на первой очередной сессии избирает', 'rule 11', 'правил процедуры'],
    ['В соответствии с правилом 11 правил процедуры Исполнительного совета Совет избирает', 'rule 11', 'правил процедуры Исполнительного совета'],
    ['согласно статье 8 правил процедуры Экономический и Социальный Совет избирает', 'article 8', 'правил процедуры'],
  ])('%s', (text, reference, instrument) => {
    expect(mandates(text, 'ru')[0]).toMatchObject({ reference, instrument });
  });
});

describe('an instrument that ends in a citation keeps its number whole', () => {
  it.each([
    ['ar', 'عملاً بالمادة 8 من النظام الداخلي للمجلس المرفق بقرار المجلس 5/1، تبدأ الدورة', 'article 8', 'النظام الداخلي للمجلس المرفق بقرار المجلس 5/1'],
    ['fr', 'Conformément à l’article 8 du règlement intérieur annexé à la résolution 5/1, la session', 'article 8', 'règlement intérieur annexé à la résolution 5/1'],
  ] as const)('%s: %s', (language, text, reference, instrument) => {
    expect(mandates(text, language).find((m) => m.kind === 'provision')).toMatchObject({ reference, instrument });
  });
});

describe('a treaty body’s decision numbered by its session in digits', () => {
  it.each([
    ['fr', 'Voir aussi la décision 3 (115) du Comité.', '3 (115)'],
    ['en', 'See also the Committee’s decision 1 (98) on early warning.', '1 (98)'],
    ['es', 'Véase también la decisión 2 (105) del Comité.', '2 (105)'],
  ] as const)('%s: %s', (language, text, reference) => {
    expect(mandates(text, language)).toMatchObject([{ kind: 'decision', reference, symbol: null }]);
  });
});

describe('a provision’s sub-paragraph', () => {
  it.each([
    ['fr', 'Conformément au paragraphe 6 a) de l’article 14 de la Convention, le Comité', 'article 14(6)(a)'],
    ['fr', "Conformément au paragraphe 3 c) de l'article 9 de l'Acte constitutif, le Conseil", 'article 9(3)(c)'],
    ['en', 'In accordance with paragraph 6 (a) of article 14 of the Convention, the Committee', 'article 14(6)(a)'],
    ['en', 'Under article 14, paragraph 6 (a), of the Convention, the Committee', 'article 14(6)(a)'],
    ['es', 'De conformidad con el párrafo 6 a) del artículo 14 de la Convención, el Comité', 'article 14(6)(a)'],
    ['en', 'In accordance with paragraph 6 of article 14 of the Convention', 'article 14(6)'],
  ] as const)('%s: %s', (language, text, reference) => {
    expect(mandates(text, language).find((m) => m.kind === 'provision')).toMatchObject({ reference });
  });
});

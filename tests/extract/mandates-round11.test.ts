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
  ['fr', 'Le Bureau est élu conformément aux paragraphes 2 et 4 de l’article 19 de l’Accord.', [['article 19(2)', 'Accord'], ['article 19(4)', 'Accord']]],
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

// An instrument's name stops at a conjunction before a body's name: English names the body
// without an article ("and General Assembly resolution …"); the other languages' forms put an
// article or the keyword first and stop there already.
const BEFORE_A_BODY: [Language, string, string][] = [
  ['en', 'Article 12 of the Agreement and General Assembly resolution 81/40 are also before the meeting.', 'the Agreement'],
  ['en', 'Article 3 of the Protocol and Economic and Social Council resolution 81/40 apply.', 'the Protocol'],
  ['fr', 'L’article 12 de l’Accord et la résolution 81/40 de l’Assemblée générale sont aussi pertinents.', 'Accord'],
  ['es', 'El artículo 12 del Acuerdo y la resolución 81/40 de la Asamblea General también son pertinentes.', 'Acuerdo'],
  ['ru', 'Статья 12 Соглашения и резолюция 81/40 Генеральной Ассамблеи также актуальны.', 'Соглашения'],
  ['ar', 'وتتصل بذلك أيضا المادة 12 من الاتفاق وقرار الجمعية العامة 81/40.', 'الاتفاق'],
  ['zh', '《协定》第12条和大会第81/40号决议也相关。', '《协定》'],
];

describe('an instrument before a conjoined body', () => {
  it.each(BEFORE_A_BODY)('%s: %s', (language, text, instrument) => {
    const found = mandatesOf(text, language);
    expect(found.find((m) => m.kind === 'provision')?.instrument).toBe(instrument);
    expect(found.find((m) => m.kind === 'resolution')?.reference).toBe('81/40');
  });

  it('a capitalised word that names no body goes on with the name', () => {
    expect(provisions('de conformidad con el artículo 4 del Consejo Económico y Social', 'es')).toEqual([['article 4', 'Consejo Económico y Social']]);
  });
});

// A treaty's title joins its words by "on the" and "to the" in English: the whole title is the
// instrument. The other languages' titles join by words that end no name ("sur", "sobre", "о").
const TREATY_TITLES: [Language, string, string][] = [
  ['en', 'Under article IV of the Treaty on the Prohibition of Nuclear Weapons, the Meeting decides.', 'the Treaty on the Prohibition of Nuclear Weapons'],
  ['en', 'Under article 43 of the Convention on the Rights of Persons with Disabilities, the Committee meets.', 'the Convention on the Rights of Persons with Disabilities'],
  ['en', 'Recalling article 3 of the Optional Protocol to the Convention against Torture.', 'the Optional Protocol to the Convention against Torture'],
  ['en', 'Recalling article 6 of the Convention on Biological Diversity.', 'the Convention on Biological Diversity'],
  ['fr', 'Conformément à l’article IV du Traité sur l’interdiction des armes nucléaires, la Réunion', 'Traité sur l’interdiction des armes nucléaires'],
  ['es', 'Con arreglo al artículo IV del Tratado sobre la Prohibición de las Armas Nucleares, la Reunión', 'Tratado sobre la Prohibición de las Armas Nucleares'],
  ['ru', 'В соответствии со статьей IV Договора о запрещении ядерного оружия Совещание', 'Договора о запрещении ядерного оружия'],
  ['ar', 'وفقا للمادة 4 من معاهدة حظر الأسلحة النووية، يقرر الاجتماع', 'معاهدة حظر الأسلحة النووية'],
  ['zh', '根据《禁止核武器条约》第四条', '《禁止核武器条约》'],
];

describe('a treaty title past "on the"', () => {
  it.each(TREATY_TITLES)('%s: %s', (language, text, instrument) => {
    expect(provisions(text, language)[0]?.[1]).toBe(instrument);
  });

  it.each([
    // A body after "to the" is where the text goes, not the title.
    ['Report on article 7 of the Convention to the Conference of the Parties.', 'the Convention'],
    // A small word after the article is no title's.
    ['Under article 7 of the Convention on the agenda of the session.', 'the Convention'],
  ])('not a title: %s', (text, instrument) => {
    expect(provisions(text, 'en')[0]?.[1]).toBe(instrument);
  });
});

// Arabic numbers a treaty's roman-numbered articles by ordinal words. They are given in digits,
// as Chinese 第八条 is (the words do not tell which numerals the English text prints).
const ARABIC_ORDINAL_ARTICLES: [string, [string, string | null][]][] = [
  ['تنظر الدول الأطراف في تنفيذ المادة السابعة من الاتفاقية.', [['article 7', 'الاتفاقية']]],
  ['وفقا للفقرة الثانية من المادة الخامسة من المعاهدة، يقرر المؤتمر.', [['article 5(2)', 'المعاهدة']]],
  ['وفقا للفقرة 4 من المادة العاشرة من المعاهدة.', [['article 10(4)', 'المعاهدة']]],
  ['عملا بالمادة الرابعة عشرة من الاتفاقية.', [['article 14', 'الاتفاقية']]],
  ['عملا بالمادة الثالثة والعشرين من الاتفاقية.', [['article 23', 'الاتفاقية']]],
  ['ووفقا للمادة الثالثة والعشرون من الاتفاقية.', [['article 23', 'الاتفاقية']]],
  // "الحادية" is 1 only in a compound: alone it is no article's number.
  ['عملا بالمادة الحادية من الاتفاقية.', []],
];

describe('Arabic articles numbered by ordinal words', () => {
  it.each(ARABIC_ORDINAL_ARTICLES)('%s', (text, expected) => {
    expect(provisions(text, 'ar')).toEqual(expected);
  });

  it('the same article in Chinese numerals and in Arabic ordinals is one reference', () => {
    expect(provisions('根据《条约》第五条第2款', 'zh')[0]?.[0]).toBe(provisions('وفقا للفقرة الثانية من المادة الخامسة من المعاهدة', 'ar')[0]?.[0]);
  });
});

// The UNFCCC's decisions printed with Arabic initials read as the English numbers, where the
// text names the treaty; "م أ" is the UNCCD's Conference too (18/COP.1).
const ARABIC_INITIALS: [string, string[]][] = [
  ['اعتمد مؤتمر الأطراف في اتفاقية تغير المناخ، في مقرره 4/م أ-23، خطة العمل.', ['4/CP.23']],
  ['وفي المقرر 6/م أ ت-2، قرر مؤتمر الأطراف العامل بوصفه اجتماع الأطراف في اتفاق باريس…', ['6/CMA.2']],
  ['وفقا للمقرر 9/م أ إ-11 بشأن بروتوكول كيوتو.', ['9/CMP.11']],
  ['المقرران ٤/م أ-٢٣ و٦/م أ ت-٢ بشأن تغير المناخ.', ['4/CP.23', '6/CMA.2']],
  // Initials printed with no space between the letters.
  ['وفقا للمقرر 6/مأت-2 من اتفاق باريس.', ['6/CMA.2']],
  ['اتفاقية مكافحة التصحر: اعتمد مؤتمر الأطراف المقرر 11/م أ-9.', ['11/COP.9']],
  // No treaty named: the English initials cannot be told.
  ['اعتمد مؤتمر الأطراف، في مقرره 4/م أ-23، خطة العمل.', []],
];

describe('treaty bodies’ decisions with Arabic initials', () => {
  it.each(ARABIC_INITIALS)('%s', (text, expected) => {
    const found = mandatesOf(text, 'ar');
    expect(found.filter((m) => m.kind === 'decision').map((m) => m.reference)).toEqual(expected);
    for (const m of found) expect(m.symbol).toBeNull();
  });
});

// The Arabic dual in construct as a subject: "the two resolutions of the General Assembly".
describe('Arabic dual keyword before a body', () => {
  it.each([
    ['وعلى النحو الذي طلبه قرارا الجمعية العامة 66/250 ألف و 68/112، يقدم الأمين العام تقريره.', [['66/250 A', 'الجمعية العامة'], ['68/112', 'الجمعية العامة']]],
    ['وينص مقررا مؤتمر الأطراف 5/3 و6/1 على ذلك.', [['5/3', 'مؤتمر الأطراف'], ['6/1', 'مؤتمر الأطراف']]],
    // "قراراً" (a decision) with no number after it is no citation.
    ['واتخذ المجلس قرارا بشأن المسألة في دورته 2031/4.', []],
  ] as [string, [string, string][]][])('%s', (text, expected) => {
    expect(mandatesOf(text, 'ar').map((m) => [m.reference, m.issuer])).toEqual(expected);
  });
});

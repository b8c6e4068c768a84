// A General Assembly style list: each item's mandates in brackets after its title, and a
// footnote's number printed after a title that ends in a colon (its sub-items follow). The
// body an item is about ("elect members of the Council") is not the issuer of the decision
// cited in its brackets, and the footnote's number is no part of the title. Sentences are made
// up for the tests.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES, mandatesOf } from '../helpers.js';

describe('a Chinese citation in brackets after an item title takes no issuer from the title', () => {
  // [text, reference, issuer as printed]
  const CASES: [string, string, string | null][] = [
    // A rule, then the decision after a half-width semicolon.
    ['选举人权理事会十个成员(第140条;2019年11月5日第74/402号决定)。', '74/402', null],
    // The same with full-width brackets and semicolon.
    ['任命投资委员会成员（第155条；2020年12月3日第75/411号决定）。', '75/411', null],
    // The decision alone in brackets, a body in the title before them.
    ['选举经济及社会理事会十五个成员(2018年11月2日第73/406号决定)。', '73/406', null],
    // A body named inside the brackets is the issuer, past a closed pair before it ("第13条(b)款").
    ['国际法院的报告(第13条(b)款;经济及社会理事会2015年7月21日第2015/30号决议)。', '2015/30', '经济及社会理事会'],
    ['选举方案协调委员会成员(经济及社会理事会1977年5月4日第2008(LX)号决议)。', '2008 (LX)', '经济及社会理事会'],
    // Outside brackets the subject of the clause is still the issuer.
    ['大会在2016年12月23日第71/243号决议中请秘书长提交报告。', '71/243', '大会'],
  ];
  it.each(CASES)('%s', (text, reference, issuer) => {
    const found = mandatesOf(text, 'zh').find((m) => m.reference === reference);
    expect(found).toMatchObject({ reference, issuer });
  });
});

describe('a footnote number after a title ending in a colon is no part of the title', () => {
  // [language, item line as printed, its sub-item, the title expected]
  const CASES: [Language, string, string, string][] = [
    ['en', '2. Appointments to fill vacancies in subsidiary organs:3', '(a) Appointment of members of the Investments Committee', 'Appointments to fill vacancies in subsidiary organs'],
    ['fr', '2. Nominations aux sièges vacants des organes subsidiaires : 3', 'a) Nomination de membres du Comité des placements', 'Nominations aux sièges vacants des organes subsidiaires'],
    ['es', '2. Nombramientos para llenar vacantes en órganos subsidiarios:3', 'a) Nombramiento de miembros del Comité de Inversiones', 'Nombramientos para llenar vacantes en órganos subsidiarios'],
    ['ru', '2. Назначения для заполнения вакансий во вспомогательных органах:3', 'a) Назначение членов Комитета по инвестициям', 'Назначения для заполнения вакансий во вспомогательных органах'],
    ['ar', '2 - التعيينات لملء الشواغر في الهيئات الفرعية:3', '(أ) تعيين أعضاء لجنة الاستثمارات', 'التعيينات لملء الشواغر في الهيئات الفرعية'],
    ['zh', '2. 任命各附属机构成员以补空缺:3', '(a) 任命投资委员会成员', '任命各附属机构成员以补空缺'],
    ['zh', '2. 任命各附属机构成员以补空缺：3', '(a) 任命投资委员会成员', '任命各附属机构成员以补空缺'],
  ];
  const OPENING: Record<Language, string> = {
    en: '1. Opening of the session.',
    fr: '1. Ouverture de la session.',
    es: '1. Apertura del período de sesiones.',
    ru: '1. Открытие сессии.',
    ar: '1 - افتتاح الدورة.',
    zh: '1. 会议开幕。',
  };
  it.each(CASES)('%s: %s', (language, line, subItem, title) => {
    const text = `${PROVISIONAL_AGENDA_TITLES[language]}\n\n${OPENING[language]}\n\n${line}\n\n${subItem}\n`;
    const items = parseAgenda(text, { lang: language }).items;
    expect(items.map((i) => i.number)).toEqual(['1', '2']);
    expect(items[1]!.title).toBe(title);
    expect(items[1]!.subItems).toHaveLength(1);
  });

  // A number that a title needs stays: after a word too short to end a title, or with no colon.
  it('keeps a number that is part of the title', () => {
    const text = `${PROVISIONAL_AGENDA_TITLES.en}\n\n1. Opening of the session.\n\n2. Review of Regulation No. 90\n`;
    expect(parseAgenda(text, { lang: 'en' }).items[1]!.title).toBe('Review of Regulation No. 90');
  });
});

describe('a paragraph of an article of the Charter, as each language prints it', () => {
  // [language, text, reference]; the Chinese Charter numbers paragraphs by 项, in words.
  const CASES: [Language, string, string][] = [
    ['en', 'Report under Article 15, paragraph 1, of the Charter of the United Nations.', 'article 15(1)'],
    ['fr', 'Rapport présenté en application du paragraphe 1 de l’Article 15 de la Charte des Nations Unies.', 'article 15(1)'],
    ['es', 'Informe presentado con arreglo al párrafo 1 del Artículo 15 de la Carta de las Naciones Unidas.', 'article 15(1)'],
    ['ru', 'Доклад в соответствии с пунктом 1 статьи 15 Устава Организации Объединенных Наций.', 'article 15(1)'],
    ['ar', 'تقرير مقدم بموجب الفقرة 1 من المادة 15 من ميثاق الأمم المتحدة.', 'article 15(1)'],
    ['zh', '按照《联合国宪章》第十五条第一项提出的报告。', 'article 15(1)'],
    ['zh', '按照《联合国宪章》第二十七条第三项提出的报告。', 'article 27(3)'],
    // A lettered subparagraph still needs its paragraph: 第2款(a)项.
    ['zh', '按照议事规则第17条第2款(a)项提出的报告。', 'article 17(2)(a)'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference) => {
    expect(mandatesOf(text, language).map((m) => m.reference)).toContain(reference);
  });
});

// The title as real agendas print it: over two lines ("Provisional agenda and annotations" /
// "for the thirty-first session"), in capitals, with a footnote's number glued to its last word
// ("Provisional agenda1"), in each language where the form is printed.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

/** A masthead and a list per language, around the title under test. */
const PAGES: Record<Language, { masthead: string; list: string }> = {
  en: {
    masthead: 'United Nations E/C.99/2032/1\nEconomic and Social Council\nDistr.: General\n2 January 2032\nOriginal: English\nCommittee on Imaginary Matters\nThirty-first session\nGeneva, 4-22 March 2032\n\n',
    list: '\n\n1. Adoption of the agenda.\n2. Election of officers.\n3. Other business.\n',
  },
  fr: {
    masthead: 'Nations Unies E/C.99/2032/1\nConseil économique et social\nDistr. générale\n2 janvier 2032\nOriginal : anglais\nComité des questions imaginaires\nTrente et unième session\nGenève, 4-22 mars 2032\n\n',
    list: '\n\n1. Adoption de l’ordre du jour.\n2. Élection du Bureau.\n3. Questions diverses.\n',
  },
  es: {
    masthead: 'Naciones Unidas E/C.99/2032/1\nConsejo Económico y Social\nDistr. general\n2 de enero de 2032\nOriginal: inglés\nComité de Cuestiones Imaginarias\n31º período de sesiones\nGinebra, 4 a 22 de marzo de 2032\n\n',
    list: '\n\n1. Aprobación del programa.\n2. Elección de la Mesa.\n3. Otros asuntos.\n',
  },
  ru: {
    masthead: 'Организация Объединенных Наций E/C.99/2032/1\nЭкономический и Социальный Совет\nDistr.: General\n2 January 2032\nOriginal: English\nКомитет по воображаемым вопросам\nТридцать первая сессия\nЖенева, 4-22 марта 2032 года\n\n',
    list: '\n\n1. Утверждение повестки дня.\n2. Выборы должностных лиц.\n3. Прочие вопросы.\n',
  },
  ar: {
    masthead: 'الأمم المتحدة E/C.99/2032/1\nالمجلس الاقتصادي والاجتماعي\nDistr.: General\n2 January 2032\nOriginal: English\nاللجنة المعنية بالمسائل الخيالية\nالدورة الحادية والثلاثون\nجنيف، 4-22 آذار/مارس 2032\n\n',
    list: '\n\n1- إقرار جدول الأعمال.\n2- انتخاب أعضاء المكتب.\n3- ما يستجد من أعمال.\n',
  },
  zh: {
    masthead: '联合国 E/C.99/2032/1\n经济及社会理事会\nDistr.: General\n2 January 2032\nOriginal: English\n虚构问题委员会\n第三十一届会议\n2032年3月4日至22日，日内瓦\n\n',
    list: '\n\n1. 通过议程。\n2. 选举主席团成员。\n3. 其他事项。\n',
  },
};

/** [language, what the page prints as its title, the title read, its kind]. */
const TABLE: [Language, string, string, string][] = [
  // Over two lines, the second opening with a function word.
  ['en', 'Provisional agenda and annotations\nfor the thirty-first session', 'Provisional agenda and annotations for the thirty-first session', 'annotated-provisional-agenda'],
  ['en', 'Provisional agenda\nand annotations', 'Provisional agenda and annotations', 'annotated-provisional-agenda'],
  ['fr', 'Ordre du jour provisoire annoté\nde la trente et unième session', 'Ordre du jour provisoire annoté de la trente et unième session', 'annotated-provisional-agenda'],
  ['ru', 'Предварительная повестка дня\nтридцать первой сессии', 'Предварительная повестка дня тридцать первой сессии', 'provisional-agenda'],
  ['es', 'Programa provisional\ndel 31º período de sesiones', 'Programa provisional del 31º período de sesiones', 'provisional-agenda'],
  // Arabic, with no capitals: the second line opens with the session word in its lām form.
  ['ar', 'جدول الأعمال المؤقت وشروحه\nللدورة الحادية والثلاثين للجنة', 'جدول الأعمال المؤقت وشروحه للدورة الحادية والثلاثين للجنة', 'annotated-provisional-agenda'],
  ['ar', 'جدول الأعمال المؤقت\nللدورة الحادية والثلاثين', 'جدول الأعمال المؤقت للدورة الحادية والثلاثين', 'provisional-agenda'],
  ['ar', 'جدول الأعمال المؤقت\nللاجتماع الخامس', 'جدول الأعمال المؤقت للاجتماع الخامس', 'provisional-agenda'],
  // In capitals: the second line in capitals too.
  ['en', 'ANNOTATED PROVISIONAL AGENDA\nFOR THE THIRTY-FIRST SESSION', 'ANNOTATED PROVISIONAL AGENDA FOR THE THIRTY-FIRST SESSION', 'annotated-provisional-agenda'],
  ['fr', 'ORDRE DU JOUR PROVISOIRE\nDE LA TRENTE ET UNIÈME SESSION', 'ORDRE DU JOUR PROVISOIRE DE LA TRENTE ET UNIÈME SESSION', 'provisional-agenda'],
  // A footnote's number glued to the last word.
  ['en', 'Provisional agenda1', 'Provisional agenda', 'provisional-agenda'],
  ['fr', 'Ordre du jour provisoire2', 'Ordre du jour provisoire', 'provisional-agenda'],
  ['es', 'Programa provisional1', 'Programa provisional', 'provisional-agenda'],
  ['ru', 'Предварительная повестка дня1', 'Предварительная повестка дня', 'provisional-agenda'],
  ['ar', 'جدول الأعمال المؤقت1', 'جدول الأعمال المؤقت', 'provisional-agenda'],
  ['zh', '临时议程1', '临时议程', 'provisional-agenda'],
];

/** Forms that stay as they were: a line under the title that does not carry it on. */
const UNCHANGED: [Language, string, string][] = [
  // A name's wrapped end (no session named) under the title.
  ['en', 'Provisional agenda\non Inland Waters', 'Provisional agenda'],
  // A sub-item in small letters.
  ['fr', 'Ordre du jour provisoire\na) Adoption de l’ordre du jour', 'Ordre du jour provisoire'],
  // Arabic: a line under the title that is no session in its lām form (a heading, a name).
  ['ar', 'جدول الأعمال المؤقت\nالمسائل التنظيمية', 'جدول الأعمال المؤقت'],
  ['ar', 'جدول الأعمال المؤقت\nلجنة الأنهار', 'جدول الأعمال المؤقت'],
  // A number glued to a capital is a name's ("COP29"), not a footnote's.
  ['en', 'Provisional agenda for the session of COP29', 'Provisional agenda for the session of COP29'],
];

describe('the session named on the title\'s second line', () => {
  it('ar: "للدورة السبعين" under the title gives the session where the masthead prints none', () => {
    const masthead = PAGES.ar.masthead.replace('الدورة الحادية والثلاثون\n', '');
    const doc = parseAgenda(masthead + 'جدول الأعمال المؤقت\nللدورة السبعين' + PAGES.ar.list);
    expect([doc.document.title, doc.meeting.sessionNumber]).toEqual(['جدول الأعمال المؤقت للدورة السبعين', 70]);
  });
});

describe('the title as printed', () => {
  for (const [language, printed, title, kind] of TABLE) {
    it(`${language}: ${JSON.stringify(printed)}`, () => {
      const page = PAGES[language];
      const doc = parseAgenda(page.masthead + printed + page.list);
      expect(doc.document.title).toBe(title);
      expect(doc.document.kind).toBe(kind);
    });
  }
  for (const [language, printed, title] of UNCHANGED) {
    it(`${language}: ${JSON.stringify(printed)} stays ${JSON.stringify(title)}`, () => {
      const page = PAGES[language];
      expect(parseAgenda(page.masthead + printed + page.list).document.title).toBe(title);
    });
  }
});

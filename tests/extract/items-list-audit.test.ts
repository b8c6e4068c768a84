// Audit of list forms (our own sentences in the forms real agendas print):
// - a list annotated in place whose annotation starts on the line under the item's title, with
//   no blank line between (as extracted): the title stops where the sentence starts;
// - a list numbered "1.", "2." that prints one item otherwise ("(3)", "（三）", "III."): the next item,
//   not the title before it run on;
// - titles with a full stop inside ("Rev. 1", "No. 5", "St. Lucia", "т. е.", "etc.") are whole.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = ['CRXD/C/2031/1', '', 'Distr.: General', '12 March 2031', ''];
const titles = (lines: string[], lang: Language) => parseAgenda([...MASTHEAD, ...lines, ''].join('\n'), { lang }).items.map((item) => [item.number, item.title]);

interface InPlaceForm {
  title: string;
  documentation: string;
  items: [string, string];
  /** An annotation sentence under each item. */
  sentences: [string, string];
}

// Cased scripts only: in Arabic and Chinese nothing tells a title's wrapped end from a sentence.
const IN_PLACE: Partial<Record<Language, InPlaceForm>> = {
  en: {
    title: 'Annotated provisional agenda',
    documentation: 'Documentation',
    items: ['Opening of the session', 'Review of the pilot scheme'],
    sentences: ['The session will be opened by the Chair of the Committee on the first day.', 'The Committee will have before it the report of the secretariat on the scheme.'],
  },
  fr: {
    title: 'Ordre du jour provisoire annoté',
    documentation: 'Documentation',
    items: ['Ouverture de la session', 'Examen du programme pilote'],
    sentences: ['La session sera ouverte par le Président du Comité le premier jour.', 'Le Comité sera saisi du rapport du secrétariat sur le programme pilote.'],
  },
  es: {
    title: 'Programa provisional anotado',
    documentation: 'Documentación',
    items: ['Apertura del período de sesiones', 'Examen del programa piloto'],
    sentences: ['El período de sesiones será inaugurado por la Presidencia del Comité el primer día.', 'El Comité tendrá ante sí el informe de la secretaría sobre el programa piloto.'],
  },
  ru: {
    title: 'Аннотированная предварительная повестка дня',
    documentation: 'Документация',
    items: ['Открытие сессии', 'Обзор экспериментальной программы'],
    sentences: ['Сессию откроет Председатель Комитета в первый день ее работы.', 'Комитету будет представлен доклад секретариата об экспериментальной программе.'],
  },
};

describe('a list annotated in place, the annotation under the title with no blank line', () => {
  for (const [lang, form] of Object.entries(IN_PLACE) as [Language, InPlaceForm][]) {
    it(`${lang}: the title stops where the sentence starts`, () => {
      const text = [
        ...MASTHEAD, form.title, '',
        `1. ${form.items[0]}`, form.sentences[0], '', `${form.documentation}: CRXD/C/2031/1`, '',
        `2. ${form.items[1]}`, form.sentences[1], '', `${form.documentation}: CRXD/C/2031/2`, '',
      ].join('\n');
      const doc = parseAgenda(text, { lang });
      expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual([
        ['1', form.items[0], form.sentences[0]],
        ['2', form.items[1], form.sentences[1]],
      ]);
    });
    it(`${lang}: a title wrapped in small letters still runs on`, () => {
      const [head, ...rest] = form.sentences[1].split(' ');
      const wrapped = [`1. ${form.items[0]}`, `2. ${form.items[1]} ${head!.toLowerCase()}`, `${rest.join(' ').toLowerCase()}`, '', `${form.documentation}: CRXD/C/2031/2`];
      const got = titles([form.title, '', ...wrapped], lang);
      expect(got[1]![1]).toContain(rest[rest.length - 1]!.toLowerCase().replace(/\.$/, ''));
    });
  }
});

interface MixedForm {
  title: string;
  /** Items 1-4, item 3 in the other form. */
  lines: [string, string, string, string];
  titles: [string, string, string, string];
}

const MIXED: Record<Language, MixedForm[]> = {
  en: [
    { title: 'Provisional agenda', lines: ['1. Opening of the session.', '2. Adoption of the agenda.', '(3) Review of the pilot scheme.', '4. Adoption of the report.'], titles: ['Opening of the session', 'Adoption of the agenda', 'Review of the pilot scheme', 'Adoption of the report'] },
    { title: 'Provisional agenda', lines: ['1. Opening of the session.', '2. Adoption of the agenda.', 'III. Review of the pilot scheme.', '4. Adoption of the report.'], titles: ['Opening of the session', 'Adoption of the agenda', 'Review of the pilot scheme', 'Adoption of the report'] },
  ],
  fr: [{ title: 'Ordre du jour provisoire', lines: ['1. Ouverture de la session.', '2) Adoption de l’ordre du jour.', '(3) Examen du programme pilote.', '4. Adoption du rapport.'], titles: ['Ouverture de la session', 'Adoption de l’ordre du jour', 'Examen du programme pilote', 'Adoption du rapport'] }],
  es: [{ title: 'Programa provisional', lines: ['1. Apertura del período de sesiones.', '2. Aprobación del programa.', '(3) Examen del programa piloto.', '4. Aprobación del informe.'], titles: ['Apertura del período de sesiones', 'Aprobación del programa', 'Examen del programa piloto', 'Aprobación del informe'] }],
  ru: [{ title: 'Предварительная повестка дня', lines: ['1. Открытие сессии.', '2. Утверждение повестки дня.', '(3) Обзор экспериментальной программы.', '4. Утверждение доклада.'], titles: ['Открытие сессии', 'Утверждение повестки дня', 'Обзор экспериментальной программы', 'Утверждение доклада'] }],
  ar: [{ title: 'جدول الأعمال المؤقت', lines: ['١- افتتاح الدورة.', '٢. إقرار جدول الأعمال.', '(٣) استعراض البرنامج التجريبي.', '٤- اعتماد التقرير.'], titles: ['افتتاح الدورة', 'إقرار جدول الأعمال', 'استعراض البرنامج التجريبي', 'اعتماد التقرير'] }],
  zh: [
    { title: '临时议程', lines: ['1. 会议开幕。', '2. 通过议程。', '（三） 试点方案审查。', '4. 通过报告。'], titles: ['会议开幕', '通过议程', '试点方案审查', '通过报告'] },
    { title: '临时议程', lines: ['1. 会议开幕。', '2. 通过议程。', '（3） 试点方案审查。', '4. 通过报告。'], titles: ['会议开幕', '通过议程', '试点方案审查', '通过报告'] },
  ],
};

describe('a list mixing numbering forms', () => {
  for (const [lang, forms] of Object.entries(MIXED) as [Language, MixedForm[]][]) {
    for (const form of forms) {
      it(`${lang}: ${form.lines[2]!.split(' ')[0]} is the next item`, () => {
        expect(titles([form.title, '', ...form.lines], lang)).toEqual(form.titles.map((title, i) => [String(i + 1), title]));
      });
    }
  }
  it('a "(3)" inside a wrapped title is no item', () => {
    const got = titles(['Provisional agenda', '', '1. Opening of the session.', '2. Review of the measures taken under paragraph', '(3) of resolution 90/12.', '3. Adoption of the report.'], 'en');
    expect(got.map(([n]) => n)).toEqual(['1', '2', '3']);
    expect(got[1]![1]).toBe('Review of the measures taken under paragraph (3) of resolution 90/12');
  });
});

describe('titles with a full stop inside', () => {
  const CASES: [Language, string, string][] = [
    ['en', 'Consideration of document CRXD/C/2031/3/Rev. 1 on the pilot scheme.', 'Consideration of document CRXD/C/2031/3/Rev. 1 on the pilot scheme'],
    ['en', 'Implementation of recommendation No. 5 of the Working Group.', 'Implementation of recommendation No. 5 of the Working Group'],
    ['en', 'Request from St. Lucia for technical assistance.', 'Request from St. Lucia for technical assistance'],
    ['en', 'Questions of procedure, rules, etc. raised by the secretariat.', 'Questions of procedure, rules, etc. raised by the secretariat'],
    ['fr', 'Application de la recommandation no. 5 du Groupe de travail.', 'Application de la recommandation no. 5 du Groupe de travail'],
    ['es', 'Solicitud de St. Lucia de asistencia técnica.', 'Solicitud de St. Lucia de asistencia técnica'],
    ['ru', 'Вопросы толкования, т. е. вопросы, поднятые секретариатом.', 'Вопросы толкования, т. е. вопросы, поднятые секретариатом'],
  ];
  const TITLES: Record<string, string> = { en: 'Provisional agenda', fr: 'Ordre du jour provisoire', es: 'Programa provisional', ru: 'Предварительная повестка дня' };
  for (const [lang, line, title] of CASES) {
    it(`${lang}: ${title}`, () => {
      const got = titles([TITLES[lang]!, '', '1. Opening.', `2. ${line}`, '3. Other matters.'], lang);
      expect(got[1]).toEqual(['2', title]);
    });
  }
});

// A list annotated in place (each item followed by its paragraphs and its documentation, no
// separate annotations part): a paragraph after the last sub-item that is about the whole item
// goes to the item, not to that sub-item. It is the item's when it is not indented as the
// sub-items are, or when it stands after a blank line and speaks of the item ("Under this item,
// …"). Otherwise the sub-item keeps it. Texts are made up.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Form {
  title: string;
  documentation: string;
  items: [string, string, string];
  subItems: [string, string];
  /** Sub-item markers: "(a)", "a)", "(أ)". */
  letters: [string, string];
  open: string;
  /** A paragraph about the whole item, and one that begins with the language's "under this item". */
  plain: string;
  underThis: string;
  /** Each sub-item's own paragraph. */
  own: [string, string];
  other: string;
}

const FORMS: Record<Language, Form> = {
  en: {
    title: 'Provisional agenda and annotations',
    documentation: 'Documentation',
    items: ['Opening of the session.', 'Organizational matters:', 'Other matters.'],
    subItems: ['Adoption of the agenda;', 'Election of officers.'],
    letters: ['(a)', '(b)'],
    open: 'The Chair will open the session.',
    plain: 'The Committee will adopt its agenda and elect its officers for the session.',
    underThis: 'Under this item, the Committee will adopt its agenda and elect its officers.',
    own: ['The Committee will adopt its agenda.', 'The Committee will elect its officers.'],
    other: 'No other matter has been raised.',
  },
  fr: {
    title: 'Ordre du jour provisoire et annotations',
    documentation: 'Documentation',
    items: ['Ouverture de la session.', 'Questions d’organisation :', 'Questions diverses.'],
    subItems: ['Adoption de l’ordre du jour ;', 'Élection du Bureau.'],
    letters: ['a)', 'b)'],
    open: 'Le Président ouvrira la session.',
    plain: 'Le Comité adoptera son ordre du jour et élira son Bureau pour la session.',
    underThis: 'Au titre de ce point, le Comité adoptera son ordre du jour et élira son Bureau.',
    own: ['Le Comité adoptera son ordre du jour.', 'Le Comité élira son Bureau.'],
    other: 'Aucune autre question n’a été soulevée.',
  },
  es: {
    title: 'Programa provisional y anotaciones',
    documentation: 'Documentación',
    items: ['Apertura del período de sesiones.', 'Cuestiones de organización:', 'Otros asuntos.'],
    subItems: ['Aprobación del programa;', 'Elección de la Mesa.'],
    letters: ['a)', 'b)'],
    open: 'La Presidencia abrirá el período de sesiones.',
    plain: 'El Comité aprobará su programa y elegirá a su Mesa para el período de sesiones.',
    underThis: 'En relación con este tema, el Comité aprobará su programa y elegirá a su Mesa.',
    own: ['El Comité aprobará su programa.', 'El Comité elegirá a su Mesa.'],
    other: 'No se ha planteado ningún otro asunto.',
  },
  ru: {
    title: 'Предварительная повестка дня и аннотации',
    documentation: 'Документация',
    items: ['Открытие сессии.', 'Организационные вопросы:', 'Прочие вопросы.'],
    subItems: ['утверждение повестки дня;', 'выборы должностных лиц.'],
    letters: ['a)', 'b)'],
    open: 'Председатель откроет сессию.',
    plain: 'Комитет утвердит свою повестку дня и изберет должностных лиц на сессию.',
    underThis: 'В рамках этого пункта Комитет утвердит свою повестку дня и изберет должностных лиц.',
    own: ['Комитет утвердит свою повестку дня.', 'Комитет изберет должностных лиц.'],
    other: 'Другие вопросы не поднимались.',
  },
  ar: {
    title: 'جدول الأعمال المؤقت وشروحه',
    documentation: 'الوثائق',
    items: ['افتتاح الدورة.', 'المسائل التنظيمية:', 'مسائل أخرى.'],
    subItems: ['إقرار جدول الأعمال؛', 'انتخاب أعضاء المكتب.'],
    letters: ['(أ)', '(ب)'],
    open: 'سيفتتح الرئيس الدورة.',
    plain: 'ستقر اللجنة جدول أعمالها وتنتخب أعضاء مكتبها لهذه الدورة.',
    underThis: 'في إطار هذا البند، ستقر اللجنة جدول أعمالها وتنتخب أعضاء مكتبها.',
    own: ['ستقر اللجنة جدول أعمالها.', 'ستنتخب اللجنة أعضاء مكتبها.'],
    other: 'لم تثر أي مسألة أخرى.',
  },
  zh: {
    title: '临时议程和说明',
    documentation: '文件',
    items: ['会议开幕。', '组织事项：', '其他事项。'],
    subItems: ['通过议程；', '选举主席团成员。'],
    letters: ['(a)', '(b)'],
    open: '主席将宣布会议开幕。',
    plain: '委员会将通过议程并选举本届会议主席团成员。',
    underThis: '在本项目下，委员会将通过议程并选举主席团成员。',
    own: ['委员会将通过议程。', '委员会将选举主席团成员。'],
    other: '尚未提出其他事项。',
  },
};

/** An agenda annotated in place; `afterSubItems` is what follows item 2's last sub-item. */
function agenda(language: Language, subItemIndent: string, textIndent: string, afterSubItems: string, ownFirst = ''): string {
  const f = FORMS[language];
  const sub = (k: 0 | 1) => `${subItemIndent}${f.letters[k]} ${f.subItems[k]}`;
  return (
    `United Nations\tX/Y/2024/1\nDistr.: General\n2 May 2024\nOriginal: English\n\nGeneva, 3-7 June 2024\n\n${f.title}\n\n` +
    `1. ${f.items[0]}\n\n${textIndent}${f.open}\n\n${textIndent}${f.documentation}\n\n${textIndent}Note (X/Y/2024/2)\n\n` +
    `2. ${f.items[1]}\n\n${sub(0)}\n\n${ownFirst}${sub(1)}\n\n${afterSubItems}` +
    `${textIndent}${f.documentation}\n\n${textIndent}Agenda (X/Y/2024/1)\n\n` +
    `3. ${f.items[2]}\n\n${textIndent}${f.other}\n`
  );
}

function annotations(text: string, language: Language) {
  const document = parseAgenda(text, { lang: language });
  expect(document.document.kind).toBe('annotated-provisional-agenda');
  const [, item] = document.items;
  return {
    item: item?.annotation ?? null,
    subItems: item?.subItems.map((s) => s.annotation) ?? [],
    documents: [item?.documents.length, ...(item?.subItems.map((s) => s.documents.length) ?? [])],
  };
}

const LANGUAGES: Language[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

describe('a paragraph after the last sub-item of a list annotated in place', () => {
  it.each(LANGUAGES)('%s: less indented than the sub-items, it is the item’s, and so is its documentation', (language) => {
    const f = FORMS[language];
    const text = agenda(language, '        ', '    ', `    ${f.plain}\n\n`);
    expect(annotations(text, language)).toEqual({ item: f.plain, subItems: [null, null], documents: [1, 0, 0] });
  });

  it.each(LANGUAGES)('%s: after a blank line, speaking of the item, it is the item’s', (language) => {
    const f = FORMS[language];
    const text = agenda(language, '', '', `${f.underThis}\n\n`);
    expect(annotations(text, language)).toEqual({ item: f.underThis, subItems: [null, null], documents: [1, 0, 0] });
  });

  it.each(LANGUAGES)('%s: indented as the sub-items and not about the item, the last sub-item keeps it', (language) => {
    const f = FORMS[language];
    const text = agenda(language, '', '', `${f.plain}\n\n`);
    expect(annotations(text, language).subItems).toEqual([null, f.plain]);
  });

  it.each(LANGUAGES)('%s: where the sub-items’ own paragraphs stand less indented, indentation says nothing', (language) => {
    const f = FORMS[language];
    const text = agenda(language, '    ', '', `${f.own[1]}\n\n`, `${f.own[0]}\n\n`);
    expect(annotations(text, language).subItems).toEqual([f.own[0], f.own[1]]);
  });
});

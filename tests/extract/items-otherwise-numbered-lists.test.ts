// Lists numbered otherwise than in digits throughout (our own sentences in the forms real agendas
// print): "I.", "II." (ILO, UNEP, regional commissions; French, Spanish, Russian too), "(1)",
// "(2)", Chinese "一、", Arabic "أولاً -". The same forms number a document's sections, which stay
// sections: a list shows itself by its run of short entries under the list heading.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = ['CRXD/C/2031/1', '', 'Distr.: General', '12 March 2031', ''];
const parse = (lines: string[], lang: Language) => parseAgenda([...MASTHEAD, ...lines, ''].join('\n'), { lang });
const titles = (lines: string[], lang: Language) => parse(lines, lang).items.map((item) => [item.number, item.label, item.title]);

interface ListForm {
  heading: string;
  titles: [string, string, string, string];
  /** The labels of the entries, as printed, each followed by what separates it from its title. */
  labels: [string, string, string, string];
}

const ROMAN = ['I.', 'II.', 'III.', 'IV.'] as [string, string, string, string];
const BRACKETED = ['(1)', '(2)', '(3)', '(4)'] as [string, string, string, string];

const FORMS: [Language, string, ListForm][] = [
  ['en', 'roman', { heading: 'Provisional agenda', labels: ROMAN, titles: ['Opening of the meeting', 'Adoption of the agenda', 'Review of the pilot scheme', 'Other matters'] }],
  ['en', 'bracketed', { heading: 'Provisional agenda', labels: BRACKETED, titles: ['Reports of the Chair of the Board', 'Proposals for the budget', 'Standards on rural roads', 'Other questions'] }],
  ['fr', 'roman', { heading: 'Ordre du jour provisoire', labels: ROMAN, titles: ['Ouverture de la réunion', 'Adoption de l’ordre du jour', 'Examen du programme pilote', 'Questions diverses'] }],
  ['fr', 'bracketed', { heading: 'Ordre du jour provisoire', labels: BRACKETED, titles: ['Rapports du Président du Conseil', 'Propositions de budget', 'Normes sur les routes rurales', 'Questions diverses'] }],
  ['es', 'roman', { heading: 'Programa provisional', labels: ROMAN, titles: ['Apertura de la reunión', 'Aprobación del programa', 'Examen del plan piloto', 'Otros asuntos'] }],
  ['es', 'bracketed', { heading: 'Programa provisional', labels: BRACKETED, titles: ['Informes de la Presidencia', 'Propuestas de presupuesto', 'Normas sobre caminos rurales', 'Otros asuntos'] }],
  ['ru', 'roman', { heading: 'Предварительная повестка дня', labels: ROMAN, titles: ['Открытие совещания', 'Утверждение повестки дня', 'Обзор экспериментальной программы', 'Прочие вопросы'] }],
  ['ru', 'bracketed', { heading: 'Предварительная повестка дня', labels: BRACKETED, titles: ['Доклады Председателя Совета', 'Предложения по бюджету', 'Нормы для сельских дорог', 'Прочие вопросы'] }],
  ['ar', 'ordinal', { heading: 'جدول الأعمال المؤقت', labels: ['أولاً -', 'ثانياً -', 'ثالثاً -', 'رابعاً -'], titles: ['افتتاح الاجتماع', 'إقرار جدول الأعمال', 'استعراض البرنامج التجريبي', 'ما يستجد من أعمال'] }],
  ['ar', 'bracketed', { heading: 'جدول الأعمال المؤقت', labels: BRACKETED, titles: ['افتتاح الاجتماع', 'إقرار جدول الأعمال', 'استعراض البرنامج التجريبي', 'ما يستجد من أعمال'] }],
  ['zh', 'han', { heading: '临时议程', labels: ['一、', '二、', '三、', '四、'], titles: ['会议开幕', '通过议程', '审查试点方案', '其他事项'] }],
  ['zh', 'bracketed', { heading: '临时议程', labels: ['（1）', '（2）', '（3）', '（4）'], titles: ['会议开幕', '通过议程', '审查试点方案', '其他事项'] }],
];

/** "I." → "I", "أولاً -" → "أولاً", "（1）" → "1": the label as the output gives it. */
const labelOf = (printed: string) => printed.replace(/^[(（]|[)）、.]$|\s*-$/gu, '');
const entryLine = (form: ListForm, k: number, stop: string) => `${form.labels[k]}${form.labels[k]!.endsWith('、') || form.labels[k]!.endsWith('）') ? '' : ' '}${form.titles[k]}${stop}`;

describe('a list numbered otherwise than in digits throughout', () => {
  for (const [lang, name, form] of FORMS) {
    const stop = lang === 'zh' ? '。' : '.';
    const expected = form.titles.map((title, k) => [String(k + 1), labelOf(form.labels[k]!), title]);
    it(`${lang} ${name}: its entries are the items`, () => {
      expect(titles([form.heading, '', ...form.titles.map((_, k) => entryLine(form, k, stop))], lang)).toEqual(expected);
    });
    it(`${lang} ${name}: each label alone on its line, the title on the next (a hanging label as extracted)`, () => {
      expect(titles([form.heading, '', ...form.titles.flatMap((title, k) => [form.labels[k]!, `${title}${stop}`])], lang)).toEqual(expected);
    });
    it(`${lang} ${name}: also without final stops and with a blank line between entries`, () => {
      expect(titles([form.heading, '', ...form.titles.flatMap((_, k) => [entryLine(form, k, ''), ''])], lang)).toEqual(expected);
    });
  }
});

describe('annotations repeating a roman-numbered list, no "Annotations" heading', () => {
  const ANNOTATED: [Language, string, [string, string, string], [string, string, string]][] = [
    ['en', 'Annotated provisional agenda', ['Adoption of the agenda', 'Election of officers', 'Other business'], [
      'The Committee is invited to adopt its agenda as prepared by the secretariat in this document.',
      'The Committee will elect a Chair and two Vice-Chairs for its next two sessions.',
      'The Committee may wish to consider any other matter raised by its members.',
    ]],
    ['fr', 'Ordre du jour provisoire annoté', ['Adoption de l’ordre du jour', 'Élection du Bureau', 'Questions diverses'], [
      'Le Comité est invité à adopter son ordre du jour tel qu’il figure dans le présent document.',
      'Le Comité élira un président et deux vice-présidents pour ses deux prochaines sessions.',
      'Le Comité voudra peut-être examiner toute autre question soulevée par ses membres.',
    ]],
  ];
  for (const [lang, heading, items, paragraphs] of ANNOTATED) {
    it(`${lang}: the list's entries are the items, the repeated headings their annotations`, () => {
      const doc = parse([
        heading, '',
        ...items.map((title, k) => `${ROMAN[k]}\t${title}.`), '',
        ...items.flatMap((title, k) => [`${ROMAN[k]}\t${title}`, '', `\t${k + 1}.\t${paragraphs[k]}`, '']),
      ], lang);
      expect(doc.items.map((item) => [item.number, item.title, item.annotation])).toEqual(
        items.map((title, k) => [String(k + 1), title, `${k + 1}. ${paragraphs[k]}`]),
      );
      expect(doc.document.kind).toBe('annotated-provisional-agenda');
    });
  }
});

describe('annotations headed by the list\'s own labels in other scripts', () => {
  it('ar: "أولاً - …" headings under "الشروح" take their items\' annotations', () => {
    const titles = ['افتتاح الدورة', 'إقرار جدول الأعمال', 'ما يستجد من أعمال'];
    const labels = ['أولاً -', 'ثانياً -', 'ثالثاً -'];
    const paragraphs = ['سيفتتح الدورة رئيس اللجنة في اليوم الأول من الدورة.', 'ستقر اللجنة جدول أعمالها المؤقت في جلستها الأولى.', 'قد تود اللجنة أن تنظر في أي مسائل أخرى.'];
    const doc = parse([
      'جدول الأعمال المؤقت وشروحه', '',
      ...titles.map((title, k) => `${labels[k]} ${title}.`), '', 'الشروح', '',
      ...titles.flatMap((title, k) => [`${labels[k]} ${title}`, '', `${k + 1}- ${paragraphs[k]}`, '']),
    ], 'ar');
    expect(doc.items.map((item) => [item.title, item.annotation])).toEqual(titles.map((title, k) => [title, `${k + 1}- ${paragraphs[k]}`]));
  });
  it('zh: "一、…" headings repeated after the list start its annotations', () => {
    const titles = ['会议开幕', '通过议程', '其他事项'];
    const labels = ['一、', '二、', '三、'];
    const paragraphs = ['会议将由委员会主席宣布开幕。', '委员会将审议并通过临时议程。', '委员会不妨审议任何其他事项。'];
    const doc = parse([
      '临时议程和说明', '',
      ...titles.map((title, k) => `${labels[k]}${title}。`), '',
      ...titles.flatMap((title, k) => [`${labels[k]}${title}`, '', `${k + 1}. ${paragraphs[k]}`, '']),
    ], 'zh');
    expect(doc.items.map((item) => [item.title, item.annotation])).toEqual(titles.map((title, k) => [title, `${k + 1}. ${paragraphs[k]}`]));
  });
});

describe('annotations repeating a list numbered "(1)", "(2)", no "Annotations" heading', () => {
  it('en: the "(1) …" headings take their items\' annotations', () => {
    const titles = ['Adoption of the agenda', 'Election of officers', 'Other business'];
    const paragraphs = ['The Committee is invited to adopt its agenda as prepared by the secretariat.', 'The Committee will elect a Chair and two Vice-Chairs for its next two sessions.', 'The Committee may wish to consider any other matter raised by its members.'];
    const doc = parse([
      'Annotated provisional agenda', '',
      ...titles.map((title, k) => `(${k + 1}) ${title}.`), '',
      ...titles.flatMap((title, k) => [`(${k + 1}) ${title}`, '', paragraphs[k]!, '']),
    ], 'en');
    expect(doc.items.map((item) => [item.title, item.annotation])).toEqual(titles.map((title, k) => [title, paragraphs[k]]));
  });
});

describe('sections numbered "I.", "II." stay sections', () => {
  it('group headings over a list numbered in digits: the digits number the items', () => {
    expect(titles([
      'Provisional agenda', '',
      'I. Organizational matters', 'II. Substantive matters', 'III. Closing', '',
      '1. Opening of the session.', '2. Adoption of the agenda.', '3. Other matters.',
    ], 'en')).toEqual([['1', '1', 'Opening of the session'], ['2', '2', 'Adoption of the agenda'], ['3', '3', 'Other matters']]);
  });
  it('group headings between the items of a list numbered in digits', () => {
    expect(titles([
      'Provisional agenda', '',
      'I. Organizational matters', '1. Opening of the session.', '2. Adoption of the agenda.',
      'II. Substantive matters', '3. Review of the pilot scheme.', 'III. Closing', '4. Other matters.',
    ], 'en').map(([number]) => number)).toEqual(['1', '2', '3', '4']);
  });
  it('"I. Provisional agenda" and "II. Annotations" around a list in digits', () => {
    const doc = parse([
      'Provisional agenda and annotations', '', 'I. Provisional agenda', '',
      '1. Opening of the session.', '2. Adoption of the agenda.', '3. Other matters.', '',
      'II. Annotations', '', '1. Opening of the session', '',
      'The session will be opened by the Chair of the Committee on the first day of the session.',
    ], 'en');
    expect(doc.items.map((item) => [item.number, item.title])).toEqual([['1', 'Opening of the session'], ['2', 'Adoption of the agenda'], ['3', 'Other matters']]);
    expect(doc.items[0]!.annotation).toMatch(/^The session will be opened/);
  });
  it('a table of contents\' roman entries ("I. Organization of the session . . . 2") are no list', () => {
    const doc = parse([
      'Provisional agenda', '', 'Contents',
      'I. Organization of the session . . . . . . 2', 'II. Substantive matters . . . . . . 3', 'III. Closing . . . . . . 5', '',
      '1. The Committee will open its session on the first day and adopt its agenda at its first meeting.',
    ], 'en');
    expect(doc.items.map((item) => item.label)).not.toContain('I');
  });
  it('sections with paragraphs under each are no list', () => {
    const doc = parse([
      'Provisional agenda', '',
      'I. Background', '',
      'The Committee was established by the Council in its resolution 2030/5 to review the scheme.', '',
      'II. Purpose', '',
      'The meeting will review the scheme and recommend measures to the Council for its next session.', '',
      'III. Participation', '',
      'The meeting is open to all members of the Committee and to observers invited by its Chair.',
    ], 'en');
    expect(doc.items).toEqual([]);
  });
});

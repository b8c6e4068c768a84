// The annotations' heading and the annotated title as Arabic agendas print them beside the
// forms already read: the heading without its article ("شروح", "ثانياً - شروح") and the
// indefinite title ("جدول أعمال مؤقت مشروح"). The heading printed right under the list's last
// entry, with no blank line, is no part of that entry's title; each language's own heading in that
// place is a row too. And the annotated part where each numbered heading has its numbered
// paragraphs right under it, with no blank line ("1- افتتاح الدورة" / "1- ستفتتح الدورة …"), as
// English prints it ("1. Opening of the session" / "1. The session will be opened …").
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const MASTHEAD = 'X/WG.9/2031/1\n\nDistr.: General\n12 March 2031\n\n';

/** Per language: the title, the annotations' heading, a marker, two entries and each one's paragraph. */
interface Page {
  title: string;
  annotations: string;
  marker: (n: number) => string;
  entries: [string, string];
  paragraphs: [string, string];
}

const PAGES: Record<Language, Page> = {
  en: {
    title: 'Provisional agenda',
    annotations: 'Annotations',
    marker: (n) => `${n}. `,
    entries: ['Opening of the session', 'Adoption of the report'],
    paragraphs: ['The session will be opened by the Chair of the Working Group at its first meeting.', 'The Working Group will adopt the report on its session at its closing meeting.'],
  },
  fr: {
    title: 'Ordre du jour provisoire',
    annotations: 'Annotations',
    marker: (n) => `${n}. `,
    entries: ['Ouverture de la session', 'Adoption du rapport'],
    paragraphs: ['La session sera ouverte par le Président du Groupe de travail à sa première séance.', 'Le Groupe de travail adoptera le rapport sur sa session à sa séance de clôture.'],
  },
  es: {
    title: 'Programa provisional',
    annotations: 'Anotaciones',
    marker: (n) => `${n}. `,
    entries: ['Apertura del período de sesiones', 'Aprobación del informe'],
    paragraphs: ['El período de sesiones será inaugurado por la Presidencia del Grupo de Trabajo en su primera sesión.', 'El Grupo de Trabajo aprobará el informe sobre su período de sesiones en su sesión de clausura.'],
  },
  ru: {
    title: 'Предварительная повестка дня',
    annotations: 'Аннотации',
    marker: (n) => `${n}. `,
    entries: ['Открытие сессии', 'Утверждение доклада'],
    paragraphs: ['Сессию откроет Председатель Рабочей группы на ее первом заседании в первый день работы.', 'Рабочая группа утвердит доклад о работе своей сессии на заключительном заседании.'],
  },
  ar: {
    title: 'جدول الأعمال المؤقت',
    annotations: 'شروح',
    marker: (n) => `${n}- `,
    entries: ['افتتاح الدورة', 'اعتماد التقرير'],
    paragraphs: ['سيفتتح رئيس الفريق العامل الدورة في جلسته الأولى في قاعة الاجتماعات الرئيسية بالمبنى.', 'سيعتمد الفريق العامل التقرير عن أعمال دورته في جلسته الختامية في اليوم الأخير.'],
  },
  zh: {
    title: '临时议程',
    annotations: '说明',
    marker: (n) => `${n}. `,
    entries: ['会议开幕', '通过报告'],
    paragraphs: ['工作组主席将在工作组第一次会议上宣布会议开幕并致开幕词。', '工作组将在闭幕会议上通过关于本届会议工作的报告。'],
  },
};

const LANGUAGES = Object.keys(PAGES) as Language[];

/** The list, then the annotations' heading and each entry's heading over its paragraph. */
function page(lang: Language, options: { title?: string; heading?: string; blankBeforeHeading?: boolean } = {}): string {
  const p = PAGES[lang];
  const list = p.entries.map((entry, k) => `${p.marker(k + 1)}${entry}${lang === 'zh' ? '。' : '.'}`).join('\n');
  const annotations = p.entries.map((entry, k) => `${p.marker(k + 1)}${entry}\n\n${p.paragraphs[k]}`).join('\n\n');
  const gap = options.blankBeforeHeading === false ? '\n' : '\n\n';
  return `${MASTHEAD}${options.title ?? p.title}\n\n${list}${gap}${options.heading ?? p.annotations}\n\n${annotations}\n`;
}

describe('Arabic annotations headings and annotated titles', () => {
  /** [the title printed, the annotations' heading printed]. */
  const ROWS: [string, string][] = [
    ['جدول الأعمال المؤقت', 'شروح'],
    ['جدول الأعمال المؤقت', 'ثانياً - شروح'],
    ['جدول الأعمال المؤقت', 'الشروح'],
    ['جدول الأعمال المؤقت', 'شروح جدول الأعمال'],
    ['جدول الأعمال المؤقت', 'شروح جدول الأعمال المؤقت'],
    ['جدول أعمال مؤقت مشروح', 'شروح'],
    ['جدول أعمال مؤقت مشروح', 'الشروح'],
    ['جدول الأعمال المؤقت المشروح', 'شروح'],
    // The plain provisional title indefinite too, annotated by what follows it.
    ['جدول أعمال مؤقت', 'شروح'],
  ];
  for (const [title, heading] of ROWS) {
    it(`"${title}" with "${heading}" right under the list: an annotated agenda, its entries' titles whole`, () => {
      const doc = parseAgenda(page('ar', { title, heading, blankBeforeHeading: false }), { lang: 'ar' });
      expect(doc.document.title).toBe(title);
      expect(doc.document.kind).toBe('annotated-provisional-agenda');
      expect(doc.items.map((item) => item.title)).toEqual(PAGES.ar.entries);
      expect(doc.items.map((item) => item.annotation)).toEqual(PAGES.ar.paragraphs);
      expect(doc.diagnostics.map((d) => d.code)).toEqual([]);
    });
  }
  it('the indefinite title over an annotated part without a list reads as the annotated title', () => {
    const p = PAGES.ar;
    const body = p.entries.map((entry, k) => `${k + 1}- ${entry}\n${k + 1}- ${p.paragraphs[k]}`).join('\n');
    const doc = parseAgenda(`${MASTHEAD}جدول أعمال مؤقت مشروح\n\n${body}\n`, { lang: 'ar' });
    expect(doc.document.kind).toBe('annotated-provisional-agenda');
    expect(doc.items.map((item) => [item.title, item.annotation])).toEqual(p.entries.map((entry, k) => [entry, `${k + 1}- ${p.paragraphs[k]}`]));
  });
  it('the indefinite provisional title alone over a list is a provisional agenda', () => {
    const doc = parseAgenda(`${MASTHEAD}جدول أعمال مؤقت\n\n1- افتتاح الدورة.\n2- اعتماد التقرير.\n`, { lang: 'ar' });
    expect([doc.document.title, doc.document.kind]).toEqual(['جدول أعمال مؤقت', 'provisional-agenda']);
    expect(doc.items.map((item) => item.title)).toEqual(['افتتاح الدورة', 'اعتماد التقرير']);
  });
  it('a line "شروط" (conditions) or a sentence opening with "شروح" is no heading', () => {
    const doc = parseAgenda(`${MASTHEAD}جدول الأعمال المؤقت\n\n1- افتتاح الدورة.\n2- شروح الأمانة بشأن الوثائق.\n3- اعتماد التقرير.\n`, { lang: 'ar' });
    expect(doc.document.kind).toBe('provisional-agenda');
    expect(doc.items.map((item) => item.title)).toEqual(['افتتاح الدورة', 'شروح الأمانة بشأن الوثائق', 'اعتماد التقرير']);
  });
});

describe('the annotations heading right under the last entry, in every language', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: "${PAGES[lang].annotations}" is no part of entry 2`, () => {
      const doc = parseAgenda(page(lang, { blankBeforeHeading: false }), { lang });
      expect(doc.items.map((item) => item.title)).toEqual(PAGES[lang].entries);
      expect(doc.items.map((item) => item.annotation)).toEqual(PAGES[lang].paragraphs);
    });
  }
});

describe('numbered paragraphs right under each numbered heading, no blank line between', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: each item keeps its heading's paragraphs`, () => {
      const p = PAGES[lang];
      const list = p.entries.map((entry, k) => `${p.marker(k + 1)}${entry}${lang === 'zh' ? '。' : '.'}`).join('\n');
      // Paragraphs numbered on through the annotations: 1 and 2 under item 1, 3 under item 2.
      const annotations = [
        `${p.marker(1)}${p.entries[0]}`,
        `${p.marker(1)}${p.paragraphs[0]}`,
        `${p.marker(2)}${p.paragraphs[1]}`,
        `${p.marker(2)}${p.entries[1]}`,
        `${p.marker(3)}${p.paragraphs[1]}`,
      ].join('\n');
      const doc = parseAgenda(`${MASTHEAD}${p.title}\n\n${list}\n\n${p.annotations}\n\n${annotations}\n`, { lang });
      expect(doc.items.map((item) => item.title)).toEqual(p.entries);
      expect(doc.items[0]!.annotation).toContain(p.paragraphs[0]);
      expect(doc.items[0]!.annotation).toContain(p.paragraphs[1]);
      expect(doc.items[1]!.annotation).toBe(`${p.marker(3)}${p.paragraphs[1]}`);
    });
  }
});

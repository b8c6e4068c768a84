// An Arabic agenda run together on one line (a web page) reads as it does with its lines:
// sub-items finished by the Arabic semicolon ("(أ) افتتاح الدورة؛") end their titles there, so the
// annotations' sub-item headings that repeat them end where they do ("(أ) افتتاح الدورة ستفتتح
// …"); and a section's ordinal word before a heading ("… وشروحه أولاً- جدول الأعمال المؤقت")
// ends the title before it, as "I." does in English.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface Page {
  lines: string[];
  title: string;
  subTitles: string[];
  paragraphs: string[];
}

const PAGES: Partial<Record<Language, Page>> = {
  ar: {
    title: 'جدول الأعمال المؤقت وشروحه',
    subTitles: ['افتتاح الدورة', 'انتخاب أعضاء المكتب', 'إقرار جدول الأعمال'],
    paragraphs: [
      'ستفتتح الدورة الخامسة للجنة في الساعة العاشرة من صباح يوم الاثنين 3 أيار/مايو 2031.',
      'تنتخب اللجنة رئيسا وثلاثة نواب للرئيس ومقررا من بين أعضائها وفقا لنظامها الداخلي.',
      'سيعرض على اللجنة جدول الأعمال المؤقت لإقراره بصيغته التي أعدت بالتشاور مع المكتب.',
    ],
    lines: [
      'الأمم المتحدة XX/C/2031/1 Distr.: General 2 March 2031 Original: English',
      'لجنة الأنهار الدورة الخامسة فيينا، 3-7 أيار/مايو 2031',
      'جدول الأعمال المؤقت وشروحه',
      'أولاً- جدول الأعمال المؤقت',
      '1- المسائل التنظيمية:',
      '(أ) افتتاح الدورة؛',
      '(ب) انتخاب أعضاء المكتب؛',
      '(ج) إقرار جدول الأعمال.',
      '2- مسائل أخرى.',
      'ثانياً- الشروح',
      '1- المسائل التنظيمية',
      '(أ) افتتاح الدورة',
      '{0}',
      '(ب) انتخاب أعضاء المكتب',
      '{1}',
      '(ج) إقرار جدول الأعمال',
      '{2}',
      '2- مسائل أخرى',
      'لم تقترح حتى الآن أي مسائل أخرى للنظر فيها في إطار هذا البند من جدول الأعمال المؤقت.',
    ],
  },
  en: {
    title: 'Provisional agenda and annotations',
    subTitles: ['Opening of the session', 'Election of officers', 'Adoption of the agenda'],
    paragraphs: [
      'The fifth session of the Committee will be opened at 10 a.m. on Monday, 3 May 2031.',
      'The Committee will elect a Chair, three Vice-Chairs and a Rapporteur from among its members.',
      'The provisional agenda, prepared in consultation with the Bureau, will be before the Committee.',
    ],
    lines: [
      'United Nations XX/C/2031/1 Distr.: General 2 March 2031 Original: English',
      'Committee on Rivers Fifth session Vienna, 3-7 May 2031',
      'Provisional agenda and annotations',
      'I. Provisional agenda',
      '1. Organizational matters:',
      '(a) Opening of the session;',
      '(b) Election of officers;',
      '(c) Adoption of the agenda.',
      '2. Other matters.',
      'II. Annotations',
      '1. Organizational matters',
      '(a) Opening of the session',
      '{0}',
      '(b) Election of officers',
      '{1}',
      '(c) Adoption of the agenda',
      '{2}',
      '2. Other matters',
      'No other matters have been proposed so far for consideration under this item of the agenda.',
    ],
  },
};

describe('an agenda with sections and sub-items run together on one line', () => {
  for (const [lang, page] of Object.entries(PAGES) as [Language, Page][]) {
    const filled = page.lines.map((line) => line.replace(/^\{(\d)\}$/, (_, k: string) => page.paragraphs[Number(k)]!));
    for (const [layout, text] of [
      ['one line', filled.join(' ')],
      ['its lines', filled.join('\n\n')],
    ] as const) {
      it(`${lang}, ${layout}: the title, and each sub-item's annotation`, () => {
        const doc = parseAgenda(text, { lang });
        expect(doc.document.title).toBe(page.title);
        expect(doc.items[0]!.subItems.map((sub) => sub.title)).toEqual(page.subTitles);
        expect(doc.items[0]!.subItems.map((sub) => sub.annotation)).toEqual(page.paragraphs);
      });
    }
  }
});

// A session numbered by a tens ordinal alone: Arabic prints the tens word as the ordinal
// ("الدورة الثلاثون", 30th; genitive "للدورة الأربعين"), as it prints "العشرون" (20th), and
// compounds it after a unit ("الحادية والثلاثون", 31st). Rows for every language's own form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { mandatesOf, PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

/** A small agenda with a body, the given meeting line and a title in the language. */
function agenda(lang: Language, meetingLine: string, body = 'Committee'): string {
  return `${body}\n${meetingLine}\n\n${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. A\n2. B\n`;
}

describe('sessions numbered by a tens ordinal', () => {
  it.each([
    ['en', 'Thirtieth session', 30],
    ['en', 'Seventieth session', 70],
    ['fr', 'Trentième session', 30],
    ['es', 'Trigésimo período de sesiones', 30],
    ['ru', 'Тридцатая сессия', 30],
    ['zh', '第三十届会议', 30],
    ['ar', 'الدورة الثلاثون', 30],
    ['ar', 'الدورة الأربعون', 40],
    ['ar', 'الدورة الخمسون', 50],
    ['ar', 'الدورة الستون', 60],
    ['ar', 'الدورة السبعون', 70],
    ['ar', 'الدورة الثمانون', 80],
    ['ar', 'الدورة التسعون', 90],
    ['ar', 'الدورة العشرون', 20],
    ['ar', 'الدورة الحادية والثلاثون', 31],
    ['ar', 'الدورة الاستثنائية الثلاثون', 30],
    ['ar', 'الدورة الثلاثون بعد المائة', 130],
    ['ar', 'الاجتماع الأربعون', 40],
  ] as const)('%s: "%s" is session %d', (lang, line, value) => {
    const document = parseAgenda(agenda(lang, line, lang === 'ar' ? 'لجنة المخدرات' : 'Committee'), { lang });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([line, value]);
  });

  it('ar: the genitive in the title ("جدول الأعمال المؤقت للدورة الأربعين") names the session', () => {
    const document = parseAgenda('لجنة المخدرات\nفيينا، 3-7 آذار/مارس 2031\n\nجدول الأعمال المؤقت للدورة الأربعين\n\n1- افتتاح الدورة.\n2- مسائل أخرى.\n', { lang: 'ar' });
    expect(document.meeting.sessionNumber).toBe(40);
  });

  it('ar: an article numbered by a tens ordinal is cited by its number', () => {
    const [mandate] = mandatesOf('ووفقا للمادة الثلاثين من الاتفاقية، ستنظر اللجنة في التقارير.');
    expect([mandate?.reference, mandate?.occurrences]).toEqual(['article 30', ['للمادة الثلاثين من الاتفاقية']]);
  });
});

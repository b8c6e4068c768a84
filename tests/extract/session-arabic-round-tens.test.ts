// Arabic round tens are ordinals by themselves: "الدورة الثمانون" is the eightieth session (the
// General Assembly's in 2025-2026), "للدورة الستين" the sixtieth in a title's genitive. Only
// "العشرون" was in the ordinals: "الدورة الثمانون" was read as the organ's name, no session.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

const masthead = (session: string) =>
  ['الأمم المتحدة\tA/80/1', 'الجمعية العامة\tDistr.: General', '\t1 August 2031', '', session, '', 'جدول الأعمال المؤقت', '', '1- افتتاح الدورة.', '2- مسائل أخرى.'].join('\n');

describe('Arabic sessions numbered by a round ten', () => {
  it.each([
    ['الدورة الثمانون', 80],
    ['الدورة الثلاثون', 30],
    ['الدورة التسعون', 90],
    ['الدورة الحادية والثمانون', 81],
    ['الدورة العشرون', 20],
  ] as const)('%s', (session, number) => {
    const { meeting } = parseAgenda(masthead(session), { lang: 'ar' });
    expect([meeting.organ, meeting.session, meeting.sessionNumber]).toEqual([null, session, number]);
  });

  it('in a title, genitive', () => {
    const text = ['جدول الأعمال المؤقت للدورة الستين', '', '1- افتتاح الدورة.', '2- مسائل أخرى.'].join('\n');
    expect(parseAgenda(text, { lang: 'ar' }).meeting.sessionNumber).toBe(60);
  });
});

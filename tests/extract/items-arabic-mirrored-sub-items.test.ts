// Arabic sub-items extracted with their brackets mirrored (")أ( افتتاح الدورة"), as some tools
// write right-to-left text (the documentation's ")E/CN.15/2026/1(" alike): read as "(أ)". Only an
// Arabic letter is read so; a Latin line opening ")a(" is no sub-item.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/context.js';
import { parseAgenda } from '../../src/index.js';
import { localeFor } from '../../src/locales/index.js';
import { normalise } from '../../src/normalise/normalise.js';
import { matchSubItemMarker } from '../../src/segment/markers.js';

const line = (text: string) => splitLines(normalise(text).text)[0]!;

describe('a sub-item marker in mirrored brackets', () => {
  it.each([
    [')أ( افتتاح الدورة؛', 0],
    ['   )ب( انتخاب أعضاء المكتب؛', 1],
    [') ج ( إقرار جدول الأعمال', 2],
    [')هـ( مسائل أخرى', 4],
    ['(أ) افتتاح الدورة؛', 0],
  ])('%s', (text, index) => {
    expect(matchSubItemMarker(line(text), localeFor('ar'))?.letterIndex).toBe(index);
  });
  it.each([')a( Opening', ')أ(', ') مسائل أخرى (']) ('no sub-item in %s', (text) => {
    expect(matchSubItemMarker(line(text), localeFor(/[a-z]/.test(text) ? 'en' : 'ar'))).toBeNull();
  });
});

describe('an agenda whose sub-items are printed in mirrored brackets', () => {
  const subs = ['افتتاح الدورة', 'انتخاب أعضاء المكتب', 'إقرار جدول الأعمال'];
  const paragraphs = [
    'ستفتتح الدورة في الساعة العاشرة من صباح يوم الاثنين.',
    'تنتخب اللجنة رئيسا وثلاثة نواب للرئيس ومقررا.',
    'سيعرض جدول الأعمال المؤقت على اللجنة لإقراره.',
  ];
  const letters = ['أ', 'ب', 'ج'];
  const text = [
    'لجنة الأنهار',
    'الدورة الخامسة',
    'فيينا، 3-7 أيار/مايو 2031',
    '',
    'جدول الأعمال المؤقت وشروحه',
    '',
    '1- المسائل التنظيمية:',
    ...subs.map((title, k) => `    )${letters[k]}( ${title}${k < 2 ? '؛' : '.'}`),
    '2- مسائل أخرى.',
    '',
    'الشروح',
    '',
    '1- المسائل التنظيمية',
    '',
    ...subs.flatMap((title, k) => [`)${letters[k]}( ${title}`, '', paragraphs[k]!, '']),
    '2- مسائل أخرى',
    '',
    'لم تقترح أي مسائل أخرى.',
    '',
  ].join('\n');
  it('reads each sub-item, its letter as printed, and its annotation', () => {
    const doc = parseAgenda(text, { lang: 'ar' });
    const item = doc.items[0]!;
    expect(item.title).toBe('المسائل التنظيمية');
    expect(item.subItems.map((sub) => [sub.number, sub.label, sub.title, sub.annotation])).toEqual(
      subs.map((title, k) => [`1(${'abc'[k]})`, letters[k], title, paragraphs[k]]),
    );
    expect(doc.items[1]!.title).toBe('مسائل أخرى');
  });
});

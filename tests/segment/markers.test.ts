import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/context.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { localeFor } from '../../src/locales/index.js';
import { matchBareItemMarker, matchItemMarker, matchSubItemMarker, subItemLetter } from '../../src/segment/markers.js';
import { normalise } from '../../src/normalise/normalise.js';

function line(text: string) {
  return splitLines(normalise(text).text)[0]!;
}

describe('item markers', () => {
  it.each([
    ['- ١ المسائل التنظيمية:', 1, 'المسائل التنظيمية:'],
    ['-٢- تنفيذ بروتوكول', 2, 'تنفيذ بروتوكول'],
    ['- ٤- الممارسات الجيدة**', 4, 'الممارسات الجيدة**'],
    ['-٧ مسائل أخرى', 7, 'مسائل أخرى'],
    ['١- المسائل التنظيمية', 1, 'المسائل التنظيمية'],
    ['1. Opening of the session', 1, 'Opening of the session'],
    ['1 . Opening', 1, 'Opening'],
    ['Item 3: Other matters', 3, 'Other matters'],
  ])('%s', (text, number, title) => {
    const l = line(text);
    const m = matchItemMarker(l, text.startsWith('I') || /^\d/.test(text) ? en : ar);
    expect(m && [m.number, l.text.slice(m.titleStart - l.start)]).toEqual([number, title]);
  });

  it.each(['دعا مؤتمر الأطراف', '- دعا مؤتمر الأطراف', '2010/15 text', '1.1 Sub-point', ''])('no item in "%s"', (text) => {
    expect(matchItemMarker(line(text), ar)).toBeNull();
  });
});

describe('sub-item markers', () => {
  it.each([
    [' - (أ) افتتاح الاجتماع؛', ar, 'a'],
    ['(ب) إقرار جدول الأعمال', ar, 'b'],
    ['(هـ) مسائل', ar, 'e'],
    ['(c) Adoption of the agenda', en, 'c'],
    ['b) Election of officers', en, 'b'],
  ])('%s', (text, locale, letter) => {
    const m = matchSubItemMarker(line(text), locale);
    expect(m && subItemLetter(m.letterIndex)).toBe(letter);
  });

  it('letters past z continue as aa, ab', () => {
    expect([subItemLetter(0), subItemLetter(25), subItemLetter(26), subItemLetter(27)]).toEqual(['a', 'z', 'aa', 'ab']);
  });
});

describe('item markers with the item word', () => {
  it.each([
    ['en', 'Item 3 of the provisional agenda: Other matters', 3, 'Other matters'],
    ['ru', 'Пункт 1 повестки дня: Открытие совещания', 1, 'Открытие совещания'],
    ['fr', "Point 2 de l'ordre du jour provisoire : Adoption de l'ordre du jour", 2, "Adoption de l'ordre du jour"],
    ['zh', '议程项目1：选举主席团成员', 1, '选举主席团成员'],
    ['es', 'Tema 4. Otros asuntos', 4, 'Otros asuntos'],
  ] as const)('%s: %s', (lang, text, number, title) => {
    const l = line(text);
    const m = matchItemMarker(l, localeFor(lang));
    expect(m && [m.number, m.worded, l.text.slice(m.titleStart - l.start)]).toEqual([number, true, title]);
  });

  it.each([
    ['en', 'Item 1', 1],
    ['en', 'Item 2 of the provisional agenda', 2],
    ['ru', 'Пункт 3', 3],
    ['ar', 'البند ٤', 4],
    ['en', '5.', 5],
  ] as const)('reads "%s: %s" alone on its line as a marker for the next line', (lang, text, number) => {
    const m = matchBareItemMarker(line(text), localeFor(lang));
    expect(m && [m.number, m.worded]).toEqual([number, !/^\d/.test(text)]);
  });

  it('reads a line with a title as no bare marker', () => {
    expect(matchBareItemMarker(line('Item 1 Opening'), en)).toBeNull();
  });
});

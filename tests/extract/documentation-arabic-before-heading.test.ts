// Arabic documentation heading naming who has the documents: "الوثائق المعروضة على الاجتماع"
// (documents before the meeting), "… على الدورة", "… على اللجنة", as "الوثائق المعروضة" alone
// was read. The entries under it are the item's documents, not its annotation.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

function agenda(heading: string): string {
  return [
    'لجنة الأنهار',
    'الدورة الخامسة',
    'فيينا، 3-7 أيار/مايو 2031',
    '',
    'جدول الأعمال المؤقت وشروحه',
    '',
    '1- افتتاح الدورة.',
    '2- مسائل أخرى.',
    '',
    'الشروح',
    '',
    '1- افتتاح الدورة',
    '',
    'ستفتتح الدورة في الساعة العاشرة من صباح يوم الاثنين.',
    '',
    heading,
    '',
    'مذكرة من الأمانة (E/CN.99/2031/2)',
    '',
    '2- مسائل أخرى',
    '',
    'لم تقترح أي مسائل أخرى.',
    '',
  ].join('\n');
}

describe('the documents before the meeting, the session, the commission', () => {
  it.each(['الوثائق المعروضة', 'الوثائق المعروضة على الاجتماع', 'الوثائق المعروضة على الدورة', 'الوثائق المعروضة على اللجنة'])('%s', (heading) => {
    const doc = parseAgenda(agenda(heading), { lang: 'ar' });
    const item = doc.items[0]!;
    expect(item.annotation).toBe('ستفتتح الدورة في الساعة العاشرة من صباح يوم الاثنين.');
    expect(item.documents.map((d) => [d.symbol, d.description])).toEqual([['E/CN.99/2031/2', 'مذكرة من الأمانة']]);
  });

  it('a sentence opening with the words stays text', () => {
    const doc = parseAgenda(agenda('الوثائق المعروضة على اللجنة في دورتها السابقة متاحة على الموقع الشبكي.'), { lang: 'ar' });
    expect(doc.items[0]!.annotation).toContain('الوثائق المعروضة على اللجنة في دورتها السابقة');
  });
});

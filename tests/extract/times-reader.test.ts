import { describe, expect, it } from 'vitest';
import { findWordTimes, wordTimeReader, type ScanRegion } from '../../src/extract/times.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { normalise } from '../../src/normalise/normalise.js';

// The reader keeps the match a region's search ran on to for the regions after it: what it
// reads must be what a fresh search from each region reads.
describe('word times read region by region', () => {
  const arabic = normalise(
    'تفتتح الدورة في الساعة العاشرة صباحاً يوم الأربعاء. ' +
      'وفي الساعة الثالثة بعد الظهر تستأنف. بالساعة الحادية عشرة والنصف صباحا. ' +
      'الساعة'.repeat(3) +
      ' الساعة الثانية عشرة',
  ).text;
  const english = normalise('The meeting opens at noon on 3 May; at   midnight; flat noon; at midday, that is.').text;
  const regionsOf = (text: string, size: number, gap: number): ScanRegion[] => {
    const regions: ScanRegion[] = [];
    for (let from = 0; from < text.length; from += size + gap) regions.push({ from, to: Math.min(text.length, from + size) });
    return regions;
  };

  it.each([
    ['ar', arabic, ar],
    ['en', english, en],
  ] as const)('%s', (_, text, locale) => {
    for (const [size, gap] of [[5, 1], [12, 3], [20, 0], [40, 7], [text.length, 0]] as const) {
      const regions = regionsOf(text, size, gap);
      const read = wordTimeReader(text, locale);
      for (const region of regions) expect(read(region)).toEqual(findWordTimes(text, locale, region));
    }
  });

  it('reads every time of a text in one region', () => {
    const read = wordTimeReader(arabic, ar);
    expect(read({ from: 0, to: arabic.length }).map((t) => t.time.hour)).toEqual([10, 15, 11, 12]);
  });
});

import { describe, expect, it } from 'vitest';
import { findClockTimes, findTimeRanges, findWordTimes, formatTime } from '../../src/extract/times.js';
import { ar } from '../../src/locales/ar.js';
import { en } from '../../src/locales/en.js';
import { normalise } from '../../src/normalise/normalise.js';

describe('time ranges', () => {
  it.each([
    ['١٣/٠٠-١٠/٠٠', '10:00', '13:00', true],
    ['١٠/٠٠-١٣/٠٠', '10:00', '13:00', false],
    ['15.00 - 18.00', '15:00', '18:00', false],
    ['10:30–13:00', '10:30', '13:00', false],
  ])('%s', (input, start, end, reversed) => {
    const [range] = findTimeRanges(normalise(input).text, en);
    expect(range && [formatTime(range.start), formatTime(range.end), range.reversed]).toEqual([start, end, reversed]);
  });

  it.each(['4/4', '14/15', '2009/2', '25:00-26:00', 'CTOC/COP/WG.4/2010/1'])('no time range in %s', (input) => {
    expect(findTimeRanges(normalise(input).text, ar)).toEqual([]);
  });
});

describe('times in words and clock times', () => {
  it.each([
    ['في الساعة العاشرة صباحاً يوم', 10, 0],
    ['الساعة الثالثة بعد الظهر', 15, 0],
    ['الساعة الحادية عشرة والنصف صباحا', 11, 30],
  ])('%s', (input, hour, minute) => {
    expect(findWordTimes(normalise(input).text, ar).map((t) => t.time)).toEqual([{ hour, minute }]);
  });

  it.each([
    ['at 10 a.m. on', 10, 0],
    ['3.30 p.m.', 15, 30],
    ['12 p.m.', 12, 0],
  ])('%s', (input, hour, minute) => {
    expect(findClockTimes(input, en).map((t) => t.time)).toEqual([{ hour, minute }]);
  });
});

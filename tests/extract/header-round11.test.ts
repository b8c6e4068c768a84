// Venues the header missed: a Chinese venue printed after the date on the line a working
// group's name runs into. Texts are made up, in the printed forms.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

describe('Chinese: the venue after the date, a name before it on the same line', () => {
  const agenda = (line: string) =>
    `联合国\tXX/COP/WG.9/2036/1\n\n某公约缔约方会议\n\n${line}\n\n临时议程\n\n1. 组织事项\n2. 其他事项\n`;

  it.each([
    ['**渔业问题工作组** 2036年5月30日和31日，维也纳', '渔业问题工作组', '维也纳', '2036-05-30'],
    ['渔业问题工作组 2036年5月30日至6月3日，日内瓦', '渔业问题工作组', '日内瓦', '2036-05-30'],
  ])('"%s": organ %s, venue %s', (line, organ, venue, start) => {
    const doc = parseAgenda(agenda(line), { lang: 'zh' });
    expect(doc.meeting.organ).toBe(organ);
    expect(doc.meeting.venue).toBe(venue);
    expect(doc.meeting.startDate).toBe(start);
  });

  it.each([
    // The date alone, then the venue: as before.
    ['2036年11月28日至30日，维也纳', '维也纳'],
    // The venue before the date, nothing after it.
    ['维也纳，2036年11月28日至30日', '维也纳'],
    // A time after the date is no venue: the place before it is.
    ['日内瓦 2036年5月30日，上午10时', '日内瓦'],
  ])('"%s": venue %s', (line, venue) => {
    const doc = parseAgenda(agenda(line), { lang: 'zh' });
    expect(doc.meeting.venue).toBe(venue);
    expect(doc.meeting.organ).toBeNull();
  });
});

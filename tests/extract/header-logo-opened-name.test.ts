// A logo printing the organisation's name over lines of its own, the logo's words first: UNEP's
// "United Nations" / "Environment" / "Programme" (Chinese "联合国" / "环境规划署"). The name runs
// on from the logo's words: the body is "United Nations Environment Programme", not its tail.
// The logo's words over a name they do not open ("United Nations" / "Economic and Social
// Council") stay the logo.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const pad = (text: string, right: string) => `${text.padEnd(60)}${right}`;

function masthead(logo: string[], meeting: string[], title: string, items: string[]): string {
  return [
    pad('', 'UNEP/OzL.Pro.WG.1/90/1'),
    ...logo.slice(0, -1),
    pad(logo[logo.length - 1]!, 'Distr.: General'),
    pad('', '3 May 2031'),
    '',
    pad('', 'Original: English'),
    '',
    ...meeting,
    '',
    title,
    '',
    ...items.map((item, k) => `${k + 1}. ${item}`),
    '',
  ].join('\n');
}

const english = (logo: string[]) =>
  masthead(logo, ['Open-ended Working Group of the Parties to the Lake Treaty', 'Ninetieth meeting', 'Nairobi, 7-11 July 2031'], 'Provisional agenda', ['Opening of the meeting.', 'Other matters.']);
const chinese = (logo: string[]) =>
  masthead(logo, ['湖泊条约缔约方不限成员名额工作组', '第九十次会议', '2031年7月7日至11日，内罗毕'], '临时议程', ['会议开幕。', '其他事项。']);

describe('an organisation named over lines under the logo', () => {
  it.each<[string, Language, string, string]>([
    ['three lines', 'en', english(['United Nations', 'Environment', 'Programme']), 'United Nations Environment Programme'],
    ['two lines', 'en', english(['United Nations', 'Development Programme']), 'United Nations Development Programme'],
    ['Chinese, three lines', 'zh', chinese(['联合国', '环境', '规划署']), '联合国环境规划署'],
    ['Chinese, two lines', 'zh', chinese(['联合国', '环境规划署']), '联合国环境规划署'],
  ])('%s', (_name, lang, text, body) => {
    const doc = parseAgenda(text, { lang });
    expect(doc.meeting.body).toBe(body);
    expect(doc.meeting.organ).not.toBeNull();
  });

  it('under the logo in capitals and its series letters ("UNITED" / "NATIONS    EP"), as UNEP prints them', () => {
    const text = ['UNITED', pad('NATIONS', 'EP'), english(['United Nations', 'Environment', 'Programme'])].join('\n');
    const doc = parseAgenda(text, { lang: 'en' });
    expect(doc.meeting.body).toBe('United Nations Environment Programme');
    expect(doc.meeting.organ).toBe('Open-ended Working Group of the Parties to the Lake Treaty');
  });

  it('the logo over a principal organ stays the logo', () => {
    const doc = parseAgenda(english(['United Nations', 'Economic and', 'Social Council']), { lang: 'en' });
    expect(doc.meeting.body).toBe('Economic and Social Council');
  });

  it('a blank line between the logo and the name keeps them apart', () => {
    const doc = parseAgenda(english(['United Nations', '', 'Environment', 'Programme']), { lang: 'en' });
    expect(doc.meeting.body).toBe('Environment Programme');
  });
});

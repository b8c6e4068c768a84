// Chinese sessions past a hundred printed digit by digit, as treaty bodies number theirs
// ("人权事务委员会" / "第一二八届会议", "第一〇一届会议"), were no session (the line read as the organ's
// name); 第一百零一届 and 第一百一十五届 were read already. Our own mastheads.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

const masthead = (session: string) =>
  ['联合国\tCCPR/C/128/1', '公民权利和政治权利国际公约\tDistr.: General', '\t1 March 2031', '人权事务委员会', session, '2031年6月4日至13日，日内瓦', '', '临时议程', '', '1.\t会议开幕。', '2.\t其他事项。'].join('\n');

describe('Chinese sessions numbered digit by digit past a hundred', () => {
  it.each([
    ['第一二八届会议', 128],
    ['第一〇一届会议', 101],
    ['第一〇〇届会议', 100],
    ['第一一五届会议', 115],
    ['第一百零一届会议', 101],
    ['第一百一十五届会议', 115],
  ] as const)('%s', (session, number) => {
    const { meeting } = parseAgenda(masthead(session), { lang: 'zh' });
    expect([meeting.organ, meeting.session, meeting.sessionNumber]).toEqual(['人权事务委员会', session, number]);
  });

  it('in the title', () => {
    const text = ['人权事务委员会第一三五届会议临时议程', '', '1.\t会议开幕。', '2.\t其他事项。'].join('\n');
    expect(parseAgenda(text, { lang: 'zh' }).meeting.sessionNumber).toBe(135);
  });
});

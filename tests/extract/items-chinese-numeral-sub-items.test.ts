// Chinese sub-items numbered by numerals in brackets, "(一) 一般性辩论；" / "（二）圆桌讨论。" (locale
// subItemNumerals), are the item's sub-items (a), (b), … as "(a)", "(b)" are: in the list, as
// headings in the annotations and in the timetable ("项目5(一)"). A third one, "(三)", after
// item 2's first two, is its sub-item (c), not item 3 printed in brackets; with no sub-items
// before it, "(三)" after item 2 is still item 3. Our own sentences.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { AgendaDocument } from '../../src/schema.js';

type Item = AgendaDocument['items'][number];
const outline = (items: readonly Item[]): string[] =>
  items.flatMap((item) => [`${item.number} ${item.label ?? ''} ${item.title}`, ...outline(item.subItems)]);

describe('Chinese sub-items numbered (一), (二)', () => {
  it('in the list, half-width and full-width brackets', () => {
    const text = ['临时议程', '', '1.\t会议开幕。', '2.\t《公约》执行问题：', '\t(一)\t一般性辩论；', '\t（二）\t圆桌讨论；', '\t(三)\t互动对话。', '3.\t其他事项。'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'zh' }).items)).toEqual([
      '1 1 会议开幕',
      '2 2 《公约》执行问题',
      '2(a) 一 一般性辩论',
      '2(b) 二 圆桌讨论',
      '2(c) 三 互动对话',
      '3 3 其他事项',
    ]);
  });

  it('item 3 printed in brackets after an item without sub-items stays an item', () => {
    const text = ['临时议程', '', '1.\t会议开幕。', '2.\t通过议程。', '(三)\t其他事项。'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'zh' }).items)).toEqual(['1 1 会议开幕', '2 2 通过议程', '3 三 其他事项']);
  });

  it('as headings in the annotations and in the timetable', () => {
    const text = [
      '临时议程和说明',
      '',
      '1.\t通过议程。',
      '2.\t工作方法：',
      '\t(一)\t一般性讨论；',
      '\t(二)\t专题讨论。',
      '',
      '说明',
      '',
      '2.\t工作方法',
      '',
      '(一)\t一般性讨论',
      '',
      '　　委员会将进行一般性讨论。',
      '',
      '(二)\t专题讨论',
      '',
      '　　委员会将举行专题讨论。',
      '',
      '附件',
      '',
      '工作安排',
      '',
      '2031年6月10日星期二\t上午10时至下午1时\t项目1和2(一)',
      '\t下午3时至6时\t项目2(二)',
    ].join('\n');
    const result = parseAgenda(text, { lang: 'zh' });
    const methods = result.items[1]!;
    expect(methods.subItems.map((s) => [s.number, s.annotation])).toEqual([
      ['2(a)', '委员会将进行一般性讨论。'],
      ['2(b)', '委员会将举行专题讨论。'],
    ]);
    expect(result.schedule.map((slot) => slot.items)).toEqual([['1', '2(a)'], ['2(b)']]);
  });
});

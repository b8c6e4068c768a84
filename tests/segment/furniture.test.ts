// Page furniture below the masthead: footers (job numbers, print dates, barcodes), page marks,
// running headers, footnotes. Lines are blanked, never removed, so that offsets stay. Texts and
// symbols are made up.
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/context.js';
import { parseAgenda } from '../../src/index.js';
import type { AgendaItem } from '../../src/schema.js';
import { blankFurniture, isFurnitureLine } from '../../src/segment/furniture.js';

/** The lines of `text` that blankFurniture blanks, trimmed. */
function blanked(lines: readonly string[], own: string | null = null, from = 0): string[] {
  const before = splitLines(lines.join('\n'));
  const after = blankFurniture(before, from, own);
  return before.filter((line, i) => after[i] !== line).map((line) => line.text.trim());
}

const PAD = ' '.repeat(80);
const SYMBOL = 'XYZ/WG.3/2038/1';

describe('isFurnitureLine', () => {
  it.each([
    ['V.38-01234 (E)    020338    030338'],
    ['*3801234*'],
    [`2${PAD}V.38-01234`],
    ['V.38-01234\t3/4'],
    ['2/4  V.38-01234'],
    ['GE.38-12345(F)'],
    ['Page 3  V.38-01234'],
    ['3'],
    ['(3)'],
    ['- 3 -'],
    ['3/4'],
    ['Page 3'],
    ['Página 3 de 4'],
    ['Стр. 3'],
  ])('%j is furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    ['3.'],
    ['2. Adoption of the agenda'],
    ['12 June 2038'],
    ['Monday, 12 June'],
    ['2 3'],
    ['\t7\t'],
    ['4/1'],
    ['-'],
    ['The Group will have before it XYZ/WG.3/2038/4.'],
    ['10 a.m.–1 p.m.'],
    ['see page 3 of the report'],
    [`${'x '.repeat(60)}V.38-01234`],
  ])('%j is not furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('blankFurniture: footers and running headers', () => {
  it('blanks a padded footer and an indented running header, keeping offsets', () => {
    const text = ['The Group will meet.', '', `2${PAD}V.38-01234`, '', `${' '.repeat(70)}${SYMBOL}`, '', 'It will adopt a report.'];
    const before = splitLines(text.join('\n'));
    const after = blankFurniture(before, 0, SYMBOL);
    expect(after.map((l) => l.text.trim())).toEqual(['The Group will meet.', '', '', '', '', '', 'It will adopt a report.']);
    expect(after.map((l) => [l.start, l.end])).toEqual(before.map((l) => [l.start, l.end]));
  });

  it('blanks page marks beside a job number or between blank lines', () => {
    for (const mark of ['3/4', '(3)', '- 3 -', 'Page 3', 'Página 3 de 4', 'Стр. 3', '3']) {
      expect(blanked(['A paragraph ends here.', '', mark, '', 'Another paragraph.'])).toEqual([mark]);
      expect(blanked(['A paragraph ends here.', mark, 'V.38-01234 (E)    020338', 'Another paragraph.'])).toEqual([mark, 'V.38-01234 (E)    020338']);
    }
  });

  it('keeps a bare number in a run of table lines, and takes one next to a footer', () => {
    const table = ['Monday, 12 June', '10 a.m.–1 p.m.', '1 (a)', 'Opening of the session', '2', 'General debate', '3–6 p.m.', '2', 'General debate (continued)'];
    expect(blanked(table)).toEqual([]);
    expect(blanked([...table, '3', 'V.38-01234', '3', 'Other matters'])).toEqual(['3', 'V.38-01234']);
    // The table goes on to the next page: the number after the running header is an item's.
    expect(blanked([...table, 'V.38-01234 (E)', '', SYMBOL, '', '3', 'Other matters'], SYMBOL)).toEqual(['V.38-01234 (E)', SYMBOL]);
    expect(blanked([...table, 'V.38-01234 (E)', '', SYMBOL, '3', 'Other matters'], SYMBOL)).toEqual(['V.38-01234 (E)', SYMBOL]);
  });

  it('takes a repeated symbol alone at page breaks as the running header when the own symbol is unknown', () => {
    const text = ['First page text.', '', '(2)', '', SYMBOL, '', 'Second page text.', '', '(3)', '', SYMBOL, '', 'Third page text.'];
    expect(blanked(text, null)).toEqual(['(2)', SYMBOL, '(3)', SYMBOL]);
    // With a page number on its line.
    expect(blanked(['Text.', '', `${SYMBOL}    2`, '', 'Text.', '', `${SYMBOL}    3`, '', 'Text.'], null)).toEqual([`${SYMBOL}    2`, `${SYMBOL}    3`]);
    // Once, below a footer.
    expect(blanked(['Text.', '', '2 V.38-01234', '', SYMBOL, '', 'Text.'], null)).toEqual(['2 V.38-01234', SYMBOL]);
  });

  it('keeps a symbol alone that is a documentation row, not a page break', () => {
    const row = ['Documentation', '', 'XYZ/WG.3/2038/4', 'Report of the Secretariat', ''];
    // Once, with the own symbol known or not.
    expect(blanked([...row, 'Text.'], SYMBOL)).toEqual([]);
    expect(blanked([...row, 'Text.'], null)).toEqual([]);
    // The same document listed under two items, the own symbol known: no page mark, no footer beside it.
    expect(blanked([...row, 'Text.', '', ...row], SYMBOL)).toEqual([]);
  });

  it('keeps lines above `from` (the masthead)', () => {
    expect(blanked(['V.38-01234 (E)', '', '3', '', 'Text.'], null, 3)).toEqual([]);
  });

  it('leaves sentences, numbered paragraphs, list items and dates alone', () => {
    const text = [
      '3.',
      '',
      '2. Adoption of the agenda',
      '',
      '12 June 2038',
      '',
      '4/1',
      '',
      'The Group will have before it XYZ/WG.3/2038/1, as in 2037.',
      '',
      '(XYZ/WG.3/2038/1)',
      '',
      '2 3',
    ];
    expect(blanked(text, SYMBOL)).toEqual([]);
    expect(blanked(text, null)).toEqual([]);
  });
});

describe('blankFurniture: footnotes', () => {
  it('blanks the rule and the footnotes under it, up to a blank line', () => {
    const text = [
      'The Group will consider the Convention1 and its Protocols.',
      '__________________',
      '1 Resolution 99/1, annex, of the Assembly.',
      '  continued on a second line.',
      '',
      'Text of the next page.',
    ];
    expect(blanked(text)).toEqual(['__________________', '1 Resolution 99/1, annex, of the Assembly.', 'continued on a second line.']);
  });

  it('takes several footnotes, each with its marker, up to page furniture', () => {
    const text = [
      'A paragraph.',
      '',
      '               __________________',
      '               * Reissued for technical reasons on 1 May 2038.',
      '',
      '               1 Ibid., para. 3.',
      '               2Glued marker, then text.',
      `2${PAD}V.38-01234`,
      'Text of the next page.',
    ];
    expect(blanked(text)).toEqual([
      '__________________',
      '* Reissued for technical reasons on 1 May 2038.',
      '1 Ibid., para. 3.',
      '2Glued marker, then text.',
      `2${PAD}V.38-01234`,
    ]);
  });

  it('ends the footnotes at a block without a marker, and takes no text after a bare rule', () => {
    expect(blanked(['__________________', '', '1 A note.', '', 'Paragraph text goes on.'])).toEqual(['__________________', '1 A note.']);
    expect(blanked(['__________________', '', '2. Adoption of the agenda', '', 'The end.'])).toEqual(['__________________']);
  });

  it('reads a run of dashes under a heading as its underline, not as a rule', () => {
    expect(blanked(['Annotations', '--------------', '1 Opening of the session'])).toEqual([]);
    expect(blanked(['A paragraph.', '', '--------------', '1 A note.'])).toEqual(['--------------', '1 A note.']);
  });
});

describe('furniture in a parsed agenda', () => {
  const text = [
    'Provisional agenda and annotations',
    '',
    '1. Opening of the meeting.',
    '2. Other matters.',
    '',
    'Annotations',
    '',
    '1. Opening of the meeting',
    '',
    '    The meeting will be opened by the Chair under the Convention1 adopted by the Assembly.',
    '',
    '    __________________',
    '    1 Assembly resolution 99/1, annex.',
    '',
    `2${PAD}V.38-01234`,
    '',
    `${' '.repeat(70)}XYZ/WG.3/2038/1`,
    '',
    '2. Other matters',
    '',
    '    Any other matter may be raised.',
    '',
    'V.38-01234\t3/4',
    '',
    'XYZ/WG.3/2038/1',
    '',
    'Annex',
    '',
    'Proposed organization of work',
    '',
    'Monday, 12 June',
    '10 a.m.–1 p.m.',
    '1',
    'Opening of the meeting',
    '2',
    'Other matters',
  ].join('\n');

  const doc = parseAgenda(text, { lang: 'en' });
  const item = (n: string) => doc.items.find((i: AgendaItem) => i.number === n)!;

  it('leaves footers, running headers and footnotes out of annotations', () => {
    expect(item('1').annotation).toBe('The meeting will be opened by the Chair under the Convention1 adopted by the Assembly.');
    expect(item('2').annotation).toBe('Any other matter may be raised.');
  });

  it('still finds a mandate cited in a footnote, with its span into the source', () => {
    const mandate = doc.mandates.find((m) => m.reference === '99/1');
    expect(mandate).toBeDefined();
    const span = mandate!.spans![0]!;
    expect(text.slice(span.start, span.end)).toBe('resolution 99/1');
  });

  it('keeps the timetable’s item numbers printed one cell per line', () => {
    expect(doc.schedule.map((s) => s.items)).toEqual([['1', '2']]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { AgendaItem } from '../../src/schema.js';

function outline(items: readonly AgendaItem[]): string[] {
  return items.flatMap((i) => [`${i.number} ${i.label ?? '-'} ${i.title}`, ...outline(i.subItems)]);
}

describe('agenda list', () => {
  it('reads nested sub-items, wrapped titles and an item printed without its number', () => {
    const text = [
      'Provisional agenda',
      '',
      '1. Opening of the session.',
      '2. Substantive questions:',
      '   (a) Review of implementation:',
      '      (i) Reports of States;',
      '      (ii) Report of the Secretariat;',
      '   (b) Technical assistance',
      '   and capacity-building.',
      '',
      'Other matters.',
      '',
      '4. Adoption of the report.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(outline(document.items)).toEqual([
      '1 1 Opening of the session',
      '2 2 Substantive questions',
      '2(a) a Review of implementation',
      '2(a)(i) i Reports of States',
      '2(a)(ii) ii Report of the Secretariat',
      '2(b) b Technical assistance and capacity-building',
      '3 - Other matters',
      '4 4 Adoption of the report',
    ]);
    expect(document.diagnostics.map((d) => d.code)).toEqual(['ITEM_NUMBER_INFERRED']);
  });

  it('reads "(i)" after "(h)" as the ninth letter', () => {
    const letters = 'abcdefghi'.split('').map((l) => `   (${l}) Point ${l};`);
    const document = parseAgenda(['Provisional agenda', '', '1. Questions:', ...letters, '2. Other matters.'].join('\n'), { lang: 'en' });
    expect(document.items[0]!.subItems.map((s) => s.number).at(-1)).toBe('1(i)');
  });

  it('takes documents from a "Documentation:" line and an unnumbered heading in the annotations', () => {
    const text = [
      'Provisional agenda and annotations',
      '',
      '1. Adoption of the agenda.',
      '',
      'Other matters.',
      '',
      '3. Closing.',
      '',
      'Annotations',
      '',
      '1. Adoption of the agenda',
      '',
      'The Committee will adopt its agenda.',
      '',
      'Documentation: E/C.99/2020/1 and Corr.1',
      '',
      'Other matters',
      '',
      'No other matters have been raised.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(document.items[0]!.documents.map((d) => d.symbol)).toEqual(['E/C.99/2020/1', 'E/C.99/2020/1/Corr.1']);
    expect(document.items[1]!.annotation).toBe('No other matters have been raised.');
  });
});

describe('hanging labels', () => {
  it('reads an item number printed alone on its line, its title on the next', () => {
    const text = ['Provisional agenda', '', '1.', 'Opening of the session.', '', '2.', '', 'Adoption of the agenda.', '3. Other matters.'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'en' }).items)).toEqual([
      '1 1 Opening of the session',
      '2 2 Adoption of the agenda',
      '3 3 Other matters',
    ]);
  });
});

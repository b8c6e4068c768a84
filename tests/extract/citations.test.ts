// Which items a mandate or a document symbol is credited to, when it stands in page furniture.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

const agenda = [
  'Provisional agenda and annotations',
  '',
  '1. Opening of the session',
  '2. Review of implementation',
  '',
  'Annotations',
  '',
  '1. Opening of the session',
  '',
  'The Chair will open the session.',
  '',
  'XYZ/WG.1/2030/1',
  '',
  '2. Review of implementation',
  '',
  'The Group will review the implementation of the Convention.1',
  '',
  '__________________',
  '1 See General Assembly resolution 58/4, annex, and document XYZ/WG.1/2030/7.',
  '',
  'XYZ/WG.1/2030/1',
  '',
  'The Group will then turn to the report of the Secretariat.',
].join('\n');

describe('citations in page furniture', () => {
  it('credits a mandate cited in a footnote to the item on whose stretch the footnote stands', () => {
    const document = parseAgenda(agenda, { lang: 'en' });
    expect(document.mandates.map((m) => [m.reference, m.items])).toEqual([['58/4', ['2']]]);
    expect(document.items[1]!.annotation).not.toContain('58/4');
  });

  it('credits no item with a running header, even when the document does not print its own symbol', () => {
    const document = parseAgenda(agenda, { lang: 'en' });
    const symbols = Object.fromEntries(document.documentSymbols.map((s) => [s.symbol, s.items]));
    expect(symbols['XYZ/WG.1/2030/1'] ?? []).toEqual([]);
    expect(symbols['XYZ/WG.1/2030/7']).toEqual(['2']);
  });
});

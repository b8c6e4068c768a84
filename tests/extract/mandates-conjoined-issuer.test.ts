// A body named after the last number of a list of two kinds ("resolution 2026/5 and decision
// 2026/219 of the Council") adopted the citation before it too, when that one names none.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const CONJOINED: [Language, string, [string, string | null, string | null][]][] = [
  ['en', 'Under resolution 2031/4 and decision 2031/207 of the Economic and Social Council, the Commission meets.', [['2031/4', 'Economic and Social Council', 'E/RES/2031/4'], ['2031/207', 'Economic and Social Council', null]]],
  ['fr', 'Conformément à la résolution 2031/4 et à la décision 2031/207 du Conseil économique et social, la Commission se réunit.', [['2031/4', 'Conseil économique et social', 'E/RES/2031/4'], ['2031/207', 'Conseil économique et social', null]]],
  ['es', 'De conformidad con la resolución 2031/4 y la decisión 2031/207 del Consejo Económico y Social, la Comisión se reúne.', [['2031/4', 'Consejo Económico y Social', 'E/RES/2031/4'], ['2031/207', 'Consejo Económico y Social', null]]],
  ['ru', 'В соответствии с резолюцией 2031/4 и решением 2031/207 Экономического и Социального Совета Комиссия проводит сессию.', [['2031/4', 'Экономического и Социального Совета', 'E/RES/2031/4'], ['2031/207', 'Экономического и Социального Совета', null]]],
  ['ru', 'Об этом говорится в резолюции 2031/4 и решении 2031/207 Совета.', [['2031/4', 'Совета', 'E/RES/2031/4'], ['2031/207', 'Совета', null]]],
];

// The first keeps its own body, and a sentence between ends the list.
const APART: [Language, string, [string, string | null][]][] = [
  ['en', 'Under General Assembly resolution 80/1 and decision 2031/207 of the Council, the Commission meets.', [['80/1', 'General Assembly'], ['2031/207', 'Council']]],
  ['en', 'Resolution 2031/4 was adopted. Decision 2031/207 of the Council applies.', [['2031/4', null], ['2031/207', 'Council']]],
  ['fr', 'La résolution 2031/4 a été adoptée et la décision 2031/207 du Conseil s’applique.', [['2031/4', null], ['2031/207', 'Conseil']]],
  // A treaty body's number names its own body: Basel's, then Minamata's.
  ['fr', 'Conformément à la décision BC-18/2 et à la décision MC-7/3 de la Conférence des Parties, le groupe se réunit.', [['BC-18/2', null], ['MC-7/3', 'Conférence des Parties']]],
  ['en', 'Pursuant to decision BC-18/2 and decision MC-7/3 of the Conference of the Parties, the group meets.', [['BC-18/2', null], ['MC-7/3', 'Conference of the Parties']]],
];

describe('an issuer after a list of two kinds', () => {
  it.each(CONJOINED)('%s: %s', (language, text, expected) => {
    expect(mandatesOf(text, language).map((m) => [m.reference, m.issuer, m.symbol])).toEqual(expected);
  });

  it.each(APART)('%s: %s', (language, text, expected) => {
    expect(mandatesOf(text, language).map((m) => [m.reference, m.issuer])).toEqual(expected);
  });
});

// A body named before its citation's keyword by the table's name and more ("Commission on Narcotic
// Drugs resolution 66/1") is named whole: a preposition of the language's function words and
// capitalised words up to the keyword go on with it. A verb between ("…Parties adopted decision")
// leaves the name as the table has it. Languages that name the body after the number are read there.
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

const issuerOf = (text: string, reference: string) => mandatesOf(text, 'en').find((m) => m.reference === reference)?.issuer ?? null;

describe('a body named before the keyword, its title whole', () => {
  it.each([
    ['Commission on Inland Fisheries resolution 12/3 requested the secretariat to report.', '12/3', 'Commission on Inland Fisheries'],
    ['In accordance with Committee on Mountain Forests decision 4/2, the secretariat reports.', '4/2', 'Committee on Mountain Forests'],
    ['The Conference of the Parties adopted decision 3/2 at its third session.', '3/2', 'Conference of the Parties'],
    ['General Assembly resolution 81/12 applies.', '81/12', 'General Assembly'],
    // A small word that is no function word: the table's name alone.
    ['The Commission recently resolution 12/3 requested a report.', '12/3', 'Commission'],
  ])('%s', (text, reference, issuer) => {
    expect(issuerOf(text, reference)).toBe(issuer);
  });
});

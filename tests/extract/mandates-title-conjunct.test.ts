// An English treaty title whose second conjunct starts with "and the": "…on Access to Genetic
// Resources and the Fair and Equitable Sharing of Benefits Arising from their Utilization" (the
// Nagoya Protocol), "…the Return of Astronauts and the Return of Objects Launched into Outer
// Space". The capitalised phrase after "and the" goes on with "of" and a capitalised word and
// names nothing else (locale `secondNameHeads`): the title goes on. Two instruments ("…of the
// Convention and the Protocol", "…and the Montreal Protocol"), a body, an office or a clause's
// subject after "and the" still end it. French and Spanish print such titles without the article
// before a capital ("…et le partage juste et équitable…", "…y Participación Justa…"), read before.
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string) => mandatesOf(text, 'en').find((m) => m.kind === 'provision')?.instrument ?? null;

const GOES_ON: [string, string][] = [
  [
    'Under article 12 of the Lisbon Protocol on Access to Marine Data and the Fair and Equitable Sharing of Benefits Arising from their Use, the Parties will report.',
    'the Lisbon Protocol on Access to Marine Data and the Fair and Equitable Sharing of Benefits Arising from their Use',
  ],
  [
    'Article 4 of the Accord on the Rescue of Divers and the Return of Vessels Lost at Sea applies.',
    'the Accord on the Rescue of Divers and the Return of Vessels Lost at Sea',
  ],
  // With its parent treaty: twenty-six words.
  [
    'Under article 26, paragraph 4, of the Lisbon Protocol on Access to Marine Data and the Fair and Equitable Sharing of Benefits Arising from their Use to the Convention on Coastal Waters, the meeting shall review it.',
    'the Lisbon Protocol on Access to Marine Data and the Fair and Equitable Sharing of Benefits Arising from their Use to the Convention on Coastal Waters',
  ],
  // Wrapped over lines, as a column prints it.
  [
    'Under article 8 of the Lisbon Protocol on Access to Marine\nData and the Fair and\nEquitable Sharing of Benefits Arising from their Use, the meeting shall review it.',
    'the Lisbon Protocol on Access to Marine\nData and the Fair and\nEquitable Sharing of Benefits Arising from their Use',
  ],
];

const ENDS: [string, string][] = [
  ['Article 33 of the Convention and the Protocol sets out the rules.', 'the Convention'],
  ['See article 3 of the Convention for the Protection of the Coral Reefs and the Montreal Protocol.', 'the Convention for the Protection of the Coral Reefs'],
  ['Article 4 of the Convention on Coastal Waters and the Financial Rules of the Fund applies.', 'the Convention on Coastal Waters'],
  ['Under article 7 of the Convention on Coastal Waters and the Office of Legal Affairs, a note is issued.', 'the Convention on Coastal Waters'],
  ['Under article 7 of the Convention on Coastal Waters and the Conference of the Parties, a note is issued.', 'the Convention on Coastal Waters'],
  ['Under article 7 of the Convention on Coastal Waters and the Working Group on Compliance, a note is issued.', 'the Convention on Coastal Waters'],
  ['Article 9 of the Convention on Coastal Waters and the Executive Secretary will report.', 'the Convention on Coastal Waters'],
  ['Article 9 of the Convention on Coastal Waters and the Sustainable Development Goals of the 2030 Agenda are linked.', 'the Convention on Coastal Waters'],
  ['Article 9 of the Convention on Coastal Waters and the Parties of the Convention will meet.', 'the Convention on Coastal Waters'],
  ['Article 9 of the Convention on Coastal Waters and the Annual Report of 2030 were noted.', 'the Convention on Coastal Waters'],
];

describe('an English title goes on past "and the" into its second conjunct', () => {
  it.each(GOES_ON)('%s', (text, instrument) => {
    expect(instrumentOf(text)).toBe(instrument);
  });
});

describe('"and the" before another name, or a phrase that goes on as no title does, still ends it', () => {
  it.each(ENDS)('%s', (text, instrument) => {
    expect(instrumentOf(text)).toBe(instrument);
  });
});

// "…on Water and Health to the 1992 Convention on the Protection and Use of…": after a title link
// and its article, the parent treaty's year before its capital goes on with the title.
describe('a title goes on past "to the" and a year', () => {
  it.each([
    [
      'Under article 8 of the Protocol on Clean Rivers to the 1992 Convention on the Protection of Coastal Waters and Lakes, the Parties report.',
      'the Protocol on Clean Rivers to the 1992 Convention on the Protection of Coastal Waters and Lakes',
    ],
    ['Article 4 of the Protocol to the\n1992 Convention on Coastal Waters applies.', 'the Protocol to the\n1992 Convention on Coastal Waters'],
    // A year that no capital follows ends the name as before.
    ['Article 4 of the Protocol to the 1992 text applies.', 'the Protocol'],
  ])('%s', (text, instrument) => {
    expect(instrumentOf(text)).toBe(instrument);
  });
});

// A range of provisions ("rules 6 to 8", "articles 6 à 8", "artículos 6 a 8", "статьи 6–8",
// "rules 6–8") is one provision per number, each with the instrument after the range and the whole
// citation as its evidence (locale `mandates.rangeTo`, or a dash). A span of more than twenty
// numbers, or one that goes down, is no range.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const provisions = (text: string, language: Language) =>
  mandatesOf(text, language)
    .filter((m) => m.kind === 'provision')
    .map((m) => [m.reference, m.instrument]);

const CASES: [Language, string, [string, string | null][]][] = [
  ['en', 'Under rules 12 to 14 of the rules of procedure, the Bureau meets.', [['rule 12', 'the rules of procedure'], ['rule 13', 'the rules of procedure'], ['rule 14', 'the rules of procedure']]],
  ['en', 'Under rules 12–13 of the rules of procedure, the Bureau meets.', [['rule 12', 'the rules of procedure'], ['rule 13', 'the rules of procedure']]],
  ['fr', 'En vertu des articles 12 à 14 du règlement intérieur, le Bureau se réunit.', [['article 12', 'règlement intérieur'], ['article 13', 'règlement intérieur'], ['article 14', 'règlement intérieur']]],
  ['es', 'En virtud de los artículos 12 a 13 del reglamento, la Mesa se reúne.', [['article 12', 'reglamento'], ['article 13', 'reglamento']]],
  ['ru', 'В соответствии со статьями 12–13 Конвенции Стороны представляют доклады.', [['article 12', 'Конвенции'], ['article 13', 'Конвенции']]],
  // No range: going down, or too far.
  ['en', 'Under rule 14 to 12 of the rules of procedure, the Bureau meets.', [['rule 14', null]]],
  ['en', 'Under article 6 to 2030 targets, the Parties report.', [['article 6', null]]],
];

describe('a range of provisions is one provision per number', () => {
  it.each(CASES)('%s: %s', (language, text, expected) => {
    expect(provisions(text, language)).toEqual(expected);
  });
});

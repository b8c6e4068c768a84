// Split General Assembly resolutions ("75/290 A"): the part is a letter after a space, in the
// reference and in the symbol (UN spelling A/RES/75/290 A), in every language.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

// [language, text, reference, symbol]
const SPLIT: [Language, string, string, string | null][] = [
  ['en', 'In its resolution 71/312 B, the General Assembly endorsed the plan.', '71/312 B', 'A/RES/71/312 B'],
  ['en', 'General Assembly resolution 71/312A on the plan', '71/312 A', 'A/RES/71/312 A'],
  ['en', 'General Assembly resolution 3281 C (XXIX)', '3281 C (XXIX)', null],
  ['en', 'General Assembly resolution 3281C (XXIX)', '3281 C (XXIX)', null],
  ['fr', "Dans sa résolution 71/312 B, l'Assemblée générale a approuvé le plan.", '71/312 B', 'A/RES/71/312 B'],
  ['fr', "la résolution 3281 C (XXIX) de l'Assemblée générale", '3281 C (XXIX)', null],
  ['es', 'En su resolución 71/312 B, la Asamblea General hizo suyo el plan.', '71/312 B', 'A/RES/71/312 B'],
  ['es', 'la resolución 3281 C (XXIX) de la Asamblea General', '3281 C (XXIX)', null],
  ['ru', 'В своей резолюции 71/312 B Генеральная Ассамблея одобрила план.', '71/312 B', 'A/RES/71/312 B'],
  ['ru', 'резолюция 3281 C (XXIX) Генеральной Ассамблеи', '3281 C (XXIX)', null],
  ['ar', 'وفي قرارها ٧١/٣١٢ باء، أيدت الجمعية العامة الخطة.', '71/312 B', 'A/RES/71/312 B'],
  ['ar', 'قرار الجمعية العامة ٣٢٨١ جيم (د-29)', '3281 C (XXIX)', null],
  ['zh', '大会在第71/312 B号决议中核可了计划。', '71/312 B', 'A/RES/71/312 B'],
  ['zh', '大会第71/312A号决议', '71/312 A', 'A/RES/71/312 A'],
];

describe('split resolutions: the part after a space', () => {
  it.each(SPLIT)('%s: %s', (language, text, reference, symbol) => {
    const found = mandatesOf(text, language);
    expect(found.map((m) => [m.reference, m.symbol])).toEqual([[reference, symbol]]);
  });

  it('a capitalised word after the number is no part', () => {
    expect(mandatesOf('resolution 71/312 Assembly', 'en').map((m) => m.reference)).toEqual(['71/312']);
  });

  // A part is a capital: a small letter after the number is the next word (French "a", has).
  it.each([
    ['fr', 'La résolution 60/251 a créé le Conseil.', '60/251', 'résolution 60/251'],
    ['en', 'resolution 71/312 a plan for', '71/312', 'resolution 71/312'],
    ['es', 'la resolución 71/312 a la que', '71/312', 'resolución 71/312'],
  ] as [Language, string, string, string][])('%s: %s', (language, text, reference, occurrence) => {
    expect(mandatesOf(text, language).map((m) => [m.reference, m.occurrences])).toEqual([[reference, [occurrence]]]);
  });
});

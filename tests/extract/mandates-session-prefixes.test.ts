// Arabic numbers the General Assembly's special sessions' resolutions with its own prefix:
// "دإ-23/2" is S-23/2, "دإط-10/24" ES-10/24 (locale `mandates.sessionPrefixes`). The other
// languages print the Latin prefix ("S-23/2"), read already.
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

const SPECIAL_SESSIONS: [string, [string, string | null, string | null][]][] = [
  ['وتذكّر بقرار الجمعية العامة دإ-27/2 المتعلق بالأطفال.', [['S-27/2', 'A/RES/S-27/2', 'الجمعية العامة']]],
  ['وتذكّر بقرار الجمعية العامة د إ-27/2.', [['S-27/2', 'A/RES/S-27/2', 'الجمعية العامة']]],
  ['وعملا بقرار الجمعية العامة دإط-11/4، تنظر اللجنة في البند.', [['ES-11/4', 'A/RES/ES-11/4', 'الجمعية العامة']]],
  ['انظر قراري الجمعية العامة دإ-27/2 و دإ-27/3.', [['S-27/2', 'A/RES/S-27/2', 'الجمعية العامة'], ['S-27/3', 'A/RES/S-27/3', 'الجمعية العامة']]],
];

describe('an Arabic special session’s resolution', () => {
  it.each(SPECIAL_SESSIONS)('ar: %s', (text, expected) => {
    expect(mandatesOf(text, 'ar').map((m) => [m.reference, m.symbol, m.issuer])).toEqual(expected);
  });

  it.each([
    ['en', 'Recalling General Assembly resolution S-27/2 on children.'],
    ['fr', 'Rappelant la résolution S-27/2 de l’Assemblée générale.'],
    ['es', 'Recordando la resolución S-27/2 de la Asamblea General.'],
    ['ru', 'Ссылаясь на резолюцию S-27/2 Генеральной Ассамблеи.'],
    ['zh', '回顾大会第S-27/2号决议。'],
  ] as const)('%s: %s', (language, text) => {
    expect(mandatesOf(text, language).map((m) => [m.reference, m.symbol])).toEqual([['S-27/2', 'A/RES/S-27/2']]);
  });
});

// An old General Assembly resolution in Arabic names its session "د-5" (V), in brackets or not,
// and its part by the letter's name: "القرار 377 ألف (د-5)" and "القرار 377 ألف د-5" are both
// 377 A (V), as English "resolution 377 A (V)" is.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const CASES: [Language, string, string][] = [
  ['ar', 'وتنعقد الدورة وفقا للقرار 377 ألف (د-5).', '377 A (V)'],
  ['ar', 'وتنعقد الدورة وفقا للقرار 377 ألف د-5.', '377 A (V)'],
  ['ar', 'وتنعقد الدورة وفقا للقرار ٣٧٧ ألف د - ٥ للجمعية العامة.', '377 A (V)'],
  ['ar', 'وتشير اللجنة إلى القرار 2758 د-26 في هذا الشأن.', '2758 (XXVI)'],
  ['ar', 'وتشير اللجنة إلى القرار 3379 باء د-30.', '3379 B (XXX)'],
  ['en', 'The session is held under resolution 377 A (V).', '377 A (V)'],
];

describe('an Arabic session printed with or without brackets', () => {
  it.each(CASES)('%s: %s', (language, text, reference) => {
    expect(mandatesOf(text, language).map((m) => m.reference)).toEqual([reference]);
  });
});

describe('the session letter, part names and possessive suffixes are Arabic locale data', () => {
  it('Arabic holds them, other languages none', async () => {
    const { localeFor } = await import('../../src/locales/index.js');
    expect(localeFor('ar').mandates.sessionLetter).toBe('د');
    expect(localeFor('ar').mandates.partLetterNames?.['باء']).toBe('B');
    expect(localeFor('ar').mandates.possessiveSuffixes).toEqual(['ه', 'ها', 'يه']);
    for (const language of ['en', 'fr', 'es', 'ru', 'zh'] as Language[]) {
      expect(localeFor(language).mandates.partLetterNames).toBeUndefined();
      expect(localeFor(language).mandates.sessionLetter).toBeUndefined();
      expect(localeFor(language).mandates.possessiveSuffixes).toBeUndefined();
    }
  });

  it('Chinese numerals are Chinese locale data, read to 999', async () => {
    const { localeFor } = await import('../../src/locales/index.js');
    expect(localeFor('zh').mandates.numerals?.ten).toBe('十');
    expect(localeFor('en').mandates.numerals).toBeUndefined();
    const references = mandatesOf('根据《议定书》第二十一条第三款和《公约》第一百零五条。', 'zh').map((m) => m.reference);
    expect(references).toEqual(['article 21(3)', 'article 105']);
  });
});

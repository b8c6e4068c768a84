import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/language.js';

const fixtures = join(import.meta.dirname, '../../fixtures');

describe('language detection', () => {
  // Every fixture sits in the folder of its language; Russian and Chinese ones have English mastheads.
  const cases = readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(fixtures, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => [d.name, `${d.name}/${f}`] as const),
    );

  it.each(cases)('%s: %s', (language, file) => {
    expect(detectLanguage(readFileSync(join(fixtures, file), 'utf8'))).toBe(language);
  });

  it.each([
    ['Distr.: General\n10 December 2009\nOriginal: English\n\nПредварительная повестка дня\n1. Открытие сессии', 'ru'],
    ['Distr.: General\nOriginal: English\n临时议程\n1. 会议开幕', 'zh'],
    ['Ordre du jour provisoire\n1. Ouverture de la session et élection du Bureau', 'fr'],
    ['Programa provisional\n1. Apertura del período de sesiones y elección de la Mesa', 'es'],
    ['1234 5678', null],
  ] as const)('%s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

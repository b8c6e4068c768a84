// The parser reads every language's table in one shape (src/locales/index.ts): the same fields
// in the same order, nested tables alike, so that code optimised on one language's table is not
// thrown away on the next. The tables as written differ; the copies must not.
import { describe, expect, it } from 'vitest';
import { LOCALES, localeFor } from '../../src/locales/index.js';
import type { Language } from '../../src/schema.js';

const LANGUAGES: Language[] = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];

/** Each table's field names in order, by path: '' for the locale, 'headings', 'mandates', … for nested ones present. */
function shapes(value: unknown, path = '', out = new Map<string, string[]>()): Map<string, string[]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  out.set(path, Object.keys(value));
  for (const key of ['headings', 'mandates', 'time', 'dates', 'clock', 'titleWords', 'segment', 'documentLine', 'councilMasthead']) {
    const nested = (value as Record<string, unknown>)[key];
    if (nested !== undefined) shapes(nested, path ? `${path}.${key}` : key, out);
  }
  return out;
}

describe('the language tables as the parser reads them', () => {
  it('have one shape in every language', () => {
    // A nested table a language does without (Chinese alone has titleWords) is undefined there.
    const seen = new Map<string, { language: Language; keys: string[] }>();
    for (const language of LANGUAGES) {
      for (const [path, keys] of shapes(localeFor(language))) {
        const first = seen.get(path);
        if (first) expect(keys, `${language} ${path || 'locale'} against ${first.language}`).toEqual(first.keys);
        else seen.set(path, { language, keys });
      }
    }
    expect(seen.get('mandates')?.keys).toContain('subparagraph');
    expect(seen.get('')?.keys).toContain('titleWords');
  });

  it('hold the words of the table as written', () => {
    for (const language of LANGUAGES) {
      const written = LOCALES[language]!;
      const read = localeFor(language);
      expect(read.months).toBe(written.months);
      expect(read.headings.annotatedTitle).toBe(written.headings.annotatedTitle);
      expect(read.mandates.resolution).toBe(written.mandates.resolution);
      expect(read.ordinals).toEqual(written.ordinals);
      expect(read.spaceless).toBe(written.spaceless);
      expect(read.dates?.order).toBe(written.dates?.order);
    }
  });

  it('are made once per language, and an unknown language reads English', () => {
    expect(localeFor('fr')).toBe(localeFor('fr'));
    expect(localeFor(null)).toBe(localeFor('en'));
  });
});

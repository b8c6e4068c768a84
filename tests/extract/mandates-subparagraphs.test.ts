// A sub-paragraph named before its paragraph ("subparagraph (b) of paragraph 2 of article 17")
// or after its number ("paragraph 2 (b)"), in every language that prints it: Arabic names it by
// an abjad letter (أ ب ج د هـ → a b c d e, as sub-items), Chinese frames it (第2款(a)项).
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

// [language, text, reference]
const CASES: [Language, string, string][] = [
  ['en', 'under subparagraph (c) of paragraph 4 of article 12 of the Convention', 'article 12(4)(c)'],
  ['fr', "en vertu de l'alinéa c) du paragraphe 4 de l'article 12 de la Convention", 'article 12(4)(c)'],
  ['es', 'con arreglo al apartado c) del párrafo 4 del artículo 12 de la Convención', 'article 12(4)(c)'],
  ['ru', 'в соответствии с подпунктом c) пункта 4 статьи 12 Конвенции', 'article 12(4)(c)'],
  ['ar', 'عملاً بالفقرة الفرعية (ج) من الفقرة ٤ من المادة ١٢ من الاتفاقية', 'article 12(4)(c)'],
  ['ar', 'الفقرة الفرعية (أ) من الفقرة 4 من المادة 12 من الاتفاقية', 'article 12(4)(a)'],
  ['ar', 'وفقاً للفقرة الفرعية (هـ) من الفقرة ٤ من المادة ١٢ من الاتفاقية', 'article 12(4)(e)'],
  ['ar', 'الفقرة ٤ (ب) من المادة ١٢ من الاتفاقية', 'article 12(4)(b)'],
  ['zh', '根据《公约》第12条第4款(c)项', 'article 12(4)(c)'],
  ['zh', '根据《公约》第12条第4款第(c)项', 'article 12(4)(c)'],
  ['zh', '根据《公约》第12条第4款（d）项', 'article 12(4)(d)'],
];

describe('a provision’s sub-paragraph in six languages', () => {
  it.each(CASES)('%s: %s', (language, text, reference) => {
    expect(mandatesOf(text, language).filter((m) => m.kind === 'provision').map((m) => m.reference)).toEqual([reference]);
  });

  it('the Arabic occurrence runs from the sub-paragraph word to the instrument', () => {
    const [provision] = mandatesOf('عملاً بالفقرة الفرعية (ج) من الفقرة ٤ من المادة ١٢ من الاتفاقية', 'ar');
    expect(provision!.occurrences).toEqual(['بالفقرة الفرعية (ج) من الفقرة ٤ من المادة ١٢ من الاتفاقية']);
  });

  it('a Chinese paragraph without a sub-paragraph is read as before', () => {
    expect(mandatesOf('根据《公约》第12条第4款', 'zh').map((m) => m.reference)).toEqual(['article 12(4)']);
  });
});

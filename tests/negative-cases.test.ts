// Text that looks like a symbol or a mandate and is neither. Every line must yield nothing.
import { describe, expect, it } from 'vitest';
import { extractMandates } from '../src/extract/mandates.js';
import { findDocumentSymbols } from '../src/extract/symbols.js';
import { SYMBOL_EXAMPLES } from '../src/locales/symbols.js';
import { contextFor } from './helpers.js';

const NOT_MANDATES: [string, 'ar' | 'en'][] = [
  ['وأن يتخذ قراراً في هذا الشأن، وذلك في دورته السادسة التي سوف تُعقد في عام ٢٠١٢.', 'ar'],
  ['قرر المؤتمر أن يجتمع الفريق العامل يومي ١٤ و ١٥ نيسان/أبريل ٢٠٠٩', 'ar'],
  ['الساعة ١٣/٠٠-١٠/٠٠', 'ar'],
  ['المقرر الخاص المعني بالاتجار بالأشخاص', 'ar'],
  ['The decision was taken on 14/15 April.', 'en'],
  ['The Working Group decided in 2012 to meet again.', 'en'],
  ['a resolution of the question, 10/00 hours', 'en'],
  ['Report of the Secretary-General (V.09-88123)', 'en'],
];

describe('no false mandates', () => {
  it.each(NOT_MANDATES)('%s', (text, lang) => {
    expect(extractMandates(contextFor(text, lang))).toEqual([]);
  });
});

describe('no false symbols', () => {
  const negatives: string[] = [
    ...SYMBOL_EXAMPLES.negative,
    'الساعة ١٣/٠٠-١٠/٠٠',
    'في مقرره ٤/٤',
    'V.09-88123 (A)',
    '*0988123*',
    'يومي 14/15 نيسان',
  ];
  it.each(negatives)('%s', (text) => {
    // Symbols are looked for in normalised text (ASCII digits), as the pipeline does.
    expect(findDocumentSymbols(contextFor(text).norm.text)).toEqual([]);
  });
});

// Short and medium texts in the six languages (one sentence, one agenda line, a masthead alone, a
// list of three items), and the real mixes: an English masthead over an Arabic, Russian or Chinese
// body, Latin symbols cited in Russian and Chinese text, French and Spanish sharing words.
import { describe, expect, it } from 'vitest';
import { detectLanguageWithCertainty } from '../../src/extract/language.js';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const ENGLISH_MASTHEAD = 'United Nations Environment Programme\nDistr.: General\n3 November 2031\n';

const TEXTS: Record<Language, Record<string, string>> = {
  en: {
    sentence: 'The Board will consider the draft decision -/CP.31 on the budget.',
    'agenda line': '4. Election of officers other than the President.',
    masthead: 'Distr.: General\n3 November 2031\n\nOriginal: English\n\nProvisional agenda',
    list: '1. Opening of the meeting.\n2. Adoption of the agenda.\n3. Other matters.',
    'with a name in French': 'Statement by the representative of Côte d’Ivoire on the report.',
    paragraph: 'Under rule 12 of the rules of procedure, the Committee will elect a Chair at its first meeting. The secretariat will report on the arrangements made for the session.',
  },
  fr: {
    sentence: 'La Conférence examinera le projet de décision -/CP.31 sur le budget.',
    'agenda line': '4. Élection du Bureau.',
    'agenda line with an elision': '2. Adoption de l’ordre du jour.',
    masthead: 'Distr. générale\n3 novembre 2031\nFrançais\nOriginal : anglais',
    list: '1. Ouverture de la réunion.\n2. Questions d’organisation.\n3. Questions diverses.',
    'under an English masthead': `${ENGLISH_MASTHEAD}French\nOriginal: English\n\nOrdre du jour provisoire\n1. Ouverture de la session`,
    paragraph: 'Conformément à l’article 12 du règlement intérieur, la Commission élira la présidence à sa première séance. Le secrétariat rendra compte de l’organisation de la réunion.',
  },
  es: {
    sentence: 'La Conferencia examinará el proyecto de decisión -/CP.31 sobre el presupuesto.',
    'agenda line': '4. Elección de la Mesa.',
    masthead: 'Distr. general\n3 de noviembre de 2031\nEspañol\nOriginal: inglés',
    list: '1. Apertura de la reunión.\n2. Aprobación del programa.\n3. Otros asuntos.',
    'sharing words with French': 'Examen de la cuestión en la sesión plenaria.',
    paragraph: 'De conformidad con la regla 12, la Comisión elegirá a la Presidencia en la primera sesión. La secretaría informará de la organización de la reunión.',
  },
  ru: {
    sentence: 'Совет рассмотрит проект решения -/CP.31 о бюджете.',
    'agenda line citing a symbol': '5. Доклад (FCCC/SBSTA/2031/L.12).',
    'a masthead alone': 'Distr.: General\n3 November 2031\nRussian\nOriginal: English',
    list: '1. Открытие совещания.\n2. Утверждение повестки дня.\n3. Прочие вопросы.',
    'paragraph citing symbols': 'Документы: FCCC/SBSTA/2031/1, FCCC/SBSTA/2031/INF.2 и FCCC/CP/2031/L.3/Add.1.',
    'under an English masthead': `${ENGLISH_MASTHEAD}Russian\nOriginal: English\n\nПредварительная повестка дня`,
  },
  zh: {
    sentence: '理事会将审议关于预算的第-/CP.31号决定草案。',
    'agenda line citing a symbol': '5. 报告(FCCC/SBSTA/2031/L.12)',
    'a masthead alone': 'Distr.: General\n3 November 2031\nChinese\nOriginal: English',
    list: '1. 会议开幕\n2. 通过议程\n3. 其他事项',
    'paragraph citing symbols': '文件：FCCC/SBSTA/2031/1、FCCC/SBSTA/2031/INF.2和UNEP/OzL.Pro.35/1。',
    'under an English masthead': `${ENGLISH_MASTHEAD}Chinese\nOriginal: English\n\n临时议程`,
  },
  ar: {
    sentence: 'سينظر المجلس في مشروع المقرر -/CP.31 بشأن الميزانية.',
    'agenda line citing a symbol': '5- التقرير (FCCC/SBSTA/2031/L.12).',
    'a masthead alone': 'Distr.: General\n3 November 2031\nArabic\nOriginal: English',
    list: '1- افتتاح الاجتماع\n2- إقرار جدول الأعمال\n3- مسائل أخرى',
    'paragraph citing symbols': 'الوثائق: FCCC/SBSTA/2031/1 وFCCC/SBSTA/2031/INF.2 وUNEP/OzL.Pro.35/1.',
    'under an English masthead': `${ENGLISH_MASTHEAD}Arabic\nOriginal: English\n\nجدول الأعمال المؤقت`,
  },
};

const CASES = Object.entries(TEXTS).flatMap(([language, forms]) =>
  Object.entries(forms).map(([form, text]) => [language as Language, form, text] as const),
);

describe('language of short texts', () => {
  it.each(CASES)('%s: %s', (language, _form, text) => {
    expect(detectLanguageWithCertainty(text)).toEqual({ language, certain: true });
    const parsed = parseAgenda(text);
    expect(parsed.language).toBe(language);
    expect(parsed.diagnostics.map((d) => d.code)).not.toContain('LANGUAGE_UNCERTAIN');
  });
});

describe('a Latin text too short to tell', () => {
  // Each could be more than one language (an English masthead heads Arabic, Russian and Chinese
  // versions too): read as the one sign there is, or English without any, with a diagnostic
  // rather than silently.
  it.each([
    ['Questions', 'en'],
    ['Asuntos varios', 'es'],
    ['Points divers', 'en'],
    ['Distr.: General\n3 November 2031\nOriginal: English', 'en'],
  ] as const)('%s', (text, guess) => {
    expect(detectLanguageWithCertainty(text)).toEqual({ language: guess, certain: false });
    expect(parseAgenda(text).diagnostics.map((d) => d.code)).toContain('LANGUAGE_UNCERTAIN');
  });

  it('says nothing when the language is given', () => {
    expect(parseAgenda('Other matters', { lang: 'fr' }).diagnostics.map((d) => d.code)).not.toContain('LANGUAGE_UNCERTAIN');
  });

  it('a text with no letter has no language, and nothing to be uncertain of', () => {
    expect(detectLanguageWithCertainty('1234 5678')).toEqual({ language: null, certain: true });
  });
});

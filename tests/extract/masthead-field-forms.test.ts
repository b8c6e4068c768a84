// Masthead fields in forms real documents print, our own sentences: the Spanish list of original
// languages joined by "e" before a word in "i" ("Original: francés e inglés"), the restricted
// distribution "Distr. reservada", and the versions a document is issued in printed under its
// date ("English, French and Spanish only", "Anglais et français seulement", "Español, francés e
// inglés únicamente"; Russian in its own words, "Только на английском, русском и французском
// языках"): masthead, no part of a name beside them.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const AFTER: Partial<Record<Language, string[]>> = {
  en: ['Fifth session', 'Geneva, 1-5 June 2031', '', 'Provisional agenda', '', '1. Opening of the session.', '2. Other matters.'],
  fr: ['Cinquième session', 'Genève, 1er-5 juin 2031', '', 'Ordre du jour provisoire', '', '1. Ouverture de la session.', '2. Questions diverses.'],
  es: ['Quinto período de sesiones', 'Ginebra, 1 a 5 de junio de 2031', '', 'Programa provisional', '', '1. Apertura del período de sesiones.', '2. Otros asuntos.'],
  ru: ['Пятая сессия', 'Женева, 1–5 июня 2031 года', '', 'Предварительная повестка дня', '', '1. Открытие сессии.', '2. Прочие вопросы.'],
};
const NAME: Partial<Record<Language, string>> = { en: 'Committee on Rivers', fr: 'Comité des rivières', es: 'Comité de los Ríos', ru: 'Комитет по рекам' };
const DATE: Partial<Record<Language, string>> = { en: '12 May 2031', fr: '12 mai 2031', es: '12 de mayo de 2031', ru: '12 May 2031' };
const LOGO: Partial<Record<Language, string>> = { ru: 'Организация Объединенных Наций' };

function masthead(lang: Language, distribution: string, fields: string[]): string {
  return [`${LOGO[lang] ?? 'United Nations'}\tXX/C/2031/1`, `${NAME[lang]}\t${distribution}`, `\t${DATE[lang]}`, ...fields.map((f) => `\t${f}`), '', ...AFTER[lang]!].join('\n');
}

describe('masthead field forms', () => {
  const rows: [Language, string, string[], 'general' | 'limited' | 'restricted', Language | null][] = [
    ['es', 'Distr. general', ['Original: español e inglés'], 'general', 'es'],
    ['es', 'Distr. general', ['Original: árabe, español, francés e inglés'], 'general', 'ar'],
    ['es', 'Distr. reservada', ['Original: inglés'], 'restricted', 'en'],
    ['es', 'Distr. RESERVADA', ['Original: INGLÉS'], 'restricted', 'en'],
    ['en', 'Distr.: General', ['English, French and Spanish only'], 'general', null],
    ['en', 'Distr.: General', ['English/French/Spanish only', 'Original: English'], 'general', 'en'],
    ['fr', 'Distr. générale', ['Anglais et français seulement'], 'general', null],
    ['es', 'Distr. general', ['Español, francés e inglés únicamente'], 'general', null],
    ['ru', 'Distr.: General', ['Только на английском, русском и французском языках', 'Original: English'], 'general', 'en'],
    ['ru', 'Distr.: General', ['только на английском и русском языках'], 'general', null],
    ['ru', 'Distr.: General', ['ТОЛЬКО НА АНГЛИЙСКОМ, РУССКОМ И ФРАНЦУЗСКОМ ЯЗЫКАХ'], 'general', null],
    ['ru', 'Distr.: General', ['Только на русском языке', 'Original: English'], 'general', 'en'],
    ['ru', 'Distr.: General', ['English, French and Russian only', 'Original: English'], 'general', 'en'],
  ];
  for (const [lang, distribution, fields, value, original] of rows) {
    it(`${lang}: "${distribution}" / ${fields.map((f) => `"${f}"`).join(' / ')}`, () => {
      const result = parseAgenda(masthead(lang, distribution, fields), { lang });
      expect(result.document.distribution).toBe(value);
      expect(result.document.originalLanguage).toBe(original);
      expect(result.document.issued).toBe('2031-05-12');
      expect(result.meeting.body).toBe(NAME[lang]);
      expect(result.meeting.organ).toBeNull();
    });
  }

  it('ru: a versions line beside a name is no part of it', () => {
    const text = [
      'Организация Объединенных Наций\tXX/C/2031/1',
      'Экономический и Социальный Совет\tDistr.: General',
      '\t12 May 2031',
      'Европейская экономическая комиссия\tТолько на английском, русском и французском языках',
      'Комитет по рекам\tOriginal: English',
      ...AFTER.ru!,
    ].join('\n');
    const result = parseAgenda(text, { lang: 'ru' });
    expect(result.meeting.body).toBe('Европейская экономическая комиссия');
    expect(result.meeting.organ).toBe('Комитет по рекам');
    expect(result.document.originalLanguage).toBe('en');
  });

  it('ru: languages the masthead does not list as versions stay in the name', () => {
    const text = ['Организация Объединенных Наций\tXX/C/2031/1', 'Комитет по рекам только на немецком языке\tDistr.: General', '\t12 May 2031', '', ...AFTER.ru!].join('\n');
    expect(parseAgenda(text, { lang: 'ru' }).meeting.body).toBe('Комитет по рекам только на немецком языке');
  });

  it('en: a name with a language’s word in it is no list of versions', () => {
    const text = ['United Nations\tXX/C/2031/1', 'English Language Committee only\tDistr.: General', '\t12 May 2031', '', ...AFTER.en!].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).meeting.body).toBe('English Language Committee only');
  });
});

// An Arabic masthead translated: the version under the date and the original named by the
// adjective without its article ("عربي", "الأصل: إنكليزي"), beside the forms with it
// ("العربية", "الأصل: بالإنكليزية"); each block laid out in cells and each field on a line of
// its own. The version line is masthead, no body.
describe('Arabic translated masthead: the version and the original language', () => {
  const after = ['مؤتمر الأطراف في اتفاقية الأنهار', 'الاجتماع السادس', 'جنيف، 3-7 تشرين الثاني/نوفمبر 2031', '', 'جدول الأعمال المؤقت', '', '1- افتتاح الاجتماع.', '2- مسائل أخرى.'];
  const rows: [string, string, Language][] = [
    ['عربي', 'الأصل: إنكليزي', 'en'],
    ['عربي', 'الأصل: بالإنكليزية', 'en'],
    ['عربي', 'الأصل: فرنسي', 'fr'],
    ['العربية', 'الأصل: بالإنكليزية', 'en'],
    ['عربي', 'الأصل: عربي', 'ar'],
  ];
  for (const [version, original, language] of rows) {
    for (const layout of ['cells', 'lines'] as const) {
      it(`"${version}" / "${original}", ${layout}`, () => {
        const fields = ['التوزيع: عام', '12 أيار/مايو 2031', version, original];
        const block = layout === 'cells' ? ['الأمم المتحدة\tXX/C/2031/1', ...fields.map((f) => `\t${f}`)] : ['الأمم المتحدة', 'XX/C/2031/1', ...fields];
        const result = parseAgenda([...block, '', ...after].join('\n'), { lang: 'ar' });
        expect(result.document.distribution).toBe('general');
        expect(result.document.issued).toBe('2031-05-12');
        expect(result.document.originalLanguage).toBe(language);
        expect([result.meeting.body, result.meeting.organ]).toEqual(['مؤتمر الأطراف في اتفاقية الأنهار', null]);
      });
    }
  }
});

// The Security Council's agenda (S/Agenda/…) prints under an item the letter or report it takes
// up. Extracted without blank lines, that line follows the title directly: it is the item's
// document, not its title run on. Texts are made up, in the form the agendas print.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

interface Form {
  items: [string, string, string];
  /** A document line under item 2, and one under item 3 (wrapped over two lines where it is long). */
  documents: [string, string];
}

const FORMS: Record<Language, Form> = {
  en: {
    items: ['Adoption of the agenda', 'The situation in the Middle East', 'Reports of the Secretary-General on the Sudan'],
    documents: [
      'Letter dated 3 March 2036 from the Permanent Representative of Atlantis to the United Nations\naddressed to the President of the Security Council (S/2036/120)',
      'Report of the Secretary-General on the situation in the Sudan (S/2036/121)',
    ],
  },
  fr: {
    items: ['Adoption de l’ordre du jour', 'La situation au Moyen-Orient', 'Rapports du Secrétaire général sur le Soudan'],
    documents: [
      'Lettre datée du 3 mars 2036, adressée au Président du Conseil de sécurité\npar le Représentant permanent de l’Atlantide auprès de l’Organisation des Nations Unies (S/2036/120)',
      'Rapport du Secrétaire général sur la situation au Soudan (S/2036/121)',
    ],
  },
  es: {
    items: ['Aprobación del orden del día', 'La situación en Oriente Medio', 'Informes del Secretario General sobre el Sudán'],
    documents: [
      'Carta de fecha 3 de marzo de 2036 dirigida a la Presidencia del Consejo de Seguridad\npor el Representante Permanente de la Atlántida ante las Naciones Unidas (S/2036/120)',
      'Informe del Secretario General sobre la situación en el Sudán (S/2036/121)',
    ],
  },
  ru: {
    items: ['Утверждение повестки дня', 'Положение на Ближнем Востоке', 'Доклады Генерального секретаря по Судану'],
    documents: [
      'Письмо Постоянного представителя Атлантиды при Организации Объединенных Наций от 3 марта 2036 года\nна имя Председателя Совета Безопасности (S/2036/120)',
      'Доклад Генерального секретаря о положении в Судане (S/2036/121)',
    ],
  },
  ar: {
    items: ['إقرار جدول الأعمال', 'الحالة في الشرق الأوسط', 'تقارير الأمين العام عن السودان'],
    documents: [
      'رسالة مؤرخة 3 آذار/مارس 2036 موجهة إلى رئيس مجلس الأمن\nمن الممثل الدائم لأتلانتس لدى الأمم المتحدة (S/2036/120)',
      'تقرير الأمين العام عن الحالة في السودان (S/2036/121)',
    ],
  },
  zh: {
    items: ['通过议程', '中东局势', '秘书长关于苏丹的报告'],
    documents: ['2036年3月3日亚特兰蒂斯常驻联合国代表给安全理事会主席的信(S/2036/120)', '秘书长关于苏丹\n局势的报告(S/2036/121)'],
  },
};

const LANGUAGES = Object.keys(FORMS) as Language[];

function agenda(language: Language, documents: readonly string[]): string {
  const f = FORMS[language];
  return (
    `United Nations\tS/Agenda/9999\nSecurity Council\n\n${PROVISIONAL_AGENDA_TITLES[language]}\n` +
    `1. ${f.items[0]}\n2. ${f.items[1]}\n${documents[0]}\n3. ${f.items[2]}\n${documents[1]}\n`
  );
}

describe('a document line under an item, with no blank line above it', () => {
  it.each(LANGUAGES)('%s: is the item\'s document, not its title', (language) => {
    const f = FORMS[language];
    const doc = parseAgenda(agenda(language, f.documents), { lang: language });
    expect(doc.items.map((i) => i.title)).toEqual(f.items);
    expect(doc.items.map((i) => i.documents.map((d) => d.symbol))).toEqual([[], ['S/2036/120'], ['S/2036/121']]);
    expect(doc.items[1]!.documents[0]!.description!.replace(/\s+/g, ' ')).toBe(
      f.documents[0].replace(/\s+/g, ' ').replace(/\s*\(S\/2036\/120\)$/, ''),
    );
  });

  it.each(LANGUAGES)('%s: two document lines under one item are two documents', (language) => {
    const f = FORMS[language];
    const both = `${f.documents[1]}\n${f.documents[0]}`;
    const doc = parseAgenda(agenda(language, [both, f.documents[1]]), { lang: language });
    expect(doc.items.map((i) => i.title)).toEqual(f.items);
    expect(doc.items[1]!.documents.map((d) => d.symbol)).toEqual(['S/2036/121', 'S/2036/120']);
  });

  it.each([
    // Wrapped at the document words, but no bracketed symbol ends it: the title goes on.
    ['en', 'Consideration of the', 'Report of the Secretary-General on the work of the Organization'],
    ['fr', 'Examen du', 'Rapport du Secrétaire général sur l’activité de l’Organisation'],
    ['es', 'Examen del', 'Informe del Secretario General sobre la labor de la Organización'],
    // In lower case, the line goes on with a sentence.
    ['en', 'Follow-up to the', 'report of the Secretary-General (A/79/100)'],
  ] as const)('%s: "%s / %s" stays one title', (language, head, tail) => {
    const f = FORMS[language];
    const text =
      `United Nations\tA/79/1\nGeneral Assembly\n\n${PROVISIONAL_AGENDA_TITLES[language]}\n` +
      `1. ${f.items[0]}\n2. ${head}\n${tail}\n3. ${f.items[2]}\n`;
    const doc = parseAgenda(text, { lang: language });
    expect(doc.items[1]!.title.replace(/\s+/g, ' ')).toBe(`${head} ${tail}`);
    expect(doc.items[1]!.documents).toEqual([]);
  });
});

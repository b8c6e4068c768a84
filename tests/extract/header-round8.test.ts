// Header forms of real agendas found in the eighth round of probing: joint symbols in the
// masthead (A/79/…-S/2025/…), and the letters that carry an agenda in the General Assembly's and
// the Security Council's series (a dated letter's lines are no body's name, venue or date).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';
import { PROVISIONAL_AGENDA_TITLES } from '../helpers.js';

const TITLES = PROVISIONAL_AGENDA_TITLES;

/** The masthead each language prints: English in Arabic, Russian and Chinese documents. */
const MASTHEADS: Record<Language, [organ: string, distr: string]> = {
  en: ['General Assembly', 'Distr.: General'],
  fr: ['Assemblée générale', 'Distr. générale'],
  es: ['Asamblea General', 'Distr. general'],
  ru: ['Генеральная Ассамблея', 'Distr.: General'],
  ar: ['الجمعية العامة', 'Distr.: General'],
  zh: ['大会', 'Distr.: General'],
};

function masthead(lang: Language, symbol: string): string {
  const [organ, distr] = MASTHEADS[lang];
  return `United Nations                                  ${symbol}\n${organ}                                  ${distr}\n                                                2 October 2031\n\n`;
}

describe('a joint symbol in the masthead is the document symbol', () => {
  it.each([
    ['en', 'A/86/513-S/2031/800', 'A/86/513-S/2031/800'],
    ['fr', 'A/86/513–S/2031/800', 'A/86/513-S/2031/800'],
    ['es', 'A/86/513 - S/2031/800', 'A/86/513-S/2031/800'],
    ['ru', 'A/86/81-E/2031/62', 'A/86/81-E/2031/62'],
    ['ar', 'A/86/513-S/2031/800', 'A/86/513-S/2031/800'],
    ['zh', 'A/86/513—S/2031/800', 'A/86/513-S/2031/800'],
  ] as [Language, string, string][])('%s %s', (lang, printed, symbol) => {
    const doc = parseAgenda(`${masthead(lang, printed)}${TITLES[lang]}\n\n1. A\n2. B\n`, { lang, spans: false });
    expect(doc.document.symbol).toBe(symbol);
    expect(doc.meeting.body).toBe(MASTHEADS[lang][0]);
  });

  it('a symbol alone is not joined to a word after a dash', () => {
    const doc = parseAgenda(`${masthead('en', 'A/86/513 - Rev')}${TITLES.en}\n\n1. A\n`, { lang: 'en', spans: false });
    expect(doc.document.symbol).toBe('A/86/513');
  });
});

describe("a dated letter's lines name no body, venue or date", () => {
  it.each([
    ['en', 'Letter dated 28 September 2031 from the Permanent Representative of Freedonia\nto the United Nations addressed to the Secretary-General'],
    ['fr', 'Lettre datée du 28 septembre 2031, adressée au Secrétaire général\npar le Représentant permanent de la Freedonie'],
    ['es', 'Carta de fecha 28 de septiembre de 2031 dirigida al Secretario General\npor el Representante Permanente de Freedonia'],
    ['ru', 'Письмо Постоянного представителя Фридонии от 28 сентября 2031 года\nна имя Генерального секретаря'],
    ['ar', 'رسالة مؤرخة 28 أيلول/سبتمبر 2031 موجهة إلى الأمين العام'],
    ['ar', 'رسالة مؤرخة 28 أيلول/سبتمبر 2031 موجهة إلى الأمين العام من الممثل الدائم\nلفريدونيا لدى الأمم المتحدة'],
    ['zh', '2031年9月28日弗里多尼亚常驻联合国代表给秘书长的信'],
  ] as [Language, string][])('%s: %s', (lang, letter) => {
    const doc = parseAgenda(`${masthead(lang, 'A/86/512')}${letter}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`, { lang, spans: false });
    expect(doc.meeting.body).toBe(MASTHEADS[lang][0]);
    expect(doc.meeting.organ).toBeNull();
    expect(doc.meeting.venue).toBeNull();
    expect(doc.meeting.startDate).toBeNull();
  });

  it('a venue and date line is still read', () => {
    const doc = parseAgenda('Committee on Things\nFifth session\nGeneva, 3-5 June 2031\n\nProvisional agenda\n\n1. A\n', { lang: 'en', spans: false });
    expect(doc.meeting).toMatchObject({ venue: 'Geneva', startDate: '2031-06-03', endDate: '2031-06-05' });
  });
});

describe('two series side by side name the principal organ', () => {
  it.each([
    ['en', 'General Assembly                    Security Council', 'Eighty-sixth session                Eighty-sixth year', 'General Assembly'],
    ['fr', 'Assemblée générale                  Conseil de sécurité', 'Quatre-vingt-sixième session        Quatre-vingt-sixième année', 'Assemblée générale'],
    ['es', 'Asamblea General                    Consejo de Seguridad', 'Octogésimo sexto período de sesiones   Octogésimo sexto año', 'Asamblea General'],
  ] as [Language, string, string, string][])('%s', (lang, organs, sessions, body) => {
    const text = `${masthead(lang, 'A/86/513-S/2031/800')}${organs}\n${sessions}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
    const doc = parseAgenda(text, { lang, spans: false });
    expect(doc.meeting.body).toBe(body);
    expect(doc.meeting.organ).toBeNull();
    expect(doc.meeting.sessionNumber).toBe(86);
  });
});

describe('"English only" under the date is no body', () => {
  it.each<[Language, string, string, string]>([
    ['en', 'English only', 'Ad hoc working group on cooperation', 'Third meeting'],
    ['fr', 'Anglais seulement', 'Groupe de travail spécial sur la coopération', 'Troisième réunion'],
    ['es', 'Inglés únicamente', 'Grupo de trabajo especial sobre cooperación', 'Tercera reunión'],
  ])('%s: %s', (lang, note, body, session) => {
    const text = `\t\tUNEP/XYZ/WG.3/1\n\t\tDistr.: General\n\t\t2 March 2031\n\t\t${note}\n\n${body}\n${session}\n\n${PROVISIONAL_AGENDA_TITLES[lang]}\n\n1. A\n2. B\n`;
    const doc = parseAgenda(text, { lang });
    expect([doc.meeting.body, doc.meeting.organ, doc.meeting.sessionNumber]).toEqual([body, null, 3]);
  });
});

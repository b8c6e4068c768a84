// Round 9: forms of real agendas read by the segment stage (annotations of only the last items
// under "Item 6" with no heading, CEDAW/SP; an item glued to the line before in extracted PDF
// text, FCCC/CP), in every language where the form exists.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const parse = (lines: string[], lang: Language) => parseAgenda(lines.join('\n'), { lang, spans: false });

/** Per language: provisional title, item word, three item titles, a paragraph, another title. */
const FORMS: Record<Language, { title: string; item: string; items: [string, string, string]; paragraph: string; other: string; stop: string }> = {
  en: {
    title: 'Provisional agenda',
    item: 'Item',
    items: ['Opening of the meeting', 'Adoption of the agenda', 'Other matters'],
    paragraph: 'Article 28 of the Convention provides that the Secretary-General shall circulate the text of reservations.',
    other: 'Organizational matters',
    stop: '.',
  },
  fr: {
    title: 'Ordre du jour provisoire',
    item: 'Point',
    items: ['Ouverture de la réunion', 'Adoption de l’ordre du jour', 'Questions diverses'],
    paragraph: 'L’article 28 de la Convention dispose que le Secrétaire général communique le texte des réserves.',
    other: 'Questions d’organisation',
    stop: '.',
  },
  es: {
    title: 'Programa provisional',
    item: 'Tema',
    items: ['Apertura de la reunión', 'Aprobación del programa', 'Otros asuntos'],
    paragraph: 'El artículo 28 de la Convención dispone que el Secretario General comunicará el texto de las reservas.',
    other: 'Cuestiones de organización',
    stop: '.',
  },
  ru: {
    title: 'Предварительная повестка дня',
    item: 'Пункт',
    items: ['Открытие совещания', 'Утверждение повестки дня', 'Прочие вопросы'],
    paragraph: 'Статья 28 Конвенции предусматривает, что Генеральный секретарь рассылает текст оговорок.',
    other: 'Организационные вопросы',
    stop: '.',
  },
  ar: {
    title: 'جدول الأعمال المؤقت',
    item: 'البند',
    items: ['افتتاح الاجتماع', 'إقرار جدول الأعمال', 'مسائل أخرى'],
    paragraph: 'تنص المادة 28 من الاتفاقية على أن يعمم الأمين العام نص التحفظات على جميع الدول.',
    other: 'المسائل التنظيمية',
    stop: '.',
  },
  zh: {
    title: '临时议程',
    item: '项目',
    items: ['会议开幕', '通过议程', '其他事项'],
    paragraph: '《公约》第28条规定，秘书长应将保留的案文分发给所有国家。',
    other: '组织事项',
    stop: '。',
  },
};
const LANGUAGES = Object.keys(FORMS) as Language[];

const list = (f: (typeof FORMS)[Language]) => f.items.flatMap((title, i) => [`${i + 1}. ${title}.`, '']);

describe('annotations of only the last items, under "Item 3" with no annotations heading (CEDAW/SP)', () => {
  it.each(LANGUAGES)('%s: "Item 3" alone, its paragraph below', (lang) => {
    const f = FORMS[lang];
    const doc = parse([f.title, '', ...list(f), '', `${f.item} 3`, '', f.paragraph], lang);
    expect(doc.document.kind).toBe('annotated-provisional-agenda');
    expect(doc.items.map((item) => item.title)).toEqual(f.items);
    expect(doc.items.map((item) => item.annotation)).toEqual([null, null, f.paragraph]);
  });

  it.each(LANGUAGES)('%s: "Item 3. <its title>" as the heading', (lang) => {
    const f = FORMS[lang];
    const doc = parse([f.title, '', ...list(f), '', `${f.item} 3. ${f.items[2]}`, '', f.paragraph], lang);
    expect(doc.items.map((item) => item.annotation)).toEqual([null, null, f.paragraph]);
    expect(doc.diagnostics.filter((d) => d.code === 'ITEM_TITLE_MISMATCH')).toEqual([]);
  });

  it.each(LANGUAGES)('%s: a worded heading naming another title after numbered paragraphs is no restart', (lang) => {
    const f = FORMS[lang];
    // An annotations document whose first heading is missing: "1. …", "2. …" are paragraphs, and
    // "Item 2. Organizational matters" names none of them.
    const doc = parse([f.title, '', `1. ${f.paragraph}`, '', `2. ${f.paragraph}`, '', `${f.item} 2. ${f.other}`, '', `3. ${f.paragraph}`], lang);
    expect(doc.items.every((item) => item.annotation === null)).toBe(true);
  });
});

describe('an item glued to the end of the line before, as extracted PDF text runs them together (FCCC/CP)', () => {
  it.each(LANGUAGES)('%s: "… agenda.3. Other matters" opens item 3', (lang) => {
    const f = FORMS[lang];
    const doc = parse([f.title, '', `1. ${f.items[0]}${f.stop}`, `2. ${f.items[1]}${f.stop}3. ${f.items[2]}${f.stop}`], lang);
    expect(doc.items.map((item) => [item.number, item.title])).toEqual([
      ['1', f.items[0]],
      ['2', f.items[1]],
      ['3', f.items[2]],
    ]);
  });

  it('en: glued after a sub-item, the next item keeps its own sub-items', () => {
    const doc = parse(
      ['Provisional agenda', '', '1. Opening of the session.', '2. Organizational matters:', '(a) Adoption of the agenda;', '(b) Adoption of the report on credentials.3. Reports of the subsidiary bodies:', '(a) Report of the Subsidiary Body for Implementation.', '4. Closure of the session.'],
      'en',
    );
    expect(doc.items.map((item) => [item.number, item.title, item.subItems.map((s) => s.title)])).toEqual([
      ['1', 'Opening of the session', []],
      ['2', 'Organizational matters', ['Adoption of the agenda', 'Adoption of the report on credentials']],
      ['3', 'Reports of the subsidiary bodies', ['Report of the Subsidiary Body for Implementation']],
      ['4', 'Closure of the session', []],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).not.toContain('ITEM_NUMBER_GAP');
  });

  it('en: no split at a symbol\'s number, a spaced "para. 3.", or a number not the next item\'s', () => {
    const titles = ['Implementation of decision 1/CP.3. Review of progress', 'Matters under para. 3. Review', 'Report on the session.7. Other'];
    const doc = parse(['Provisional agenda', '', `1. ${titles[0]}.`, `2. ${titles[1]}.`, `3. ${titles[2]}.`], 'en');
    expect(doc.items.map((item) => item.title)).toEqual(titles);
  });
});

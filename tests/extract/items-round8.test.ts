// Round 8: forms of real agendas read by the items stage, in every language where the form exists.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const parse = (lines: string[], lang: Language) => parseAgenda(lines.join('\n'), { lang, spans: false });

/** Per language: provisional title, annotations heading, item word, and two titles with a paragraph each. */
const FORMS: Record<Language, { title: string; annotations: string; item: string; items: [string, string]; paragraphs: [string, string]; subs: [string, string] }> = {
  en: {
    title: 'Provisional agenda',
    annotations: 'Annotations',
    item: 'Item',
    items: ['Adoption of the agenda', 'Report of the Chairperson on activities undertaken between sessions'],
    paragraphs: ['Rule 7 of the rules of procedure provides that the agenda shall be adopted at the beginning of the session.', 'The Chairperson will report on the activities undertaken between the two sessions.'],
    subs: ['Election of officers', 'Adoption of the agenda'],
  },
  fr: {
    title: 'Ordre du jour provisoire',
    annotations: 'Annotations',
    item: 'Point',
    items: ['Adoption de l’ordre du jour', 'Rapport du Président sur les activités menées entre les sessions'],
    paragraphs: ['L’article 7 du règlement intérieur dispose que l’ordre du jour est adopté au début de la session.', 'Le Président rendra compte des activités menées entre les deux sessions.'],
    subs: ['Élection du Bureau', 'Adoption de l’ordre du jour'],
  },
  es: {
    title: 'Programa provisional',
    annotations: 'Anotaciones',
    item: 'Tema',
    items: ['Aprobación del programa', 'Informe de la Presidencia sobre las actividades realizadas entre períodos de sesiones'],
    paragraphs: ['El artículo 7 del reglamento dispone que el programa se aprobará al comienzo del período de sesiones.', 'La Presidencia informará sobre las actividades realizadas entre los dos períodos de sesiones.'],
    subs: ['Elección de la Mesa', 'Aprobación del programa'],
  },
  ru: {
    title: 'Предварительная повестка дня',
    annotations: 'Аннотации',
    item: 'Пункт',
    items: ['Утверждение повестки дня', 'Доклад Председателя о деятельности в период между сессиями'],
    paragraphs: ['Правило 7 правил процедуры предусматривает, что повестка дня утверждается в начале сессии.', 'Председатель представит доклад о деятельности в период между двумя сессиями.'],
    subs: ['Выборы должностных лиц', 'Утверждение повестки дня'],
  },
  ar: {
    title: 'جدول الأعمال المؤقت',
    annotations: 'الشروح',
    item: 'البند',
    items: ['إقرار جدول الأعمال', 'تقرير الرئيس عن الأنشطة المضطلع بها بين الدورتين'],
    paragraphs: ['تنص المادة ٧ من النظام الداخلي على أن يُقر جدول الأعمال في بداية الدورة.', 'سيقدم الرئيس تقريراً عن الأنشطة المضطلع بها بين الدورتين.'],
    subs: ['انتخاب أعضاء المكتب', 'إقرار جدول الأعمال'],
  },
  zh: {
    title: '临时议程',
    annotations: '说明',
    item: '项目',
    items: ['通过议程', '主席关于两届会议之间所开展活动的报告'],
    paragraphs: ['议事规则第7条规定，议程应在会议开始时通过。', '主席将报告两届会议之间开展的活动。'],
    subs: ['选举主席团成员', '通过议程'],
  },
};
const LANGUAGES = Object.keys(FORMS) as Language[];

describe('"Item 3" alone over its annotation, without the title (treaty bodies)', () => {
  it.each(LANGUAGES)('%s: the annotation under each bare worded heading is its item\'s', (lang) => {
    const f = FORMS[lang];
    const document = parse(
      [f.title, '', `1.   ${f.items[0]}`, '', `2.   ${f.items[1]}`, '', f.annotations, '', `${f.item} 1`, '', `     ${f.paragraphs[0]}`, '', `${f.item} 2`, '', `     ${f.paragraphs[1]}`],
      lang,
    );
    expect(document.items.map((i) => i.annotation)).toEqual(f.paragraphs);
    expect(document.diagnostics.filter((d) => d.code === 'ITEM_TITLE_MISMATCH')).toEqual([]);
  });

  it('a paragraph whose first line shares the title\'s words is no heading title', () => {
    const document = parse(
      ['Provisional agenda', '', '1.   Adoption of the agenda.', '', '2.   Report of the Chairperson on activities undertaken between the', '     fortieth and forty-first sessions.', '', '3.   Adoption of the report of the Committee on its forty-first session.', '', 'ANNOTATIONS', '', 'Item 1', '', '     The agenda is adopted first.', '', 'Item 2', '', '     The Chairperson will report on the activities undertaken between the', 'two sessions.', '', 'Item 3', '', '     The Committee will adopt its report on the work of the session.'],
      'en',
    );
    expect(document.items.map((i) => i.annotation)).toEqual([
      'The agenda is adopted first.',
      'The Chairperson will report on the activities undertaken between the two sessions.',
      'The Committee will adopt its report on the work of the session.',
    ]);
    expect(document.diagnostics.filter((d) => d.code === 'ITEM_TITLE_MISMATCH')).toEqual([]);
  });

  it('a heading title that differs from the list in words is still the heading, and the mismatch is said', () => {
    const document = parse(
      ['Provisional agenda', '', '1.   Opening of the session.', '', '2.   Adoption of the agenda.', '', 'Annotations', '', 'Item 1', 'Opening of the meeting by the Chair', '', 'The session opens on Monday.', '', 'Item 2', 'Adoption of the agenda', '', 'The agenda is adopted.'],
      'en',
    );
    expect(document.items.map((i) => i.annotation)).toEqual(['The session opens on Monday.', 'The agenda is adopted.']);
    expect(document.diagnostics.filter((d) => d.code === 'ITEM_TITLE_MISMATCH').length).toBe(1);
  });

  it('"Item 2 of the provisional agenda" alone is a masthead reference, no heading', () => {
    const document = parse(
      ['Provisional agenda', '', '1.   Opening.', '', '2.   Other matters.', '', 'Annotations', '', 'Item 1. Opening', '', 'The session opens.', '', 'Item 2 of the provisional agenda', '', 'Text.'],
      'en',
    );
    expect(document.items.map((i) => i.annotation)).toEqual(['The session opens.\nItem 2 of the provisional agenda\nText.', null]);
  });
});

describe('sub-item headings of an annotations document without a list (Basel, Rotterdam, Stockholm)', () => {
  const ANNOTATED: Record<Language, string> = {
    en: 'Annotations to the provisional agenda',
    fr: 'Annotations à l’ordre du jour provisoire',
    es: 'Anotaciones al programa provisional',
    ru: 'Аннотации к предварительной повестке дня',
    ar: 'شروح جدول الأعمال المؤقت',
    zh: '临时议程说明',
  };
  it.each(LANGUAGES)('%s: "(a) Title" after a blank line, its paragraph under it, is a sub-item', (lang) => {
    const f = FORMS[lang];
    const letters = lang === 'ar' ? ['(أ)', '(ب)'] : lang === 'ru' ? ['а)', 'b)'] : ['(a)', '(b)'];
    const document = parse(
      [ANNOTATED[lang], '', `${f.item} 1`, f.items[0], '', `1. ${f.paragraphs[0]}`, '', `${f.item} 2`, f.items[1], '', `${letters[0]} ${f.subs[0]}`, '', `2. ${f.paragraphs[1]}`, '', `${letters[1]}${f.subs[1]}`, '', `3. ${f.paragraphs[0]}`],
      lang,
    );
    expect(document.items.map((i) => i.title)).toEqual(f.items);
    const subs = document.items[1]!.subItems;
    expect(subs.map((s) => [s.number, s.title])).toEqual([
      ['2(a)', f.subs[0]],
      ['2(b)', f.subs[1]],
    ]);
    expect(subs.map((s) => s.annotation)).toEqual([`2. ${f.paragraphs[1]}`, `3. ${f.paragraphs[0]}`]);
    expect(document.items[1]!.annotation).toBeNull();
  });

  it('an annotation\'s lettered list of actions is no sub-item', () => {
    const document = parse(
      ['Annotations to the provisional agenda', '', 'Item 1', 'Opening of the meeting', '', '1. The meeting opens.', '', 'Item 2', 'Technical matters', '', '2. The Conference may wish:', '', '(a) To take note of the report;', '', '(b) To adopt the draft decision.', '', 'Item 3', 'Closure', '', '3. The meeting closes.'],
      'en',
    );
    expect(document.items.map((i) => i.subItems.length)).toEqual([0, 0, 0]);
    expect(document.items[1]!.annotation).toContain('(a) To take note of the report;');
  });
});

describe('draft and revised agenda titles', () => {
  const titles: [Language, string, string][] = [
    ['en', 'Draft agenda', 'provisional-agenda'],
    ['en', 'Revised provisional agenda', 'provisional-agenda'],
    ['en', 'Draft annotated agenda', 'annotated-provisional-agenda'],
    ['fr', 'Projet d’ordre du jour', 'provisional-agenda'],
    ["fr", "Projet d'ordre du jour annoté", 'annotated-provisional-agenda'],
    ['es', 'Proyecto de programa provisional', 'provisional-agenda'],
    ['es', 'Proyecto de programa anotado', 'annotated-provisional-agenda'],
    ['ru', 'Проект повестки дня', 'provisional-agenda'],
    ['ru', 'Проект аннотированной повестки дня', 'annotated-provisional-agenda'],
    ['ar', 'مشروع جدول الأعمال', 'provisional-agenda'],
    ['ar', 'مشروع جدول الأعمال المشروح', 'annotated-provisional-agenda'],
    ['zh', '议程草案', 'provisional-agenda'],
    ['zh', '附加说明的议程草案', 'annotated-provisional-agenda'],
  ];
  it.each(titles)('%s: "%s" is a title (%s)', (lang, title, kind) => {
    const document = parse(['Body', '', title, '', '1. Opening', '2. Other matters'], lang);
    expect(document.document.kind).toBe(kind);
    expect(document.items.map((i) => i.title)).toEqual(['Opening', 'Other matters']);
  });

  it('"Proyecto de programa bienal de actividades" is no title', () => {
    const document = parse(['Comisión', '', 'Proyecto de programa bienal de actividades 2020-2021', '', '1. Texto del párrafo.'], 'es');
    expect(document.document.kind).toBe('other');
  });
});

describe('a list annotated in place with paragraphs only, under an annotated title (ECA)', () => {
  const TITLES: Record<Language, string> = {
    en: 'Draft annotated agenda',
    fr: 'Projet d’ordre du jour annoté',
    es: 'Programa provisional anotado',
    ru: 'Аннотированная предварительная повестка дня',
    ar: 'جدول الأعمال المؤقت المشروح',
    zh: '附加说明的临时议程',
  };
  it.each(LANGUAGES)('%s: the paragraph under each item is its annotation', (lang) => {
    const f = FORMS[lang];
    const document = parse([TITLES[lang], '', `1. ${f.items[0]}`, '', f.paragraphs[0], '', `2. ${f.items[1]}`, '', f.paragraphs[1], '', `3. ${f.subs[0]}`], lang);
    expect(document.document.kind).toBe('annotated-provisional-agenda');
    expect(document.items.map((i) => i.title)).toEqual([...f.items, f.subs[0]]);
    expect(document.items.map((i) => i.annotation)).toEqual([...f.paragraphs, null]);
  });

  it('a plain provisional agenda keeps a paragraph between items out of them (a note, not an annotation)', () => {
    const document = parse(['Provisional agenda', '', '1. Opening of the session.', '', '2. Election of officers.', '', 'The list of candidates will be issued before the session.', '', '3. Other matters.'], 'en');
    expect(document.document.kind).toBe('provisional-agenda');
    expect(document.items.map((i) => i.annotation)).toEqual([null, null, null]);
  });

  it('a title wrapped after a blank line (double-spaced extraction) is no paragraph', () => {
    const document = parse(['Annotated provisional agenda', '', '1. Report of the Chairperson on activities undertaken between the', '', 'fortieth and forty-first sessions of the Committee.', '', '2. Other matters.'], 'en');
    expect(document.items.map((i) => i.annotation)).toEqual([null, null]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { parseAgenda } from '../../src/index.js';
import { segment, type Segments } from '../../src/segment/segment.js';
import { contextFor } from '../helpers.js';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/ar/CTOC_COP_WG.4_2010_1.txt'), 'utf8');

describe('segment', () => {
  it('splits the seed into header, title, list, annotations and annex', () => {
    const ctx = contextFor(seed);
    const s = segment(ctx);
    // Line indices are 0-based: line 15 of the file is index 14.
    expect(s.title?.index).toBe(14);
    expect(s.kind).toBe('annotated-provisional-agenda');
    expect(s.header).toEqual({ from: 0, to: 14 });
    expect(s.list).toEqual({ from: 15, to: 31 });
    expect(s.annotations).toEqual({ from: 32, to: 100 });
    expect(s.annex).toEqual({ from: 101, to: ctx.lines.length });
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(['HEADING_FUZZY_MATCH', 'HEADING_FUZZY_MATCH']);
  });

  it('finds the annotated part without a heading where the numbering starts again', () => {
    const ctx = contextFor('Provisional agenda\n\n1. Opening\n2. Other matters\n\n1. Opening\n\nText.\n\n2. Other matters\n', 'en');
    const s = segment(ctx);
    expect(s.kind).toBe('annotated-provisional-agenda');
    expect(s.list).toEqual({ from: 1, to: 5 });
    expect(s.annotations).toEqual({ from: 5, to: ctx.lines.length });
  });

  it('reads no agenda without a title', () => {
    const s = segment(contextFor('1. Opening\n2. Other matters\n', 'en'));
    expect(s.kind).toBe('other');
    expect(s.list).toBeNull();
  });

  // Title lines as UN bodies print them (constructed), and lines that only look like one.
  const titles: [Language, string, Segments['kind']][] = [
    ['en', 'Annotated provisional agenda for the fifth session of the Committee on Widgets', 'annotated-provisional-agenda'],
    ['en', 'Provisional agenda, annotations thereto and scheduling of meetings of the fifth session', 'annotated-provisional-agenda'],
    ['en', 'Annotations to the agenda for the fifth session of the Council', 'annotated-provisional-agenda'],
    ['en', 'Provisional annotated agenda', 'annotated-provisional-agenda'],
    ['en', 'Agenda for the fifth session', 'agenda'],
    ['fr', "Annotations à l'ordre du jour provisoire, y compris le projet d'organisation des travaux", 'annotated-provisional-agenda'],
    ['fr', 'Ordre du jour provisoire de la quarante-neuvième session', 'provisional-agenda'],
    ['es', 'Programa provisional del cuadragésimo noveno período de sesiones', 'provisional-agenda'],
    ['es', 'Temario provisional anotado', 'annotated-provisional-agenda'],
    ['es', 'Programa del período de sesiones', 'agenda'],
    ['ru', 'Аннотации к повестке дня пятьдесят третьей сессии Комиссии', 'annotated-provisional-agenda'],
    ['ru', 'Предварительная повестка дня, аннотации к ней и расписание заседаний пятой сессии', 'annotated-provisional-agenda'],
    ['ar', 'شروح جدول أعمال الدورة الخامسة للجنة', 'annotated-provisional-agenda'],
    ['ar', 'جدول الأعمال المشروح', 'annotated-provisional-agenda'],
    ['zh', '委员会第五十三届会议临时议程', 'provisional-agenda'],
    ['zh', '临时议程、说明和第五十三届会议时间安排', 'annotated-provisional-agenda'],
  ];
  it.each(titles)('reads the %s title "%s" as %s', (lang, title, kind) => {
    const s = segment(contextFor(`${title}\n\n1. A\n2. B\n`, lang));
    expect(s.kind).toBe(kind);
    expect(s.title?.text).toBe(title);
  });

  const notTitles: [Language, string][] = [
    ['es', 'Programa de las Naciones Unidas para el Medio Ambiente'],
    ['es', '5. Programa de trabajo para el bienio 2026-2027'],
    ['en', 'Agenda item 1'],
    ['zh', '临时议程项目2(a)'],
    ['zh', '通过议程'],
    ['zh', '委员会将通过临时议程'],
    ['zh', '谨随函转递会议临时议程'],
    ['zh', '第五十三届会议临时议程的执行情况'],
    ['en', 'Provisional agenda and annotations: E/CN.7/2030/1'],
  ];
  it.each(notTitles)('takes the %s line "%s" for no title', (lang, line) => {
    expect(segment(contextFor(`${line}\n`, lang)).kind).toBe('other');
  });
});

describe('a note before the list', () => {
  it('starts the list at its own heading, not at the numbered paragraphs of the note', () => {
    const text = [
      'Annotated provisional agenda',
      '',
      'Note by the Secretary-General',
      '',
      '1. The Committee will hold its fortieth session at Geneva from 4 to 22 October 2030.',
      '2. The provisional agenda was drawn up by the secretariat.',
      '',
      'I. Provisional agenda',
      '',
      '1. Adoption of the agenda.',
      '2. Other matters.',
      '',
      'II. Annotations',
      '',
      '1. Adoption of the agenda',
      '',
      'The Committee will adopt its agenda.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(document.items.map((i) => [i.number, i.title, i.annotation])).toEqual([
      ['1', 'Adoption of the agenda', 'The Committee will adopt its agenda.'],
      ['2', 'Other matters', null],
    ]);
  });
});

describe('the title printed again above the annotations', () => {
  it('opens the annotations, whose headings may glue the item word to the title', () => {
    const text = [
      'Ordre du jour provisoire annoté',
      '',
      'Ordre du jour provisoire',
      '',
      '1.Adoption de l’ordre du jour.',
      '2.Questions diverses.',
      '',
      'Ordre du jour provisoire annoté',
      '',
      'Point 1Adoption de l’ordre du jour',
      '',
      '3.Le Comité adoptera son ordre du jour.',
      '',
      'Point 2Questions diverses',
      '',
      '4.Aucune question n’a été soumise.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'fr' });
    expect(document.items.map((i) => [i.number, i.title, i.annotation])).toEqual([
      ['1', 'Adoption de l’ordre du jour', '3.Le Comité adoptera son ordre du jour.'],
      ['2', 'Questions diverses', '4.Aucune question n’a été soumise.'],
    ]);
  });
});

describe('the kind of an agenda with annotations', () => {
  it('keeps an adopted agenda an agenda; a provisional one becomes annotated', () => {
    const body = '\n\n1. Opening\n2. Other matters\n\nAnnotations\n\n1. Opening\n\nText.\n';
    expect(segment(contextFor(`Agenda for the fifth session${body}`, 'en')).kind).toBe('agenda');
    expect(segment(contextFor(`Provisional agenda${body}`, 'en')).kind).toBe('annotated-provisional-agenda');
  });
});

describe('numbered paragraphs under a line that reads like a title', () => {
  it('are no items when every one runs on for a paragraph', () => {
    const paragraph = (n: number) =>
      `${n}. The Group of Friends met in Geneva on several occasions during the period under review and exchanged views on the matters before it, as set out in the annex to the present letter.`;
    const document = parseAgenda(`Provisional agenda of the meeting of the Group of Friends, transmitted herewith\n\n${paragraph(1)}\n${paragraph(2)}\n`, { lang: 'en' });
    expect([document.document.kind, document.items.length]).toEqual(['other', 0]);
    expect(document.diagnostics.map((d) => d.code)).toContain('NOT_AN_AGENDA');
  });
});

describe('a title broken over two lines', () => {
  it.each([
    ['Annotated provisional\nagenda', 'annotated-provisional-agenda'],
    ['Provisional\nagenda', 'provisional-agenda'],
  ])('%s', (title, kind) => {
    const s = segment(contextFor(`Committee on Widgets\n\n${title}\n\n1. Opening\n2. Other matters\n`, 'en'));
    expect([s.kind, s.title?.text.replace(/\s+/g, ' '), s.header.to]).toEqual([kind, title.replace('\n', ' '), 2]);
  });
});

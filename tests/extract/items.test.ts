import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { AgendaItem } from '../../src/schema.js';

function outline(items: readonly AgendaItem[]): string[] {
  return items.flatMap((i) => [`${i.number} ${i.label ?? '-'} ${i.title}`, ...outline(i.subItems)]);
}

describe('agenda list', () => {
  it('reads nested sub-items, wrapped titles and an item printed without its number', () => {
    const text = [
      'Provisional agenda',
      '',
      '1. Opening of the session.',
      '2. Substantive questions:',
      '   (a) Review of implementation:',
      '      (i) Reports of States;',
      '      (ii) Report of the Secretariat;',
      '   (b) Technical assistance',
      '   and capacity-building.',
      '',
      'Other matters.',
      '',
      '4. Adoption of the report.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(outline(document.items)).toEqual([
      '1 1 Opening of the session',
      '2 2 Substantive questions',
      '2(a) a Review of implementation',
      '2(a)(i) i Reports of States',
      '2(a)(ii) ii Report of the Secretariat',
      '2(b) b Technical assistance and capacity-building',
      '3 - Other matters',
      '4 4 Adoption of the report',
    ]);
    expect(document.diagnostics.map((d) => d.code)).toEqual(['ITEM_NUMBER_INFERRED']);
  });

  it('reads "(i)" after "(h)" as the ninth letter', () => {
    const letters = 'abcdefghi'.split('').map((l) => `   (${l}) Point ${l};`);
    const document = parseAgenda(['Provisional agenda', '', '1. Questions:', ...letters, '2. Other matters.'].join('\n'), { lang: 'en' });
    expect(document.items[0]!.subItems.map((s) => s.number).at(-1)).toBe('1(i)');
  });

  it('takes documents from a "Documentation:" line and an unnumbered heading in the annotations', () => {
    const text = [
      'Provisional agenda and annotations',
      '',
      '1. Adoption of the agenda.',
      '',
      'Other matters.',
      '',
      '3. Closing.',
      '',
      'Annotations',
      '',
      '1. Adoption of the agenda',
      '',
      'The Committee will adopt its agenda.',
      '',
      'Documentation: E/C.99/2020/1 and Corr.1',
      '',
      'Other matters',
      '',
      'No other matters have been raised.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(document.items[0]!.documents.map((d) => d.symbol)).toEqual(['E/C.99/2020/1', 'E/C.99/2020/1/Corr.1']);
    expect(document.items[1]!.annotation).toBe('No other matters have been raised.');
  });
});

describe('hanging labels', () => {
  it('reads an item number printed alone on its line, its title on the next', () => {
    const text = ['Provisional agenda', '', '1.', 'Opening of the session.', '', '2.', '', 'Adoption of the agenda.', '3. Other matters.'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'en' }).items)).toEqual([
      '1 1 Opening of the session',
      '2 2 Adoption of the agenda',
      '3 3 Other matters',
    ]);
  });
});

describe('annotation headings', () => {
  const annotations = (text: string, lang: 'en' | 'fr' | 'ru' | 'zh' | 'es') =>
    Object.fromEntries(
      parseAgenda(text, { lang }).items.flatMap((i) => [[i.number, i.annotation], ...i.subItems.map((s) => [s.number, s.annotation])]),
    );

  it('takes no numbered paragraph for a heading because it uses the words of a title', () => {
    const text = [
      'Provisional agenda and annotations',
      '',
      '1. Opening of the session',
      '2. Adoption of the agenda',
      '',
      'Annotations',
      '',
      '1. Opening of the session',
      '',
      '1. The session will be opened by the Chair.',
      '',
      '2. Following the opening, the Committee will turn to the adoption of the agenda of the session.',
      '',
      '2. Adoption of the agenda',
      '',
      '3. The Committee will be invited to adopt its agenda.',
    ].join('\n');
    expect(annotations(text, 'en')).toEqual({
      '1': '1. The session will be opened by the Chair.\n2. Following the opening, the Committee will turn to the adoption of the agenda of the session.',
      '2': '3. The Committee will be invited to adopt its agenda.',
    });
  });

  it('reads "Item N" alone on its line as the heading of the title on the next', () => {
    const text = [
      'Provisional agenda and annotations',
      '',
      '1. Opening of the session',
      '2. Adoption of the agenda',
      '',
      'Annotations',
      '',
      'Item 1',
      'Opening of the session',
      '',
      'The Chair will open the session.',
      '',
      'Item 2',
      'Adoption of the agenda',
      '',
      'The Committee will adopt its agenda.',
    ].join('\n');
    expect(annotations(text, 'en')).toEqual({ '1': 'The Chair will open the session.', '2': 'The Committee will adopt its agenda.' });
  });

  it('compares Chinese headings by pairs of characters', () => {
    const text = [
      '临时议程和说明',
      '',
      '1. 会议开幕',
      '2. 各国在执行公约方面的良好做法',
      '',
      '说明',
      '',
      '1. 会议开幕',
      '',
      '工作组会议将于上午10时开幕。',
      '',
      '2. 各国执行公约的良好做法',
      '',
      '秘书处将介绍各国提交的资料。',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'zh' });
    expect(document.items.map((i) => i.annotation)).toEqual(['工作组会议将于上午10时开幕。', '秘书处将介绍各国提交的资料。']);
    expect(document.diagnostics.filter((d) => d.code === 'ITEM_TITLE_MISMATCH')).toHaveLength(1);
  });

  it('reads the items of an annotations document without a list from its worded headings', () => {
    const text = [
      'Anotaciones al programa provisional',
      '',
      '1. El Consejo celebrará su séptimo período de sesiones en Nairobi.',
      '',
      'Tema 1. Elección de la Mesa',
      '',
      '2. El Consejo elegirá un Presidente y un Relator.',
      '',
      'Tema 2. Otros asuntos',
      '',
      '3. No se ha propuesto ninguna cuestión.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'es' });
    expect(document.document.kind).toBe('annotated-provisional-agenda');
    expect(outline(document.items)).toEqual(['1 1 Elección de la Mesa', '2 2 Otros asuntos']);
    expect(document.items.map((i) => i.annotation)).toEqual(['2. El Consejo elegirá un Presidente y un Relator.', '3. No se ha propuesto ninguna cuestión.']);
  });

  it('keeps a worded list followed by worded annotations as list and annotations', () => {
    const text = [
      'Provisional agenda',
      '',
      'Item 1. Opening of the session',
      'Item 2. Other matters',
      '',
      'Item 1. Opening of the session',
      '',
      'The Chair will open the session.',
      '',
      'Item 2. Other matters',
      '',
      'None so far.',
    ].join('\n');
    expect(annotations(text, 'en')).toEqual({ '1': 'The Chair will open the session.', '2': 'None so far.' });
  });
});

describe('paragraphs cut at a page break', () => {
  it('rejoins a long paragraph without final punctuation, not a short sub-heading', () => {
    const text = [
      'Provisional agenda and annotations',
      '',
      '1. Opening of the session',
      '',
      'Annotations',
      '',
      '1. Opening of the session',
      '',
      'Date and venue of the session',
      '',
      'The session will be held at the Vienna International Centre, where the Chair will open it and the',
      '',
      'Committee will then adopt its agenda.',
    ].join('\n');
    expect(parseAgenda(text, { lang: 'en' }).items[0]!.annotation).toBe(
      'Date and venue of the session\nThe session will be held at the Vienna International Centre, where the Chair will open it and the Committee will then adopt its agenda.',
    );
  });
});

describe('an agenda without readable items', () => {
  it('says so with NO_ITEMS rather than returning an empty agenda silently', () => {
    const document = parseAgenda('Provisional agenda\n\nThe Committee will meet in Vienna.\n', { lang: 'en' });
    expect(document.items).toEqual([]);
    expect(document.diagnostics.map((d) => d.code)).toContain('NO_ITEMS');
  });
});

describe('an Arabic list whose numbers an RTL extraction moved to the end of the line', () => {
  it('reads the items and sub-items, their titles without the markers', () => {
    const text = ['جدول الأعمال المؤقت', '', 'المسائل التنظيمية: -١', 'افتتاح الدورة؛ (أ)', 'إقرار جدول الأعمال. (ب)', 'مسائل أخرى. -٢', 'اعتماد التقرير. ٣-'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'ar' }).items)).toEqual([
      '1 ١ المسائل التنظيمية',
      '1(a) أ افتتاح الدورة',
      '1(b) ب إقرار جدول الأعمال',
      '2 ٢ مسائل أخرى',
      '3 ٣ اعتماد التقرير',
    ]);
  });

  it('is not tried when the list has numbers at the start of its lines', () => {
    const text = ['جدول الأعمال المؤقت', '', '١- افتتاح الدورة', '٢- مسائل أخرى. -٥'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'ar' }).items)).toEqual(['1 ١ افتتاح الدورة', '2 ٢ مسائل أخرى. -٥']);
  });
});

describe('an annotation heading printed without its number', () => {
  it('heads the item whose list title it is, and ends the documentation list above it', () => {
    const text = [
      'Provisional agenda and annotations',
      '',
      '1. Opening of the session',
      '2. Strategic management questions',
      '',
      'Annotations',
      '',
      '1. Opening of the session',
      '',
      'The Chair will open the session.',
      '',
      'Documentation',
      'Provisional agenda and annotations (E/CN.99/2030/1)',
      'Strategic management questions',
      '',
      'The Commission will consider its budget.',
    ].join('\n');
    const document = parseAgenda(text, { lang: 'en' });
    expect(document.items.map((i) => [i.number, i.annotation, i.documents.map((d) => d.symbol)])).toEqual([
      ['1', 'The Chair will open the session.', ['E/CN.99/2030/1']],
      ['2', 'The Commission will consider its budget.', []],
    ]);
  });
});

describe('Arabic sub-sub-items numbered with quoted digits', () => {
  it("reads '١' and '٢' under a lettered sub-item as its (i) and (ii)", () => {
    const text = ['جدول الأعمال المؤقت', '', '١- متابعة المؤتمر:', '(أ) المواضيع:', "'١' الموضوع ذو الأولوية؛", "'٢' موضوع الاستعراض؛", '(ب) المسائل الناشئة.', '٢- مسائل أخرى.'].join('\n');
    expect(outline(parseAgenda(text, { lang: 'ar' }).items)).toEqual([
      '1 ١ متابعة المؤتمر',
      '1(a) أ المواضيع',
      '1(a)(i) ١ الموضوع ذو الأولوية',
      '1(a)(ii) ٢ موضوع الاستعراض',
      '1(b) ب المسائل الناشئة',
      '2 ٢ مسائل أخرى',
    ]);
  });
});

describe('annotation headings numbered otherwise than the list', () => {
  it('reads roman headings under a list numbered in digits', () => {
    const text = ['Ordre du jour provisoire et annotations', '', '1. Ouverture de la session', '2. Confiscation des produits du crime', '', 'Annotations', '', 'I. Ouverture de la session', '', 'Le Président ouvrira la session.', '', 'II. Confiscation des produits du crime', '', 'Le Groupe examinera la question.'].join('\n');
    expect(parseAgenda(text, { lang: 'fr' }).items.map((i) => i.annotation)).toEqual(['Le Président ouvrira la session.', 'Le Groupe examinera la question.']);
  });

  it('reads Chinese-numeral headings, where the annotations begin when the numbering starts again', () => {
    const text = ['临时议程', '', '1. 组织事项', '2. 其他事项', '', '一、组织事项', '', '工作组将开幕。', '', '二、其他事项', '', '尚未收到任何提议。'].join('\n');
    expect(parseAgenda(text, { lang: 'zh' }).items.map((i) => i.annotation)).toEqual(['工作组将开幕。', '尚未收到任何提议。']);
  });
});

describe('one line of a list numbered at line starts printed in visual order', () => {
  const list = (line5: string, before = 'مسائل تنظيمية.') =>
    `جدول الأعمال المؤقت\n\n١- افتتاح الدورة.\n٢- إقرار جدول الأعمال.\n٣- ${before}\n٤- تقرير الفريق العامل.\n${line5}\n٦- مسائل أخرى.\n`;

  it('the next number at the end of the line, after a finished title, opens that item', () => {
    const doc = parseAgenda(list('النظر في مشروع المبادئ التوجيهية. -٥'));
    expect(doc.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 افتتاح الدورة', '2 إقرار جدول الأعمال', '3 مسائل تنظيمية', '4 تقرير الفريق العامل', '5 النظر في مشروع المبادئ التوجيهية', '6 مسائل أخرى']);
    expect(doc.items[4]!.label).toBe('٥');
  });

  it('a number that is not the next one is part of the title', () => {
    const doc = parseAgenda(list('النظر في مشروع المبادئ التوجيهية. -٩'));
    expect(doc.items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '6']);
  });
});

describe('labels as printed', () => {
  it('keeps the tatweel of the Arabic label letter "هـ" (the fifth sub-item), dropped from titles', () => {
    const text = 'جدول الأعمال المؤقت\n\n١- المسائل التنظيمية:\n  (أ) افتتاح الدورة؛\n  (ب) انتخاب أعضاء المكتب؛\n  (ج) إقرار جدول الأعمال؛\n  (د) تنظيم الأعمال؛\n  (هـ) وثائق التفويض.\n٢- مسائل أخرى.\n';
    const sub = parseAgenda(text).items[0]!.subItems[4]!;
    expect([sub.number, sub.label, sub.title]).toEqual(['1(e)', 'هـ', 'وثائق التفويض']);
  });
});

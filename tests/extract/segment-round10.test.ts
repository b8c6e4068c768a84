// Round 10: forms of real agendas read by the segment stage, in every language where the form
// exists: the General Assembly's agenda (A/78/251: the adoption date alone on the line under
// the title, footnote numbers after item titles), and the Security Council's (S/Agenda/…: the
// report or letter an item takes up printed under it, with its symbol in brackets).
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const parse = (lines: string[], lang: Language) => parseAgenda(lines.join('\n'), { lang, spans: false });

interface AssemblyForm {
  title: [string, string];
  adopted: string;
  date: string;
  items: [string, string, string];
  heading: string;
  item: (n: number, title: string) => string;
}

/** The agenda of a session of the General Assembly, per language, as A/…/251 prints it. */
const ASSEMBLY: Record<Language, AssemblyForm> = {
  en: {
    title: ['Agenda of the ninety-first session of the', 'General Assembly**'],
    adopted: 'Adopted by the General Assembly at its 3rd plenary meeting, on',
    date: '12 September 2036',
    items: ['Opening of the session by the President of the General Assembly', 'Election of the President of the General Assembly', 'General debate'],
    heading: 'A. Promotion of sustained economic growth',
    item: (n, title) => `${n}. ${title}.`,
  },
  fr: {
    title: ['Ordre du jour de la quatre-vingt-onzième session', 'de l’Assemblée générale*'],
    adopted: 'Adopté par l’Assemblée générale à sa 3e séance plénière, le',
    date: '12 septembre 2036',
    items: ['Ouverture de la session par la Présidence de l’Assemblée générale', 'Élection de la Présidence de l’Assemblée générale', 'Débat général'],
    heading: 'A. Maintien d’une croissance économique soutenue',
    item: (n, title) => `${n}. ${title}.`,
  },
  es: {
    title: ['Programa del nonagésimo primer período de sesiones', 'de la Asamblea General*'],
    adopted: 'Aprobado por la Asamblea General en su tercera sesión plenaria, celebrada el',
    date: '12 de septiembre de 2036',
    items: ['Apertura del período de sesiones por la Presidencia de la Asamblea General', 'Elección de la Presidencia de la Asamblea General', 'Debate general'],
    heading: 'A. Promoción del crecimiento económico sostenido',
    item: (n, title) => `${n}. ${title}.`,
  },
  ru: {
    title: ['Повестка дня девяносто первой сессии', 'Генеральной Ассамблеи*'],
    adopted: 'Утверждена Генеральной Ассамблеей на ее 3-м пленарном заседании',
    date: '12 сентября 2036 года',
    items: ['Открытие сессии Председателем Генеральной Ассамблеи', 'Выборы Председателя Генеральной Ассамблеи', 'Общие прения'],
    heading: 'A. Содействие поступательному экономическому росту',
    item: (n, title) => `${n}. ${title}.`,
  },
  ar: {
    title: ['جدول أعمال الدورة الحادية والتسعين للجمعية العامة*', ''],
    adopted: 'أقرته الجمعية العامة في جلستها العامة الثالثة المعقودة في',
    date: '١٢ أيلول/سبتمبر ٢٠٣٦',
    items: ['افتتاح الدورة من قبل رئيس الجمعية العامة', 'انتخاب رئيس الجمعية العامة', 'المناقشة العامة'],
    heading: 'ألف - تعزيز النمو الاقتصادي المطرد',
    item: (n, title) => `${'٠١٢٣٤٥٦٧٨٩'[n]} - ${title}.`,
  },
  zh: {
    title: ['大会第九十一届会议议程*', ''],
    adopted: '2036年9月12日大会第3次全体会议通过',
    date: '',
    items: ['大会主席宣布会议开幕', '选举大会主席', '一般性辩论'],
    heading: 'A. 促进持续经济增长和可持续发展',
    item: (n, title) => `${n}. ${title}。`,
  },
};

function assemblyAgenda(form: AssemblyForm, footnote: string): string[] {
  const [first, second, third] = form.items;
  return [
    ...form.title.filter((line) => line !== ''),
    '',
    form.adopted,
    ...(form.date ? [form.date] : []),
    '',
    form.item(1, first),
    form.item(2, second) + footnote,
    form.item(3, third),
    '',
    `         ${form.heading}`,
    '',
    form.item(4, first),
  ];
}

describe('the General Assembly’s agenda (A/…/251)', () => {
  it.each(Object.keys(ASSEMBLY) as Language[])('%s: the adoption date under the title starts no annotations', (lang) => {
    const form = ASSEMBLY[lang];
    const doc = parse(assemblyAgenda(form, ''), lang);
    expect(doc.document.kind).toBe('agenda');
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3', '4']);
    expect(doc.items.map((item) => item.annotation)).toEqual([null, null, null, null]);
    expect(doc.items[3]!.title).toBe(form.items[0]);
  });

  it.each(['en', 'es', 'ru', 'ar'] as Language[])('%s: a footnote number after the title’s stop is no part of it', (lang) => {
    const form = ASSEMBLY[lang];
    const doc = parse(assemblyAgenda(form, ' 1'), lang);
    expect(doc.items[1]!.title).toBe(form.items[1]);
  });

  it('zh: a footnote number after the full-width stop is no part of the title', () => {
    const doc = parse(assemblyAgenda(ASSEMBLY.zh, '1'), 'zh');
    expect(doc.items[1]!.title).toBe('选举大会主席');
  });

  it.each([
    ['Consideration of proposals under UN Regulation No. 90', 'en'],
    ['Examen de la Corr. 2', 'fr'],
    ['Informe sobre el párr. 12', 'es'],
  ] as [string, Language][])('%s: an abbreviation’s stop before a number keeps the number', (title, lang) => {
    const form = ASSEMBLY[lang];
    const doc = parse([...form.title.filter((l) => l !== ''), '', `1. ${form.items[0]}.`, `2. ${title}`, `3. ${form.items[2]}.`], lang);
    expect(doc.items[1]!.title).toBe(title);
  });

  it('a date line within the list after a finished title stays out of the numbering', () => {
    const doc = parse(['Provisional agenda', '', '1. Opening of the meeting.', '2. Other matters.', '1 March 2036', '3. Adoption of the report.'], 'en');
    expect(doc.items.map((item) => item.number)).toEqual(['1', '2', '3']);
    expect(doc.items.every((item) => item.annotation === null)).toBe(true);
  });
});

interface CouncilForm {
  title: string;
  items: [string, string];
  report: [string, string];
  letter: string;
}

/** The Security Council's provisional agenda for one meeting, per language. */
const COUNCIL: Record<Language, CouncilForm> = {
  en: {
    title: 'Provisional agenda',
    items: ['Adoption of the agenda', 'The situation in Freedonia'],
    report: ['Report of the Secretary-General on the United Nations Assistance', 'Mission in Freedonia (S/2034/188)'],
    letter: 'Letter dated 2 March 2034 from the Permanent Representative of Sylvania addressed to the President of the Security Council (S/2034/171)',
  },
  fr: {
    title: 'Ordre du jour provisoire',
    items: ['Adoption de l’ordre du jour', 'La situation en Freedonie'],
    report: ['Rapport du Secrétaire général sur la Mission d’assistance des Nations', 'Unies en Freedonie (S/2034/188)'],
    letter: 'Lettre datée du 2 mars 2034, adressée au Président du Conseil de sécurité par le Représentant permanent de la Sylvanie (S/2034/171)',
  },
  es: {
    title: 'Orden del día provisional',
    items: ['Aprobación del orden del día', 'La situación en Freedonia'],
    report: ['Informe del Secretario General sobre la Misión de Asistencia de las', 'Naciones Unidas en Freedonia (S/2034/188)'],
    letter: 'Carta de fecha 2 de marzo de 2034 dirigida a la Presidencia del Consejo de Seguridad por el Representante Permanente de Sylvania (S/2034/171)',
  },
  ru: {
    title: 'Предварительная повестка дня',
    items: ['Утверждение повестки дня', 'Положение в Фридонии'],
    report: ['Доклад Генерального секретаря о Миссии Организации Объединенных', 'Наций по оказанию содействия Фридонии (S/2034/188)'],
    letter: 'Письмо Постоянного представителя Сильвании от 2 марта 2034 года на имя Председателя Совета Безопасности (S/2034/171)',
  },
  ar: {
    title: 'جدول الأعمال المؤقت',
    items: ['إقرار جدول الأعمال', 'الحالة في فريدونيا'],
    report: ['تقرير الأمين العام عن بعثة الأمم المتحدة لتقديم المساعدة', 'إلى فريدونيا (S/2034/188)'],
    letter: 'رسالة مؤرخة 2 آذار/مارس 2034 موجهة إلى رئيس مجلس الأمن من الممثل الدائم لسيلفانيا (S/2034/171)',
  },
  zh: {
    title: '临时议程',
    items: ['通过议程', '弗里多尼亚局势'],
    report: ['秘书长关于联合国弗里多尼亚', '援助团的报告（S/2034/188）'],
    letter: '2034年3月2日西尔瓦尼亚常驻代表给安全理事会主席的信（S/2034/171）',
  },
};

function councilAgenda(form: CouncilForm, stop: string): string[] {
  return [form.title, '', `1.    ${form.items[0]}${stop}`, '', `2.    ${form.items[1]}`, '', ...form.report.map((l) => `      ${l}`), '', `      ${form.letter}`];
}

describe('the Security Council’s agenda (S/Agenda/…)', () => {
  it.each(Object.keys(COUNCIL) as Language[])('%s: the report and the letter under an item are its documents', (lang) => {
    const form = COUNCIL[lang];
    const doc = parse(councilAgenda(form, lang === 'zh' ? '。' : '.'), lang);
    expect(doc.document.kind).toBe('provisional-agenda');
    expect(doc.items.map((item) => item.title)).toEqual(form.items);
    expect(doc.items[0]!.documents).toEqual([]);
    expect(doc.items[1]!.documents.map((d) => d.symbol)).toEqual(['S/2034/188', 'S/2034/171']);
    expect(doc.items[1]!.documents[0]!.description).toMatch(lang === 'zh' ? /^秘书长/ : /^\S+ \S+/);
  });

  it('a paragraph that cites nothing makes none of the item’s paragraphs its documents', () => {
    const form = COUNCIL.en;
    const doc = parse([...councilAgenda(form, '.'), '', '      The Council will hear a briefing.'], 'en');
    expect(doc.items[1]!.documents).toEqual([]);
  });

  it('a paragraph running into a documentation entry is an annotation, not a document', () => {
    const doc = parse(
      ['Provisional agenda', '', '1. Adoption of the agenda.', '2. Other matters.', '', 'The Meeting may wish to consider the matter. Documentation: Note by the Secretariat (CAC/COSP/WG.9/2036/2)'],
      'en',
    );
    expect(doc.items[1]!.documents).toEqual([]);
  });

  it('documents the annotations list for the item replace those the list cites', () => {
    const doc = parse(
      [
        'Provisional agenda',
        '',
        '1. Adoption of the agenda.',
        '2. Other matters',
        '',
        '   Note by the Secretariat (E/CN.99/2036/2)',
        '',
        'Annotations',
        '',
        '1. Adoption of the agenda',
        '',
        'The Commission will adopt its agenda.',
        '',
        '2. Other matters',
        '',
        'Documentation',
        '',
        'Note by the Secretariat (E/CN.99/2036/3)',
      ],
      'en',
    );
    expect(doc.items[1]!.documents.map((d) => d.symbol)).toEqual(['E/CN.99/2036/3']);
  });
});

/** A note's two numbered paragraphs, then the list from 1 (the General Assembly's A/…/50), per language. */
const NOTE: Record<Language, { note: string; paragraphs: [string, string]; items: [string, string] }> = {
  en: {
    note: 'Note by the Secretary-General',
    paragraphs: [
      'This document has been prepared in accordance with the recommendation of the Special Committee set forth in its report.',
      'The session will convene at United Nations Headquarters on Tuesday,\n9 September 2036, at 3 p.m., in accordance with rule 1 of the rules of procedure.',
    ],
    items: ['Opening of the session by the President of the General Assembly (rule 31)', 'Minute of silent prayer or meditation (rule 62)'],
  },
  fr: {
    note: 'Note du Secrétaire général',
    paragraphs: [
      'Le présent document a été établi conformément à la recommandation du Comité spécial figurant dans son rapport.',
      'La session s’ouvrira au Siège de l’Organisation des Nations Unies le mardi 9 septembre 2036, à 15 heures, conformément à l’article premier du règlement intérieur.',
    ],
    items: ['Ouverture de la session par la Présidence de l’Assemblée générale (art. 31)', 'Minute de silence consacrée à la prière ou à la méditation (art. 62)'],
  },
  es: {
    note: 'Nota del Secretario General',
    paragraphs: [
      'El presente documento se ha preparado de conformidad con la recomendación del Comité Especial que figura en su informe.',
      'El período de sesiones se inaugurará en la Sede de las Naciones Unidas el martes 9 de septiembre de 2036, a las 15.00 horas, de conformidad con el artículo 1 del reglamento.',
    ],
    items: ['Apertura del período de sesiones por la Presidencia de la Asamblea General (art. 31)', 'Minuto de silencio dedicado a la oración o la meditación (art. 62)'],
  },
  ru: {
    note: 'Записка Генерального секретаря',
    paragraphs: [
      'Настоящий документ подготовлен в соответствии с рекомендацией Специального комитета, изложенной в его докладе.',
      'Сессия откроется в Центральных учреждениях Организации Объединенных Наций во вторник, 9 сентября 2036 года, в 15 ч. 00 м. в соответствии с правилом 1 правил процедуры.',
    ],
    items: ['Открытие сессии Председателем Генеральной Ассамблеи (правило 31)', 'Минута молчания, посвященная молитве или размышлению (правило 62)'],
  },
  ar: {
    note: 'مذكرة من الأمين العام',
    paragraphs: [
      'أعدت هذه الوثيقة وفقا لتوصية اللجنة الخاصة الواردة في تقريرها المقدم إلى الجمعية العامة في دورتها السابقة.',
      'ستعقد الدورة في مقر الأمم المتحدة يوم الثلاثاء ٩ أيلول/سبتمبر ٢٠٣٦ الساعة ١٥:٠٠ وفقا للمادة ١ من النظام الداخلي للجمعية العامة.',
    ],
    items: ['افتتاح الدورة من قبل رئيس الجمعية العامة (المادة 31)', 'دقيقة صمت للصلاة أو التأمل (المادة 62)'],
  },
  zh: {
    note: '秘书长的说明',
    paragraphs: ['本文件是根据特别委员会报告所载的建议编写的，供大会在本届会议上审议。', '本届会议将于2036年9月9日星期二下午3时在联合国总部开幕，依照议事规则第1条举行。'],
    items: ['大会主席宣布会议开幕（第31条）', '默祷或静思一分钟（第62条）'],
  },
};

describe('a note’s numbered paragraphs before the list (A/…/50)', () => {
  it.each(Object.keys(NOTE) as Language[])('%s: the list starts where the numbering starts again, not the annotations', (lang) => {
    const form = NOTE[lang];
    const number = (n: number) => (lang === 'ar' ? `${'٠١٢٣٤٥٦٧٨٩'[n]} -` : `${n}.`);
    const stop = lang === 'zh' ? '。' : '.';
    const doc = parse(
      [
        COUNCIL[lang].title,
        '',
        form.note,
        '',
        `${number(1)} ${form.paragraphs[0]}`,
        '',
        `${number(2)} ${form.paragraphs[1]}`,
        '',
        `${number(1)} ${form.items[0]}${stop}`,
        `${number(2)} ${form.items[1]}${stop}`,
        `${number(3)} ${COUNCIL[lang].items[0]}${stop}`,
      ],
      lang,
    );
    expect(doc.document.kind).toBe('provisional-agenda');
    expect(doc.items.map((item) => item.title)).toEqual([...form.items, COUNCIL[lang].items[0]]);
  });

  it('the heading of annotations after an introduction’s paragraphs still starts them', () => {
    const doc = parse(
      [
        'ORDRE DU JOUR PROVISOIRE ANNOTÉ',
        '',
        '1. Le Groupe de travail a été créé par la décision XIV/27 de la Conférence des Parties et a tenu sa deuxième réunion à Nairobi.',
        '',
        '2. Conformément à la décision 15/9, le Groupe de travail tiendra sa troisième réunion au siège du Secrétariat, à Montréal.',
        '',
        'POINT 1. OUVERTURE DE LA RÉUNION',
        '',
        '3. La réunion sera ouverte le lundi 5 février 2024 à 10 heures par le Président du Groupe de travail.',
      ],
      'fr',
    );
    expect(doc.items.map((item) => item.number)).not.toContain('3');
  });
});

describe('a table of contents’ leader after an item’s title (A/…/100)', () => {
  it.each(Object.keys(COUNCIL) as Language[])('%s: the leader and the page number are no part of the title', (lang) => {
    const form = COUNCIL[lang];
    const number = (n: number) => (lang === 'ar' ? `${'٠١٢٣٤٥٦٧٨٩'[n]} -` : `${n}.`);
    const doc = parse(
      [form.title, '', `${number(1)} ${form.items[0]} . . . . . . . . . . . 3`, `${number(2)} ${form.items[1]} ..........  14`, `${number(3)} ${form.items[1]} …… 5`],
      lang,
    );
    expect(doc.items.map((item) => item.title)).toEqual([form.items[0], form.items[1], form.items[1]]);
  });

  it('one dot before a number is the title’s own', () => {
    const doc = parse(['Provisional agenda', '', '1. Opening of the meeting.', '2. Review of U.N. 3', '3. Other matters.'], 'en');
    expect(doc.items[1]!.title).toBe('Review of U.N. 3');
  });

  it('a long run of dots without a number is read in linear time', () => {
    const dots = ' .'.repeat(50_000);
    const started = performance.now();
    const doc = parse(['Provisional agenda', '', `1. Opening${dots}`, `2. Other matters${dots}x`], 'en');
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(doc.items).toHaveLength(2);
  });
});

// Issuers printed by a short name, the symbol a numbering makes certain, issuers within one
// paragraph and across a wrapped line, Arabic verb-first clauses and duals, and instruments that
// end in a body's name. Sentences are made up for the tests.
import { describe, expect, it } from 'vitest';
import { extractMandates } from '../../src/extract/mandates.js';
import { localeFor } from '../../src/locales/index.js';
import type { Language } from '../../src/schema.js';
import { contextFor, mandatesOf as mandates } from '../helpers.js';

// [language, text, reference, symbol, issuer as printed]
type IssuerCase = [Language, string, string, string | null, string | null];

describe('a Council numbering its resolutions by year is the Economic and Social Council', () => {
  const CASES: IssuerCase[] = [
    ['en', 'In its resolution 2009/25, the Council asked the Commission to report.', '2009/25', 'E/RES/2009/25', 'Council'],
    ['en', 'The group was renewed by Council resolution 2016/7.', '2016/7', 'E/RES/2016/7', 'Council'],
    ['en', 'The Council, in its resolution 2004/12, asked for a study.', '2004/12', 'E/RES/2004/12', 'Council'],
    ['fr', 'Dans sa résolution 2008/4, le Conseil a prié la Commission de faire rapport.', '2008/4', 'E/RES/2008/4', 'Conseil'],
    ['fr', 'Le mandat a été prorogé par le Conseil dans sa résolution 2012/6.', '2012/6', 'E/RES/2012/6', 'Conseil'],
    ['es', 'En su resolución 2011/2, el Consejo pidió a la Comisión que informara.', '2011/2', 'E/RES/2011/2', 'Consejo'],
    ['es', 'En su resolución 2012/3, titulada "Cooperación regional", el Consejo pidió a la Comisión que informara.', '2012/3', 'E/RES/2012/3', 'Consejo'],
    ['es', 'según la resolución 2010/4 aprobada por el Consejo en su período de sesiones sustantivo', '2010/4', 'E/RES/2010/4', 'Consejo'],
    ['ru', 'В своей резолюции 2010/5 Совет просил Комиссию представить доклад.', '2010/5', 'E/RES/2010/5', 'Совет'],
    ['ru', 'в соответствии с резолюцией 2012/8 Совета', '2012/8', 'E/RES/2012/8', 'Совета'],
    ['ar', 'وقد مدَّد المجلس عمل الفريق في قراره ٢٠١٢/٧.', '2012/7', 'E/RES/2012/7', 'المجلس'],
    ['zh', '理事会在第2010/9号决议中请委员会提交报告。', '2010/9', 'E/RES/2010/9', '理事会'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ kind: 'resolution', reference, symbol, issuer }]);
  });

  // The symbol is left out wherever the numbering or the name leaves a doubt.
  const NOT_CERTAIN: IssuerCase[] = [
    // Numbered by session: the Human Rights Council's, or another council's.
    ['en', 'In its resolution 5/1, the Council established the mechanism.', '5/1', null, 'Council'],
    ['fr', 'Dans sa résolution 7/3, le Conseil a créé le mécanisme.', '7/3', null, 'Conseil'],
    // A decision has no resolution symbol.
    ['en', 'In its decision 2014/235, the Council approved the agenda.', '2014/235', null, 'Council'],
    // Another body whose name begins with the short one (its name read whole).
    ['en', 'In its resolution 2003/4, the Council of Europe invited its members.', '2003/4', null, 'Council of Europe'],
    ['fr', 'Dans sa résolution 2003/4, le Conseil de l’Europe a invité ses membres.', '2003/4', null, 'Conseil de l’Europe'],
    ['ar', 'وفي قراره ٢٠١٠/٣، قرر المجلس التنفيذي أن يواصل عمله.', '2010/3', null, 'المجلس التنفيذي'],
    ['ru', 'В своей резолюции 2003/4 Совет Европы призвал государства.', '2003/4', null, 'Совет'],
    ['zh', '欧洲理事会在第2003/4号决议中请成员国报告。', '2003/4', null, '欧洲理事会'],
    // Not the organ's name as printed: a common noun.
    ['en', 'In its resolution 2003/4, the council of the city asked for it.', '2003/4', null, 'council'],
    // A short name with no rule of its own.
    ['en', 'In its resolution 2003/4, the Commission asked for it.', '2003/4', null, 'Commission'],
  ];
  it.each(NOT_CERTAIN)('%s: no symbol in %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ reference, symbol, issuer }]);
  });

  it('names every short name as a body of the same table', () => {
    for (const language of ['ar', 'en', 'fr', 'es', 'ru', 'zh'] as Language[]) {
      const locale = localeFor(language);
      const names = new Set(locale.bodies.map((b) => b.name));
      for (const rule of locale.mandates.shortNames ?? []) expect(names, `${language}: ${rule.name}`).toContain(rule.name);
    }
  });
});

describe('the issuer before the keyword is the nearest body in the same paragraph', () => {
  const CASES: IssuerCase[] = [
    ['en', 'at the next session of the Commission\n\nPursuant to Council decision 1997/5, the agenda was set.', '1997/5', null, 'Council'],
    ['en', 'as decided by the Commission, Council resolution 2013/9 applies.', '2013/9', 'E/RES/2013/9', 'Council'],
    ['en', 'a report of the Commission\nunder Council resolution 2013/9 applies.', '2013/9', 'E/RES/2013/9', 'Council'],
    ['en', 'The Commission\n\nwill act under decision 4/4.', '4/4', null, null],
    ['en', 'as set out in resolution 5/1\n\nThe Commission will meet.', '5/1', null, null],
    ['fr', 'de la Commission\n\nConformément à la décision 4/4 du Comité, la session', '4/4', null, 'Comité'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ reference, symbol, issuer }]);
  });
});

describe('the longest body name printed wins, across one line break', () => {
  const CASES: IssuerCase[] = [
    [
      'en',
      'In its resolution 2/3, the Conference of the States Parties to the United Nations\n      Convention against Corruption asked for a study.',
      '2/3',
      null,
      'Conference of the States Parties to the United Nations\n      Convention against Corruption',
    ],
    [
      'en',
      'In its resolution 2/3, the Conference of the States Parties to the United Nations\n\nConvention against Corruption',
      '2/3',
      null,
      'Conference of the States Parties',
    ],
    [
      'fr',
      'Dans sa résolution 2/3, la Conférence des États parties à la Convention des Nations Unies\ncontre la corruption a prié le Groupe.',
      '2/3',
      null,
      'Conférence des États parties à la Convention des Nations Unies\ncontre la corruption',
    ],
    [
      'es',
      'En su resolución 2/3, la Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción pidió un estudio.',
      '2/3',
      null,
      'Conferencia de los Estados Partes en la Convención de las Naciones Unidas contra la Corrupción',
    ],
    [
      'ru',
      'В своем решении 2/4 Конференция участников Конвенции Организации Объединенных Наций против\nтранснациональной организованной преступности просила Группу.',
      '2/4',
      null,
      'Конференция участников Конвенции Организации Объединенных Наций против\nтранснациональной организованной преступности',
    ],
    [
      'ar',
      'اعتمد مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، في قراره ٢/٣، خطة العمل.',
      '2/3',
      null,
      'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد',
    ],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ reference, symbol, issuer }]);
  });
});

describe('Arabic: the verb before its subject, and the dual', () => {
  const CASES: IssuerCase[] = [
    ['ar', 'وفي قراره ٢٠٠٩/٢٥، قرَّر المجلس الاقتصادي والاجتماعي أن تواصل اللجنة عملها.', '2009/25', 'E/RES/2009/25', 'المجلس الاقتصادي والاجتماعي'],
    ['ar', 'في قراره ٢/٣، اعتمد مؤتمر الدول الأطراف خطة العمل.', '2/3', null, 'مؤتمر الدول الأطراف'],
    // A preposition is no verb, and without the comma no verb is read.
    ['ar', 'وأحيل في قراره ٢/٣، إلى اللجنة طلب.', '2/3', null, null],
    ['ar', 'وفقاً للقرار ٢/٣ بشأن اللجنة', '2/3', null, null],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ reference, symbol, issuer }]);
  });

  it.each([
    ['وقرَّر المؤتمر، في قراريه ٦/١ و٧/٢، أن يواصل الفريق عمله.', ['6/1', '7/2'], [null, null], 'المؤتمر'],
    ['وعملاً بقراري الجمعية العامة ٦٠/١ و٦١/٢، يقدِّم التقرير.', ['60/1', '61/2'], ['A/RES/60/1', 'A/RES/61/2'], 'الجمعية العامة'],
    // The body in its lām form after the list ("of the Conference") adopted both.
    ['وأشار إلى القرارين ٦/١، ٧/٢ للمؤتمر.', ['6/1', '7/2'], [null, null], 'للمؤتمر'],
  ] as [string, string[], (string | null)[], string | null][])('%s', (text, references, symbols, issuer) => {
    expect(mandates(text, 'ar').map((m) => [m.reference, m.symbol, m.issuer])).toEqual(references.map((r, i) => [r, symbols[i], issuer]));
  });

  it('reads no dual where no number follows', () => {
    expect(mandates('وأن يتخذ قرارين في هذا الشأن في دورته المقبلة.', 'ar')).toEqual([]);
  });
});

// [language, text, reference, instrument]
type InstrumentCase = [Language, string, string, string];

describe('an instrument is read whole', () => {
  const CASES: InstrumentCase[] = [
    [
      'en',
      'Under rule 12 of the rules of procedure of the functional commissions of the Economic and Social Council, the Commission elects.',
      'rule 12',
      'the rules of procedure of the functional commissions of the Economic and Social Council',
    ],
    [
      'en',
      'Under rule 12 of the rules of procedure of the functional commissions of the Economic and\nSocial Council, the Commission elects.',
      'rule 12',
      'the rules of procedure of the functional commissions of the Economic and\nSocial Council',
    ],
    [
      'fr',
      "Conformément à l'article 3 du règlement intérieur des commissions techniques du Conseil économique et social, la Commission élit",
      'article 3',
      'règlement intérieur des commissions techniques du Conseil économique et social',
    ],
    [
      'fr',
      "en vertu de l'article 4 du Pacte international relatif aux droits civils et politiques, les États",
      'article 4',
      'Pacte international relatif aux droits civils et politiques',
    ],
    ['en', 'under article 2 of the Protocol relating to the Status of Refugees, States', 'article 2', 'the Protocol relating to the Status of Refugees'],
    ['ru', 'согласно статье 5 Международного пакта о гражданских и политических правах, государства', 'article 5', 'Международного пакта о гражданских и политических правах'],
    // A footnote number printed on the last word is no part of it.
    ['en', 'under article 7 of the Convention2 the Group will meet', 'article 7', 'the Convention'],
    ['ru', 'в соответствии с пунктом 3 статьи 9 Конвенции1.', 'article 9(3)', 'Конвенции'],
    // A conjunction that starts another phrase still ends it.
    ['fr', "conformément à l'article 15 du règlement intérieur et décide de", 'article 15', 'règlement intérieur'],
    ['fr', "conformément à l'article 8 de la Convention et invite les États", 'article 8', 'Convention'],
    ['en', 'under article 5 of the Convention and decided to act', 'article 5', 'the Convention'],
    ['es', 'con arreglo al artículo 6 de la Convención y pidió a los Estados', 'article 6', 'Convención'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, instrument) => {
    expect(mandates(text, language)[0]).toMatchObject({ kind: 'provision', reference, instrument });
  });
});

describe('an instrument ends where the next clause begins', () => {
  it.each([
    ['es', 'El párrafo 2 del artículo 7 del reglamento de la Junta dispone que el informe se examine.', 'reglamento de la Junta'],
    ['en', 'Rule 4 of the rules of procedure of the Board provides that the Chair presides.', 'the rules of procedure of the Board'],
    ['fr', "L'article 10 du règlement intérieur de la Conférence prévoit que le Bureau se réunit.", 'règlement intérieur de la Conférence'],
  ] as [Language, string, string][])('%s: %s', (language, text, instrument) => {
    expect(mandates(text, language).map((m) => m.instrument)).toEqual([instrument]);
  });
});

describe('Human Rights Council resolutions', () => {
  it.each([
    ['en', 'In its resolution 40/11, the Human Rights Council established the Forum.', 'A/HRC/RES/40/11'],
    ['ru', 'в соответствии с резолюцией 40/11 Совета по правам человека', 'A/HRC/RES/40/11'],
    ['fr', 'Dans sa résolution S-30/1, le Conseil des droits de l’homme a décidé', 'A/HRC/RES/S-30/1'],
    ['en', 'Human Rights Council resolution 2006/102', null],
  ] as [Language, string, string | null][])('%s: %s', (language, text, symbol) => {
    expect(mandates(text, language).map((m) => m.symbol)).toEqual([symbol]);
  });
});

describe('Arabic instruments end where the next clause begins', () => {
  it.each([
    ['وتنص المادة 15 من النظام الداخلي للجان الفنية على أن تنتخب اللجنة رئيسا.', 'النظام الداخلي للجان الفنية'],
    ['وفقا للمادة 7 من النظام الداخلي للمجلس الوارد في الوثيقة', 'النظام الداخلي للمجلس'],
  ])('%s', (text, instrument) => {
    expect(mandates(text, 'ar').map((m) => m.instrument)).toEqual([instrument]);
  });
});

describe('the verb after a rule of procedure', () => {
  it.each([
    ['en', 'Rule 9 of the rules of procedure provides that the Commission elects its officers.', 'the rules of procedure'],
    ['fr', "L'article 15 du règlement intérieur prévoit que la Commission élit son bureau.", 'règlement intérieur'],
    ['es', 'El artículo 15 del reglamento establece que la Comisión elegirá su Mesa.', 'reglamento'],
    ['ru', 'В правиле 9 правил процедуры Комитета предусматривается, что Комитет избирает бюро.', 'правил процедуры Комитета'],
  ] as [Language, string, string][])('%s: %s', (language, text, instrument) => {
    expect(mandates(text, language).map((m) => m.instrument)).toEqual([instrument]);
  });
});

describe('old General Assembly resolutions in Arabic', () => {
  it.each([
    ['قرار الجمعية العامة 2625 (د-25)', '2625 (XXV)'],
    ['في قرارها ٣٣٠ (د - ٣٠)', '330 (XXX)'],
  ])('%s', (text, reference) => {
    expect(mandates(text, 'ar').map((m) => m.reference)).toEqual([reference]);
  });
});

describe('Arabic "its resolution" belongs to the sentence subject', () => {
  it.each([
    ['أنشأت الجمعية العامة اللجنة المخصصة بموجب قرارها 78/230.', 'الجمعية العامة', 'A/RES/78/230'],
    ['قرر مؤتمر الأطراف، في مقرره 4/4، أن ينشئ الفريق العامل.', 'مؤتمر الأطراف', null],
  ])('%s', (text, issuer, symbol) => {
    expect(mandates(text, 'ar').map((m) => [m.issuer, m.symbol])).toEqual([[issuer, symbol]]);
  });
});

describe('Arabic dual articles and "that decision"', () => {
  it('reads both articles of a dual', () => {
    expect(mandates('وفقاً للمادتين ١٦ و١٨ من الاتفاقية، يجوز التسليم.', 'ar').map((m) => [m.reference, m.instrument])).toEqual([
      ['article 16', 'الاتفاقية'],
      ['article 18', 'الاتفاقية'],
    ]);
  });

  it('counts "ذلك المقرر" as the decision cited before', () => {
    const [m] = extractMandates(contextFor('اعتمد المؤتمر المقرر ٤/٤. ووفقاً لذلك المقرر، أنشئ الفريق.', 'ar'));
    expect([m!.reference, m!.occurrences.length]).toEqual(['4/4', 2]);
  });
});

describe('the subject after a title ends where its verb begins', () => {
  it('French "a décidé" is no part of the issuer', () => {
    expect(
      mandates('Dans sa résolution 5/3, intitulée « Coopération », la Conférence des Parties a décidé que le Groupe poursuivrait ses travaux.', 'fr').map((m) => m.issuer),
    ).toEqual(['Conférence des Parties']);
  });
});

describe('Arabic parts of split resolutions', () => {
  it.each([
    ['قرار الجمعية العامة ٧٥/٢٩٠ باء', '75/290 B'],
    ['قرار الجمعية العامة 2200 ألف (د-21)', '2200 A (XXI)'],
  ])('%s', (text, reference) => {
    expect(mandates(text, 'ar').map((m) => m.reference)).toEqual([reference]);
  });
});

describe('a citation in brackets is the document of the phrase before it', () => {
  // "…the first special session of the General Assembly (resolution S-10/2)": the body the
  // phrase names last adopted it.
  const CASES: IssuerCase[] = [
    ['en', 'the Final Document of the first special session of the General Assembly devoted to\ndisarmament (resolution S-10/2) and the Programme', 'S-10/2', 'A/RES/S-10/2', 'General Assembly'],
    ['fr', 'le Document final de la première session extraordinaire de l’Assemblée générale consacrée au désarmement (résolution S-10/2)', 'S-10/2', 'A/RES/S-10/2', 'Assemblée générale'],
    ['es', 'el Documento Final del primer período extraordinario de sesiones de la Asamblea General dedicado al desarme (resolución S-10/2)', 'S-10/2', 'A/RES/S-10/2', 'Asamblea General'],
    ['ru', 'Заключительный документ первой специальной сессии Генеральной Ассамблеи, посвященной разоружению (резолюция S-10/2)', 'S-10/2', 'A/RES/S-10/2', 'Генеральной Ассамблеи'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ kind: 'resolution', reference, symbol, issuer }]);
  });

  it('takes no body from the sentence before', () => {
    expect(mandates('The General Assembly met. The report (resolution 70/1) is before the Commission.', 'en')).toMatchObject([
      { reference: '70/1', issuer: null, symbol: null },
    ]);
  });
});

describe("the previous citation's body and the next clause's subject are not a citation's issuer", () => {
  // [language, text, reference, issuer]
  const CASES: [Language, string, string, string | null][] = [
    // The body after "and" names the citation before it.
    ['en', 'Pursuant to decision 2024/12 of the Executive Board and resolution 79/226 of the General Assembly, the Board will', '79/226', 'General Assembly'],
    ['ru', 'Во исполнение решения 2024/12 Исполнительного совета и резолюции 79/226 Генеральной Ассамблеи Исполнительный совет', '2024/12', 'Исполнительного совета'],
    ['ru', 'Во исполнение решения 2024/12 Исполнительного совета и резолюции 79/226 Генеральной Ассамблеи Исполнительный совет', '79/226', 'Генеральной Ассамблеи'],
    ['es', 'de conformidad con la decisión 2024/12 de la Junta Ejecutiva y la resolución 79/226 de la Asamblea General, la Junta', '2024/12', 'Junta Ejecutiva'],
    ['fr', 'conformément à la décision 2024/12 du Conseil d’administration', '2024/12', 'Conseil d’administration'],
    ['zh', '根据执行局第2024/12号决定', '2024/12', '执行局'],
    ['ar', 'عملاً بمقرر المجلس التنفيذي 2024/12', '2024/12', 'المجلس التنفيذي'],
    // A sentence that has named another body already: the subject after the comma starts the
    // next clause.
    ['es', 'De conformidad con la resolución 58/316 de la Asamblea General y el párrafo 7 del anexo de la resolución 77/335, la Comisión comenzará su labor', '77/335', null],
    ['en', 'In accordance with resolution 58/316 of the General Assembly and paragraph 7 of the annex to resolution 77/335, the Committee will begin', '77/335', null],
    ['fr', 'Conformément à la résolution 58/316 de l’Assemblée générale et au paragraphe 7 de l’annexe à la résolution 77/335, la Commission commencera', '77/335', null],
    // With no body before it, the subject still adopted it.
    ['es', 'En su resolución 77/335, la Asamblea General decidió', '77/335', 'Asamblea General'],
  ];
  it.each(CASES)('%s: %s (%s)', (language, text, reference, issuer) => {
    expect(mandates(text, language).find((m) => m.reference === reference)).toMatchObject({ issuer });
  });
});

describe('a citation introduced by a possessive is the subject’s, whatever the sentence named before', () => {
  const CASES: [Language, string, string, string][] = [
    ['en', 'The Committee recalls that in its decision 3/2, the Conference of the Parties decided to act.', '3/2', 'Conference of the Parties'],
    ['fr', 'Le Comité rappelle que dans sa décision 3/2, la Conférence des Parties a décidé d’agir.', '3/2', 'Conférence des Parties'],
    ['es', 'El Comité recuerda que en su decisión 3/2, la Conferencia de las Partes decidió actuar.', '3/2', 'Conferencia de las Partes'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, issuer) => {
    expect(mandates(text, language).find((m) => m.reference === reference)).toMatchObject({ issuer });
  });
});

describe("an executive board's short name is an issuer", () => {
  const CASES: IssuerCase[] = [
    ['en', 'In accordance with decision 2014/7, the Board will adopt its agenda.', '2014/7', null, 'Board'],
    ['es', 'De conformidad con la decisión 2014/7, la Junta aprobará su programa.', '2014/7', null, 'Junta'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ kind: 'decision', reference, symbol, issuer }]);
  });
});

describe('the body named after a title clause is the issuer, verb first in Arabic', () => {
  const CASES: IssuerCase[] = [
    ['ar', 'وفي قرارها ٦٨/١٦٧، المعنون "الحق في الخصوصية"، أهابت الجمعية العامة بجميع الدول.', '68/167', 'A/RES/68/167', 'الجمعية العامة'],
    ['es', 'En su resolución 6/9, titulada "Cooperación", la Conferencia de los Estados Partes decidió seguir.', '6/9', null, 'Conferencia de los Estados Partes'],
  ];
  it.each(CASES)('%s: %s', (language, text, reference, symbol, issuer) => {
    expect(mandates(text, language)).toMatchObject([{ reference, symbol, issuer }]);
  });
});

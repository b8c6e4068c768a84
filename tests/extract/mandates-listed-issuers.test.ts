// A citation listed after another with an issuer ("General Assembly resolution S-21/2, annex,
// and resolution S-21/3") shares it, in every language; a new sentence, another body's name or
// any other word between them ends the list.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

/** [language, text, the second citation's reference, its issuer as printed, its symbol] */
const SHARED: [Language, string, string, string, string | null][] = [
  ['en', 'Recalling General Assembly resolution S-21/2, annex, and resolution S-21/4 on the plan.', 'S-21/4', 'General Assembly', 'A/RES/S-21/4'],
  ['en', 'See General Assembly resolution 68/5 and resolution 69/7.', '69/7', 'General Assembly', 'A/RES/69/7'],
  ['en', 'Under General Assembly resolution 68/5, paragraph 4 (b), and the resolution 69/7', '69/7', 'General Assembly', 'A/RES/69/7'],
  ['en', 'in resolution 68/5 of the General Assembly, annex II, and resolution 69/7', '69/7', 'General Assembly', 'A/RES/69/7'],
  ['en', 'General Assembly resolution 68/5 of 3 May 2013 and resolution 69/7', '69/7', 'General Assembly', 'A/RES/69/7'],
  ['fr', "Rappelant la résolution S-21/2 de l'Assemblée générale, annexe, et la résolution S-21/4.", 'S-21/4', 'Assemblée générale', 'A/RES/S-21/4'],
  ['fr', "la résolution 68/5 de l'Assemblée générale, par. 4, et la résolution 69/7", '69/7', 'Assemblée générale', 'A/RES/69/7'],
  ['es', 'Recordando la resolución S-21/2 de la Asamblea General, anexo, y la resolución S-21/4.', 'S-21/4', 'Asamblea General', 'A/RES/S-21/4'],
  ['ru', 'ссылаясь на резолюцию S-21/2 Генеральной Ассамблеи, приложение, и резолюцию S-21/4.', 'S-21/4', 'Генеральной Ассамблеи', 'A/RES/S-21/4'],
  ['ar', 'عملاً بقرار الجمعية العامة ٦٨/٥، المرفق، والقرار ٦٩/٧.', '69/7', 'الجمعية العامة', 'A/RES/69/7'],
  ['ar', 'عملاً بقرار الجمعية العامة ٦٨/٥ والقرار ٦٩/٧.', '69/7', 'الجمعية العامة', 'A/RES/69/7'],
  ['zh', '大会第S-21/2号决议附件和第S-21/4号决议。', 'S-21/4', '大会', 'A/RES/S-21/4'],
];

/** [language, text, the second citation's reference]: it has no issuer. */
const NOT_SHARED: [Language, string, string][] = [
  // A new sentence.
  ['en', 'General Assembly resolution 68/5. And resolution 69/7 asks for a report.', '69/7'],
  ['fr', "la résolution 68/5 de l'Assemblée générale. Et la résolution 69/7", '69/7'],
  // A verb: another clause.
  ['en', 'General Assembly resolution 68/5 requested a report and resolution 69/7 a plan.', '69/7'],
  ['es', 'la resolución 68/5 de la Asamblea General pidió un informe y la resolución 69/7', '69/7'],
  // A possessive points to the sentence's subject.
  ['en', 'The Commission recalled General Assembly resolution 68/5 and its resolution 69/7.', '69/7'],
  ['ar', 'أشارت اللجنة إلى قرار الجمعية العامة ٦٨/٥ وقرارها ٦٩/٧.', '69/7'],
  // A semicolon ends the list.
  ['ru', 'резолюция 68/5 Генеральной Ассамблеи; и резолюция 69/7', '69/7'],
];

describe('a citation listed after another shares its issuer', () => {
  it.each(SHARED)('%s: %s', (language, text, reference, issuer, symbol) => {
    const second = mandatesOf(text, language).find((m) => m.reference === reference);
    expect(second && { issuer: second.issuer, symbol: second.symbol }).toEqual({ issuer, symbol });
  });

  it.each(NOT_SHARED)('%s: %s', (language, text, reference) => {
    const second = mandatesOf(text, language).find((m) => m.reference === reference);
    expect(second?.issuer).toBeNull();
  });

  it('another body named with the second citation is its own', () => {
    const found = mandatesOf('resolution 68/5 of the General Assembly and resolution 1325 (2000) of the Security Council', 'en');
    expect(found.map((m) => m.issuer)).toEqual(['General Assembly', 'Security Council']);
  });

  it('a decision after a resolution is another list', () => {
    const found = mandatesOf('General Assembly resolution 68/5 and decision 69/555', 'en');
    expect(found.find((m) => m.kind === 'decision')?.issuer).toBeNull();
  });
});

// A lower-case verb after a lower-case instrument's name starts the next clause: the name ends
// before an auxiliary ("shall", "est", "será"), a reflexive or negative clitic ("s'applique",
// "se aplica", "ne", "не") or, in Russian, a finite reflexive verb ("применяется"), all locale data
// (`instrumentStops`, `clauseVerbEndings`).
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  ['en', 'Rule 12 of the rules of procedure shall apply to the meeting.', 'the rules of procedure'],
  ['en', 'Rule 12 of the rules of procedure will, as appropriate, apply.', 'the rules of procedure'],
  ['en', 'Rule 12 of the financial rules is relevant here.', 'the financial rules'],
  ['en', 'Rule 12 of the rules of procedure applies to subsidiary bodies.', 'the rules of procedure'],
  // "May" is the month, never an auxiliary.
  ['en', 'Article 4 of the Agreement of 12 May 1990 shall apply.', 'the Agreement of 12 May 1990'],
  ['fr', "L'article 12 du règlement intérieur s'applique aux organes subsidiaires.", 'règlement intérieur'],
  ['fr', 'L’article 12 du règlement financier s’applique mutatis mutandis.', 'règlement financier'],
  ['fr', "L'article 12 du règlement intérieur ne s'applique pas ici.", 'règlement intérieur'],
  ['fr', "L'article 12 du règlement intérieur est applicable à la réunion.", 'règlement intérieur'],
  ['fr', "L'article 12 du règlement intérieur se lit comme suit.", 'règlement intérieur'],
  ['es', 'El artículo 12 del reglamento se aplica a los órganos subsidiarios.', 'reglamento'],
  ['es', 'El artículo 12 del reglamento financiero se aplicará mutatis mutandis.', 'reglamento financiero'],
  ['es', 'El artículo 12 del reglamento es aplicable a la reunión.', 'reglamento'],
  ['ru', 'Правило 12 правил процедуры применяется к вспомогательным органам.', 'правил процедуры'],
  ['ru', 'Правило 12 финансовых правил применяются с изменениями.', 'финансовых правил'],
  ['ru', 'Правило 12 правил процедуры не применяется к совещанию.', 'правил процедуры'],
  // Capitalised names still run on as before.
  ['ru', 'Статья 12 Конвенции применяется к совещанию.', 'Конвенции'],
];

describe('an instrument’s name ends before the clause’s verb', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

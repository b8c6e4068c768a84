// Russian treaty titles go on past a compound preposition that starts with a stop word ("в
// отношении", "в области": locale `nameCompoundPrepositions`) once the name has a preposition of
// its own ("Конвенции о ликвидации всех форм дискриминации в отношении женщин"); before one, the
// stop word still ends the name ("правил процедуры в отношении выборов").
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  ['ru', 'Согласно статье 9 Конвенции о запрещении всех форм насилия в отношении детей Комитет рассмотрит доклады.', 'Конвенции о запрещении всех форм насилия в отношении детей'],
  ['ru', 'В соответствии со статьей 4 Конвенции о борьбе с неравенством в области науки, Стороны представляют доклады.', 'Конвенции о борьбе с неравенством в области науки'],
  ['ru', 'В соответствии со статьей 4 Конвенции о борьбе с неравенством в\nобласти науки, Стороны представляют доклады.', 'Конвенции о борьбе с неравенством в\nобласти науки'],
  ['ru', 'Согласно правилу 13 правил процедуры в отношении выборов Комитет изберет Бюро.', 'правил процедуры'],
  // A table's next row (a State party's name) after the name's last line is no part of it.
  ['ru', 'в соответствии со статьей 18 Конвенции о запрещении всех форм насилия в отношении детей\nГосударство-участник А\tПервоначальный доклад', 'Конвенции о запрещении всех форм насилия в отношении детей'],
  ['ru', 'Согласно статье 13 Конвенции в области науки Комитет рассмотрит.', 'Конвенции'],
];

describe('a compound preposition inside a Russian title stays in the name', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

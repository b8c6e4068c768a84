// Russian titles joined by "по" after a capitalised word go on with it ("Конвенции Организации
// Объединенных Наций по морскому праву", "…Наций по борьбе с опустыниванием": locale `titleLinks`);
// after a small word "по" still starts the clause's phrase ("правил процедуры по просьбе …").
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  ['ru', 'В соответствии со статьей 31 Конвенции Организации Объединенных Наций по морскому праву Комиссия рассмотрит представления.', 'Конвенции Организации Объединенных Наций по морскому праву'],
  ['ru', 'Согласно статье 12 Соглашения Организации Объединенных Наций по охране лесов, Стороны представляют доклады.', 'Соглашения Организации Объединенных Наций по охране лесов'],
  ['ru', 'В соответствии с правилом 8 правил процедуры по просьбе Председателя сессия открывается.', 'правил процедуры'],
];

describe('a Russian title goes on past "по" after a capitalised word', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

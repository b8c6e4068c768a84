// A Russian instrument's name joined by case ends before the next clause's subject printed in
// small letters with no comma ("…правилом 15 правил процедуры члены Комитета сделают заявление":
// locale clauseSubjects "члены", "представители"), as before a capitalised one ("…Конвенции Стороны
// рассмотрят"); "члены" was read as a genitive (-ы) and the name ran on into "члены Комитета".
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

const CASES: [string, string, string][] = [
  ['В соответствии с правилом 15 правил процедуры члены Комитета сделают торжественное заявление.', 'rule 15', 'правил процедуры'],
  ['Согласно статье 12 Конвенции представители государств примут участие в работе.', 'article 12', 'Конвенции'],
  ['Согласно правилу 8 правил процедуры функциональных комиссий члены Бюро избираются ежегодно.', 'rule 8', 'правил процедуры функциональных комиссий'],
  ['Согласно правилу 8 правил процедуры Конференции Стороны рассмотрят вопрос.', 'rule 8', 'правил процедуры Конференции'],
];

describe('a Russian subject in small letters ends the instrument’s name', () => {
  it.each(CASES)('%s', (text, reference, instrument) => {
    expect(mandatesOf(text, 'ru').find((m) => m.reference === reference)?.instrument).toBe(instrument);
  });
});

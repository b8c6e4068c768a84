// A body's head alone in the table ("Commission", "Комиссия") is read on to its whole name where
// the citation is in brackets after it ("The Commission on the Status of Women (resolution 60/1)",
// "Комиссия по положению женщин (резолюция 60/1)"), as after a number; a Russian name joined by
// case ends before the clause's verb in the past tense, which ends like a genitive or dative
// ("…по положению женщин постановила", "…женщин была принята", "…средствам просила": locale
// `pastTenseEndings`) or a reflexive verb in the present ("…дискриминации содержится просьба":
// `clauseVerbEndings`), while masculine genitives on -л- stay ("по наращиванию потенциала"). The
// subject before a possessive keyword is read whole too ("The Commission on Narcotic Drugs, in its
// resolution 60/1", "Комиссия по положению женщин в своей резолюции 60/1"), where its name was
// too long for the few short words allowed between a table's name and the keyword.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const BRACKETED: [Language, string, string][] = [
  ['en', 'The Commission on the Status of Women (resolution 60/1) asked for proposals.', 'Commission on the Status of Women'],
  ['en', 'The report of the Commission (resolution 60/1) was adopted.', 'Commission'],
  ['fr', 'La Commission de la condition de la femme (résolution 60/1) a demandé des propositions.', 'Commission de la condition de la femme'],
  ['es', 'La Comisión de la Condición Jurídica y Social de la Mujer (resolución 60/1) pidió propuestas.', 'Comisión de la Condición Jurídica y Social de la Mujer'],
  ['es', 'La Comisión de Estupefacientes (resolución 60/1) pidió propuestas.', 'Comisión de Estupefacientes'],
  ['ru', 'Комиссия по положению женщин (резолюция 60/1) просила подготовить предложения.', 'Комиссия по положению женщин'],
  ['ru', 'Комитет по правам ребенка (решение 12/4) рассмотрит доклад.', 'Комитет по правам ребенка'],
];

describe('a head alone is read on to its name before a bracketed citation', () => {
  it.each(BRACKETED)('%s: %s', (lang, text, issuer) => {
    expect(mandatesOf(text, lang)[0]?.issuer).toBe(issuer);
  });
});

const RUSSIAN: [string, string][] = [
  ['В своей резолюции 60/1 Комиссия по положению женщин постановила рассмотреть вопрос.', 'Комиссия по положению женщин'],
  ['В своей резолюции 60/1 Комиссия по положению женщин приняла программу работы.', 'Комиссия по положению женщин'],
  ['В своей резолюции 60/1 Комиссия по положению женщин провела обзор.', 'Комиссия по положению женщин'],
  ['Резолюция 60/1 Комиссии по положению женщин была принята без голосования.', 'Комиссии по положению женщин'],
  ['В своей резолюции 60/1 Комиссия по наркотическим средствам просила секретариат подготовить доклад.', 'Комиссия по наркотическим средствам'],
  ['В своем решении 60/1 Комитет по правам ребенка просил секретариат.', 'Комитет по правам ребенка'],
  ['В резолюции 60/1 Комиссии по наращиванию потенциала содержится просьба.', 'Комиссии по наращиванию потенциала'],
  ['В резолюции 60/1 Комиссии по праву международной торговли содержится просьба.', 'Комиссии по праву международной торговли'],
  ['В резолюции 60/1 Комиссии по ликвидации расовой дискриминации содержится просьба.', 'Комиссии по ликвидации расовой дискриминации'],
];

describe('a Russian name joined by case ends before a past-tense verb', () => {
  it.each(RUSSIAN)('%s', (text, issuer) => {
    expect(mandatesOf(text, 'ru')[0]?.issuer).toBe(issuer);
  });
});

const SUBJECTS: [Language, string, string | null][] = [
  ['en', 'The Commission on Narcotic Drugs, in its resolution 60/1, asked for proposals.', 'Commission on Narcotic Drugs'],
  ['en', 'The Commission on the Status of Women in its resolution 60/1 asked for proposals.', 'Commission on the Status of Women'],
  ['en', 'The Commission, in its resolution 60/1, asked for proposals.', 'Commission'],
  ['en', 'The report of the Commission on Narcotic Drugs on its work recalls that in its resolution 60/1 it asked for proposals.', null],
  ['fr', 'La Commission des stupéfiants, dans sa résolution 60/1, a demandé des propositions.', 'Commission des stupéfiants'],
  ['es', 'La Comisión de Estupefacientes, en su resolución 60/1, pidió propuestas.', 'Comisión de Estupefacientes'],
  ['ru', 'Комиссия по положению женщин в своей резолюции 60/1 просила подготовить предложения.', 'Комиссия по положению женщин'],
  ['ru', 'Комиссия по наркотическим средствам в своей резолюции 60/1 просила секретариат.', 'Комиссия по наркотическим средствам'],
];

describe('the subject before a possessive keyword is read whole', () => {
  it.each(SUBJECTS)('%s: %s', (lang, text, issuer) => {
    expect(mandatesOf(text, lang)[0]?.issuer).toBe(issuer);
  });
});

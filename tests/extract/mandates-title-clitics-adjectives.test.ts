// Two forms of treaty titles that were cut short: a Spanish title's reflexive clitic before its
// capitalised verb ("…en los Beneficios que se Deriven de su Utilización": locale `titleClitics`)
// and a French name's lower-case adjective after its capitalised noun ("Protocole à la Charte
// africaine…", "…de la Cour pénale internationale": locale `nameAdjectiveEndings`). A clitic before
// a lower-case verb and a verb after the name still end it.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  [
    'es',
    'De conformidad con el artículo 7 del Convenio sobre el Reparto de los Beneficios que se Obtengan de su Explotación, la Reunión examinará el informe.',
    'Convenio sobre el Reparto de los Beneficios que se Obtengan de su Explotación',
  ],
  [
    'es',
    'Examen del artículo 12 del Acuerdo sobre los Recursos que se Deriven de la Zona.',
    'Acuerdo sobre los Recursos que se Deriven de la Zona',
  ],
  ['es', 'El artículo 10 del reglamento se aplica a la sesión.', 'reglamento'],
  ['es', 'El artículo 4 del Convenio que se aplica a la Zona.', 'Convenio'],
  [
    'fr',
    "Conformément à l'article 9 du Protocole à la Charte africaine des droits de l'homme, la Commission examinera le rapport.",
    "Protocole à la Charte africaine des droits de l'homme",
  ],
  [
    'fr',
    "En application de l'article 15 du Statut de Rome de la Cour pénale internationale, le Bureau présentera un rapport.",
    'Statut de Rome de la Cour pénale internationale',
  ],
  ["fr", "L'article 3 du Protocole à la Convention européenne sera examiné.", 'Protocole à la Convention européenne'],
  ['fr', "L'article 5 de la Convention prévoit que le Comité se réunit.", 'Convention'],
  ['fr', "L'article 5 du Protocole à la Convention s'applique aux sessions.", 'Protocole à la Convention'],
];

describe('a title goes on past a clitic before its verb (es) and an adjective after its noun (fr)', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

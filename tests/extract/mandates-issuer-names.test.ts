// An issuer named after the number is read whole past the table's head ("…of the Commission on
// Narcotic Drugs", "…de la Commission des stupéfiants"); a body that a citation names or created
// ("the Adaptation Committee referred to in decision 2/CMA.4": locale `citedBy`) is no issuer.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const issuerOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind !== 'provision')?.issuer ?? null;

// Arabic: no mandate where the words between keyword and number are no body's name.
it('reads no Arabic citation whose words before the number name no body', () => {
  expect(mandatesOf('وفقا لقرار لجنة في 14/15 نيسان.', 'ar')).toEqual([]);
});

const CASES: [Language, string, string | null][] = [
  ['en', 'Pursuant to resolution 61/4 of the Commission on Narcotic Drugs, the secretariat will report.', 'Commission on Narcotic Drugs'],
  ['en', 'Under resolution 50/3 of the Commission on Population and Development, a report is before it.', 'Commission on Population and Development'],
  ['en', 'Under resolution 50/3 of the Commission and General Assembly resolution 71/2, a report is before it.', 'Commission'],
  ['en', 'Under resolution 50/3 of the Commission on its fiftieth session, a report is before it.', 'Commission'],
  ['fr', 'Conformément à la résolution 61/4 de la Commission des stupéfiants, le secrétariat fera rapport.', 'Commission des stupéfiants'],
  ['fr', 'Conformément à la résolution 59/2 de la Commission de la condition de la femme, un rapport sera présenté.', 'Commission de la condition de la femme'],
  ['fr', 'La décision 12/3 du Comité des droits de l’homme prie le secrétariat de faire rapport.', 'Comité des droits de l’homme'],
  ['fr', 'La résolution 61/4 de la Commission des stupéfiants prie le secrétariat de faire rapport.', 'Commission des stupéfiants'],
  ['fr', 'La résolution 61/4 de la Commission à sa soixante et unième session prie le secrétariat.', 'Commission'],
  ['es', 'De conformidad con la resolución 61/4 de la Comisión de Estupefacientes, la secretaría informará.', 'Comisión de Estupefacientes'],
  // Joined by case: "по" and the datives it governs (`titleLinkEndings`), not a clause's "по просьбе".
  ['ru', 'В соответствии с резолюцией 61/4 Комиссии по наркотическим средствам секретариат представит доклад.', 'Комиссии по наркотическим средствам'],
  ['ru', 'В соответствии с решением 2/3 Комиссии по народонаселению и развитию, доклад будет представлен.', 'Комиссии по народонаселению и развитию'],
  ['ru', 'В соответствии с резолюцией 2/3 Комиссии по просьбе Председателя секретариат представит доклад.', 'Комиссии'],
  // Arabic names a body by its head's construct form and a definite genitive between keyword and number.
  ['ar', 'وفقا لقرار لجنة المخدرات 61/4، ستقدم الأمانة تقريرا.', 'لجنة المخدرات'],
  ['ar', 'عملا بمقرر مجلس الإدارة 27/2 تقدم الأمانة تقريرا.', 'مجلس الإدارة'],
  // A body the decision names or created is not its issuer.
  ['en', 'The Committee will consider the report of the Adaptation Committee referred to in decision 3/CMA.2.', null],
  ['en', 'The report of the Committee established by decision 4/CP.9 is before the meeting.', null],
  ['es', 'Se presentará el informe del Comité mencionado en la decisión 3/CMA.2.', null],
  ['en', 'The Committee, pursuant to decision 5/CP.12, will prepare a report.', null],
  ['en', 'The Commission, in its resolution 5/1, asked for a report.', 'Commission'],
  ['en', 'The Meeting of the Parties adopted decision 3/2 on the budget.', 'Meeting of the Parties'],
];

describe('an issuer read whole, and a body its citation only names', () => {
  it.each(CASES)('%s: %s', (language, text, issuer) => {
    expect(issuerOf(text, language)).toBe(issuer);
  });
});

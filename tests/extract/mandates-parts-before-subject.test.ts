// "In its decision 3/2, paragraph 5, the Conference decided …": a part of the cited text named
// after the number (a paragraph, an annex: `citationParts`, the paragraph words) stands between
// the citation and the subject of the clause after it, which adopted the citation as it does
// with nothing between ("In its decision 3/2, the Conference"). Each language by its own form.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const CASES: [Language, string, string, string, string | null][] = [
  ['en', 'In its decision 4/7, paragraph 9, the Conference asked the secretariat to report.', '4/7', 'Conference', null],
  ['en', 'In its resolution 81/12, annex, the General Assembly adopted the guidelines.', '81/12', 'General Assembly', 'A/RES/81/12'],
  ['en', 'In its resolution 2031/8, paragraphs 2 and 3, the Council asked the Commission to report.', '2031/8', 'Council', 'E/RES/2031/8'],
  ['fr', 'Dans sa décision 4/7, paragraphe 9, la Conférence a prié le secrétariat de faire rapport.', '4/7', 'Conférence', null],
  ['fr', "Dans sa résolution 81/12, annexe, l'Assemblée générale a adopté les lignes directrices.", '81/12', 'Assemblée générale', 'A/RES/81/12'],
  ['es', 'En su decisión 4/7, párrafo 9, la Conferencia pidió a la secretaría que informara.', '4/7', 'Conferencia', null],
  ['ru', 'В своем решении 4/7, пункт 9, Конференция просила секретариат представить доклад.', '4/7', 'Конференция', null],
  ['ar', 'وفي مقرره 4/7، الفقرة 9، طلب المؤتمر إلى الأمانة تقديم تقرير.', '4/7', 'المؤتمر', null],
];

describe('the subject after a citation and its named part adopted it', () => {
  it.each(CASES)('%s: %s', (language, text, reference, issuer, symbol) => {
    const mandate = mandatesOf(text, language).find((m) => m.reference === reference);
    expect(mandate?.issuer).toBe(issuer);
    expect(mandate?.symbol).toBe(symbol);
  });
  // The part's own citation list still shares the first one's body ("…S-23/2, annex, and resolution S-23/3").
  it('en: a list whose first number names a part', () => {
    const mandates = mandatesOf('General Assembly resolution S-27/2, annex, and resolution S-27/3 apply.', 'en');
    expect(mandates.map((m) => m.issuer)).toEqual(['General Assembly', 'General Assembly']);
  });
});

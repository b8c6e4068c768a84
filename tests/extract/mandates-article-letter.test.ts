// A provision's paragraph or letter printed right after its number: "Article 73 e of the Charter
// of the United Nations" (the General Assembly's and the Special Committee's agenda item on
// information from Non-Self-Governing Territories), "article 73 (e) of the Charter", "article
// 14(6)(a) of the Covenant", "المادة 73 (هـ) من ميثاق الأمم المتحدة". The number was read alone,
// and what followed it kept the instrument from being read. Our own sentences in those forms.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const provisionsOf = (language: Language, text: string) =>
  mandatesOf(text, language)
    .filter((m) => m.kind === 'provision')
    .map((m) => [m.reference, m.instrument]);

const CASES: [Language, string, [string, string | null][]][] = [
  ['en', 'Information from the Territories transmitted under Article 73 e of the Charter of the United Nations.', [['article 73(e)', 'the Charter of the United Nations']]],
  ['en', 'Under article 73 (e) of the Charter, the Committee will act.', [['article 73(e)', 'the Charter']]],
  ['en', 'Under article 14(6)(a) of the Covenant, the Committee will act.', [['article 14(6)(a)', 'the Covenant']]],
  ['en', 'Under article 14 (6) of the Covenant, the Committee will act.', [['article 14(6)', 'the Covenant']]],
  ['en', 'Under rule 8 (b) of the rules of procedure, the Bureau will act.', [['rule 8(b)', 'the rules of procedure']]],
  ['ar', 'المعلومات المرسلة بموجب المادة 73 (هـ) من ميثاق الأمم المتحدة.', [['article 73(e)', 'ميثاق الأمم المتحدة']]],
  ['ru', 'Информация о территориях, передаваемая на основании статьи 73 e Устава Организации Объединенных Наций.', [['article 73(e)', 'Устава Организации Объединенных Наций']]],
  // French and Spanish name the letter first.
  ['fr', 'Renseignements relatifs aux territoires communiqués en application de l’alinéa e de l’Article 73 de la Charte des Nations Unies.', [['article 73(e)', 'Charte des Nations Unies']]],
  ['fr', 'Conformément à l’alinéa b) de l’article 17 du règlement intérieur, le Bureau se réunit.', [['article 17(b)', 'règlement intérieur']]],
  ['es', 'Información sobre los territorios transmitida en virtud del inciso e del Artículo 73 de la Carta de las Naciones Unidas.', [['article 73(e)', 'Carta de las Naciones Unidas']]],
  // As before: a letter that no "of" follows is no part of the provision, nor a year in brackets.
  ['en', 'Under article 5 a report will be made.', [['article 5', null]]],
  ['en', 'Articles 5 and 6 of the Convention apply.', [['article 5', 'the Convention'], ['article 6', 'the Convention']]],
  // A sub-item's marker opening the next line is no letter of the article.
  ['en', '1. Elections under rule 4\n(a) Election of officers', [['rule 4', null]]],
];

describe('a paragraph or letter after a provision’s number', () => {
  it.each(CASES)('%s: %s', (language, text, provisions) => {
    expect(provisionsOf(language, text)).toEqual(provisions);
  });
});

describe('a rule numbered with a full stop keeps its number only', () => {
  it('en: "General Rule VI.2 (c)" is rule VI, as before', () => {
    expect(provisionsOf('en', 'In line with General Rule VI.2 (c), the Board will act.').map(([reference]) => reference)).toEqual(['rule VI']);
  });
});

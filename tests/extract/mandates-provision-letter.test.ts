// A provision's lettered paragraph printed right after its number, with no paragraph between:
// "rules 13 (a) and 48" (the General Assembly's agenda citing its rules of procedure), "l'article
// 8 j) de la Convention" (the CBD's Article 8(j)), "статьи 8 j) Конвенции", "المادة 8 (ي)", and in
// Chinese after the article or inside its frame, "议事规则第13条(a)款", "《公约》第8(j)条". The letter
// was dropped (rule 13, article 8), the list after it lost ("and 48"), the instrument misread
// ("статьи 8 j": instrument "j"), or the Chinese frame not read at all.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const CASES: [Language, string, [string, string | null][]][] = [
  ['en', 'Report of the Secretary-General on the work of the Organization (rules 13 (a) and 48).', [['rule 13(a)', null], ['rule 48', null]]],
  ['en', 'The Working Group will consider article 8(j) of the Convention.', [['article 8(j)', 'the Convention']]],
  ['fr', "Le Groupe de travail examinera l'application de l'article 8 j) de la Convention.", [['article 8(j)', 'Convention']]],
  ['es', 'El Grupo examinará la aplicación del artículo 8 j) del Convenio.', [['article 8(j)', 'Convenio']]],
  ['ru', 'Рабочая группа рассмотрит осуществление статьи 8 j) Конвенции.', [['article 8(j)', 'Конвенции']]],
  ['ru', 'В соответствии с правилом 13 a) правил процедуры Ассамблея рассмотрит доклад.', [['rule 13(a)', 'правил процедуры']]],
  ['ar', 'سينظر الفريق في تنفيذ المادة 8 (ي) من الاتفاقية.', [['article 8(j)', 'الاتفاقية']]],
  ['zh', '工作组将审议《生物多样性公约》第8(j)条的执行情况。', [['article 8(j)', '《生物多样性公约》']]],
  ['zh', '根据议事规则第13条(a)款和第48条，大会将审议本项目。', [['article 13(a)', '议事规则'], ['article 48', '议事规则']]],
];

describe('a lettered paragraph right after a provision’s number', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    const provisions = mandatesOf(text, lang).filter((m) => m.kind === 'provision');
    expect(provisions.map((m) => [m.reference, m.instrument])).toEqual(expected);
  });

  it('fr: a sub-item lettered on the next line is no paragraph of the article ending the line', () => {
    const provisions = mandatesOf("Élection du Bureau conformément à l'article 3\nb) Rapport du Comité", 'fr').filter((m) => m.kind === 'provision');
    expect(provisions.map((m) => m.reference)).toEqual(['article 3']);
  });

  it('en: a bracket that holds no letter is no paragraph', () => {
    const provisions = mandatesOf('Under article 5 (see annex) the Committee meets.', 'en').filter((m) => m.kind === 'provision');
    expect(provisions.map((m) => m.reference)).toEqual(['article 5']);
  });
});

// An instrument's name ends before a phrase that tells what the provision makes of something:
// "…the rules of procedure as the first item of the agenda". Each language by its own form, all
// locale data: English "as", Spanish "como", French "comme" (and "en tant que", ending at "en"),
// Arabic "بوصفه" (`instrumentStops`); Russian by case, an instrumental after the name's genitive
// chain (`otherCaseEndings`, "правил процедуры первым пунктом"), not after a preposition of the
// name (`namePrepositions`, "Конвенции о биологическом разнообразии").
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  ['en', 'Under rule 6 of the rules of procedure as the opening item of the session, the Board elects.', 'the rules of procedure'],
  // A title goes on past "as" before a capital.
  ['en', 'Article 2 of the Convention on Wetlands as Habitats of Waterfowl applies.', 'the Convention on Wetlands as Habitats of Waterfowl'],
  ['es', 'Con arreglo al artículo 6 del reglamento como tema inicial del período de sesiones, la Junta elige.', 'reglamento'],
  ['fr', "Selon l'article 6 du règlement intérieur comme point initial de la session, le Conseil élit.", 'règlement intérieur'],
  ['fr', "Selon l'article 6 du règlement intérieur en tant que point initial de la session, le Conseil élit.", 'règlement intérieur'],
  ['ar', 'وفقا للمادة 6 من النظام الداخلي بوصفه البند الافتتاحي للدورة، ينتخب المجلس.', 'النظام الداخلي'],
  ['ru', 'В соответствии с правилом 6 правил процедуры вторым вопросом сессии является выбор.', 'правил процедуры'],
  ['ru', 'Согласно правилу 6 правил процедуры Совета очередным пунктом становятся выборы.', 'правил процедуры Совета'],
  ['ru', 'Согласно статье 6 Конвенции совещаниями Сторон руководит Бюро.', 'Конвенции'],
  // After a preposition of the name, its words take the preposition's case.
  ['ru', 'Согласно статье 6 Конвенции о биологическом разнообразии, Стороны представляют.', 'Конвенции о биологическом разнообразии'],
  ['ru', 'Статья 2 Протокола о запрещении оружия с неизбирательным действием.', 'Протокола о запрещении оружия с неизбирательным действием'],
  ['zh', '依照议事规则第6条作为会议的第一个项目，理事会选举。', '议事规则'],
];

describe('an instrument’s name ends before an "as …" phrase or a word in another case', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

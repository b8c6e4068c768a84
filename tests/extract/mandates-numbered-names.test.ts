// An abbreviation or sign before a number inside an instrument's name ("Protocol No. 14",
// "Convenio núm. 169", "Protocole n° 14", "Протокол № 14") does not end the name at its full stop
// or sign: the name keeps the number as printed (locale `mandates.numberAbbreviations`). Arabic
// ("البروتوكول رقم 14") and Chinese (《第14号议定书》) print a word, read already; they are checked too.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  ['en', 'Under article 7 of Protocol No. 9, the Committee reports.', 'Protocol No. 9'],
  ['en', 'The Meeting recalls article 3 of Convention No. 102 of the ILO.', 'Convention No. 102 of the ILO'],
  // After the number the name goes on as after its head word: "to the" and a capital.
  ['en', 'Article 2 of Additional Protocol No. 3 to the Charter applies here.', 'Additional Protocol No. 3 to the Charter'],
  ['en', 'See rule 4 of the rules of procedure (Vol. 2) as revised.', 'the rules of procedure'],
  ['es', 'De conformidad con el artículo 7 del Protocolo No. 9, el Comité informará.', 'Protocolo No. 9'],
  ['es', 'La Reunión recuerda el artículo 3 del Convenio núm. 102 de la OIT.', 'Convenio núm. 102 de la OIT'],
  ['es', 'Según el artículo 7 del Protocolo n.º 9, el Comité informará.', 'Protocolo n.º 9'],
  ['fr', "Conformément à l'article 7 du Protocole n° 9, le Comité fait rapport.", 'Protocole n° 9'],
  ['fr', "La Réunion rappelle l'article 3 de la Convention no 102 de l'OIT.", "Convention no 102 de l'OIT"],
  ['ru', 'В соответствии со статьей 7 Протокола № 9 Комитет представляет доклад.', 'Протокола № 9'],
  ['ru', 'Совещание ссылается на статью 3 Конвенции № 102 Международной организации труда.', 'Конвенции № 102 Международной организации труда'],
  ['ar', 'وفقا للمادة 7 من البروتوكول رقم 9، تقدم اللجنة تقريرها.', 'البروتوكول رقم 9'],
  ['zh', '根据《第9号议定书》第7条，委员会提交报告。', '《第9号议定书》'],
];

describe('an instrument’s name keeps its number after "No.", "n°", "№"', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });

  it('a full stop not before a number still ends the name', () => {
    expect(instrumentOf('Article 7 of the Protocol. No decision was taken.', 'en')).toBe('the Protocol');
  });
});

// An instrument's name that ends an item's title, the next item's line right under it ("1. Review
// of article 4 of the Convention on Coastal Waters" / "2. Other matters", a list printed without
// blank lines or final stops): the name ends with its line. It ran over the line break into the
// next item's number ("…Coastal Waters 2"), and in Arabic, whose marker "2-" is no punctuation the
// name stops at, into its title ("…الساحلية 2- مسائل أخرى"). A name wrapped onto the next line
// (no marker there) still goes on.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const instruments = (language: Language, text: string) =>
  parseAgenda(text, { lang: language })
    .mandates.filter((m) => m.kind === 'provision')
    .map((m) => m.instrument);

const CASES: [Language, string, string, string][] = [
  ['en', 'Provisional agenda', '1. Review of article 4 of the Convention on Coastal Waters\n2. Other matters', 'the Convention on Coastal Waters'],
  ['en', 'Provisional agenda', '1. Review of rule 4 of the rules of procedure of the Commission\n2) Other matters', 'the rules of procedure of the Commission'],
  ['en', 'Provisional agenda', '1.   Review of article 4 of the Convention on Coastal Waters\n     2.   Other matters', 'the Convention on Coastal Waters'],
  ['fr', 'Ordre du jour provisoire', '1. Examen de l’article 4 de la Convention sur les eaux côtières\n2. Questions diverses', 'Convention sur les eaux côtières'],
  ['es', 'Programa provisional', '1. Examen del artículo 4 de la Convención sobre las Aguas Costeras\n2. Otros asuntos', 'Convención sobre las Aguas Costeras'],
  ['ru', 'Предварительная повестка дня', '1. Рассмотрение статьи 4 Конвенции о прибрежных водах\n2. Прочие вопросы', 'Конвенции о прибрежных водах'],
  ['ar', 'جدول الأعمال المؤقت', '1- استعراض المادة 4 من اتفاقية المياه الساحلية\n2- مسائل أخرى', 'اتفاقية المياه الساحلية'],
  ['ar', 'جدول الأعمال المؤقت', '1 - استعراض المادة 4 من اتفاقية المياه الساحلية\n2 - مسائل أخرى', 'اتفاقية المياه الساحلية'],
  // Wrapped onto a line of its own, the name goes on.
  ['en', 'Provisional agenda', '1. Review of article 4 of the Convention on\n   Coastal Waters\n2. Other matters', 'the Convention on Coastal Waters'],
];

describe('an instrument’s name ends with its item’s line, before the next item’s marker', () => {
  it.each(CASES)('%s: %s / %s', (language, title, list, instrument) => {
    expect(instruments(language, `${title}\n\n${list}\n`)).toEqual([instrument]);
  });
});

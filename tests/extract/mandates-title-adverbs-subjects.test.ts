// Two ends of an instrument's name, each by a form real treaty titles and agendas print.
// 1. A title may bring what it protects by an adverb and its "as" word ("…of International
//    Importance especially as Waterfowl Habitat", "…d'importance internationale particulièrement
//    comme habitats des oiseaux d'eau", "…especialmente como Hábitat de Aves Acuáticas"): the
//    adverb is no verb of the clause, and the "as" word after it stays in the name (locale
//    `adverbEndings`, `asWords`); a clause's "as" phrase right after the name still ends it.
// 2. The next clause's subject printed right after the name with no comma is no part of it: in
//    Russian a capitalised subject or nominative adjective after any word of the name
//    (`clauseSubjects`, `nominativeEndings`); in English, French and Spanish an article that no
//    preposition joins to the name, before a body or a subject, and a subject right after the
//    name's capitalised word ("…of the Convention Parties will"). A name never ends in an article.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const TITLE_ADVERBS: [Language, string, string][] = [
  ['en', 'The Meeting will review article 4 of the Convention on Marshes of Regional Value especially as Heron Habitat at its session.', 'the Convention on Marshes of Regional Value especially as Heron Habitat'],
  ['en', 'Under article 9 of the Agreement on Lakes of Global Significance particularly as Crane Habitat, the Parties report.', 'the Agreement on Lakes of Global Significance particularly as Crane Habitat'],
  ['fr', "La Réunion examinera l'article 4 de la Convention relative aux marais d'intérêt régional particulièrement comme habitats des hérons, puis décidera.", "Convention relative aux marais d'intérêt régional particulièrement comme habitats des hérons"],
  ['es', 'La Reunión examinará el artículo 4 de la Convención relativa a los Pantanos de Valor Regional especialmente como Hábitat de Garzas y decidirá.', 'Convención relativa a los Pantanos de Valor Regional especialmente como Hábitat de Garzas'],
  // A clause's "as" phrase right after the name, or after a noun ending like an adverb, still ends it.
  ['en', 'Under rule 6 of the rules of procedure as the opening item of the session, the Board elects.', 'the rules of procedure'],
  ['fr', "Selon l'article 6 du règlement comme point initial de la session, le Conseil élit.", 'règlement'],
  ['fr', "Selon l'article 6 du règlement intérieur comme point initial de la session, le Conseil élit.", 'règlement intérieur'],
  ['es', 'Con arreglo al artículo 6 del reglamento como tema inicial del período de sesiones, la Junta elige.', 'reglamento'],
  // A small word with the adverb's ending right after the title's capital, with no "as" word, is still the verb.
  ['en', 'Under article 2 of the Convention on Marshes presently applies to all Parties.', 'the Convention on Marshes'],
];

const SUBJECTS: [Language, string, string][] = [
  ['ru', 'В соответствии со статьей 3 Конвенции о морском биоразнообразии Стороны представят доклады.', 'Конвенции о морском биоразнообразии'],
  ['ru', 'В соответствии со статьей 3 Конвенции о морском биоразнообразии Рабочая группа изберет Председателя.', 'Конвенции о морском биоразнообразии'],
  ['ru', 'В соответствии с правилом 12 правил процедуры Совещания рабочая группа изберет Бюро.', 'правил процедуры Совещания'],
  ['ru', 'Согласно статье 8 Конвенции Предварительная повестка дня подготовлена секретариатом.', 'Конвенции'],
  // A finite verb right after the number: no instrument is named.
  ['ru', 'Пункт 4 статьи 12 касается взаимной помощи.', null as unknown as string],
  // Genitives after the name's lower-case words stay in it.
  ['ru', 'Согласно правилу 5 правил процедуры Конференции Сторон, сессию открывает Председатель.', 'правил процедуры Конференции Сторон'],
  ['en', 'Under article 12, paragraph 2, of the Convention the Committee meets twice a year.', 'the Convention'],
  ['en', 'Under article 12 of the Convention the Parties will report every four years.', 'the Convention'],
  ['en', 'Under article 12 of the Convention Parties will report every four years.', 'the Convention'],
  ['en', 'Under rule 3 of the rules of procedure the Working Group elects its officers.', 'the rules of procedure'],
  // Inside a name, "Parties" after "States" and after "the" goes on with it.
  ['en', 'Under rule 3 of the rules of procedure of the Meeting of the States Parties to the Convention, it elects.', 'the rules of procedure of the Meeting of the States Parties to the Convention'],
  ['en', 'Under article 6 of the Agreement Concerning the Protection of Alpine Lakes, it reports.', 'the Agreement Concerning the Protection of Alpine Lakes'],
  ['fr', "Conformément à l'article 12 de la Convention le Comité se réunit deux fois par an.", 'Convention'],
  ['fr', "Conformément à l'article 12 de la Convention les Parties présentent un rapport.", 'Convention'],
  ['fr', "Conformément à l'article 3 du règlement intérieur de la Conférence des Parties, elle élit.", 'règlement intérieur de la Conférence des Parties'],
  ['es', 'De conformidad con el artículo 12 de la Convención el Comité se reunirá dos veces al año.', 'Convención'],
  ['es', 'De conformidad con el artículo 12 de la Convención las Partes presentarán informes.', 'Convención'],
  ['es', 'De conformidad con el artículo 3 del reglamento de la Conferencia de las Partes, esta elegirá.', 'reglamento de la Conferencia de las Partes'],
];

describe('a title’s adverb and "as" word stay in the name', () => {
  it.each(TITLE_ADVERBS)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

describe('the next clause’s subject after a name with no comma is no part of it', () => {
  it.each(SUBJECTS)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

// Long treaty titles with lower-case words inside (`nameInnerWords`, a stop word past a possessive;
// Russian `titleHeads`); a place after French "à" (`placePrepositions`) and a Russian dative
// subject (`agreeingAdjectiveEndings`, "-е" in `otherCaseEndings`) end a name; clause verbs still do.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string | null][] = [
  // A title's small word before its next capitalised word.
  ['en', 'Under article 4 of the Montreal Protocol on Substances that Deplete the Ozone Layer, the Parties will report.', 'the Montreal Protocol on Substances that Deplete the Ozone Layer'],
  ['en', 'Article 9 of the Protocol on Fair Sharing of Benefits Arising from their Utilization applies here.', 'the Protocol on Fair Sharing of Benefits Arising from their Utilization'],
  ['en', 'Under article 11 of the Convention on the Control of Movements of Hazardous Wastes and their Disposal, the Committee meets.', 'the Convention on the Control of Movements of Hazardous Wastes and their Disposal'],
  ['es', 'Con arreglo al artículo 11 del Convenio sobre el Control de los Movimientos de los Desechos Peligrosos y su Eliminación, el Comité se reunirá.', 'Convenio sobre el Control de los Movimientos de los Desechos Peligrosos y su Eliminación'],
  ['es', 'Según el artículo 4 del Protocolo relativo a las Sustancias que Agotan la Capa de Ozono, las Partes informarán.', 'Protocolo relativo a las Sustancias que Agotan la Capa de Ozono'],
  // Clause verbs and the next clause's subject still end the name.
  ['en', 'Article 7 of the Convention calls on Parties to report.', 'the Convention'],
  ['en', 'Article 2 of the Agreement signed in Paris applies.', 'the Agreement'],
  ['en', 'Under article 3 of the Convention that Parties ratified, reports are due.', 'the Convention'],
  ['en', 'Under article 3 of the Convention and the Conference of the Parties, reports are due.', 'the Convention'],
  ['es', 'El artículo 7 del Convenio y su Comité Ejecutivo examinarán el tema.', 'Convenio'],
  ['en', 'Under article 3 of the Convention under the Kyoto Protocol, reports are due.', 'the Convention'],
  ['en', 'Article 4 of the Agreement between the United Nations and Kenya applies.', 'the Agreement between the United Nations and Kenya'],
  // Russian: "по" after an instrument's head noun goes on; after another small word it does not.
  ['ru', 'В соответствии со статьей 8 Рамочной конвенции по защите морской среды Стороны рассмотрят доклад.', 'Рамочной конвенции по защите морской среды'],
  ['ru', 'Согласно статье 3 Протокола по регистрам выбросов Стороны представят доклады.', 'Протокола по регистрам выбросов'],
  ['ru', 'В соответствии с правилом 8 правил процедуры по просьбе Председателя сессия открывается.', 'правил процедуры'],
  // A place after French "à" ends the name; "à la Convention" goes on.
  ['fr', "En vertu de l'article 8 de la Convention à Genève, les Parties se réuniront.", 'Convention'],
  ['fr', "Conformément à l'article 2 du Protocole additionnel à la Convention, le Comité se réunit.", 'Protocole additionnel à la Convention'],
  ['fr', "Conformément à l'article 7 de la Convention à la Conférence des Parties, un rapport est soumis.", 'Convention'],
  ['fr', "L'article 8 de la Convention à l'examen des Parties prévoit un rapport.", 'Convention'],
  // A Russian dative subject after the name: "Рабочей группе будет представлен".
  ['ru', 'В соответствии со статьей 5 Конвенции Рабочей группе будет представлен доклад.', 'Конвенции'],
  ['ru', 'Согласно статье 4 Соглашения Специальному комитету будет представлена записка.', 'Соглашения'],
];

describe('long treaty titles and the words that end them', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

// "Article 6.2 of the Paris Agreement": an article's paragraph after a full stop (climate texts);
// a rule so numbered ("staff rule 101.2") is read as before.
const DOTTED: [Language, string, string, string | null][] = [
  ['en', 'Cooperation under Article 6.2 of the Paris Agreement will be discussed.', 'article 6(2)', 'the Paris Agreement'],
  ['fr', "La coopération au titre de l'article 6.4 de l'Accord de Paris sera examinée.", 'article 6(4)', 'Accord de Paris'],
  ['es', 'La cooperación en virtud del artículo 6.2 del Acuerdo de París se examinará.', 'article 6(2)', 'Acuerdo de París'],
  ['ru', 'Сотрудничество согласно статье 6.2 Парижского соглашения будет обсуждено.', 'article 6(2)', 'Парижского соглашения'],
  ['en', 'Under staff rule 104.2 of the Staff Rules, appointments are made.', 'rule 104', null],
  ['en', 'Under article 12. The Parties will then report.', 'article 12', null],
];

describe('an article numbered with its paragraph after a full stop', () => {
  it.each(DOTTED)('%s: %s', (language, text, reference, instrument) => {
    const provision = mandatesOf(text, language).find((m) => m.kind === 'provision');
    expect(provision?.reference).toBe(reference);
    expect(provision?.instrument ?? null).toBe(instrument);
  });
});

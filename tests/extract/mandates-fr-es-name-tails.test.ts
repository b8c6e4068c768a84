// French and Spanish names of bodies and instruments that were cut short (our own sentences in
// the forms UN French and Spanish agendas print):
// - a French adjective ending as verbs do ("-ique", "-ine": locale `nameAdjectiveOrVerbEndings`)
//   after a name's capitalised word is the name's where the name goes on after it or ends there
//   ("Commission économique pour l'Afrique", "Charte démocratique interaméricaine"); before its
//   object it is the clause's verb ("…de la Convention indique que", "…applique les règles");
// - a body's name goes on past its preposition before a capitalised word (`bodyNamePrepositions`:
//   "…pour l'Europe", "…para África"), and in Spanish past a capitalised word after the table's
//   head ("Comisión Económica", "Comité Plenario");
// - a conjunction before an "of" word the name has used already coordinates a second complement
//   ("…des droits de l'homme et des peuples", "…de Derechos Humanos y de los Pueblos"); after the
//   head noun alone it ends the name ("…de la Convention et des Protocoles");
// - a comma listing a name's coordinated words goes on with it ("…Economic, Social and Cultural
//   Rights", "…droits économiques, sociaux et culturels"), in English too;
// - a French title in small letters goes on over its relative clause ("…relatif à des substances
//   qui appauvrissent la couche d'ozone": locale `titleRelatives`).
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const issuerOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind !== 'provision')?.issuer ?? null;
const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const ISSUERS: [Language, string, string | null][] = [
  ['fr', "Conformément à la résolution 71/2 de la Commission économique pour l'Afrique, le secrétariat fera rapport.", "Commission économique pour l'Afrique"],
  ['fr', "Par sa résolution 71/2, la Commission économique pour l'Europe a prié le secrétariat.", "Commission économique pour l'Europe"],
  ['fr', "Conformément à la résolution 71/2 de la Commission économique et sociale pour l'Asie et le Pacifique, un rapport sera présenté.", "Commission économique et sociale pour l'Asie et le Pacifique"],
  ['fr', "Conformément à la résolution 71/2 de la Commission économique pour l'Amérique latine et les Caraïbes, un rapport sera présenté.", "Commission économique pour l'Amérique latine et les Caraïbes"],
  ['fr', "La résolution 44/8 de la Commission africaine des droits de l'homme et des peuples sera examinée.", "Commission africaine des droits de l'homme et des peuples"],
  // The conjunction before a preposition and a citation ends the name; so does a verb after the head.
  ['fr', "Conformément à la résolution 71/2 de la Commission économique pour l'Europe et à la décision 4/2, le Comité se réunira.", "Commission économique pour l'Europe"],
  ['fr', 'La résolution 71/2 de la Commission examine les travaux du Comité.', 'Commission'],
  ['fr', 'La résolution 71/2 de la Commission pour la Conférence des Parties sera examinée.', 'Commission'],
  ['es', 'De conformidad con la resolución 71/2 de la Comisión Económica para África, la secretaría informará.', 'Comisión Económica para África'],
  ['es', 'En su resolución 71/2, la Comisión Económica para América Latina y el Caribe pidió un informe.', 'Comisión Económica para América Latina y el Caribe'],
  ['es', 'De conformidad con la resolución 480 (PLEN.12) del Comité Plenario, la secretaría informará.', 'Comité Plenario'],
  ['es', 'De conformidad con la resolución 71/2 de la Comisión para la Conferencia de las Partes, se informará.', 'Comisión'],
  // A comma listing the name's coordinated words.
  ['fr', 'Conformément à la décision 5/2 du Comité des droits fluviaux, lacustres et maritimes, le Bureau fera rapport.', 'Comité des droits fluviaux, lacustres et maritimes'],
  ['es', 'De conformidad con la decisión 5/2 del Comité de Derechos Fluviales, Lacustres y Marítimos, la Mesa informará.', 'Comité de Derechos Fluviales, Lacustres y Marítimos'],
  ['en', 'Pursuant to decision 5/2 of the Committee on Riverine, Lacustrine and Maritime Rights, the Bureau will report.', 'Committee on Riverine, Lacustrine and Maritime Rights'],
  ['fr', 'Conformément à la décision 5/2 du Comité, le Bureau et le secrétariat feront rapport.', 'Comité'],
  // An executive board's name goes on with its organisation's, in small letters after "pour" past
  // a capitalised word of it; the table's longer names otherwise end as before.
  ['fr', "Conformément à la décision 27/2 du Conseil d'administration du Programme des Nations Unies pour les rivières, le secrétariat fera rapport.", "Conseil d'administration du Programme des Nations Unies pour les rivières"],
  ['fr', "Conformément à la décision 27/2 du Conseil d’administration du Fonds des Nations Unies pour l’irrigation, le secrétariat fera rapport.", 'Conseil d’administration du Fonds des Nations Unies pour l’irrigation'],
  ['es', 'De conformidad con la decisión 2031/7 de la Junta Ejecutiva del Programa de las Naciones Unidas para los Ríos, la secretaría informará.', 'Junta Ejecutiva del Programa de las Naciones Unidas para los Ríos'],
  ['fr', 'Conformément à la décision 5/2 de la Conférence des Parties à la Convention sur les rivières, le secrétariat fera rapport.', 'Conférence des Parties'],
  ['fr', 'Conformément à la résolution 5/2 de la Commission pour la période 2031-2032, le secrétariat fera rapport.', 'Commission'],
  // Right after the head, a noun naming the body's task (locale bodyTaskNounEndings).
  ['fr', "Conformément à la décision 5/2 du Comité pour l'élimination de la pollution des rivières, le secrétariat fera rapport.", "Comité pour l'élimination de la pollution des rivières"],
  ['fr', 'Conformément à la décision 5/2 du Comité pour la période 2031, le secrétariat fera rapport.', 'Comité'],
];

describe('a French or Spanish body named after the number is read whole', () => {
  it.each(ISSUERS)('%s: %s', (language, text, issuer) => {
    expect(issuerOf(text, language)).toBe(issuer);
  });
});

const INSTRUMENTS: [Language, string, string][] = [
  // "-ique" adjectives and verbs.
  ['fr', "L'article 3 de la Charte démocratique interaméricaine s'applique à la session.", 'Charte démocratique interaméricaine'],
  ['fr', "Conformément à l'article 9 de la Convention météorologique régionale, le Bureau fera rapport.", 'Convention météorologique régionale'],
  ['fr', "L'article 4 de la Convention indique que les Parties se réunissent.", 'Convention'],
  ['fr', "L'article 4 de la Convention applique les règles de la Conférence.", 'Convention'],
  // A second complement after a conjunction.
  ['fr', "En application de l'article 5 de la Charte africaine des droits de l'homme et des peuples, le Comité examinera le rapport.", "Charte africaine des droits de l'homme et des peuples"],
  ['fr', "L'article 6 de la Convention sur le transport des déchets toxiques et de leur élimination prévoit un rapport.", 'Convention sur le transport des déchets toxiques et de leur élimination'],
  ['fr', "L'article 6 de la Convention sur la protection des droits des pêcheurs et des membres de leur famille prévoit un rapport.", 'Convention sur la protection des droits des pêcheurs et des membres de leur famille'],
  ['fr', "Conformément à l'article 8 du règlement intérieur et des directives, le Bureau fera rapport.", 'règlement intérieur'],
  ['fr', "Conformément à l'article 8 de la Convention et des Protocoles, le Bureau fera rapport.", 'Convention'],
  ['fr', "Conformément à l'article 8 de la Convention de Vienne et de la Conférence des Parties, le Bureau fera rapport.", 'Convention de Vienne'],
  ['es', 'De conformidad con el artículo 5 de la Carta Africana de Derechos Humanos y de los Pueblos, el Comité examinará el informe.', 'Carta Africana de Derechos Humanos y de los Pueblos'],
  ['es', 'El artículo 6 de la Convención sobre la Protección de los Derechos de Todos los Pescadores y de sus Familiares dispone que se informe.', 'Convención sobre la Protección de los Derechos de Todos los Pescadores y de sus Familiares'],
  ['es', 'De conformidad con el artículo 8 del Convenio y de sus Protocolos, la Mesa informará.', 'Convenio'],
  ['es', 'De conformidad con el artículo 8 de la Convención de Viena y de la Asamblea General, la Mesa informará.', 'Convención de Viena'],
  // An article alone after the conjunction, where the name has one already; a second instrument ends it.
  ['es', 'De conformidad con el artículo 3 del Protocolo contra la Pesca y el Comercio Ilícitos de Especies Marinas, se examinará.', 'Protocolo contra la Pesca y el Comercio Ilícitos de Especies Marinas'],
  ['fr', "Conformément à l'article 3 du Protocole contre la pêche et le commerce illicites d'espèces marines, rien.", "Protocole contre la pêche et le commerce illicites d'espèces marines"],
  ['es', 'El artículo 3 del Convenio sobre la Diversidad de los Suelos y el Protocolo de Lima dispone que se informe.', 'Convenio sobre la Diversidad de los Suelos'],
  ['es', 'El artículo 3 de la Convención sobre la Diversidad de los Suelos y de su Protocolo dispone que se informe.', 'Convención sobre la Diversidad de los Suelos'],
  ['fr', "L'article 3 de la Convention sur la diversité des sols et le Protocole de Lima prévoit un rapport.", 'Convention sur la diversité des sols'],
  ['es', 'El artículo 3 del Convenio y el Protocolo dispone que se informe.', 'Convenio'],
  // A comma listing the title's coordinated adjectives (the International Covenant's form), not a clause after the name.
  ['fr', "Conformément à l'article 2 du Pacte international relatif aux droits fluviaux, lacustres et maritimes, le Comité examinera le rapport.", 'Pacte international relatif aux droits fluviaux, lacustres et maritimes'],
  ['es', 'De conformidad con el artículo 2 del Pacto Internacional de Derechos Fluviales, Lacustres y Marítimos, el Comité examinará el informe.', 'Pacto Internacional de Derechos Fluviales, Lacustres y Marítimos'],
  ['en', 'Under article 2 of the International Covenant on Riverine, Lacustrine and Maritime Rights, the Committee will consider the report.', 'the International Covenant on Riverine, Lacustrine and Maritime Rights'],
  ['en', 'Under article 2 of the Convention, Parties and observers will report.', 'the Convention'],
  ['es', 'De conformidad con el artículo 2 del Pacto, Estados y organizaciones informarán.', 'Pacto'],
  ['fr', "Conformément à l'article 2 du Pacte, décide et prie le secrétariat.", 'Pacte'],
  // "à l'égard" past a preposition of the title (locale namePrepositions, nameCompoundPrepositions).
  ['fr', "Conformément à l'article 18 de la Convention sur l'élimination de toutes les formes de pollution à l'égard des rivières, le Comité examinera le rapport.", "Convention sur l'élimination de toutes les formes de pollution à l'égard des rivières"],
  ['fr', "Conformément à l'article 18 de la Convention à l'égard des Parties, le Comité examinera le rapport.", 'Convention'],
  ['es', 'De conformidad con el artículo 18 de la Convención sobre la Eliminación de Todas las Formas de Contaminación contra los Ríos, el Comité examinará el informe.', 'Convención sobre la Eliminación de Todas las Formas de Contaminación contra los Ríos'],
  // "pour" and a noun naming the instrument's task after a capitalised word of the name.
  ['fr', "L'article 4 de la Convention de Lima pour la protection des rivières prévoit un rapport.", 'Convention de Lima pour la protection des rivières'],
  ['fr', "L'article 2 de la Convention pour la prévention et la répression de la pollution des rivières prévoit un rapport.", 'Convention pour la prévention et la répression de la pollution des rivières'],
  ['fr', "L'article 4 de la Convention pour la période 2031 prévoit un rapport.", 'Convention'],
  // A title's relative clause in small letters; a clause about the instrument ends it.
  ['fr', "Conformément à l'article 5 du Protocole relatif à des produits qui réchauffent la haute atmosphère, la Réunion examinera le rapport.", 'Protocole relatif à des produits qui réchauffent la haute atmosphère'],
  ['fr', "L'article 5 de la Convention sur certains pesticides dangereux qui font l'objet d'un commerce, rien de plus.", "Convention sur certains pesticides dangereux qui font l'objet d'un commerce"],
  ['fr', "L'article 4 de la Convention qui prévoit la tenue des sessions sera examiné.", 'Convention'],
  ['fr', "L'article 8 de la Convention sur la diversité des sols qui énonce les principes sera examiné.", 'Convention sur la diversité des sols'],
  ['fr', "L'article 8 du règlement intérieur qui régit les travaux sera examiné.", 'règlement intérieur'],
];

describe('a French or Spanish instrument is read whole', () => {
  it.each(INSTRUMENTS)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

// French: words as UN French documents print them (../shared/UN-FORMS.md): masthead "Distr.
// générale" / "Original : anglais", sub-items "a)", dates "27 janvier 2010", "1er février",
// "du 8 au 17 octobre 2008", times "10 heures-13 heures", "10 h 30", timetable "(suite)".
// Matching folds case and accents for look-ups, but the patterns built from these words do not
// fold accents, so unaccented spellings that occur in extracted text are listed too.
import type { Locale } from './types.js';

export const fr: Locale = {
  code: 'fr',
  arabicMorphology: false,
  months: [
    ['janvier', 'janv.'],
    ['février', 'fevrier', 'févr.', 'fevr.'],
    ['mars'],
    ['avril', 'avr.'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil.'],
    ['août', 'aout'],
    ['septembre', 'sept.'],
    ['octobre', 'oct.'],
    ['novembre', 'nov.'],
    ['décembre', 'decembre', 'déc.', 'dec.'],
  ],
  weekdays: [['dimanche'], ['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi']],
  // "le lundi 30 mai 2011", "le 1er avril".
  dayPrefix: ['le'],
  // "du 8 au 17 octobre 2008"; "les 15 et 16 décembre 2010".
  rangeFrom: ['du'],
  rangeTo: ['au'],
  pairPrefix: ['les'],
  pairAnd: ['et'],
  headings: {
    annotatedTitle: [
      'Ordre du jour provisoire annoté',
      'Ordre du jour provisoire et annotations',
      'Annotations à l’ordre du jour provisoire',
      'Ordre du jour provisoire annoté et projet d’organisation des travaux',
      'Annotations à l’ordre du jour',
      'Ordre du jour annoté',
      'Ordre du jour provisoire, annotations',
      // Le Conseil des droits de l'homme (A/HRC/NN/1).
      'Ordre du jour et annotations',
      // La CEA : « Projet d’ordre du jour annoté ».
      'Projet d’ordre du jour annoté',
      'Projet d’ordre du jour provisoire annoté',
    ],
    // Un projet d’ordre du jour (CEA) n’est pas encore adopté : il est provisoire.
    provisionalTitle: ['Ordre du jour provisoire', 'Projet d’ordre du jour', 'Projet d’ordre du jour provisoire'],
    // The General Assembly's preliminary lists (A/…/50, A/…/100), printed on one line.
    agendaTitle: [
      'Ordre du jour',
      'Liste préliminaire annotée des questions à inscrire à l’ordre du jour provisoire',
      'Liste préliminaire des questions à inscrire à l’ordre du jour provisoire',
    ],
    annotations: ['Annotations', 'Annotations à l’ordre du jour provisoire'],
    documentation: [
      'Documentation',
      'Documents',
      'Document',
      'Document de travail',
      'Documents de travail',
      'Document de référence',
      'Documents de référence',
      'Documents d’information',
    ],
    annex: ['Annexe'],
    organizationOfWork: [
      'Projet d’organisation des travaux',
      'Organisation des travaux proposée',
      'Proposition d’organisation des travaux',
      'Organisation des travaux',
      'Calendrier provisoire',
      'Projet de calendrier',
      // Treaty meetings (BWC/MSP) head their timetable so; ECLAC its section on the session's timetable.
      'Programme de travail provisoire',
      'Organisation de la session',
    ],
    itemAnnotation: ['Annotation'],
    // "Under this item, …": a paragraph about the whole item, not its last sub-item.
    wholeItem: ['Au titre de ce point', 'Au titre du présent point', 'Dans le cadre de ce point'],
    // "Débat commun", "Débat consacré au PNUD".
    segment: { first: ['Débat'] },
    documentLine: {
      first: ['Lettre datée', 'Lettres datées', 'Lettres identiques datées', 'Rapport du Secrétaire général', 'Note du Président', 'Note de la Présidente', 'Note du Secrétaire général'],
    },
  },
  abbreviations: ['etc', 'et al'],
  continued: ['suite'],
  subItemLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  // "Point 2 de l'ordre du jour provisoire", "Point 1. Élection du Bureau".
  itemWord: ['Point', 'Points'],
  itemOfAgenda: ['de l’ordre du jour provisoire', "de l'ordre du jour provisoire", 'de l’ordre du jour', "de l'ordre du jour"],
  mandates: {
    decision: ['décision', 'décisions', 'decision'],
    resolution: ['résolution', 'résolutions', 'resolution'],
    // "paragraphe 7 de l'article 63": the "of" word "de l'" joins the keyword with no space.
    article: ['article', 'articles'],
    paragraph: ['paragraphe', 'paragraphes', 'alinéa'],
    subparagraph: ['alinéa', 'alinéas', 'sous-alinéa'],
    // UN French names a rule of procedure "article" ("article 2 du règlement intérieur"); "règle"
    // occurs for financial and staff rules.
    rule: ['règle', 'règles'],
    // Between two citations of one list: "resolution S-23/2, annex, and resolution S-23/3".
    citationParts: ['annexe', 'annexes', 'appendice', 'section', 'sections', 'partie', 'parties', 'chapitre', 'par.', 'sect.'],
    sameAs: [
      'cette même résolution',
      'la même résolution',
      'ladite résolution',
      'cette résolution',
      'cette même décision',
      'la même décision',
      'ladite décision',
      'cette décision',
    ],
    // "de l'Assemblée générale": the elided article is joined to the next word.
    of: ['de', 'du', 'de la', 'des', 'de l’', "de l'"],
    // "l'Accord de Paris": the elided article joins its word with no space.
    articles: ['le', 'la', 'les', "l'", 'l’'],
    instrumentStops: [
      'et', 'ou', 'au', 'aux', 'pour', 'qui', 'que', 'par', 'en',
      // "…du règlement intérieur comme premier point de l'ordre du jour" ("en tant que" ends at "en").
      'comme',
      // "la Convention a décidé": "a" (has) is the clause's verb.
      'a',
      // "l'article 10 du règlement intérieur prévoit …".
      'prévoit', 'dispose', 'stipule',
      // A reflexive or negative clitic starts the clause's verb ("le règlement intérieur
      // s'applique", "… ne prévoit pas"); elided, it is printed on the verb and ends in its
      // apostrophe here. So do the auxiliaries ("… est applicable", "… sera appliqué").
      "s'", 's’', 'se', "n'", 'n’', 'ne', 'est', 'sont', 'sera', 'seront', 'doit', 'doivent', 'peut', 'peuvent',
    ],
    // "le règlement intérieur figurant en annexe à la résolution 5/1".
    instrumentLinks: ['relatif', 'relative', 'relatifs', 'relatives', 'concernant', 'figurant', 'annexé', 'annexés', 'contenu', 'contenus'],
    // "…d'importance internationale particulièrement comme habitats des oiseaux d'eau".
    adverbEndings: ['ment'],
    asWords: ['comme'],
    // "articles 6 à 8 du règlement intérieur".
    rangeTo: ['à'],
    // "Protocole n° 14", "Convention no 169", "art. 5", "par. 3": the sign or full stop before a number stays in the name.
    numberAbbreviations: ['n°', 'nº', 'no', 'nos', 'art.', 'par.', 'Rev.'],
    // "…de la Convention les Parties examineront": the next subject.
    clauseSubjects: ['Parties', 'États', 'Secrétariat', 'Président', 'Présidente', 'Bureau', 'Secrétaire'],
    // "le Comité visé dans la décision 2/CMA.4": la décision nomme l'organe.
    citedBy: ['visé dans', 'visée dans', 'visé à', 'visée à', 'mentionné dans', 'mentionnée dans', 'créé par', 'créée par', 'établi par', 'établie par', 'institué par', 'instituée par'],
    // "…de la Convention à Genève": a place ends the name.
    placePrepositions: ['à'],
    // "Protocole à la Charte africaine des droits de l'homme et des peuples", "Statut de Rome de la
    // Cour pénale internationale": regional and -al adjectives after a capitalised noun.
    nameAdjectiveEndings: ['aine', 'aines', 'ain', 'ains', 'éenne', 'éennes', 'éen', 'éens', 'ale', 'ales', 'aux'],
    // "Commission économique pour l'Afrique", "Charte démocratique interaméricaine", "…l'Amérique
    // latine et les Caraïbes": "-ique" and "-ine" are also verbs' endings ("…de la Convention
    // indique que", "…applique les règles", "…examine"), so such a word is an adjective only
    // where the name goes on after it.
    nameAdjectiveOrVerbEndings: ['ique', 'iques', 'ine', 'ines'],
    // "Commission économique pour l'Europe": "pour" ends an instrument's name, not a body's.
    bodyNamePrepositions: ['pour'],
    // "Protocole de Montréal relatif à des substances qui appauvrissent la couche d'ozone".
    titleRelatives: ['qui'],
    titleRelativeNounEndings: ['s', 'x'],
    titleRelativeVerbEndings: ['ent', 'ont'],
    // "Comité pour l'élimination de la discrimination raciale", "Commission pour la consolidation de la paix".
    bodyTaskNounEndings: ['tion'],
    // "Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes": past
    // a preposition of the title, "à l'égard" is the title's (a place or clause's "à" ends it otherwise).
    namePrepositions: ['sur', 'contre', 'relatif', 'relative', 'relatifs', 'relatives', 'concernant'],
    nameCompoundPrepositions: ["à l'égard", 'à l’égard', "à l'encontre", 'à l’encontre'],
    // "…diversité biologique et le Protocole de Cartagena": a second instrument after a conjunction.
    instrumentHeads: ['Convention', 'Protocole', 'Accord', 'Traité', 'Charte', 'Statut', 'Pacte', 'Règlement', 'Amendement'],
    adoptedBy: ['adoptée par', 'adopté par', 'adoptées par', 'adoptés par'],
    // "… adoptée par la Conférence à sa troisième session": the body's name ends there.
    clauseStops: ['à sa', 'à son', 'lors de sa', 'au cours de sa', 'tenue à', 'tenue le', 'tenue du'],
    entitled: ['intitulée', 'intitulé', 'intitulées', 'intitulés'],
    possessives: ['sa', 'son', 'ses', 'leur', 'leurs'],
    // "Dans sa résolution 1999/30, le Conseil": a Council numbering by year is the Economic and
    // Social Council.
    shortNames: [{ name: 'Conseil', numbering: 'year/number', series: 'E' }],
  },
  bodies: [
    { name: 'Assemblée générale', resolutionSeries: 'A' },
    { name: 'Conseil économique et social', resolutionSeries: 'E' },
    { name: 'Conseil de sécurité', resolutionSeries: 'S' },
    { name: 'Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée' },
    { name: 'Conférence des États parties à la Convention des Nations Unies contre la corruption' },
    { name: 'Conférence des Parties' },
    { name: 'Conférence des États parties' },
    { name: 'Réunion des Parties' },
    { name: 'Conférence' },
    { name: 'Commission' },
    { name: 'Comité' },
    { name: 'Conseil des droits de l’homme', resolutionSeries: 'A/HRC' },
    // Executive boards of the funds and programmes (UNICEF, PNUD/FNUAP/UNOPS, PAM, ONU-Femmes).
    { name: 'Conseil d’administration' },
    { name: 'Conseil' },
  ],
  // "Huitième session", "Quatrième réunion".
  // The General Assembly's special sessions print their kind after the word: "Vingtième session
  // extraordinaire" (A/S-20/…), "Dixième session extraordinaire d'urgence" (A/ES-10/…).
  // "Conférence des Nations Unies…": the organisation's name stands after a body's head, never before it.
  organisationAfterHead: true,
  sessionWord: ["session extraordinaire d'urgence", 'session extraordinaire d’urgence', 'session extraordinaire', 'session', 'réunion'],
  // "Première session ordinaire de 2025", "Session annuelle de 2025".
  sessionKinds: ['ordinaire', 'annuelle', 'de fond'],
  // La Conférence des statisticiens européens : "Soixante-dix-neuvième réunion plénière".
  sessionAdjectives: ['plénière'],
  // The Security Council's masthead: "Seventy-ninth year" / "10412th meeting" (S/Agenda/…).
  councilMasthead: { year: ['année'], meeting: ['séance'] },
  ordinals: {
    'première': 1,
    premier: 1,
    second: 2,
    seconde: 2,
    'deuxième': 2,
    'troisième': 3,
    'quatrième': 4,
    'cinquième': 5,
    'sixième': 6,
    'septième': 7,
    'huitième': 8,
    'neuvième': 9,
    'dixième': 10,
    'onzième': 11,
    'douzième': 12,
    'treizième': 13,
    'quatorzième': 14,
    'quinzième': 15,
    'seizième': 16,
    'dix-septième': 17,
    'dix-huitième': 18,
    'dix-neuvième': 19,
    'vingtième': 20,
    'vingt et unième': 21,
    'vingt-deuxième': 22,
    'vingt-troisième': 23,
    'vingt-quatrième': 24,
    'vingt-cinquième': 25,
    'vingt-sixième': 26,
    'vingt-septième': 27,
    'vingt-huitième': 28,
    'vingt-neuvième': 29,
    'trentième': 30,
    'trente et unième': 31,
    'trente-deuxième': 32,
    'trente-troisième': 33,
    'trente-quatrième': 34,
    'trente-cinquième': 35,
    'trente-sixième': 36,
    'trente-septième': 37,
    'trente-huitième': 38,
    'trente-neuvième': 39,
    'quarantième': 40,
    'quarante et unième': 41,
    'quarante-deuxième': 42,
    'quarante-troisième': 43,
    'quarante-quatrième': 44,
    'quarante-cinquième': 45,
    'quarante-sixième': 46,
    'quarante-septième': 47,
    'quarante-huitième': 48,
    'quarante-neuvième': 49,
    'cinquantième': 50,
    'cinquante et unième': 51,
    'cinquante-deuxième': 52,
    'cinquante-troisième': 53,
    'cinquante-quatrième': 54,
    'cinquante-cinquième': 55,
    'cinquante-sixième': 56,
    'cinquante-septième': 57,
    'cinquante-huitième': 58,
    'cinquante-neuvième': 59,
    'soixantième': 60,
    'soixante et unième': 61,
    'soixante-deuxième': 62,
    'soixante-troisième': 63,
    'soixante-quatrième': 64,
    'soixante-cinquième': 65,
    'soixante-sixième': 66,
    'soixante-septième': 67,
    'soixante-huitième': 68,
    'soixante-neuvième': 69,
    'soixante-dixième': 70,
    'soixante et onzième': 71,
    'soixante-douzième': 72,
    'soixante-treizième': 73,
    'soixante-quatorzième': 74,
    'soixante-quinzième': 75,
    'soixante-seizième': 76,
    'soixante-dix-septième': 77,
    'soixante-dix-huitième': 78,
    'soixante-dix-neuvième': 79,
    'quatre-vingtième': 80,
    'quatre-vingt-unième': 81,
    'quatre-vingt-deuxième': 82,
    'quatre-vingt-troisième': 83,
    'quatre-vingt-quatrième': 84,
    'quatre-vingt-cinquième': 85,
    'quatre-vingt-sixième': 86,
    'quatre-vingt-septième': 87,
    'quatre-vingt-huitième': 88,
    'quatre-vingt-neuvième': 89,
    'quatre-vingt-dixième': 90,
    'quatre-vingt-onzième': 91,
    'quatre-vingt-douzième': 92,
    'quatre-vingt-treizième': 93,
    'quatre-vingt-quatorzième': 94,
    'quatre-vingt-quinzième': 95,
    'quatre-vingt-seizième': 96,
    'quatre-vingt-dix-septième': 97,
    'quatre-vingt-dix-huitième': 98,
    'quatre-vingt-dix-neuvième': 99,
    'centième': 100,
    // Only after "cent": "cent unième" (101st).
    'unième': 1,
  },
  // "Cent quinzième session": the hundred, then an ordinal of the table.
  ordinalHundreds: { cent: 100 },
  ordinalTens: {
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
  },
  time: {
    hours: { midi: 12, minuit: 0 },
    // "à 10 heures".
    hourWord: ['à'],
    morning: ['du matin'],
    afternoon: ['de l’après-midi', "de l'après-midi", 'du soir'],
    halfPast: ['et demie'],
    quarterPast: ['et quart'],
  },
  dates: {
    order: 'dmy',
    // "1er février"; "1re" is feminine, for completeness.
    ordinalSuffixes: ['er', 're'],
    // "le 1er janvier de chaque année".
    eachYear: ['de chaque année', 'chaque année', 'tous les ans', 'de tous les ans'],
  },
  clock: {
    // "10 heures-13 heures", "10 h 30".
    hourSuffixes: ['heures', 'heure', 'h'],
    rangeTo: ['à'],
    rangeFrom: ['de'],
    // "…de 15 heures à 18 heures, sauf le lundi 6 octobre", "à l’exception du lundi", "excepté le".
    exceptBefore: ['sauf', 'exception', 'excepté'],
    // "de 10 heures à midi".
    namedHours: { midi: 12, minuit: 0 },
    // "Matin\t1\tOuverture de la session", "Après-midi (15 heures-18 heures)".
    halfDayMorning: ['Matin', 'Matinée', 'Séance du matin'],
    halfDayAfternoon: ['Après-midi', 'Séance de l’après-midi', "Séance de l'après-midi"],
  },
  languageNames: {
    arabe: 'ar',
    chinois: 'zh',
    anglais: 'en',
    français: 'fr',
    russe: 'ru',
    espagnol: 'es',
  },
  stopwords: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'à', 'au', 'aux', 'pour', 'dans', 'sur', 'contre', 'par', 'une', 'est'],
};

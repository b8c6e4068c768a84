// English: the language of most mastheads (Arabic, Russian and Chinese versions keep the
// "Distr.: General / date / Original: English" block in English).
import type { Locale } from './types.js';

export const en: Locale = {
  code: 'en',
  arabicMorphology: false,
  months: [
    ['January', 'Jan.'],
    ['February', 'Feb.'],
    ['March', 'Mar.'],
    ['April', 'Apr.'],
    ['May'],
    ['June'],
    ['July'],
    ['August', 'Aug.'],
    ['September', 'Sept.', 'Sep.'],
    ['October', 'Oct.'],
    ['November', 'Nov.'],
    ['December', 'Dec.'],
  ],
  weekdays: [['Sunday'], ['Monday'], ['Tuesday'], ['Wednesday'], ['Thursday'], ['Friday'], ['Saturday']],
  dayPrefix: ['on'],
  rangeFrom: ['from'],
  rangeTo: ['to', 'until'],
  pairPrefix: ['on'],
  pairAnd: ['and'],
  headings: {
    annotatedTitle: [
      'Provisional agenda and annotations',
      'Annotated provisional agenda',
      'Annotations to the provisional agenda',
      'Annotations to the agenda',
      'Provisional annotated agenda',
      'Annotated agenda',
      'Provisional agenda, annotations thereto',
      // The Human Rights Council's agenda (A/HRC/NN/1) has no "provisional".
      'Agenda and annotations',
      // ECA and other regional bodies title an agenda not yet adopted as a draft; Rev.1 documents as revised.
      'Draft annotated agenda',
      'Draft annotated provisional agenda',
      'Annotated draft agenda',
      'Revised annotated provisional agenda',
    ],
    // A draft agenda (ECA and other regional bodies) is one not yet adopted: a provisional one.
    provisionalTitle: ['Provisional agenda', 'Draft agenda', 'Draft provisional agenda', 'Revised provisional agenda'],
    // The General Assembly's preliminary lists (A/…/50, A/…/100), printed on one line.
    agendaTitle: ['Agenda', 'Annotated preliminary list of items to be included in the provisional agenda', 'Preliminary list of items to be included in the provisional agenda'],
    annotations: ['Annotations', 'Annotations to the provisional agenda'],
    // ECLAC heads its lists "Working document(s):" and "Reference documents:".
    documentation: [
      'Documentation',
      'Documents',
      'Document',
      'Working document',
      'Working documents',
      'Reference document',
      'Reference documents',
      'Documents for information',
    ],
    annex: ['Annex'],
    organizationOfWork: [
      'Proposed organization of work',
      'Organization of work',
      'Proposed timetable',
      'Provisional timetable',
      'Tentative timetable',
      'Timetable',
      'Proposed programme of work',
      // Treaty meetings (BWC/MSP) head their timetable so; ECLAC its section on the session's timetable.
      'Provisional programme of work',
      'Organization of the session',
    ],
    itemAnnotation: ['Annotation'],
    // "Under this item, …": a paragraph about the whole item, not its last sub-item.
    wholeItem: ['Under this item', 'Under this agenda item', 'Under the item'],
    segment: { last: ['segment'] },
    // The Security Council's agenda: the letter or report an item takes up, under its title.
    documentLine: {
      first: ['Letter dated', 'Letters dated', 'Identical letters dated', 'Report of the Secretary-General', 'Note by the President', 'Note by the Secretary-General'],
    },
  },
  abbreviations: ['etc', 'et al', 'Inc', 'Ltd'],
  continued: ['continued', 'cont.'],
  subItemLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  // "Item 2 of the provisional agenda", "Agenda item 3".
  itemWord: ['Item', 'Items', 'Agenda item', 'Agenda items'],
  itemOfAgenda: ['of the provisional agenda', 'of the agenda'],
  mandates: {
    decision: ['decision', 'decisions'],
    resolution: ['resolution', 'resolutions'],
    article: ['article', 'articles'],
    paragraph: ['paragraph', 'paragraphs', 'subparagraph'],
    subparagraph: ['subparagraph', 'subparagraphs'],
    rule: ['rule', 'rules'],
    // Between two citations of one list: "resolution S-23/2, annex, and resolution S-23/3".
    citationParts: ['annex', 'annexes', 'appendix', 'section', 'sections', 'part', 'parts', 'chapter', 'para.', 'paras.', 'sect.'],
    sameAs: [
      'that same decision',
      'the same decision',
      'the said decision',
      'that decision',
      'that same resolution',
      'the same resolution',
      'the said resolution',
      'that resolution',
    ],
    of: ['of'],
    articles: ['the'],
    instrumentStops: [
      'and', 'or', 'in', 'at', 'which', 'that', 'to', 'on', 'by',
      // "…the rules of procedure as the first item of the agenda"; a title goes on past it before
      // a capital ("…especially as Waterfowl Habitat").
      'as',
      // A name holds no indefinite article: "…the rules of procedure of a regular session" ends before it.
      'a',
      // The verbs that follow a rule or article in nearly every agenda: "Rule 9 of the rules of
      // procedure provides that …".
      'provides', 'provide', 'requires', 'states', 'stipulates', 'applies', 'apply',
      // Auxiliaries start the clause's verb: "…the rules of procedure shall apply". Never "may",
      // which is also the month ("the Convention of 20 May 1980"), nor "can".
      'shall', 'will', 'should', 'must', 'would', 'is', 'are', 'was', 'were', 'has', 'have',
    ],
    // Where rules are printed is part of their name: "the rules of procedure contained in the
    // annex to Council resolution 5/1", "set out in".
    instrumentLinks: ['relating', 'concerning', 'annexed', 'contained', 'out'],
    // "…of International Importance especially as Waterfowl Habitat".
    adverbEndings: ['ly'],
    asWords: ['as'],
    // "rules 6 to 8 of the rules of procedure".
    rangeTo: ['to'],
    titleLinks: ['on', 'to'],
    // "Protocol No. 14", "ILO Convention No. 169", "art. 5", "Rev. 1": the full stop before a number stays in the name.
    numberAbbreviations: ['No.', 'Nos.', 'art.', 'arts.', 'para.', 'paras.', 'Rev.', 'Vol.'],
    // "…of the Convention the Parties will", "…of the Convention Parties will": the next subject.
    clauseSubjects: ['Parties', 'States', 'Secretariat', 'President', 'Chair', 'Bureau', 'Secretary-General'],
    // "the Adaptation Committee referred to in decision 2/CMA.4": the decision names the body;
    // "the Committee, pursuant to decision 2/CP.17, will": the body acts under another's decision.
    citedBy: [
      'referred to in', 'mentioned in', 'established by', 'established in', 'established under', 'established pursuant to',
      'set up by', 'set up under', 'created by', 'created under', 'pursuant to', 'as requested in', 'as requested by',
      'as mandated by', 'as mandated in',
    ],
    // "…on Substances that Deplete the Ozone Layer", "…Arising from their Utilization".
    // ("between": "Agreement between the United Nations and …"). Not "under", "within": "…of the
    // Convention under the Kyoto Protocol" names two instruments.
    nameInnerWords: ['that', 'which', 'from', 'between'],
    // "…Resources and the Fair and Equitable Sharing of Benefits …" goes on; "…and the Protocol",
    // "…and the Secretariat" are other names.
    secondNameHeads: [
      'Convention', 'Conventions', 'Protocol', 'Protocols', 'Agreement', 'Agreements', 'Treaty', 'Treaties',
      'Covenant', 'Covenants', 'Charter', 'Statute', 'Rules', 'Regulations', 'Amendment', 'Amendments',
      'Declaration', 'Code', 'Principles', 'Guidelines', 'Accord', 'Framework',
      'Secretariat', 'Secretary', 'Secretary-General', 'Office', 'Department', 'Division', 'Programme',
      'Fund', 'Organization', 'Agency', 'Bank', 'Institute', 'Centre', 'Union', 'Court', 'Tribunal',
      'President', 'Chair', 'Director', 'Director-General', 'Administrator', 'Rapporteur', 'Parties', 'States',
    ],
    adoptedBy: ['adopted by'],
    clauseStops: ['at its', 'in its', 'at the', 'during its', 'held on', 'on'],
    entitled: ['entitled', 'titled'],
    possessives: ['its', 'their'],
    // "In its resolution 2003/31, the Council decided": only the Economic and Social Council
    // numbers its resolutions by year (the Human Rights Council by session, the Security Council
    // by a bare number).
    shortNames: [{ name: 'Council', numbering: 'year/number', series: 'E' }],
  },
  // Full names first by length: the longest name printed wins, across one line break.
  bodies: [
    { name: 'General Assembly', resolutionSeries: 'A' },
    { name: 'Economic and Social Council', resolutionSeries: 'E' },
    { name: 'Security Council', resolutionSeries: 'S' },
    { name: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime' },
    { name: 'Conference of the States Parties to the United Nations Convention against Corruption' },
    { name: 'Conference of the Parties' },
    { name: 'Conference of the States Parties' },
    { name: 'Conference' },
    { name: 'Commission' },
    { name: 'Human Rights Council', resolutionSeries: 'A/HRC' },
    { name: 'Meeting of the Parties' },
    { name: 'Committee' },
    { name: 'Executive Board' },
    { name: 'Governing Council' },
    { name: 'Council' },
    // The executive boards' own short name ("In accordance with decision 2014/7, the Board …").
    { name: 'Board' },
  ],
  // "Fifth session"; ECE and treaty working groups number their "meetings" ("Second meeting").
  // "Tenth emergency special session" (A/ES-10/…): the whole phrase, so its ordinal is read.
  sessionWord: ['emergency special session', 'special session', 'executive session', 'session', 'meeting'],
  // Bodies meeting several times a year: "First regular session 2025", "Annual session 2025";
  // the General Assembly's Special Committee: "Substantive session of 2025" (A/AC.109/…).
  sessionKinds: ['regular', 'annual', 'ordinary', 'substantive'],
  // The Conference of European Statisticians: "Seventy-ninth plenary session".
  sessionAdjectives: ['plenary'],
  // The Security Council's masthead: "Seventy-ninth year" / "10412th meeting" (S/Agenda/…).
  councilMasthead: { year: ['year'], meeting: ['meeting'] },
  ordinals: {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    sixth: 6,
    seventh: 7,
    eighth: 8,
    ninth: 9,
    tenth: 10,
    eleventh: 11,
    twelfth: 12,
    thirteenth: 13,
    fourteenth: 14,
    fifteenth: 15,
    sixteenth: 16,
    seventeenth: 17,
    eighteenth: 18,
    nineteenth: 19,
    twentieth: 20,
    'twenty-first': 21,
    'twenty-second': 22,
    'twenty-third': 23,
    'twenty-fourth': 24,
    'twenty-fifth': 25,
    'twenty-sixth': 26,
    'twenty-seventh': 27,
    'twenty-eighth': 28,
    'twenty-ninth': 29,
    thirtieth: 30,
    'thirty-first': 31,
    'thirty-second': 32,
    'thirty-third': 33,
    'thirty-fourth': 34,
    'thirty-fifth': 35,
    'thirty-sixth': 36,
    'thirty-seventh': 37,
    'thirty-eighth': 38,
    'thirty-ninth': 39,
    fortieth: 40,
    'forty-first': 41,
    'forty-second': 42,
    'forty-third': 43,
    'forty-fourth': 44,
    'forty-fifth': 45,
    'forty-sixth': 46,
    'forty-seventh': 47,
    'forty-eighth': 48,
    'forty-ninth': 49,
    fiftieth: 50,
    'fifty-first': 51,
    'fifty-second': 52,
    'fifty-third': 53,
    'fifty-fourth': 54,
    'fifty-fifth': 55,
    'fifty-sixth': 56,
    'fifty-seventh': 57,
    'fifty-eighth': 58,
    'fifty-ninth': 59,
    sixtieth: 60,
    'sixty-first': 61,
    'sixty-second': 62,
    'sixty-third': 63,
    'sixty-fourth': 64,
    'sixty-fifth': 65,
    'sixty-sixth': 66,
    'sixty-seventh': 67,
    'sixty-eighth': 68,
    'sixty-ninth': 69,
    seventieth: 70,
    'seventy-first': 71,
    'seventy-second': 72,
    'seventy-third': 73,
    'seventy-fourth': 74,
    'seventy-fifth': 75,
    'seventy-sixth': 76,
    'seventy-seventh': 77,
    'seventy-eighth': 78,
    'seventy-ninth': 79,
    eightieth: 80,
    'eighty-first': 81,
    'eighty-second': 82,
    'eighty-third': 83,
    'eighty-fourth': 84,
    'eighty-fifth': 85,
    'eighty-sixth': 86,
    'eighty-seventh': 87,
    'eighty-eighth': 88,
    'eighty-ninth': 89,
    ninetieth: 90,
    'ninety-first': 91,
    'ninety-second': 92,
    'ninety-third': 93,
    'ninety-fourth': 94,
    'ninety-fifth': 95,
    'ninety-sixth': 96,
    'ninety-seventh': 97,
    'ninety-eighth': 98,
    'ninety-ninth': 99,
    hundredth: 100,
    'one hundredth': 100,
  },
  // "One hundred and fifteenth session": the hundred, then an ordinal of the table.
  ordinalHundreds: { 'one hundred and': 100, 'one hundred': 100, 'a hundred and': 100, 'hundred and': 100 },
  // "fifty-third" → 50 + 3, for compounds a table does not list.
  ordinalTens: {
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  },

  time: {
    // "at noon".
    hours: { noon: 12, midday: 12, midnight: 0 },
    hourWord: ['at'],
    // "12 noon", as the UN editorial style prints it ("10 a.m.–12 noon"); "12 midnight" is 0.00.
    morning: ['a.m.', 'am', 'midnight'],
    afternoon: ['p.m.', 'pm', 'noon', 'midday'],
    halfPast: [],
    quarterPast: [],
  },
  dates: {
    order: 'dmy',
    // "1st", "2nd", "27th": rare in UN English, common in extracted web text.
    ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
    // "1 January of each year": a recurring day, no calendar date.
    eachYear: ['of each year', 'of every year', 'each year', 'every year', 'annually'],
  },
  clock: {
    // "from 10 a.m. to 1 p.m.".
    rangeTo: ['to'],
    rangeFrom: ['from'],
    // "…from 2 p.m. to 5 p.m., except on Monday, 6 October" ("with the exception of").
    exceptBefore: ['except', 'exception'],
    // "10 a.m.–noon", "from 9 p.m. to midnight".
    namedHours: { noon: 12, midday: 12, midnight: 0 },
    // Timetable rows headed by the half day rather than its hours.
    halfDayMorning: ['Morning', 'Morning session'],
    halfDayAfternoon: ['Afternoon', 'Afternoon session'],
  },
  languageNames: {
    Arabic: 'ar',
    Chinese: 'zh',
    English: 'en',
    French: 'fr',
    Russian: 'ru',
    Spanish: 'es',
  },
  stopwords: ['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'against', 'by', 'at'],
};

// Arabic: words as UN Arabic documents print them (../shared/UN-FORMS.md). Matching folds
// harakat, tatweel and hamza on alef, and allows the clitics و ف ب ل ال, so one spelling each
// is enough here.
import type { Locale } from './types.js';

export const ar: Locale = {
  code: 'ar',
  arabicMorphology: true,
  months: [
    ['كانون الثاني', 'كانون ثاني', 'يناير', 'جانفي'],
    ['شباط', 'فبراير', 'فيفري'],
    ['آذار', 'مارس'],
    ['نيسان', 'أبريل', 'إبريل', 'أفريل'],
    ['أيار', 'مايو', 'ماي'],
    // The UN writes يونيه and يوليه (حزيران/يونيه).
    ['حزيران', 'يونيو', 'يونيه', 'جوان'],
    ['تموز', 'يوليو', 'يوليه', 'جويلية', 'يوليوز'],
    ['آب', 'أغسطس', 'أوت', 'غشت'],
    ['أيلول', 'سبتمبر', 'شتنبر'],
    ['تشرين الأول', 'تشرين أول', 'تشرين األول', 'أكتوبر'],
    ['تشرين الثاني', 'تشرين ثاني', 'نوفمبر', 'نونبر'],
    ['كانون الأول', 'كانون أول', 'كانون األول', 'ديسمبر', 'دجنبر'],
  ],
  // With the lam-alef that PDF extraction writes in the wrong order (األحد, االثنين, األربعاء).
  weekdays: [
    ['الأحد', 'األحد'],
    ['الاثنين', 'الإثنين', 'االثنين'],
    ['الثلاثاء'],
    ['الأربعاء', 'األربعاء'],
    ['الخميس'],
    ['الجمعة'],
    ['السبت'],
  ],
  dayPrefix: ['يوم'],
  rangeFrom: ['من'],
  rangeTo: ['إلى', 'الى', 'حتى'],
  pairPrefix: ['يومي'],
  pairAnd: ['و'],
  headings: {
    annotatedTitle: [
      'جدول الأعمال المؤقت وشروحه',
      'جدول الأعمال المؤقت المشروح',
      'جدول الأعمال المؤقت مع الشروح',
      'شروح جدول الأعمال',
      // Construct state before the session: "شروح جدول أعمال الدورة الخامسة".
      'شروح جدول أعمال',
      'جدول الأعمال المشروح',
      // Without المؤقت: the agenda of a Human Rights Council session (A/HRC/NN/1), "agenda and annotations".
      'جدول الأعمال وشروحه',
      // ESCWA: "جدول الأعمال المؤقت والشروح".
      'جدول الأعمال المؤقت والشروح',
      'جدول الأعمال مع الشروح',
      'مشروع جدول الأعمال المشروح',
      'مشروع جدول الأعمال المؤقت المشروح',
      // Indefinite, as some bodies print their title: "جدول أعمال مؤقت مشروح" (an annotated provisional agenda).
      'جدول أعمال مؤقت مشروح',
    ],
    // مشروع جدول الأعمال (draft agenda) is not yet adopted: a provisional one.
    // Indefinite too, as the annotated title is printed ("جدول أعمال مؤقت مشروح").
    provisionalTitle: ['جدول الأعمال المؤقت', 'مشروع جدول الأعمال', 'مشروع جدول الأعمال المؤقت', 'جدول أعمال مؤقت'],
    // The General Assembly's preliminary lists (A/…/50, A/…/100), printed on one line.
    agendaTitle: ['جدول الأعمال', 'جدول أعمال', 'القائمة الأولية المشروحة', 'القائمة الأولية للبنود'],
    // Without the article too, as a section heading alone ("شروح", "ثانياً - شروح").
    annotations: ['الشروح', 'شروح', 'شروح جدول الأعمال', 'شروح جدول الأعمال المؤقت'],
    documentation: ['الوثائق', 'الوثيقة', 'الوثائق المعروضة', 'وثائق العمل', 'الوثائق المرجعية', 'وثائق مرجعية', 'وثائق إعلامية'],
    // "المرفق الأول": the annex numbered by an ordinal word.
    annex: ['المرفق', 'مرفق', 'المرفق الأول', 'المرفق الثاني', 'المرفق الثالث'],
    // Treaty meetings (BWC/MSP) head their timetable "برنامج العمل المؤقت".
    organizationOfWork: ['تنظيم الأعمال المقترح', 'تنظيم الأعمال', 'الجدول الزمني المقترح', 'برنامج العمل المؤقت'],
    itemAnnotation: ['الشرح'],
    // "Under this item, …": a paragraph about the whole item, not its last sub-item.
    wholeItem: ['في إطار هذا البند', 'وفي إطار هذا البند', 'بموجب هذا البند'],
    // "الجزء الخاص بالمسائل المعيارية", "الجزء الرفيع المستوى".
    segment: { first: ['الجزء'] },
    documentLine: {
      first: ['رسالة مؤرخة', 'رسالتان متطابقتان مؤرختان', 'رسائل متطابقة مؤرخة', 'تقرير الأمين العام', 'مذكرة من رئيس', 'مذكرة من الأمين العام'],
    },
  },
  // "إلخ." ("etc."), printed with its stop.
  abbreviations: ['إلخ', 'الخ'],
  continued: ['تابع'],
  // "أولاً - افتتاح الدورة": sections, and the entries of some lists, numbered as the other
  // languages number them "I.", "II." (harakat and alef forms are tolerated by the pattern).
  listOrdinals: ['أولا', 'ثانيا', 'ثالثا', 'رابعا', 'خامسا', 'سادسا', 'سابعا', 'ثامنا', 'تاسعا', 'عاشرا', 'حادي عشر', 'ثاني عشر', 'ثالث عشر', 'رابع عشر', 'خامس عشر', 'سادس عشر', 'سابع عشر', 'ثامن عشر', 'تاسع عشر', 'عشرون'],
  subItemLetters: ['أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر'],
  // "البندان ١ و٢", "البنود ٦ و٧ و٨".
  itemWord: ['البند', 'البندان', 'البندين', 'البنود'],
  itemOfAgenda: ['من جدول الأعمال المؤقت', 'من جدول الأعمال'],
  mandates: {
    decision: ['مقرر'],
    resolution: ['قرار'],
    // With the dual ("المادتان ١٦ و١٨", "المادتين") and the plural ("المواد").
    article: ['المادة', 'المادتان', 'المادتين', 'المواد'],
    paragraph: ['الفقرة', 'الفقرتان', 'الفقرتين'],
    // "الفقرة الفرعية (أ) من الفقرة ٢ من المادة ١٧": article 17(2)(a).
    subparagraph: ['الفقرة الفرعية'],
    rule: ['القاعدة', 'القاعدتان', 'القاعدتين'],
    // Between two citations of one list: "resolution S-23/2, annex, and resolution S-23/3".
    citationParts: ['المرفق', 'مرفق', 'مرفقه', 'المرفقان', 'الفرع', 'الجزء', 'الفصل', 'التذييل'],
    sameAs: ['المقرر ذاته', 'المقرر نفسه', 'نفس المقرر', 'القرار ذاته', 'القرار نفسه', 'ذلك المقرر', 'ذلك القرار', 'هذا المقرر', 'هذا القرار'],
    of: ['من'],
    // "النظام الداخلي للجان الفنية على أن …", "… للمجلس الوارد في …": the next clause.
    // "… النظام الداخلي بوصفه البند الأول من جدول الأعمال" (as the first item): "as" with its pronoun.
    instrumentStops: ['في', 'وفي', 'التي', 'الذي', 'على', 'عن', 'إلى', 'أن', 'الوارد', 'الواردة', 'حيث', 'كما', 'بوصفه', 'بوصفها', 'باعتباره', 'باعتبارها'],
    adoptedBy: ['الذي اعتمده', 'الذي اعتمدته', 'التي اعتمدها', 'التي اعتمدتها', 'الصادر عن'],
    clauseStops: ['في دورته', 'في دورتها', 'في اجتماعه'],
    entitled: ['المعنون', 'المعنونة', 'بعنوان'],
    // "ومدَّد المجلس ولايته في قراره ٢٠١٣/٣٩": a Council numbering by year is the Economic and
    // Social Council.
    shortNames: [{ name: 'المجلس', numbering: 'year/number', series: 'E' }],
    // An old General Assembly resolution's session, "(د-25)" (XXV), and a split resolution's part
    // by its letter's name, "٧٥/٢٩٠ باء" (75/290 B).
    sessionLetter: 'د',
    // "في قرارها 64/292، …": the keyword's own possessive, "its" (ه, ها) or the dual's (يه).
    possessiveSuffixes: ['ه', 'ها', 'يه'],
    partLetterNames: { ألف: 'A', باء: 'B', جيم: 'C', دال: 'D', هاء: 'E', واو: 'F', زاي: 'G', حاء: 'H' },
    // "القرار دإ-23/2" (دورة استثنائية, special session: S-23/2), "دإط-10/24" (دورة استثنائية طارئة,
    // emergency special session: ES-10/24).
    sessionPrefixes: [
      { printed: 'دإط', latin: 'ES' },
      { printed: 'دإ', latin: 'S' },
    ],
    // The UNFCCC's bodies by their Arabic initials: "المقرر 1/م أ-26" (1/CP.26), "2/م أ ت-3"
    // (2/CMA.3, the Parties to the Paris Agreement), "م أ إ" (CMP, the Parties to the Kyoto
    // Protocol). The UNCCD prints its Conference's decisions "18/م أ-1" too (18/COP.1).
    treatyBodyInitials: [
      { initials: 'م أ ت', latin: 'CMA', context: ['تغير المناخ', 'اتفاق باريس'] },
      { initials: 'م أ إ', latin: 'CMP', context: ['تغير المناخ', 'بروتوكول كيوتو'] },
      { initials: 'م أ', latin: 'CP', context: ['تغير المناخ', 'اتفاق باريس', 'بروتوكول كيوتو'] },
      { initials: 'م أ', latin: 'COP', context: ['التصحر'] },
    ],
  },
  bodies: [
    { name: 'الجمعية العامة', resolutionSeries: 'A' },
    { name: 'المجلس الاقتصادي والاجتماعي', resolutionSeries: 'E' },
    { name: 'مجلس الأمن', resolutionSeries: 'S' },
    { name: 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية' },
    { name: 'مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد' },
    { name: 'مؤتمر الأطراف' },
    { name: 'مؤتمر الدول الأطراف' },
    { name: 'المؤتمر' },
    { name: 'اللجنة' },
    { name: 'مجلس حقوق الإنسان', resolutionSeries: 'A/HRC' },
    // A treaty's Meeting of the Parties (Montreal Protocol, ECE conventions) and UNEP's and
    // UN-Habitat's Governing Council, as the English table names them.
    { name: 'اجتماع الأطراف' },
    { name: 'مجلس الإدارة' },
    // Executive boards of the funds and programmes (اليونيسيف، البرنامج الإنمائي، برنامج الأغذية العالمي).
    { name: 'المجلس التنفيذي' },
    { name: 'المجلس' },
  ],
  // With the preposition "ل" (the article's alef drops): "للدورة الخامسة" (for the fifth session), as titles print it.
  // Special sessions name their kind between the word and the ordinal: "الدورة الاستثنائية العشرون"
  // (A/S-20/…), "الدورة الاستثنائية الطارئة العاشرة" (A/ES-10/…, emergency special session).
  // "مؤتمر الأمم المتحدة…": the organisation's name stands after a body's head, never before it.
  organisationAfterHead: true,
  sessionWord: [
    'الدورة الاستثنائية الطارئة',
    'للدورة الاستثنائية الطارئة',
    'الدورة الاستثنائية',
    'للدورة الاستثنائية',
    'الدورة',
    'الاجتماع',
    'للدورة',
    'للاجتماع',
  ],
  // "الدورة العادية الأولى لعام 2025", "الدورة السنوية لعام 2025".
  sessionKinds: ['العادية', 'السنوية', 'الموضوعية'],
  // The Security Council's masthead: "Seventy-ninth year" / "10412th meeting" (S/Agenda/…).
  councilMasthead: { year: ['السنة'], meeting: ['الجلسة'] },
  ordinals: {
    'الأولى': 1,
    'الثانية': 2,
    'الثالثة': 3,
    'الرابعة': 4,
    'الخامسة': 5,
    'السادسة': 6,
    'السابعة': 7,
    'الثامنة': 8,
    'التاسعة': 9,
    'العاشرة': 10,
    // "الحادية" is 1 only in compounds: الحادية عشرة (11), الحادية والعشرون (21).
    'الحادية': 1,
    'الحادية عشرة': 11,
    'الثانية عشرة': 12,
    'الثالثة عشرة': 13,
    'الرابعة عشرة': 14,
    'الخامسة عشرة': 15,
    'السادسة عشرة': 16,
    'السابعة عشرة': 17,
    'الثامنة عشرة': 18,
    'التاسعة عشرة': 19,
    'العشرون': 20,
    // Masculine, for "الاجتماع الرابع عشر" (the meeting of a treaty body's parties).
    'الأول': 1,
    'الثاني': 2,
    'الثالث': 3,
    'الرابع': 4,
    'الخامس': 5,
    'السادس': 6,
    'السابع': 7,
    'الثامن': 8,
    'التاسع': 9,
    'العاشر': 10,
    'الحادي': 1,
    'الحادي عشر': 11,
    'الثاني عشر': 12,
    'الثالث عشر': 13,
    'الرابع عشر': 14,
    'الخامس عشر': 15,
    'السادس عشر': 16,
    'السابع عشر': 17,
    'الثامن عشر': 18,
    'التاسع عشر': 19,
    // The tens are ordinals alone too: "الدورة الثلاثون" (30th), "للدورة الأربعين" (genitive), as
    // "العشرون" is; compounded after a unit they are ordinalTens ("الحادية والثلاثون").
    'العشرين': 20,
    'الثلاثون': 30,
    'الثلاثين': 30,
    'الأربعون': 40,
    'الأربعين': 40,
    'الخمسون': 50,
    'الخمسين': 50,
    'الستون': 60,
    'الستين': 60,
    'السبعون': 70,
    'السبعين': 70,
    'الثمانون': 80,
    'الثمانين': 80,
    'التسعون': 90,
    'التسعين': 90,
    'المائة': 100,
    'المئة': 100,
  },
  // "الدورة الخامسة عشرة بعد المائة" (115th): an ordinal of the table, then "after the hundred".
  ordinalHundredsAfter: { 'بعد المائة': 100, 'بعد المئة': 100 },
  // "الدورة الثالثة والخمسون": the unit ordinal, then "و" and the tens.
  ordinalTens: {
    'العشرون': 20,
    'الثلاثون': 30,
    'الأربعون': 40,
    'الخمسون': 50,
    'الستون': 60,
    'السبعون': 70,
    'الثمانون': 80,
    'التسعون': 90,
    // Genitive, after a preposition: "جدول الأعمال المؤقت للدورة السادسة والثمانين".
    'العشرين': 20,
    'الثلاثين': 30,
    'الأربعين': 40,
    'الخمسين': 50,
    'الستين': 60,
    'السبعين': 70,
    'الثمانين': 80,
    'التسعين': 90,
  },
  time: {
    hours: {
      'الواحدة': 1,
      'الثانية': 2,
      'الثالثة': 3,
      'الرابعة': 4,
      'الخامسة': 5,
      'السادسة': 6,
      'السابعة': 7,
      'الثامنة': 8,
      'التاسعة': 9,
      'العاشرة': 10,
      'الحادية عشرة': 11,
      'الثانية عشرة': 12,
    },
    hourWord: ['الساعة'],
    // The half day after the hour, alone or joined by من: "العاشرة صباحاً", "العاشرة من صباح يوم
    // الخميس", "الثالثة بعد الظهر", "الثالثة من بعد ظهر يوم الاثنين".
    morning: ['صباحا', 'صباح', 'من صباح'],
    afternoon: ['مساء', 'ظهرا', 'بعد الظهر', 'بعد ظهر', 'من بعد الظهر', 'من بعد ظهر', 'من مساء'],
    halfPast: ['والنصف'],
    quarterPast: ['والربع'],
  },
  dates: {
    order: 'dmy',
    // "في 1 كانون الثاني/يناير من كل عام": every year's 1 January.
    eachYear: ['من كل عام', 'من كل سنة', 'كل عام', 'كل سنة', 'سنويا'],
  },
  clock: {
    // "من الساعة 15:00 إلى الساعة 18:00".
    rangeTo: ['إلى', 'حتى', 'إلى الساعة', 'حتى الساعة'],
    rangeFrom: ['من الساعة', 'من'],
    // "…إلى الساعة 18:00، باستثناء يوم الاثنين 6 تشرين الأول/أكتوبر", "ما عدا يوم".
    exceptBefore: ['باستثناء', 'ما عدا'],
    // Timetable rows headed by the half day rather than its hours: "صباحاً", "بعد الظهر".
    halfDayMorning: ['صباحا', 'صباح', 'الفترة الصباحية', 'الجلسة الصباحية'],
    halfDayAfternoon: ['بعد الظهر', 'بعد الظهيرة', 'مساء', 'الفترة المسائية', 'الجلسة المسائية'],
    // "00/10-00/13" (10 a.m.-1 p.m.), as UN Arabic timetables print their hours, beside "10/00".
    slashMinutesFirst: true,
  },
  languageNames: {
    'العربية': 'ar',
    'الإنكليزية': 'en',
    'الإنجليزية': 'en',
    'الفرنسية': 'fr',
    'الإسبانية': 'es',
    'الروسية': 'ru',
    'الصينية': 'zh',
  },
  stopwords: ['في', 'من', 'على', 'إلى', 'التي', 'الذي', 'أن', 'عن'],
};

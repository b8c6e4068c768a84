// Masthead words in all six languages: the block is printed in English in Arabic, Russian and
// Chinese documents, in French and Spanish in theirs (../shared/UN-FORMS.md, "Mastheads").
import type { Language } from '../schema.js';

/**
 * A lookup table without a prototype: these tables are indexed with words read from the text,
 * and a plain object would answer "constructor" or "toString" with Object.prototype's members.
 */
function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const DISTRIBUTION_WORDS = wordTable<'general' | 'limited' | 'restricted'>({
  general: 'general',
  generale: 'general',
  limited: 'limited',
  limitee: 'limited',
  limitada: 'limited',
  restricted: 'restricted',
  restreinte: 'restricted',
  restringida: 'restricted',
  // Spanish prints the restricted distribution "Distr. reservada" too.
  reservada: 'restricted',
  // Arabic mastheads that translate "Distr.": التوزيع: عام / محدود / مقيد.
  'عام': 'general',
  'محدود': 'limited',
  'مقيد': 'restricted',
});

/** "Original: English", "Original : anglais", "Original: inglés" — the language names. */
export const ORIGINAL_LANGUAGE_NAMES = wordTable<Language>({
  english: 'en',
  anglais: 'en',
  ingles: 'en',
  french: 'fr',
  francais: 'fr',
  frances: 'fr',
  spanish: 'es',
  espagnol: 'es',
  espanol: 'es',
  russian: 'ru',
  russe: 'ru',
  ruso: 'ru',
  chinese: 'zh',
  chinois: 'zh',
  chino: 'zh',
  arabic: 'ar',
  arabe: 'ar',
  'الانكليزيه': 'en',
  'الانجليزيه': 'en',
  'الفرنسيه': 'fr',
  'الاسبانيه': 'es',
  'الروسيه': 'ru',
  'الصينيه': 'zh',
  'العربيه': 'ar',
  // A translated Arabic masthead names its version and the original by the adjective without
  // the article: "عربي" under the date, "الأصل: إنكليزي" (folded here: hamza on alef dropped).
  'عربي': 'ar',
  'انكليزي': 'en',
  'انجليزي': 'en',
  'فرنسي': 'fr',
  'اسباني': 'es',
  'روسي': 'ru',
  'صيني': 'zh',
});

/** Lines of the masthead that carry nothing the output keeps. */
export const MASTHEAD_NOISE = [
  'united nations',
  'nations unies',
  'naciones unidas',
  'организация объединенных наций',
  '联合国',
  'الامم المتحده',
  // A document issued in one language only says so under the date: no body's name.
  'english only',
  'anglais seulement',
  'ingles unicamente',
  'ingles solamente',
  'только на английском языке',
  '仅有英文',
  'بالانكليزيه فقط',
  'بالانجليزيه فقط',
];

/**
 * The versions a Russian masthead lists in its own words, "Только на английском, русском и
 * французском языках" (as "English, French and Russian only"): the languages' adjectives in the
 * prepositional case, between "только на" and "языках" ("языке" for one).
 */
export const RUSSIAN_VERSION_LANGUAGES = new Set(['английском', 'арабском', 'испанском', 'китайском', 'русском', 'французском']);

/**
 * Words that make a line the name of a body of its own ("Working Group on…", "…Review Group"),
 * so that it is not read as the wrapped end of the name above it. Folded forms.
 */
export const BODY_HEADS = new Set([
  'group', 'committee', 'commission', 'conference', 'council', 'meeting', 'assembly', 'board', 'forum', 'panel',
  'subcommittee', 'subcommission', 'bureau', 'session', 'subgroup', 'body', 'mechanism', 'plenary',
  'souscomite', 'subcomite', 'подкомитет', 'подкомиссия', 'подгруппа',
  'groupe', 'comite', 'conference', 'conseil', 'reunion', 'assemblee', 'bureau', 'organe', 'mecanisme', 'pleniere',
  'grupo', 'comision', 'conferencia', 'consejo', 'reunion', 'asamblea', 'junta', 'foro', 'organo', 'mecanismo', 'plenario',
  'группа', 'комитет', 'комиссия', 'конференция', 'совет', 'совещание', 'ассамблея', 'сессия', 'форум', 'орган', 'механизм',
  // Arabic, with and without the article: فريق، لجنة، مؤتمر، مجلس، هيئة، اجتماع، جمعية، منتدى، دورة، مكتب، آلية.
  'فريق', 'الفريق', 'لجنه', 'اللجنه', 'موتمر', 'الموتمر', 'مجلس', 'المجلس', 'هييه', 'الهييه',
  'اجتماع', 'الاجتماع', 'جمعيه', 'الجمعيه', 'منتدي', 'المنتدي', 'دوره', 'الدوره', 'مكتب', 'المكتب', 'اليه', 'الاليه',
]);

/**
 * Words a body's name does not end with, besides the language's function words (Locale.stopwords:
 * "…to the", "…de la", "…по", "…في"): a line so ending goes on in the next, across a blank line an
 * extraction put inside the name ("مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة" / "الفساد":
 * "for combating" / "corruption"; "الفريق العامل المعني" / "بالاتجار بالأشخاص"). Folded forms.
 */
export const NAME_OPEN_ENDINGS = new Set(['لمكافحه', 'المعني', 'المعنيه', 'لمنع', 'بشان', 'relatif', 'relative', 'relativo', 'relativa']);

/**
 * A treaty's parties ("Conference of the States Parties to the…", "Conférence des États parties
 * à la…", "Conferencia de los Estados Partes en la…", "Конференция участников…", "مؤتمر الدول
 * الأطراف في…") are the parties to an instrument: a name that goes on past them without the
 * instrument's word ("…Parties to the United Nations", the line ending before "Convention against
 * Corruption") is unfinished. Folded forms.
 */
export const PARTIES_WORDS = new Set(['parties', 'partes', 'участников', 'сторон', 'الاطراف']);
export const INSTRUMENT_WORDS = new Set([
  'convention', 'protocol', 'agreement', 'treaty', 'covenant',
  'protocole', 'accord', 'traite', 'pacte',
  'convencion', 'convenio', 'protocolo', 'acuerdo', 'tratado', 'pacto',
  'конвенции', 'конвенция', 'протокола', 'протокол', 'соглашения', 'соглашение', 'договора', 'договор', 'пакта', 'пакт',
  'اتفاقيه', 'الاتفاقيه', 'بروتوكول', 'البروتوكول', 'اتفاق', 'الاتفاق', 'معاهده', 'المعاهده', 'العهد',
]);

/**
 * The instrument's word in the case that makes it the parties' complement by itself, without a
 * function word: Russian puts it in the genitive ("Конференция участников" / "Конвенции
 * Организации Объединенных Наций против коррупции", "Совещание Сторон" / "Монреальского
 * протокола…"), where the other languages print "to the", "à la", "في". Folded forms.
 */
export const INSTRUMENT_GENITIVES = new Set(['конвенции', 'протокола', 'соглашения', 'договора', 'пакта']);

/** Chinese names end with their head noun (…工作组, …缔约方会议, the FCCC's 附属履行机构): a line so ending is whole. */
export const HAN_BODY_HEADS = ['会议', '工作组', '委员会', '理事会', '大会', '小组', '论坛', '专家组', '小组委员会', '届会', '机构'];

/**
 * The heads of HAN_BODY_HEADS that name a meeting, not a body: "第二次会议" / "临时议程" is a title
 * wrapped, where a line ending with a body's head ("道路安全统计专家组") names the body over it.
 */
export const HAN_MEETING_HEADS = ['会议', '届会'];

/**
 * A Chinese masthead prints the treaty over its committee ("儿童权利公约" / "儿童权利委员会", as
 * "Convention on the Rights of the Child" / "Committee on the Rights of the Child"): a line
 * ending with an instrument's name is whole before a line that names a body of its own, unless
 * that line names the instrument's parties ("…犯罪公约" / "缔约方会议": one name, wrapped).
 */
export const HAN_INSTRUMENT_ENDINGS = ['公约', '议定书', '协定', '条约'];
export const HAN_PARTIES_STARTS = ['缔约'];

/**
 * Principal organs, printed in the masthead beside "Distr." to name the document's series
 * (folded forms, six languages).
 */
export const PRINCIPAL_ORGANS = new Set([
  'general assembly', 'economic and social council', 'security council', 'trusteeship council', 'secretariat',
  'assemblee generale', 'conseil economique et social', 'conseil de securite', 'conseil de tutelle', 'secretariat',
  'asamblea general', 'consejo economico y social', 'consejo de seguridad', 'consejo de administracion fiduciaria',
  'генеральная ассамблея', 'экономическии и социальныи совет', 'совет безопасности',
  '大会', '经济及社会理事会', '安全理事会',
  'الجمعيه العامه', 'المجلس الاقتصادي والاجتماعي', 'مجلس الامن',
]);

/**
 * The Security Council's name and the status printed beside it in its masthead ("Security Council
 * Provisional", "Conseil de sécurité    Provisoire", "Consejo de Seguridad Provisional", "Совет
 * Безопасности    Предварительный", "مجلس الأمن    مؤقت", "安全理事会    临时": S/Agenda/…). The
 * status is masthead noise; the lines under such a name are the Council's year and meeting
 * (Locale.councilMasthead). Folded forms.
 */
export const SECURITY_COUNCIL_NAMES = new Set(['security council', 'conseil de securite', 'consejo de seguridad', 'совет безопасности', 'مجلس الامن', '安全理事会']);
/** …and the status words, as printed (compared folded). */
export const COUNCIL_STATUS_WORDS = ['Provisional', 'Provisoire', 'Предварительный', 'مؤقت', '临时'];

/**
 * Sessions printed without a number ("Special session", "Session extraordinaire"), as printed;
 * compared folded. A qualifier below may stand before or after them ("Resumed special session").
 */
export const UNNUMBERED_SESSIONS = [
  'special session', 'resumed session', 'reconvened session',
  'session extraordinaire', 'reprise de la session', 'session reprise',
  'período extraordinario de sesiones', 'continuación del período de sesiones',
  'специальная сессия', 'возобновленная сессия',
  'الدورة الاستثنائية', 'الدورة المستأنفة',
  '特别会议', '特别届会', '续会',
  // A board meeting several times a year names its annual session by its kind alone, the year
  // printed in its dates only (WFP/EB.A/…: "Annual Session" / "Rome, 22–26 June 2031").
  'annual session', 'session annuelle', 'período de sesiones anual', 'periodo de sesiones anual',
  'ежегодная сессия', 'الدورة السنوية', '年度会议', '年度届会',
  // A preparatory committee's or the Council's "Organizational session" (ECOSOC's in January).
  'organizational session', "session d'organisation", 'session d’organisation', 'período de sesiones de organización',
  'организационная сессия', 'الدورة التنظيمية',
];

/**
 * Words printed before a session's ordinal that belong to the session's name ("Resumed eighth
 * session", "Reprise de la cinquante-huitième session", "Возобновленная восьмая сессия").
 */
export const SESSION_PREFIXES = [
  'resumed', 'reconvened', 'second part of the', 'first part of the',
  'reprise de la', 'reprise de sa', 'continuación del', 'continuación de su',
  'возобновленная', 'возобновлённая',
];

/** …and after it ("Eighth session (resumed)", "الدورة الثامنة المستأنفة", "第八届会议续会"). */
export const SESSION_SUFFIXES = ['resumed', 'reprise', 'continuación', 'возобновленная', 'المستأنفة', '续会'];

/**
 * "Item 2 of the provisional agenda" under the title, as well as the languages' item words:
 * Chinese prints the agenda before the item ("临时议程项目2", provisional agenda item 2).
 */
export const ITEM_REFERENCE_WORDS = ['Provisional agenda item', '临时议程项目'];

/**
 * The word before a letter's or note's date ("Letter dated 1 June 2031 from…", "Note verbale datée
 * du 4 juin 2031", "Carta de fecha 2 de junio de 2031", "Письмо … от 1 июня 2031 года",
 * "رسالة مؤرخة 1 حزيران/يونيه 2031"): the date is the letter's, and the line no venue and date.
 * Compared folded, as the last words before the date.
 */
export const DATED_WORDS = ['dated', 'datée du', 'datée', 'daté du', 'de fecha', 'fechada', 'от', 'مؤرخة', 'المؤرخة', 'مؤرخ', 'المؤرخ'];

/**
 * Chinese names a letter after its date and writer: "2031年9月28日弗里多尼亚常驻联合国代表给秘书长的信"
 * (letter), "…的普通照会" (note verbale). A line so ending is that letter's title.
 */
export const LETTER_ENDINGS = ['的信', '的普通照会', '的照会'];

/**
 * The words that announce a meeting's date under its agenda's title, where the header prints
 * none: the Security Council's, the Peacebuilding Commission's and the Main Committees'
 * agendas for one meeting ("Provisional agenda for the 9000th meeting" / "To be held on Monday,
 * 27 January 2031, at 10 a.m."; "Devant se tenir le lundi…", "Que se celebrará el lunes…",
 * "Которое состоится в понедельник…", "المقرر عقدها يوم الاثنين…", "将于2031年1月27日…举行").
 * Compared folded, as words of the line.
 */
export const HELD_WORDS = [
  'to be held', 'devant se tenir', 'qui se tiendra', 'se tiendra', 'qui s’ouvrira', "qui s'ouvrira", 'que se celebrara', 'a celebrarse',
  'которое состоится', 'которая состоится', 'состоится',
  'المقرر عقدها', 'المقرر عقده', 'التي ستعقد', 'الذي سيعقد', 'ستعقد', 'سيعقد',
  '将于',
];

/**
 * The prepositions that open the venue on such a line, between the held words and the date:
 * "To be held at Headquarters, New York, on Monday…", "Devant se tenir au Siège, à New York,
 * le lundi…", "Que se celebrará en la Sede, Nueva York, el lunes…", "которое состоится в
 * Центральных учреждениях, Нью-Йорк, в понедельник…", "المقرر عقدها في المقر، نيويورك، يوم…".
 * Compared folded, as words of the line; not part of the venue.
 */
export const HELD_VENUE_PREPOSITIONS = ['at', 'in', 'au', 'a', 'en la', 'en el', 'en', 'dans', 'в', 'во', 'في'];

/**
 * Words that end the venue on a held line, opening the clause of the meeting's start before its
 * date: "To be held at the Palais des Nations, Geneva, starting on Monday, …", "которая
 * состоится во Дворце Наций в Женеве и откроется во вторник, …" (ECE), "… et s’ouvrira le …".
 * As printed, compared without case.
 */
export const HELD_VENUE_ENDS = ['starting', 'commencing', 'beginning', 'и откроется', 'и начнется', 'и начнётся', 'et s’ouvrira', "et s'ouvrira"];

/**
 * Chinese prints the venue after the date, between these: "将于2031年1月27日星期一上午10时在纽约总部举行".
 */
export const HELD_VENUE_SPACELESS = { before: '在', after: '举行' };

/**
 * Words that open a body's name, as printed (capital and all): in a masthead run together on
 * one line ("…against Transnational Organized Crime Working Group on Trafficking in Persons …",
 * "…contre la corruption Groupe de travail…", "…в мирных целях Подкомитет по…", "…حقوق الإنسان
 * الفريق العامل…") such words start the next name, where the word before them ends the one
 * above (no function word: "Bureau of the Conference of the Parties" is one name). Only heads
 * that open a name: single heads that end one ("Human Rights Committee", "Executive Board") are
 * listed with the word that follows them ("Committee on"), or with the word before them that
 * makes them open one ("Main Committee I", "Grande Commission I"). Chinese puts its heads last (HAN_BODY_HEADS).
 */
export const NAME_OPENERS = [
  'Working Group', 'Working Party', 'Expert Group', 'Group of Experts', 'Subcommittee', 'Subsidiary Body',
  'Committee on', 'Committee of', 'Committee for', 'Main Committee', 'Commission on', 'Commission for', 'Conference of', 'Meeting of',
  'Groupe de travail', "Groupe d'experts", 'Groupe d’experts', 'Sous-Comité', 'Organe subsidiaire', 'Grande Commission',
  'Grupo de Trabajo', 'Grupo de Expertos', 'Subcomité', 'Comisión', 'Conferencia', 'Reunión', 'Órgano Subsidiario',
  'Рабочая группа', 'Группа экспертов', 'Подкомитет', 'Комитет', 'Комиссия', 'Конференция', 'Совещание', 'Форум', 'Совет', 'Вспомогательный орган', 'Главный комитет',
  'الفريق العامل', 'فريق الخبراء', 'اللجنة الفرعية', 'الهيئة الفرعية',
];

/**
 * French heads that open a name only before a word in small letters, their complement or
 * adjective ("Comité des droits…", "Commission économique pour l’Europe", "Conférence d’examen"),
 * as English needs "Committee on": bare, they also end a name ("Grande Commission I") or stand
 * inside one after a word that links ("Conférence des Parties agissant comme Réunion des Parties").
 */
export const NAME_OPENERS_BEFORE_SMALL_WORD = ['Comité', 'Commission', 'Conférence', 'Réunion'];

/**
 * Words after which a head goes on with the name before it, as after a function word: "Conference
 * of the Parties serving as the meeting…", "Conférence des Parties agissant comme Réunion des
 * Parties…", "Conferencia de las Partes actuando como Reunión…". Folded.
 */
export const NAME_LINK_WORDS = new Set(['as', 'comme', 'como']);

/**
 * Words printed before a head that belong to its name ("Open-ended Intergovernmental Working
 * Group", "Scientific and Technical Subcommittee", "Sixth Committee", "Deuxième Commission",
 * "Межправительственная рабочая группа" needs none: its head is in small letters). A name is cut
 * before them, not between them and the head. Folded forms.
 */
export const NAME_PREMODIFIERS = new Set([
  'intergovernmental', 'open-ended', 'ad', 'hoc', 'special', 'preparatory', 'standing', 'advisory', 'joint', 'main',
  'technical', 'scientific', 'informal', 'high-level', 'regional', 'global', 'international', 'permanent', 'independent',
  'expert', 'statistical', 'executive', 'subsidiary', 'economic', 'legal', 'human', 'rights',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth',
  'premiere', 'deuxieme', 'troisieme', 'quatrieme', 'cinquieme', 'sixieme',
  'primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta',
  // "Экономический и Социальный Совет": the one Russian name whose head follows a capitalised adjective.
  'экономическии', 'социальныи',
]);

/**
 * The places UN bodies meet in, as the six languages print them: in a masthead run together on
 * one line, such a place with its date after it ("… Trafficking in Persons Vienna, 27-29 January
 * 2010") starts the venue and date line, which no other word can tell from the name before it.
 */
export const MEETING_PLACES = [
  'New York', 'Geneva', 'Vienna', 'Nairobi', 'Bonn', 'Rome', 'Paris', 'Santiago', 'Bangkok', 'Addis Ababa', 'Beirut', 'Montreal', 'The Hague', 'Kingston', 'Hamburg', 'Copenhagen', 'Madrid', 'Panama City', 'Doha', 'Marrakech', 'Incheon',
  'Genève', 'Vienne', 'Addis-Abeba', 'Beyrouth', 'Montréal', 'La Haye', 'Copenhague',
  'Nueva York', 'Ginebra', 'Viena', 'Roma', 'París', 'Addis Abeba', 'La Haya', 'Panamá',
  'Нью-Йорк', 'Женева', 'Вена', 'Найроби', 'Бонн', 'Рим', 'Париж', 'Сантьяго', 'Бангкок', 'Аддис-Абеба', 'Бейрут', 'Монреаль', 'Гаага', 'Кингстон', 'Гамбург', 'Копенгаген', 'Мадрид', 'Доха',
  'نيويورك', 'جنيف', 'فيينا', 'نيروبي', 'بون', 'روما', 'باريس', 'سانتياغو', 'بانكوك', 'أديس أبابا', 'بيروت', 'مونتريال', 'لاهاي', 'كينغستون', 'هامبورغ', 'كوبنهاغن', 'مدريد', 'الدوحة',
];

// UN document symbols as data (../shared/UN-FORMS.md, "Document symbols"). The recogniser in
// ../extract/symbols.ts works by grammar, not by these lists: any series of 1–8 letters and any
// `NAME.N` component is accepted. The tables serve three things only: canonical mixed casing,
// which series may also be written in lower case, and the words that join abbreviated lists.
// Every entry carries an example symbol; tests check that each example is recognised as itself.

interface ComponentForm {
  /** The component as printed in canonical casing, without its number. */
  readonly code: string;
  readonly meaning: string;
  /** A symbol that contains the component, in canonical form. */
  readonly example: string;
}

/**
 * First components (organ or series). Upper-case series are accepted whether listed or not;
 * only a listed series is also accepted in lower or odd case ("a/64/l.1/rev.1" from a URL),
 * because an unknown lower-case word before a slash is far more often prose ("page/2").
 */
export const SERIES = [
  { code: 'A', meaning: 'General Assembly', example: 'A/64/1' },
  { code: 'S', meaning: 'Security Council', example: 'S/2010/1' },
  { code: 'E', meaning: 'Economic and Social Council', example: 'E/2010/15' },
  { code: 'ST', meaning: 'Secretariat', example: 'ST/SGB/2003/13' },
  { code: 'T', meaning: 'Trusteeship Council', example: 'T/1995/1' },
  { code: 'CRC', meaning: 'Committee on the Rights of the Child', example: 'CRC/C/GC/13' },
  { code: 'CCPR', meaning: 'Human Rights Committee', example: 'CCPR/C/21/Rev.1/Add.13' },
  { code: 'CAT', meaning: 'Committee against Torture', example: 'CAT/C/GC/2' },
  { code: 'CEDAW', meaning: 'Committee on the Elimination of Discrimination against Women', example: 'CEDAW/C/GC/28' },
  { code: 'CERD', meaning: 'Committee on the Elimination of Racial Discrimination', example: 'CERD/C/GC/33' },
  { code: 'DP', meaning: 'UNDP Executive Board', example: 'DP/2010/1' },
  { code: 'TD', meaning: 'UNCTAD', example: 'TD/B/57/1' },
  { code: 'UNEP', meaning: 'United Nations Environment Programme', example: 'UNEP/GC.25/1' },
  { code: 'FCCC', meaning: 'Framework Convention on Climate Change', example: 'FCCC/CP/2009/11/Add.1' },
  { code: 'CTOC', meaning: 'Conference of the Parties, Organized Crime Convention', example: 'CTOC/COP/WG.4/2009/2' },
  { code: 'CAC', meaning: 'Conference of the States Parties, Convention against Corruption', example: 'CAC/COSP/2009/1' },
  { code: 'ECE', meaning: 'Economic Commission for Europe', example: 'ECE/TRANS/WP.29/1100' },
  { code: 'HSP', meaning: 'UN-Habitat', example: 'HSP/GC/23/1' },
  { code: 'ICCD', meaning: 'Convention to Combat Desertification', example: 'ICCD/COP/2009/1' },
  { code: 'CD', meaning: 'Conference on Disarmament', example: 'CD/1840' },
] as const satisfies readonly ComponentForm[];

/** Subsidiary bodies, each usually `NAME.N`; `PC` is followed by a slash instead. */
export const SUBSIDIARY_BODIES = [
  { code: 'AC', meaning: 'ad hoc committee', example: 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1' },
  { code: 'C', meaning: 'committee', example: 'A/C.3/64/L.5' },
  { code: 'CN', meaning: 'commission', example: 'E/CN.15/2010/1' },
  { code: 'CONF', meaning: 'conference', example: 'A/CONF.213/1' },
  { code: 'GC', meaning: 'governing council', example: 'UNEP/GC.25/1' },
  { code: 'PC', meaning: 'preparatory committee', example: 'A/CONF.157/PC/1' },
  { code: 'SC', meaning: 'subcommittee', example: 'ECE/TRANS/SC.1/2010/1' },
  { code: 'Sub', meaning: 'subcommission', example: 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1' },
  { code: 'WG', meaning: 'working group', example: 'CTOC/COP/WG.4/2009/2' },
  { code: 'WP', meaning: 'working party (before the year)', example: 'ECE/TRANS/WP.29/1100' },
] as const satisfies readonly ComponentForm[];

/** Components that say what kind of document it is. */
export const SPECIAL_COMPONENTS = [
  { code: 'L', meaning: 'limited distribution (drafts)', example: 'A/64/L.1/Rev.1' },
  { code: 'CRP', meaning: 'conference room paper', example: 'CTOC/COP/2010/CRP.1' },
  { code: 'INF', meaning: 'information series', example: 'A/INF/64/1' },
  { code: 'WP', meaning: 'working paper (after the year)', example: 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1' },
  { code: 'PV', meaning: 'verbatim record', example: 'A/64/PV.5' },
  { code: 'SR', meaning: 'summary record', example: 'E/2009/SR.12' },
  { code: 'R', meaning: 'restricted', example: 'A/AC.109/R.1' },
  { code: 'RES', meaning: 'resolution', example: 'A/RES/55/25' },
  { code: 'DEC', meaning: 'decision', example: 'UNEP/CBD/COP/DEC/X/2' },
  { code: 'PRST', meaning: 'presidential statement', example: 'S/PRST/2010/1' },
  { code: 'NGO', meaning: 'statement by a non-governmental organization', example: 'E/CN.6/2010/NGO/1' },
  { code: 'PET', meaning: 'petition', example: 'T/PET.10/1' },
] as const satisfies readonly ComponentForm[];

/** Changes to a document: `Add.N` and the others take a number, `Summary` does not. */
export const CHANGE_SUFFIXES = [
  { code: 'Add', meaning: 'addendum', example: 'E/2010/15/Add.1' },
  { code: 'Corr', meaning: 'corrigendum', example: 'A/64/1/Corr.1' },
  { code: 'Rev', meaning: 'revision', example: 'A/64/L.1/Rev.1' },
  { code: 'Amend', meaning: 'amendment', example: 'ECE/TRANS/WP.29/78/Rev.2/Amend.1' },
  { code: 'Summary', meaning: 'summary', example: 'E/2010/15/Summary' },
  { code: 'Supp', meaning: 'supplement', example: 'E/INCB/2015/1/Supp.1' },
] as const satisfies readonly ComponentForm[];

/** Change suffixes that an abbreviated list may write on their own ("A/64/13 and Add.1"). */
export const NUMBERED_CHANGES = ['Add', 'Corr', 'Rev', 'Amend'] as const;

/**
 * Dot-separated pieces whose canonical spelling is mixed case. Everything else in a symbol is
 * upper case. Matching is case-blind, so "REV.1" and "rev.1" both become "Rev.1".
 */
export const MIXED_CASE_PIECES = [
  ...CHANGE_SUFFIXES.map((c) => c.code),
  'Sub',
  // The Security Council's provisional agendas, one per meeting: S/Agenda/9500.
  'Agenda',
  // Montreal Protocol bodies: UNEP/OzL.Pro.27/1, UNEP/OzL.Pro/ImpCom/44/1, UNEP/OzL.Pro/ExCom/60/1.
  'OzL',
  'Pro',
  'Conv',
  'ImpCom',
  'ExCom',
] as const;

/**
 * Pieces that are mixed case only before their number, in a series numbered by session: the
 * Environment Assembly's "UNEP/EA.6/Res.4", UNIDO's "GC.20/Res.3" and "IDB.45/Dec.1" (printed
 * "RES.4" too). Alone, the component is upper case: "A/RES/70/1", "S/RES/1325 (2000)".
 */
export const NUMBERED_MIXED_CASE_PIECES = ['Res', 'Dec'] as const;

/** Punctuation that separates the members of an abbreviated list. */
export const LIST_SEPARATORS = [',', '،', '、'] as const;

/**
 * Conjunctions that join the last member of an abbreviated list. `glued` ones may be written
 * without a space before the next member ("وAdd.1", "和175").
 */
export const LIST_CONJUNCTIONS = [
  { text: 'and', lang: 'en', glued: false },
  { text: 'et', lang: 'fr', glued: false },
  { text: 'y', lang: 'es', glued: false },
  { text: 'и', lang: 'ru', glued: false },
  { text: 'و', lang: 'ar', glued: true },
  { text: '和', lang: 'zh', glued: true },
  { text: '及', lang: 'zh', glued: true },
] as const;

export interface PositiveSymbolExample {
  /** Running text as printed, with exactly one symbol in it. */
  readonly text: string;
  /** The canonical symbol the text must yield. */
  readonly symbol: string;
}

export const SYMBOL_EXAMPLES: {
  readonly positive: readonly PositiveSymbolExample[];
  /** Running text that must yield no symbol at all. */
  readonly negative: readonly string[];
} = {
  positive: [
    // Arabic agenda, documentation lists (fixtures/ar/CTOC_COP_WG.4_2010_1.txt).
    {
      text: 'تقرير عن اجتماع الفريق العامل المعني بالاتجار بالأشخاص، المعقود في فيينا يومي 14 و15 نيسان/أبريل 2009 (CTOC/COP/WG.4/2009/2)',
      symbol: 'CTOC/COP/WG.4/2009/2',
    },
    { text: '(CTOC/COP/WG.4/2009/2) وقد أعدّت الأمانة هذه الورقة', symbol: 'CTOC/COP/WG.4/2009/2' },
    // Brackets mirrored by a PDF's visual order.
    { text: ')CTOC/COP/WG.4/2009/2( وقد أعدّت الأمانة هذه الورقة', symbol: 'CTOC/COP/WG.4/2009/2' },
    { text: 'في التصدي للاتجار بالأشخاص (CTOC/COP/WG.4/2010/5)', symbol: 'CTOC/COP/WG.4/2010/5' },
    { text: 'جدول الأعمال المؤقت وشروحه (CAC/COSP/2009/1)', symbol: 'CAC/COSP/2009/1' },
    { text: 'في 27 كانون الثاني/يناير 2010 (E/CN.15/2010/1)', symbol: 'E/CN.15/2010/1' },
    { text: 'الوثيقة A/64/PV.5، وفيها', symbol: 'A/64/PV.5' },
    // Glued to Arabic letters with no space (extraction noise).
    { text: 'انظر الوثيقةE/2010/15/Add.1', symbol: 'E/2010/15/Add.1' },
    { text: 'مشروع القرارA/C.3/64/L.5 المنقّح', symbol: 'A/C.3/64/L.5' },
    // English.
    { text: 'Draft resolution A/64/L.1/Rev.1 was adopted.', symbol: 'A/64/L.1/Rev.1' },
    { text: 'Security Council resolution S/RES/1325 (2000) on women and peace and security', symbol: 'S/RES/1325 (2000)' },
    { text: 'resolution S/RES/1325(2000).', symbol: 'S/RES/1325 (2000)' },
    { text: 'Document E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1, paragraph 3', symbol: 'E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1' },
    { text: 'See UNEP/OzL.Pro.27/1/Add.1.', symbol: 'UNEP/OzL.Pro.27/1/Add.1' },
    { text: 'Official Records, A/64/PV.5, page 3', symbol: 'A/64/PV.5' },
    { text: 'Summary record (E/2009/SR.12);', symbol: 'E/2009/SR.12' },
    { text: 'Conference room paper CTOC/COP/2010/CRP.1', symbol: 'CTOC/COP/2010/CRP.1' },
    { text: 'List of delegations: A/INF/64/1.', symbol: 'A/INF/64/1' },
    { text: 'resolution 55/25 (A/RES/55/25)', symbol: 'A/RES/55/25' },
    { text: 'see a/64/l.1/rev.1 online', symbol: 'A/64/L.1/Rev.1' },
    { text: 'A/64/L.1/REV.1', symbol: 'A/64/L.1/Rev.1' },
    { text: 'reissued as A/64/1* for technical reasons', symbol: 'A/64/1' },
    // French.
    { text: 'Rapport du Secrétaire général (E/2010/15/Add.1).', symbol: 'E/2010/15/Add.1' },
    { text: 'Règlement (ECE/TRANS/WP.29/1100);', symbol: 'ECE/TRANS/WP.29/1100' },
    { text: 'voir le document « A/64/1 »', symbol: 'A/64/1' },
    // Spanish and Russian.
    { text: 'documento UNEP/CBD/BS/WG-L&R/4/1/Add.1', symbol: 'UNEP/CBD/BS/WG-L&R/4/1/Add.1' },
    { text: 'Proyecto de resolución A/C.3/64/L.5', symbol: 'A/C.3/64/L.5' },
    { text: 'доклад Комиссии (E/CN.15/2010/1)', symbol: 'E/CN.15/2010/1' },
    { text: 'документA/64/1', symbol: 'A/64/1' },
    // Chinese.
    { text: '联合国会议文件A/CONF.213/1。', symbol: 'A/CONF.213/1' },
    { text: '决议草案（A/64/L.1/Rev.1）', symbol: 'A/64/L.1/Rev.1' },
  ],
  negative: [
    // Dates, times, decision and resolution numbers.
    '14/15',
    'يومي 14 و 15 نيسان/أبريل 2009',
    '27/1/2010',
    '10/12/2009',
    '10/00',
    '13/00-10/00',
    'الساعة 10/00',
    'وفقاً للمقرر 4/4، المعنون',
    'decision 4/4',
    'resolution 55/25',
    'resolution 2010/15 of the Council',
    '2010/15',
    'decision I/8',
    'decision VII/12',
    // Job numbers, barcodes, paragraph numbers.
    'V.09-88123 (A)',
    'GE.06-40908 (E)',
    'N0923456',
    '19-10268',
    '*0988123*',
    '6-1-7',
    // Words and units with slashes; URLs.
    'and/or',
    'speed limits in km/h',
    'an acceleration of 9.8 m/s2',
    'HIV/AIDS',
    'TCP/IP',
    'page/2',
    'كانون الثاني/يناير',
    'http://www.un.org/en/ga/64/',
    'from 10 a.m./1 p.m.',
    // Masthead and incomplete symbols.
    'Distr.: General',
    'A/',
    'E/',
    'the A/ and E/ series',
    'S/RES',
    'ABCDEFGHI/12',
  ],
};

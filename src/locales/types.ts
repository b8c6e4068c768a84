// The shape of a language table. Tables hold words only; the extractors build their patterns
// from them (src/locales/patterns.ts), so adding a language adds a table, not code paths.
import type { Language } from '../schema.js';

export interface HeadingWords {
  /** Document titles by kind; each a list of variants as printed. */
  readonly annotatedTitle: readonly string[];
  readonly provisionalTitle: readonly string[];
  readonly agendaTitle: readonly string[];
  readonly annotations: readonly string[];
  readonly documentation: readonly string[];
  readonly annex: readonly string[];
  readonly organizationOfWork: readonly string[];
  /** The heading of one item's annotation after its documentation list (ESCAP): "Annotation". */
  readonly itemAnnotation?: readonly string[];
  /**
   * Words by which a paragraph speaks of its whole item, not of a sub-item: "Under this item",
   * "Au titre de ce point". In a list annotated in place, such a paragraph after the last
   * sub-item is the item's annotation.
   */
  readonly wholeItem?: readonly string[];
  /**
   * Unnumbered headings of a session's segments between items ("Joint segment", "UNDP
   * segment", "الجزء الخاص بالمسائل المعيارية"): the word that opens such a line (`first`) or
   * closes it (`last`). A short line so opened or closed, without final punctuation, heads a
   * segment and is neither a title nor an annotation.
   */
  readonly segment?: { readonly first?: readonly string[]; readonly last?: readonly string[] };
  /**
   * A line citing a document under an item (the Security Council's agenda, S/Agenda/…: "Letter
   * dated 3 March 2036 from … (S/2036/120)" under "2. The situation in …"): the words that open
   * it (`first`) or, where the language puts the kind of document last ("…的信(S/2036/120)"),
   * end its description before the bracketed symbol (`last`). Printed without a blank line
   * above, such a line starts the item's documents; it does not go on with the item's title.
   */
  readonly documentLine?: { readonly first?: readonly string[]; readonly last?: readonly string[] };
}

export interface MandateWords {
  readonly decision: readonly string[];
  readonly resolution: readonly string[];
  readonly article: readonly string[];
  readonly paragraph: readonly string[];
  /**
   * A sub-paragraph named before its paragraph, by its letter: "subparagraph (b) of paragraph 2
   * of article 17", "l'alinéa b) du paragraphe 2", "подпункт a) пункта 6" (article 17(2)(b)).
   */
  readonly subparagraph?: readonly string[];
  readonly rule: readonly string[];
  /** "that same decision": refers back to the decision cited last. */
  readonly sameAs: readonly string[];
  /**
   * Parts of a cited text that may stand between two citations of one list, which share the
   * first one's issuer: "General Assembly resolution S-23/2, annex, and resolution S-23/3".
   * The paragraph words, "of" words and function words count too.
   */
  readonly citationParts?: readonly string[];
  /** The word joining a paragraph to its article and an article to its instrument ("of"). */
  readonly of: readonly string[];
  /**
   * Articles before a body's or instrument's name: "the", "la", "el"; elided ones end in their
   * apostrophe and join the next word ("l'Accord de Paris"). Arabic writes its article into the
   * word; Russian and Chinese have none.
   */
  readonly articles?: readonly string[];
  /**
   * Words that end an instrument's name (besides `pairAnd`): prepositions and relatives that start
   * the next phrase ("…of the Convention in …", "…de la Convention pour …"), and the verbs that
   * follow a provision ("Rule 9 of the rules of procedure provides that …"). In a language written
   * without spaces, the words back to which an instrument's name before its provision reaches
   * (根据《公约》…: 根据 ends it).
   */
  readonly instrumentStops?: readonly string[];
  /**
   * Words after which a preposition or stop word stays inside an instrument's name: "Protocol
   * relating to the Status of Refugees", "Pacte international relatif aux droits…", and where rules
   * are printed, to the resolution's number: "the rules of procedure contained in the annex to…".
   */
  readonly instrumentLinks?: readonly string[];
  /**
   * Endings of adverbs ("-ly", "-ment", "-mente") and the "as" words ("as", "comme", "como"): a
   * treaty's title may bring what it protects by an adverb and "as" ("Convention on Wetlands of
   * International Importance especially as Waterfowl Habitat", "…d'importance internationale
   * particulièrement comme habitats des oiseaux d'eau"), where a clause's "as" phrase follows the
   * name itself ("…the rules of procedure as the first item"). After such an adverb, the "as"
   * word stays in the name, and the adverb is no verb of the clause.
   */
  readonly adverbEndings?: readonly string[];
  readonly asWords?: readonly string[];
  /**
   * Abbreviations and signs printed before a number inside an instrument's name, full stop or sign
   * included: "Protocol No. 14", "Convention No. 169", "Protocole n° 14", "Протокол № 14", "art. 5",
   * "Rev. 1". Before a number, the full stop is no end of the name (case ignored).
   */
  readonly numberAbbreviations?: readonly string[];
  /**
   * Prepositions that go on with a treaty's title before an article and a capital: "Treaty on the
   * Non-Proliferation…", "Optional Protocol to the Convention…" (but not before a body's name or a
   * citation: "…to the Conference of the Parties"). Languages whose titles join by words that end
   * no name (French "sur", Spanish "sobre", Russian "о") need none. In a language joined by case,
   * a stop word of this list right after a capitalised word goes on with the title (Russian "по":
   * "…Организации Объединенных Наций по морскому праву").
   */
  readonly titleLinks?: readonly string[];
  /**
   * Lower-case words inside a treaty's title before its next capitalised word, printed right
   * after it or past a possessive or article: "…on Substances that Deplete the Ozone Layer",
   * "…Benefits Arising from their Utilization". Elsewhere such a word after the name starts the
   * next clause. A stop word ("and", "y") goes on so too, past a possessive only: "…Hazardous
   * Wastes and their Disposal", "…Peligrosos y su Eliminación".
   */
  readonly nameInnerWords?: readonly string[];
  /**
   * Reflexive clitics a title prints between its small word and its capitalised verb: "…en los
   * Beneficios que se Deriven de su Utilización". Before a lower-case word ("el reglamento se
   * aplica") the clitic still starts the clause's verb.
   */
  readonly titleClitics?: readonly string[];
  /**
   * The head nouns of a second name after a conjunction and an article: an instrument's ("…of the
   * Convention and the Protocol", "…Ozone Layer and the Montreal Protocol", "…and the Financial
   * Rules") or an office's ("…and the Executive Secretary", "…and the Office of Legal Affairs").
   * Without one, a capitalised phrase there that goes on with a title link and a capitalised word
   * is the title's own ("…on Access to Genetic Resources and the Fair and Equitable Sharing of
   * Benefits Arising from their Utilization"). Bodies' heads (BODY_HEADS) are read besides.
   */
  readonly secondNameHeads?: readonly string[];
  /**
   * Endings of the lower-case adjectives that follow a name's capitalised noun ("Charte
   * africaine", "Cour pénale internationale", "Convention européenne"): no verb that starts a
   * clause after the name ends so, where another lower-case word there would be its verb.
   */
  readonly nameAdjectiveEndings?: readonly string[];
  /**
   * Endings that adjectives share with verbs ("Commission économique", "Charte démocratique"
   * against "…de la Convention indique que", "…applique les règles"). Such a lower-case word after
   * a name's capitalised word is its adjective only where the name goes on after it (a capitalised
   * word, an "of" word or a preposition of names, another adjective, "et" before an adjective) or
   * ends there (punctuation); a verb goes on with its object ("que", an article).
   */
  readonly nameAdjectiveOrVerbEndings?: readonly string[];
  /**
   * Prepositions that stop an instrument's name but go on with a body's before a capitalised word
   * or an article and one that starts no other phrase: "Commission économique pour l'Afrique",
   * "Comisión Económica para América Latina y el Caribe".
   */
  readonly bodyNamePrepositions?: readonly string[];
  /**
   * Relative pronouns of a title printed in small letters: after a noun of the title's complement
   * the title goes on over the pronoun, its verb and the article after it ("…relatif à des
   * substances qui appauvrissent la couche d'ozone"). After the capitalised head or before no
   * article the pronoun starts a clause about the instrument ("…de la Convention qui prévoit que").
   */
  readonly titleRelatives?: readonly string[];
  /**
   * Such a clause says what things of a kind do, plural noun and plural verb ("substances qui
   * appauvrissent", "pesticides dangereux qui font l'objet"): the endings of the noun before the
   * pronoun and of the verb after it. A clause about the instrument has it as its singular subject
   * ("…biologique qui énonce les principes").
   */
  readonly titleRelativeNounEndings?: readonly string[];
  readonly titleRelativeVerbEndings?: readonly string[];
  /**
   * Endings of the nouns naming a body's task after its head and a preposition of
   * `bodyNamePrepositions` in small letters: "Comité pour l'élimination de la discrimination
   * raciale" ("…du Comité pour la période 2031" ends at "Comité").
   */
  readonly bodyTaskNounEndings?: readonly string[];
  /**
   * The head nouns of instruments ("Convention", "Protocolo"): after a conjunction inside a name,
   * such a word starts a second instrument ("…Diversidad Biológica y el Protocolo de Cartagena").
   */
  readonly instrumentHeads?: readonly string[];
  /**
   * Joined by case: the stems of the instruments' head nouns after which a title link goes on
   * with the title though the head is lower-case: "Рамочной конвенции по защите морской среды".
   */
  readonly titleHeads?: readonly string[];
  /**
   * Joined by case: the endings of the words a title link governs in a body's name, the name
   * ending at the first word without one: "Комиссии по наркотическим средствам" (dative after "по";
   * "…по наркотическим средствам секретариат представит" ends before "секретариат").
   */
  readonly titleLinkEndings?: readonly string[];
  /** The nouns after a title link that make it a clause's preposition: "по просьбе", "по предложению". */
  readonly titleLinkClauseNouns?: readonly string[];
  /**
   * Joined by case: the endings of a genitive that goes on a body's name after a noun the title
   * link governs: "Комиссии по положению женщин", "Комитета по правам ребенка". Once a word is read
   * so, the rest of the name is genitive too.
   */
  readonly titleLinkGenitiveEndings?: readonly string[];
  /**
   * The genitive plurals with no ending that go on a body's name so ("женщин", "прав"): a bare
   * word after the name is otherwise the next phrase's ("…средствам секретариат представит").
   */
  readonly titleLinkBareGenitives?: readonly string[];
  /**
   * The endings of a past-tense verb that `titleLinkGenitiveEndings` would take for a genitive:
   * the clause's verb after the name ("Комиссия по положению женщин постановила", "…женщин была
   * принята", "…просили"), no part of it.
   */
  readonly pastTenseEndings?: readonly string[];
  /**
   * Prepositions that, right before a capitalised word with no article, name a place the name
   * does not hold: "…de la Convention à Genève" ("…à la Convention" goes on).
   */
  readonly placePrepositions?: readonly string[];
  /**
   * In a language written without spaces, the characters before which a body's name cannot
   * reach back from its citation: Chinese 在 (at), 由 (by), 经 (through)… (大会在…第55/25号决议中).
   */
  readonly clauseStarts?: readonly string[];
  /** Phrases after which the adopting body is named ("adopted by"). */
  readonly adoptedBy: readonly string[];
  /**
   * Phrases between a body's name and a citation that say the citation names or created the body,
   * or that the body acts under it, not that the body adopted it: "the Adaptation Committee
   * referred to in decision 2/CMA.4", "the Committee established by resolution 5/1", "the
   * Committee, pursuant to decision 2/CP.17, will". The body is then no issuer.
   */
  readonly citedBy?: readonly string[];
  /**
   * Chinese frames the number and puts the keyword after it: 第55/25号决议 (resolution 55/25),
   * 第32条第3款 (article 32, paragraph 3), with the instrument or body before.
   */
  readonly numberBefore?: readonly string[];
  readonly numberAfter?: readonly string[];
  /** Words after which a body's name has ended ("…Crime at its fourth session"). */
  readonly clauseStops?: readonly string[];
  /**
   * A language joining an instrument to its provision by case ("статьи 17 Конвенции") has no
   * punctuation where the name ends and the clause goes on ("…Конвенции сессию открывает"):
   * a lower-case word ending so (a verb, an accusative; never a genitive) after a capitalised
   * one, or one of these capitalised subjects, starts the clause.
   */
  readonly clauseWordEndings?: readonly string[];
  /**
   * Endings only a finite verb has, which start the clause after any word of the name, capitalised
   * or not: Russian reflexive "-ется", "-ются" ("…правил процедуры применяется к сессии").
   */
  readonly clauseVerbEndings?: readonly string[];
  /**
   * Joined by case, an instrument's name is a chain of genitives up to its first preposition
   * ("правил процедуры Комиссии", "Конвенции о биологическом разнообразии"). Endings no genitive
   * has (Russian instrumental "-ым", "-ом", "-ами") start the next phrase there: "правил
   * процедуры первым пунктом повестки дня" ends before "первым". After a preposition of the name
   * (`namePrepositions`) the words take its case and stay in the name.
   */
  readonly otherCaseEndings?: readonly string[];
  /**
   * Joined by case: the endings of a capitalised adjective that may agree with the next word in a
   * case no genitive has ("Конвенции Рабочей группе будет представлен": the dative subject starts
   * at "Рабочей"). Before a word in another case, such an adjective is that word's, not the name's.
   */
  readonly agreeingAdjectiveEndings?: readonly string[];
  /**
   * Prepositions inside an instrument's name joined by case: "о", "об", "с" ("Конвенции о …");
   * in French those of a title, past which `nameCompoundPrepositions` stay in it ("Convention sur …").
   */
  readonly namePrepositions?: readonly string[];
  /**
   * Compound prepositions starting with a stop word that stay in a name past one of its
   * `namePrepositions`: "Конвенции о ликвидации всех форм дискриминации в отношении женщин",
   * "…о борьбе с дискриминацией в области образования", "Convention sur l'élimination de toutes les
   * formes de discrimination à l'égard des femmes".
   */
  readonly nameCompoundPrepositions?: readonly string[];
  /**
   * In a language written without spaces, the heads an instrument's name not in its title marks
   * ends with (议事规则, 规则草案, 公约): the characters before a provision that end otherwise are
   * the clause's ("委员会将审议第9条"), not an instrument.
   */
  readonly instrumentEndings?: readonly string[];
  /** The word between the ends of a range of provisions, besides a dash: "rules 6 to 8", "articles 6 à 8". */
  readonly rangeTo?: readonly string[];
  /**
   * The letter before an old session's number, where the language prints its own: Arabic "(د-25)"
   * for (XXV), "377 ألف د-5" for 377 A (V).
   */
  readonly sessionLetter?: string;
  /** Possessive pronouns written on the keyword: Arabic "قراره", "قرارها", "قراريه" (its resolution(s)). */
  readonly possessiveSuffixes?: readonly string[];
  /**
   * A language's own numerals for articles and paragraphs, 1 to 999: Chinese 第六条 (article 6),
   * 第一百零五条 (105); each digit's value, and the characters for ten and a hundred.
   */
  readonly numerals?: { readonly digits: Readonly<Record<string, number>>; readonly ten: string; readonly hundred: string };
  /** A split resolution's part named by its letter's name, with the Latin capital: Arabic "٧٥/٢٩٠ باء" (75/290 B). */
  readonly partLetterNames?: Readonly<Record<string, string>>;
  /**
   * Capitalised words that start the next clause as its subject when printed right after a name
   * with no comma: Russian "…Конвенции о биологическом разнообразии Стороны рассмотрят", and
   * after an article no preposition joins to the name, "…of the Convention the Parties will",
   * "…de la Convention les Parties", "…de la Convención las Partes" (see `startsSubject`).
   */
  readonly clauseSubjects?: readonly string[];
  /**
   * Endings only a nominative adjective has (Russian "-ая", "-ый", "-ые", "-ое"): capitalised, the
   * word starts the next clause's subject after any word of a name joined by case ("…разнообразии
   * Рабочая группа изберет"); small, after a capitalised word ("…Конференции рабочая группа").
   */
  readonly nominativeEndings?: readonly string[];
  /** Words introducing a title ("entitled"). */
  readonly entitled: readonly string[];
  /**
   * Possessives before the keyword ("In its resolution 64/292, the General Assembly"): the
   * subject of the clause after the comma then adopted it, whatever the sentence named before.
   */
  readonly possessives?: readonly string[];
  /**
   * A principal organ's short name (a body of `bodies` too) and the numbering only that organ
   * gives its resolutions: "the Council" with resolution 2003/31 (year/number) is the Economic
   * and Social Council, E/RES/2003/31. Symbols follow only where the issuer is the short name alone.
   */
  readonly shortNames?: readonly { readonly name: string; readonly numbering: 'year/number'; readonly series: 'A' | 'E' | 'S' }[];
  /**
   * The General Assembly's special and emergency special sessions as the language prints them
   * before a resolution's number: Arabic "دإ-23/2" (S-23/2), "دإط-10/24" (ES-10/24). The Latin
   * prefix is the one the English number (and the symbol, A/RES/S-23/2) carries.
   */
  readonly sessionPrefixes?: readonly { readonly printed: string; readonly latin: 'S' | 'ES' }[];
  /**
   * A treaty body's initials in the language's script, as its decisions' numbers print them
   * ("1/م أ-26"), with the Latin initials of the English number (1/CP.26). Initials may be
   * shared by two bodies (Arabic "م أ" is the UNFCCC's CP and the UNCCD's COP): each reading
   * holds only in a text that names its treaty (`context`), the first such one wins, and a number
   * with no reading is not read.
   */
  readonly treatyBodyInitials?: readonly { readonly initials: string; readonly latin: string; readonly context: readonly string[] }[];
}

export interface BodyName {
  /** As printed, in the language of the table. */
  readonly name: string;
  /** The organ whose resolutions carry a document symbol: A/RES, E/RES, S/RES, A/HRC/RES. */
  readonly resolutionSeries?: 'A' | 'E' | 'S' | 'A/HRC';
}

export interface TimeWords {
  /** Hours written as words (Arabic "العاشرة" = 10), longest first is not required. */
  readonly hours: Readonly<Record<string, number>>;
  /** Words that introduce a time ("الساعة", "at"). */
  readonly hourWord: readonly string[];
  readonly morning: readonly string[];
  readonly afternoon: readonly string[];
  readonly halfPast: readonly string[];
  readonly quarterPast: readonly string[];
  /**
   * Words that introduce an hour named by a word (`hours`) but never a number: Spanish "al"
   * (a + el) in "al mediodía". Not in `hourWord`, which also marks "at 10.00" as a time: "al
   * 10.15" is a paragraph range's end ("párrafos 10.10 al 10.15").
   */
  readonly namedHourBefore?: readonly string[];
}

/** How the language writes a calendar date, beyond the month and weekday names. */
export interface DateWords {
  /** "dmy" (27 January 2010, 27 de enero de 2010) or "ymd" (2010年1月27日). */
  readonly order: 'dmy' | 'ymd';
  /** Words between day and month, and month and year: Spanish "de". */
  readonly joiners?: readonly string[];
  /** After the day number: English "st", "th"; French "er" (1er février). */
  readonly ordinalSuffixes?: readonly string[];
  /** After the year: Russian "года", "г."; Chinese uses 年 月 日 markers instead. */
  readonly yearSuffixes?: readonly string[];
  /** Markers of year, month and day in "ymd" languages: 年 月 日. */
  readonly ymdMarkers?: readonly [string, string, string];
  /**
   * Words that make a day and month without a year recur every year, after it ("1 January of
   * each year") or before it ("每年1月1日", "ежегодно 1 января"): such a day is no calendar date.
   */
  readonly eachYear?: readonly string[];
}

/** How the language writes a time of day and a time range. */
export interface ClockWords {
  /** After the hour: "heures", "h", "horas", "час.", "时". */
  readonly hourSuffixes?: readonly string[];
  /** After the minutes: "мин.", "分". */
  readonly minuteSuffixes?: readonly string[];
  /** Before the time: Chinese 上午 (morning) and 下午 (afternoon). */
  readonly morningBefore?: readonly string[];
  readonly afternoonBefore?: readonly string[];
  /** Between start and end: "to", "à", "a", "до", "至". */
  readonly rangeTo?: readonly string[];
  /**
   * An hour printed as a word alone, which may end a range: "10 a.m.–noon", "de 10 heures à
   * midi", "de las 10.00 horas al mediodía". Midnight is 0 (a range ending then ends at 24:00).
   */
  readonly namedHours?: Readonly<Record<string, number>>;
  /** Between a start and a named hour, where the language contracts its article: Spanish "al". */
  readonly rangeToNamed?: readonly string[];
  /** Before the start of a range: "from", "de", "de las", "с", "من", "从". */
  readonly rangeFrom?: readonly string[];
  /**
   * Between hours and a date after them, words that make the date an exception to those hours
   * ("Meetings will be held from 2 p.m. to 5 p.m., except on Monday, 6 October, when the session
   * will open at 10 a.m."): the hours and the date are no moment. Lower case.
   */
  readonly exceptBefore?: readonly string[];
  /** The same said right after the date, as Chinese does: "…下午3时至6时，但10月6日星期一除外". */
  readonly exceptAfter?: readonly string[];
  /**
   * A timetable row's half day printed as a word, alone or before its hours: "Morning",
   * "Matin", "Mañana (10.00 a 13.00 horas)", "上午", "صباحاً". Such a row opens a slot.
   */
  readonly halfDayMorning?: readonly string[];
  readonly halfDayAfternoon?: readonly string[];
  /**
   * A time split by a slash may print its minutes first: UN Arabic writes "00/10" (10:00) and
   * "30/10" (10:30) beside "10/00". Read so only where hours first would make no meeting's time
   * (a first number of 00, or over 24).
   */
  readonly slashMinutesFirst?: boolean;
}

export interface Locale {
  readonly code: Language;
  /** Written without spaces between words (Chinese): patterns join words with \s* not \s+. */
  readonly spaceless?: boolean;
  /** Does the language attach clitics (و، ف، ب، ل، ال) to words, and mark them with harakat? */
  readonly arabicMorphology: boolean;
  /** Twelve entries, January first; each lists every spelling of that month. */
  readonly months: readonly (readonly string[])[];
  /** Seven entries, Sunday first. */
  readonly weekdays: readonly (readonly string[])[];
  /** Words before a day or weekday that belong to the date expression ("يوم", "on"). */
  readonly dayPrefix: readonly string[];
  /** Range words: "from D1 to D2" and "on the days D1 and D2". */
  readonly rangeFrom: readonly string[];
  readonly rangeTo: readonly string[];
  readonly pairPrefix: readonly string[];
  readonly pairAnd: readonly string[];
  readonly headings: HeadingWords;
  /**
   * Abbreviations whose final stop is their own, not a sentence's (written here without it; a
   * space inside may be printed or not): a list line ending with one keeps its stop ("… etc.",
   * "… и т. д."), where a list line's final stop is otherwise dropped.
   */
  readonly abbreviations?: readonly string[];
  /** Continuation marker in timetables: "(continued)". */
  readonly continued: readonly string[];
  /** Sub-item letters in alphabet order: the first is "a". */
  readonly subItemLetters: readonly string[];
  /**
   * Sub-items numbered by the language's numerals in brackets, first to last, read as letters by
   * position: Chinese "(一)", "(二)" are (a), (b), as "(a)", "(b)" are.
   */
  readonly subItemNumerals?: readonly string[];
  /**
   * Ordinal adverbs that number a list's entries or a document's sections, first to last, in place
   * of roman numerals: Arabic "أولاً -", "ثانياً -" where the other languages print "I.", "II.".
   */
  readonly listOrdinals?: readonly string[];
  /** Words that precede an item number ("Item 1", "البند ١"). */
  readonly itemWord: readonly string[];
  /** What may follow "Item N" in an annotation heading: "Item 3 of the provisional agenda: …". */
  readonly itemOfAgenda?: readonly string[];
  /**
   * Words a bracketed reference to the agenda prints before the item word, where the language
   * puts the agenda's name first: Chinese "（临时议程项目1）".
   */
  readonly itemReferenceBefore?: readonly string[];
  /**
   * For titles that put words before the form (Chinese): one of `prefixNeeds` must stand in
   * them ("第五十三届会议临时议程", not "谨随函转递会议临时议程"), and none of `notFollowedBy` may
   * follow the form ("临时议程的执行情况" is about the agenda, not one).
   */
  readonly titleWords?: { readonly prefixNeeds?: readonly string[]; readonly notFollowedBy?: readonly string[] };
  readonly mandates: MandateWords;
  readonly bodies: readonly BodyName[];
  /**
   * The language names the organisation after a body's head ("Convención Marco de las Naciones
   * Unidas…", "Conférence des Nations Unies…", "Конференция Организации Объединенных Наций…",
   * "مؤتمر الأمم المتحدة…"), so that no body's name opens with it: the organisation's name that
   * opens a masthead run into one line, a name after it, is the logo. English opens names with it
   * ("United Nations Conference on Trade and Development"), and Chinese too.
   */
  readonly organisationAfterHead?: boolean;
  readonly sessionWord: readonly string[];
  /**
   * Kinds of session printed beside the session word when a body meets several times a year,
   * each named by its year: "First regular session 2025", "Annual session 2025".
   */
  readonly sessionKinds?: readonly string[];
  /**
   * Words that describe a session beside its word and leave its numbering as it is, unlike a
   * kind: "Seventy-ninth plenary session", "Soixante-dix-neuvième réunion plénière", "Семьдесят
   * девятая пленарная сессия" (the Conference of European Statisticians numbers its sessions so).
   */
  readonly sessionAdjectives?: readonly string[];
  /**
   * The Security Council's masthead (S/Agenda/…) prints the Council's year, its session, and the
   * meeting under its name: "Seventy-ninth year" / "10412th meeting", "السنة التاسعة والسبعون" /
   * "الجلسة 10412", "第七十九年" / "第10412次会议". `year` and `meeting` are the words, as printed;
   * `meetingNumberBefore` what may stand before the meeting's number (Chinese "第").
   */
  readonly councilMasthead?: { readonly year: readonly string[]; readonly meeting: readonly string[]; readonly meetingNumberBefore?: readonly string[] };
  /** Ordinal words for sessions: "fifth" → 5, "الخامسة" → 5. */
  readonly ordinals: Readonly<Record<string, number>>;
  readonly time: TimeWords;
  readonly dates?: DateWords;
  readonly clock?: ClockWords;
  /** Compound ordinals: tens that combine with a unit ordinal ("fifty-third" → 50 + 3). */
  readonly ordinalTens?: Readonly<Record<string, number>>;
  /**
   * Compound ordinals past a hundred: the hundreds printed before the rest ("one hundred and"
   * fifteenth → 100 + 15, "cent" quinzième, "сто" сорок третья, "centésimo" decimoquinto)…
   */
  readonly ordinalHundreds?: Readonly<Record<string, number>>;
  /** …or after it, as Arabic counts: "الخامسة عشرة بعد المائة" (the fifteenth after the hundred). */
  readonly ordinalHundredsAfter?: Readonly<Record<string, number>>;
  /** Language names as printed in mastheads ("Original: English", "Arabic"). */
  readonly languageNames: Readonly<Record<string, Language>>;
  /** Common words used to recognise the language of a text. */
  readonly stopwords: readonly string[];
}

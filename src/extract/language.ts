// Language detection by script, then by vocabulary among the Latin-script languages. Mastheads
// of Arabic, Russian and Chinese documents are in English and their text cites Latin symbols
// ("FCCC/SBSTA/2031/L.12"): the language of a document is that of its body, so a non-Latin
// script with a fair share of the letters wins over the Latin ones (see detectLanguageWithCertainty).
import type { Language } from '../schema.js';

type LatinLanguage = 'en' | 'fr' | 'es';

/**
 * Words that tell the Latin-script UN languages apart: function words, month names (a masthead
 * alone has a date of issue, "Nations Unies" its name) and the words of an agenda's title and commonest items (a list of
 * short items has few function words: "Other matters", "Ordre du jour provisoire"). A word of French and Spanish both ("de", "la", "en")
 * counts for both: it tells them from English, and the rest of the text tells them apart.
 */
const LATIN_WORDS: Record<LatinLanguage, readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'an', 'is', 'be', 'will', 'from', 'this', 'that', 'which', 'its',
    'agenda', 'provisional', 'other', 'matters', 'election', 'opening', 'report', 'officers',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['le', 'la', 'les', 'des', 'du', 'de', 'et', 'en', 'au', 'aux', 'sur', 'pour', 'une', 'un', 'dans', 'par', 'est', 'qui', 'que', 'ces', 'cette', 'sera',
    'unies', 'ordre', 'jour', 'provisoire', 'diverses', 'ouverture', 'rapport', 'bureau',
    'janvier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre', 'novembre'],
  es: ['el', 'la', 'los', 'las', 'del', 'de', 'y', 'en', 'al', 'por', 'para', 'sobre', 'una', 'un', 'con', 'que', 'se', 'su', 'sus', 'lo', 'este', 'esta',
    'naciones', 'unidas', 'programa', 'provisional', 'otros', 'asuntos', 'apertura', 'informe', 'mesa',
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * Letters one of French and Spanish writes and the other never does ("é" both do). Each counts
 * as a word of its language: a short line ("Elección de la Mesa") may have no other sign.
 */
const FRENCH_LETTERS = 'àâçèêëîïôùûœÀÂÇÈÊËÎÏÔÙÛŒ';
const SPANISH_LETTERS = 'ñáíóúÑÁÍÓÚ¿¡';

const MASTHEAD_WORDS = /\b(?:United|Nations|Distr|General|Limited|Restricted|Original|English|French|Spanish|Russian|Chinese|Arabic|Economic|Social|Council|Assembly|Security)\b/g;

/**
 * A masthead's version line: the language of this version, alone on its line under "Distr.:"
 * ("Russian" over "Original: English"). Read only where the text has nothing else to tell.
 */
const VERSION_LINE = /^[ \t]{0,40}(Arabic|Chinese|English|French|Russian|Spanish|Français|Español)[ \t]{0,40}$/m;
const VERSION_LANGUAGES: Record<string, Language> = {
  Arabic: 'ar', Chinese: 'zh', English: 'en', French: 'fr', Russian: 'ru', Spanish: 'es', Français: 'fr', Español: 'es',
};
/** How far down a masthead's version line may stand. */
const MASTHEAD_REACH = 600;

/** Enough of a long text to decide: the script counts settle within a few thousand letters. */
const SAMPLE = 8000;

/**
 * A non-Latin script wins with a quarter of the Latin letters: a Russian, Chinese or Arabic
 * text's Latin letters are its masthead and the symbols it cites, an English, French or
 * Spanish text has next to no letter of another script. At least a word's worth of it, so a
 * stray letter (a name, an extraction's look-alike) does not turn a Latin text.
 */
const NON_LATIN_SHARE = 4;
const NON_LATIN_MINIMUM = 4;

/** The language read and whether the text said it: false where a Latin text had too few signs. */
export interface LanguageReading {
  language: Language | null;
  certain: boolean;
}

export function detectLanguage(text: string): Language | null {
  return detectLanguageWithCertainty(text).language;
}

export function detectLanguageWithCertainty(text: string): LanguageReading {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  // Half the texts are English, French or Spanish, without a letter of another script: one
  // native scan for such a letter spares them the per-character count (the counts of the other
  // scripts are then 0, and of the Latin letters only whether there is one matters below).
  // Measured with the word walk below: see latinLanguage.
  const { arabic, cyrillic, han, latin: latinLetters } = NON_LATIN_LETTER.test(sample)
    ? countLetters(sample)
    : { arabic: 0, cyrillic: 0, han: 0, latin: LATIN_LETTER.test(sample) ? 1 : 0 };
  let latin = latinLetters;
  // Russian, Chinese and Arabic versions keep the masthead in English: its words do not count.
  if (latin > 0 && arabic + cyrillic + han > 0) {
    for (const word of sample.match(MASTHEAD_WORDS) ?? []) latin -= word.length;
  }
  // A Chinese character carries a word's worth of text: weigh it as three letters.
  const scripts: [Language, number][] = [
    ['ar', arabic],
    ['ru', cyrillic],
    ['zh', han * 3],
  ];
  scripts.sort((a, b) => b[1] - a[1]);
  const [script, count] = scripts[0]!;
  if (count >= NON_LATIN_MINIMUM && count * NON_LATIN_SHARE >= latin) return { language: script, certain: true };
  if (latin <= 0) return count > 0 ? { language: script, certain: true } : { language: null, certain: true };
  const reading = latinLanguage(sample);
  if (reading.certain) return reading;
  // Nothing in the words: a masthead alone names its version's language.
  const version = VERSION_LINE.exec(sample.length > MASTHEAD_REACH ? sample.slice(0, MASTHEAD_REACH) : sample);
  if (version) return { language: VERSION_LANGUAGES[version[1]!]!, certain: true };
  return reading;
}

/** A letter countLetters counts as Arabic, Cyrillic or Han (the same code-unit ranges). */
const NON_LATIN_LETTER = /[\u0400-\u04ff\u0620-\u064a\u0671-\u06d3\u3400-\u4dbf\u4e00-\u9fff\ufb50-\ufefc]/;
/** A letter countLetters counts as Latin. */
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

/**
 * Letters of each script. A function of its own: it is the hot loop, and optimised apart from
 * the vote it stays optimised whichever script a text is in.
 */
function countLetters(sample: string): { arabic: number; cyrillic: number; han: number; latin: number } {
  let arabic = 0;
  let cyrillic = 0;
  let han = 0;
  let latin = 0;
  // Code-unit ranges rather than \p{Script} tests: this runs over every character.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x41) continue;
    if (code <= 0x24f) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code >= 0xc0) latin++;
    } else if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0xfb50 && code <= 0xfefc)) {
      arabic++;
    } else if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic++;
    } else if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) {
      han++;
    }
  }
  return { arabic, cyrillic, han, latin };
}

/** Words of a few thousand letters decide: function words are the commonest words of any text. */
const STOPWORD_SAMPLE = 4000;
const LONGEST_WORD = Math.max(...Object.values(LATIN_WORDS).flat().map((w) => w.length));

/**
 * A word of ASCII letters as a number, five bits a letter (a or A = 1 … z or Z = 26). The
 * words are short and ASCII: the walk below keys each word as it reads it, without a substring
 * or a lower-case copy per word. Ten letters fit exactly in a double (50 bits).
 */
const packLetter = (key: number, code: number) => key * 32 + ((code | 0x20) - 0x60);
const packWord = (word: string) => {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = packLetter(key, word.charCodeAt(i));
  return key;
};

/** The languages of a word as bits (a word of French and Spanish both has two). */
const EN = 1;
const FR = 2;
const ES = 4;
const LANGUAGE_BIT: Record<LatinLanguage, number> = { en: EN, fr: FR, es: ES };

/** Each word (packed) with the languages it belongs to ("en" is both French and Spanish). */
const WORD_LANGUAGES = new Map<number, number>();
for (const [lang, words] of Object.entries(LATIN_WORDS) as [LatinLanguage, readonly string[]][]) {
  for (const word of words) WORD_LANGUAGES.set(packWord(word), (WORD_LANGUAGES.get(packWord(word)) ?? 0) | LANGUAGE_BIT[lang]);
}

/** French elided articles and pronouns before an apostrophe ("l’ordre", "d’une", "qu’il"). */
const FRENCH_ELISIONS = new Set(['l', 'd', 'j', 'qu'].map(packWord));

/** Below U+0180, the language a letter tells (LETTER_FRENCH, LETTER_SPANISH) or 0. */
const LETTER_FRENCH = 1;
const LETTER_SPANISH = 2;
const LETTER_LANGUAGE = new Uint8Array(0x180);
for (const letter of FRENCH_LETTERS) LETTER_LANGUAGE[letter.charCodeAt(0)] = LETTER_FRENCH;
for (const letter of SPANISH_LETTERS) LETTER_LANGUAGE[letter.charCodeAt(0)] = LETTER_SPANISH;

/**
 * Below U+0100, what the word walk makes of a code unit: NOT_LETTER, ASCII_LETTER or
 * LATIN1_LETTER; from U+0100 on nothing is a word's letter. Letters of a word are ASCII and
 * Latin-1 letters, either case (not × and ÷).
 */
const NOT_LETTER = 0;
const ASCII_LETTER = 1;
const LATIN1_LETTER = 2;
const WORD_LETTER = new Uint8Array(0x100);
for (let code = 0x41; code <= 0x5a; code++) WORD_LETTER[code] = WORD_LETTER[code + 0x20] = ASCII_LETTER;
for (let code = 0xc0; code <= 0xff; code++) if (code !== 0xd7 && code !== 0xf7) WORD_LETTER[code] = LATIN1_LETTER;

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/** Fewest signs for a language to be read as said, not guessed. */
const CERTAIN_SIGNS = 2;

function latinLanguage(text: string): LanguageReading {
  const sample = text.length > STOPWORD_SAMPLE ? text.slice(0, STOPWORD_SAMPLE) : text;
  let en = 0;
  let fr = 0;
  let es = 0;
  // Words are walked with char codes and only short ASCII ones looked up, as the words listed are;
  // the letters only French or only Spanish writes are counted on the way. The walk runs over
  // every character of half the texts, mostly before it is optimised and always without inlining
  // (the batch runs with --no-turbo-inlining): a table look-up, the packing and the counts are
  // written out here rather than called (a word-letter test, a packing function and a counts
  // object keyed by language were; with the script prefilter above, one worker's 1,000 documents
  // 1,364 → 1,338 ms main-thread CPU, medians of 9 alternating runs).
  const length = sample.length;
  for (let i = 0; i < length; ) {
    const first = sample.charCodeAt(i);
    if (first >= 0x100 || WORD_LETTER[first] === NOT_LETTER) {
      if (first === 0xbf || first === 0xa1) es++;
      else if (first === 0x153 || first === 0x152) fr++;
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    let ascii = true;
    for (; i < length; i++) {
      const code = sample.charCodeAt(i);
      if (code >= 0x100) break;
      const letter = WORD_LETTER[code];
      if (letter === ASCII_LETTER) {
        if (i - start < LONGEST_WORD) key = key * 32 + ((code | 0x20) - 0x60);
      } else if (letter === LATIN1_LETTER) {
        ascii = false;
        const tells = LETTER_LANGUAGE[code];
        if (tells === LETTER_FRENCH) fr++;
        else if (tells === LETTER_SPANISH) es++;
      } else break;
    }
    if (!ascii || i - start > LONGEST_WORD) continue;
    if (i - start <= 2 && i < length && isApostrophe(sample.charCodeAt(i)) && FRENCH_ELISIONS.has(key)) {
      fr++;
      continue;
    }
    const languages = WORD_LANGUAGES.get(key);
    if (languages !== undefined) {
      if (languages & EN) en++;
      if (languages & FR) fr++;
      if (languages & ES) es++;
    }
  }
  // Ties go to English, then French, as before: an English text has the fewest signs.
  const ranked = ([['en', en], ['fr', fr], ['es', es]] as const).slice().sort((a, b) => b[1] - a[1]);
  const [best, bestCount] = ranked[0]!;
  const certain = bestCount >= CERTAIN_SIGNS && bestCount > ranked[1]![1];
  return { language: best, certain };
}

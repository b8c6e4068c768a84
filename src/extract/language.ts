// Language detection by script, then by vocabulary among the Latin-script languages. Mastheads
// of Russian and Chinese documents are in English, so every letter of the text is counted and
// the script with most letters wins, not the first line's.
import type { Language } from '../schema.js';


/** Function words that tell the Latin-script UN languages apart. */
const LATIN_STOPWORDS: Record<'en' | 'fr' | 'es', readonly string[]> = {
  en: ['the', 'of', 'and', 'to', 'in', 'on', 'for', 'with', 'by', 'at'],
  fr: ['le', 'la', 'les', 'des', 'du', 'et', 'en', 'au', 'aux', 'sur', 'pour', 'une'],
  es: ['el', 'los', 'las', 'del', 'y', 'en', 'al', 'por', 'para', 'sobre', 'una', 'con'],
};

const MASTHEAD_WORDS = /\b(?:United|Nations|Distr|General|Limited|Restricted|Original|English|French|Spanish|Russian|Chinese|Arabic|Economic|Social|Council|Assembly|Security)\b/g;

/** Enough of a long text to decide: the script counts settle within a few thousand letters. */
const SAMPLE = 8000;

export function detectLanguage(text: string): Language | null {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const { arabic, cyrillic, han, latin: latinLetters } = countLetters(sample);
  let latin = latinLetters;
  // Russian, Chinese and Arabic versions keep the masthead in English: its words do not count.
  if (latin > 0 && arabic + cyrillic + han > 0) {
    for (const word of sample.match(MASTHEAD_WORDS) ?? []) latin -= word.length;
  }
  // A Chinese character carries a word's worth of text: weigh it as three letters.
  const scores: [Language | 'latin', number][] = [
    ['ar', arabic],
    ['ru', cyrillic],
    ['zh', han * 3],
    ['latin', latin],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  const [best, count] = scores[0]!;
  if (count === 0) return null;
  if (best !== 'latin') return best;
  return latinLanguage(sample);
}

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

/** Function words of a few thousand letters decide: they are the commonest words of any text. */
const STOPWORD_SAMPLE = 4000;
const LONGEST_STOPWORD = Math.max(...Object.values(LATIN_STOPWORDS).flat().map((w) => w.length));

/**
 * A word of ASCII letters as a number, five bits a letter (a or A = 1 … z or Z = 26). The
 * function words are short and ASCII: the walk below keys each word as it reads it, without a
 * substring or a lower-case copy per word. Six letters fit a small integer.
 */
const packLetter = (key: number, code: number) => key * 32 + ((code | 0x20) - 0x60);

/** Each function word (packed) with the languages it belongs to ("en" is both French and Spanish). */
const STOPWORD_LANGUAGES = new Map<number, ('en' | 'fr' | 'es')[]>();
for (const [lang, words] of Object.entries(LATIN_STOPWORDS) as ['en' | 'fr' | 'es', readonly string[]][]) {
  for (const word of words) {
    let key = 0;
    for (let i = 0; i < word.length; i++) key = packLetter(key, word.charCodeAt(i));
    STOPWORD_LANGUAGES.set(key, [...(STOPWORD_LANGUAGES.get(key) ?? []), lang]);
  }
}

/** Letters of a word, as the count reads them: ASCII and Latin-1 letters, either case. */
function isWordLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

function latinLanguage(text: string): Language {
  const counts = { en: 0, fr: 0, es: 0 };
  const sample = text.length > STOPWORD_SAMPLE ? text.slice(0, STOPWORD_SAMPLE) : text;
  // Words are walked with char codes and only short ASCII ones looked up: the function words are.
  for (let i = 0; i < sample.length; ) {
    if (!isWordLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let key = 0;
    let ascii = true;
    for (; i < sample.length; i++) {
      const code = sample.charCodeAt(i);
      if (!isWordLetter(code)) break;
      if (code >= 0x80) ascii = false;
      else if (i - start < LONGEST_STOPWORD) key = packLetter(key, code);
    }
    if (!ascii || i - start > LONGEST_STOPWORD) continue;
    const languages = STOPWORD_LANGUAGES.get(key);
    if (languages) for (const lang of languages) counts[lang]++;
  }
  if (counts.fr > counts.en && counts.fr >= counts.es) return 'fr';
  if (counts.es > counts.en && counts.es > counts.fr) return 'es';
  return 'en';
}

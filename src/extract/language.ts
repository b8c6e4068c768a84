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

/** Function words of a few thousand letters decide: they are the commonest words of any text. */
const STOPWORD_SAMPLE = 4000;
const LONGEST_STOPWORD = Math.max(...Object.values(LATIN_STOPWORDS).flat().map((w) => w.length));
/** Each function word with the languages it belongs to ("en" is both French and Spanish). */
const STOPWORD_LANGUAGES = new Map<string, ('en' | 'fr' | 'es')[]>();
for (const [lang, words] of Object.entries(LATIN_STOPWORDS) as ['en' | 'fr' | 'es', readonly string[]][]) {
  for (const word of words) STOPWORD_LANGUAGES.set(word, [...(STOPWORD_LANGUAGES.get(word) ?? []), lang]);
}

/** Letters of a word, as the count reads them: ASCII and Latin-1 letters, either case. */
function isWordLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7);
}

function latinLanguage(text: string): Language {
  const counts = { en: 0, fr: 0, es: 0 };
  const sample = text.length > STOPWORD_SAMPLE ? text.slice(0, STOPWORD_SAMPLE) : text;
  // Words are walked with char codes and only short ones looked up: the function words are short.
  for (let i = 0; i < sample.length; ) {
    if (!isWordLetter(sample.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < sample.length && isWordLetter(sample.charCodeAt(i))) i++;
    if (i - start > LONGEST_STOPWORD) continue;
    const languages = STOPWORD_LANGUAGES.get(sample.slice(start, i).toLowerCase());
    if (languages) for (const lang of languages) counts[lang]++;
  }
  if (counts.fr > counts.en && counts.fr >= counts.es) return 'fr';
  if (counts.es > counts.en && counts.es > counts.fr) return 'es';
  return 'en';
}

// Chinese, Japanese and Korean text in a PDF: words are not separated by spaces, so a line that
// wraps is joined to the next without one, and the narrow gap a typesetter leaves between an
// ideograph and a Latin letter or digit ("2012 年", Word's and LibreOffice's autospace) is not a
// space either.

/** Whether the UTF-16 code unit is (part of) a CJK character: ideographs, kana, hangul, CJK
 * punctuation and the full-width forms ("，", "（", "："). */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x9fff) || // CJK punctuation, kana, bopomofo, enclosed, ext. A, unified ideographs
    (c >= 0xac00 && c <= 0xd7af) || // hangul syllables
    (c >= 0x1100 && c <= 0x11ff) || // hangul jamo
    (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms
    (c >= 0xff00 && c <= 0xffef) || // full-width and half-width forms
    (c >= 0xd840 && c <= 0xd87f) // high surrogates of the supplementary ideographic plane
  );
}

/** Whether the text has a CJK character. */
export function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isCjkCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the text begins with a CJK character. */
export function startsCjk(text: string): boolean {
  return text.length > 0 && isCjkCode(text.charCodeAt(0));
}

/** Whether the text ends with a CJK character (a low surrogate ends a supplementary ideograph). */
export function endsCjk(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(text.length - 1);
  return isCjkCode(c) || (c >= 0xdc00 && c <= 0xdfff && text.length > 1 && isCjkCode(text.charCodeAt(text.length - 2)));
}

// The Arabic subject in construct form before a keyword carrying its possessive: "وطلبت لجنة
// المخدرات، في قرارها 64/1، …" (the Commission on Narcotic Drugs, in its resolution 64/1). The
// head ("لجنة", "مجلس", "مؤتمر") is the table's one-word name without its article; the name runs
// on to the comma before "في". English, French, Spanish and Russian read the same form already
// (tests/extract/mandates-head-read-on.test.ts).
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

describe('an Arabic subject in construct form before "، في" and the keyword', () => {
  it.each([
    ['وطلبت لجنة المخدرات، في قرارها 64/1، إلى الأمانة أن تعد تقريرا.', 'لجنة المخدرات'],
    ['وقررت لجنة منع الجريمة والعدالة الجنائية، في قرارها 30/2، أن تعقد اجتماعا.', 'لجنة منع الجريمة والعدالة الجنائية'],
    ['وقرر مؤتمر الأطراف في اتفاقية بازل، في مقرره 15/3، أن ينظر في المسألة.', 'مؤتمر الأطراف في اتفاقية بازل'],
    ['ولجنة المخدرات، في قرارها 64/1، طلبت إلى الأمانة أن تعد تقريرا.', 'لجنة المخدرات'],
  ])('%s', (text, issuer) => {
    const [mandate] = mandatesOf(text, 'ar');
    expect(mandate?.issuer).toBe(issuer);
  });

  it('the table\'s name with its article is read as before', () => {
    const [mandate] = mandatesOf('وطلبت اللجنة، في قرارها 64/1، إلى الأمانة أن تعد تقريرا.', 'ar');
    expect(mandate?.issuer).toBe('اللجنة');
  });

  it('no comma and "في" between the name and the keyword: no subject read so', () => {
    const [mandate] = mandatesOf('وأشارت إلى عمل لجنة المخدرات وإلى قرارها 64/1.', 'ar');
    expect(mandate?.issuer).not.toBe('لجنة المخدرات');
  });
});

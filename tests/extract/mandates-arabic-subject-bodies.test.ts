// Arabic names of adopting bodies the English table already holds: a treaty's Meeting of the
// Parties ("اجتماع الأطراف") and a programme's Governing Council ("مجلس الإدارة"), as the clause's
// subject around a citation with its possessive ("وقرر اجتماع الأطراف، في مقرره 30/5، …", "وفي
// مقرره 27/2، طلب مجلس الإدارة …"). English rows as guards.
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';
import type { Language } from '../../src/schema.js';

describe('the subject of a citation with its possessive names the issuer', () => {
  it.each([
    ['ar', 'وقرر اجتماع الأطراف، في مقرره 30/5، أن ينظر في المسألة في اجتماعه المقبل.', 'اجتماع الأطراف', 'مقرره 30/5'],
    ['ar', 'وفي مقرره 30/5، قرر اجتماع الأطراف أن ينظر في المسألة.', 'اجتماع الأطراف', 'مقرره 30/5'],
    ['ar', 'وطلب مجلس الإدارة، في مقرره 27/2، إلى المدير التنفيذي أن يقدم تقريرا.', 'مجلس الإدارة', 'مقرره 27/2'],
    ['ar', 'وفي مقرره 27/2، طلب مجلس الإدارة إلى المدير التنفيذي أن يقدم تقريرا.', 'مجلس الإدارة', 'مقرره 27/2'],
    ['en', 'The Meeting of the Parties, in its decision 30/5, decided to consider the matter.', 'Meeting of the Parties', 'decision 30/5'],
    ['en', 'In its decision 27/2, the Governing Council requested the Executive Director to report.', 'Governing Council', 'decision 27/2'],
  ] as const)('%s: %s', (lang: Language, text, issuer, occurrence) => {
    const [mandate] = mandatesOf(text, lang);
    expect([mandate?.issuer, mandate?.occurrences]).toEqual([issuer, [occurrence]]);
  });
});

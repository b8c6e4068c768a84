// Arabic names the issuer after the number with the preposition lām written on the body's name in
// place of its article's alif: "القرار 55/25 للجمعية العامة" is the General Assembly's, as
// "قرار الجمعية العامة 55/25" is. The issuer is printed as the text has it, the lām included.
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

const CASES: [string, string, string, string | null][] = [
  ['وإذ تشير إلى القرار 61/16 للجمعية العامة، تنظر اللجنة في التقرير.', '61/16', 'للجمعية العامة', 'A/RES/61/16'],
  ['ووفقا للمقرر 2019/210 للمجلس الاقتصادي والاجتماعي، يقدم التقرير.', '2019/210', 'للمجلس الاقتصادي والاجتماعي', null],
  ['ووفقا للقرار 2019/21 للمجلس الاقتصادي والاجتماعي، يقدم التقرير.', '2019/21', 'للمجلس الاقتصادي والاجتماعي', 'E/RES/2019/21'],
  // The short name alone, numbered by year: the Economic and Social Council's.
  ['ووفقا للقرار 2019/21 للمجلس، يقدم التقرير.', '2019/21', 'للمجلس', 'E/RES/2019/21'],
  // A name whose word starts with lām loses the whole article: "للجنة" (اللجنة).
  ['ووفقا للمقرر 7/3 للجنة، يقدم التقرير.', '7/3', 'للجنة', null],
  // After a comma the lām form starts another clause: no issuer.
  ['ووفقا للقرار 61/16، للجمعية العامة أن تنظر في التقرير.', '61/16', '', null],
];

describe('an Arabic issuer in its lām form after the number', () => {
  it.each(CASES)('%s', (text, reference, issuer, symbol) => {
    const mandate = mandatesOf(text, 'ar').find((m) => m.reference === reference);
    expect(mandate?.issuer ?? '').toBe(issuer);
    expect(mandate?.symbol).toBe(symbol);
  });
});

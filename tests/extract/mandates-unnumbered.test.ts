// A treaty body's decision cited before it had a number ("draft decision -/CMA.5", UNFCCC):
// the contract's reference is a number, so it is no mandate, and MANDATE_UNNUMBERED says so.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const UNNUMBERED: [Language, string, string[], string[]][] = [
  ['en', 'The Conference will take up draft decision -/CP.31 on the budget.', ['decision -/CP.31'], []],
  ['en', 'See decisions 3/CMA.2 and -/CMA.7, and decision -/CMP.20.', ['-/CMA.7', 'decision -/CMP.20'], ['3/CMA.2']],
  // A space inside the placeholder, as some extractions print it.
  ['en', 'The Conference will take up draft decision - /CMA.8 on finance.', ['decision - /CMA.8'], []],
  ['fr', 'La Conférence examinera le projet de décision -/CP.31 sur le budget.', ['décision -/CP.31'], []],
  ['es', 'La Conferencia examinará el proyecto de decisión -/CP.31 relativo al presupuesto.', ['decisión -/CP.31'], []],
  ['ru', 'Конференция рассмотрит проект решения -/CP.31 о бюджете.', ['решения -/CP.31'], []],
  ['zh', '缔约方会议将审议关于预算的第-/CP.31号决定草案。', ['第-/CP.31号决定'], []],
  ['ar', 'ينظر مؤتمر الأطراف في اتفاقية تغير المناخ في مشروع المقرر -/م أ-31 والمقرر 2/م أ-30.', ['المقرر -/م أ-31'], ['2/CP.30']],
];

describe('a decision not yet numbered', () => {
  it.each(UNNUMBERED)('%s: %s', (language, text, reported, read) => {
    const doc = parseAgenda(text, { lang: language });
    const found = doc.diagnostics.filter((d) => d.code === 'MANDATE_UNNUMBERED');
    expect(found.map((d) => text.slice(d.span!.start, d.span!.end))).toEqual(reported);
    expect(found.every((d) => d.severity === 'info')).toBe(true);
    // No mandate for the placeholder, and never a wrong number: only the numbered ones are read.
    expect(doc.mandates.map((m) => m.reference)).toEqual(read);
  });

  it.each([
    // A symbol or a date range holds no placeholder.
    ['en', 'Documents FCCC/CP/2031/1-FCCC/KP/CMP/2031/1 and decision 1/CP.30.'],
    ['en', 'From 3-/4 June; decision 1/CP.30.'],
  ] as [Language, string][])('%s: %s', (language, text) => {
    expect(parseAgenda(text, { lang: language }).diagnostics.filter((d) => d.code === 'MANDATE_UNNUMBERED')).toEqual([]);
  });
});

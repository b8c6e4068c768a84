// A citation's title printed after the body named after its number ("resolution 70/1 of the
// General Assembly, entitled "…"", "résolution 70/1 de l'Assemblée générale, intitulée « … »",
// "resolución 70/1 de la Asamblea General, titulada "…""): read as the title, as one printed
// right after the number is. Our own sentences in the forms real annotations print.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const CASES: [Language, string, string, string][] = [
  ['en', 'Pursuant to resolution 81/7 of the General Assembly, entitled "Rivers of the world", the Commission will report.', 'General Assembly', 'Rivers of the world'],
  ['fr', "Conformément à la résolution 81/7 de l'Assemblée générale, intitulée « Les rivières du monde », la Commission fera rapport.", 'Assemblée générale', 'Les rivières du monde'],
  ['es', 'De conformidad con la resolución 81/7 de la Asamblea General, titulada “Los ríos del mundo”, la Comisión informará.', 'Asamblea General', 'Los ríos del mundo'],
  ['ru', 'В соответствии с резолюцией 81/7 Генеральной Ассамблеи, озаглавленной «Реки мира», Комиссия представит доклад.', 'Генеральной Ассамблеи', 'Реки мира'],
  // Arabic names the body between keyword and number: the title follows the number, as before.
  ['ar', 'وفقا لقرار الجمعية العامة 81/7 المعنون "أنهار العالم"، ستقدم اللجنة تقريرا.', 'الجمعية العامة', 'أنهار العالم'],
];

describe('a title after the body named after the number', () => {
  it.each(CASES)('%s: %s', (language, text, issuer, title) => {
    const mandate = mandatesOf(text, language).find((m) => m.reference === '81/7')!;
    expect(mandate.issuer).toBe(issuer);
    // The span takes the spaces inside French guillemets in; the emitted title is trimmed.
    expect(mandate.title?.trim()).toBe(title);
  });
});

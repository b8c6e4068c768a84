// A body named between the keyword and the number may start with an elided article: "résolution
// de l'Assemblée générale 55/25" is read as "résolution 55/25 de l'Assemblée générale" is.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const CASES: [Language, string, string, string, string | null][] = [
  ['fr', "Rappelant la résolution de l'Assemblée générale 61/16, la Commission examinera le rapport.", '61/16', 'Assemblée générale', 'A/RES/61/16'],
  ['fr', 'Rappelant la résolution de l’Assemblée générale 61/16, la Commission examinera le rapport.', '61/16', 'Assemblée générale', 'A/RES/61/16'],
  ['fr', "Rappelant la résolution 61/16 de l'Assemblée générale, la Commission examinera le rapport.", '61/16', 'Assemblée générale', 'A/RES/61/16'],
  ['fr', 'Conformément à la décision du Conseil 2019/210, le rapport sera présenté.', '2019/210', 'Conseil', null],
  ['es', 'Recordando la resolución de la Asamblea General 61/16, la Comisión examinará el informe.', '61/16', 'Asamblea General', 'A/RES/61/16'],
  ['ru', 'Ссылаясь на резолюцию Генеральной Ассамблеи 61/16, Комиссия рассмотрит доклад.', '61/16', 'Генеральной Ассамблеи', 'A/RES/61/16'],
];

describe('a body with an elided article between keyword and number', () => {
  it.each(CASES)('%s: %s', (language, text, reference, issuer, symbol) => {
    const mandate = mandatesOf(text, language).find((m) => m.reference === reference);
    expect(mandate?.issuer).toBe(issuer);
    expect(mandate?.symbol).toBe(symbol);
  });
});

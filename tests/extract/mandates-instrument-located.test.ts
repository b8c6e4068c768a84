// "rule 8 of the rules of procedure annexed to Council resolution 5/1": the instrument is the
// whole name as printed, to the resolution's number, in every language that prints it so (the
// Arabic and French forms already were); the resolution is a mandate of its own, its issuer the
// short name as printed and, numbered by session, with no symbol (SPEC).
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

// [language, text, provision's reference, instrument, the resolution's issuer (null: none named)]
const CASES: [Language, string, string, string, string | null][] = [
  ['en', 'Under rule 3 of the rules of procedure annexed to Council resolution 7/2, the Group meets.', 'rule 3', 'the rules of procedure annexed to Council resolution 7/2', 'Council'],
  ['en', 'rule 3 of the rules of procedure contained in the annex to Council resolution 7/2.', 'rule 3', 'the rules of procedure contained in the annex to Council resolution 7/2', 'Council'],
  ['en', 'Rule 3 of the rules of procedure set out in the annex to Council resolution 7/2 provides that', 'rule 3', 'the rules of procedure set out in the annex to Council resolution 7/2', 'Council'],
  ['fr', "l'article 3 du règlement intérieur figurant en annexe à la résolution 7/2 du Conseil", 'article 3', 'règlement intérieur figurant en annexe à la résolution 7/2 du Conseil', 'Conseil'],
  ['fr', "l'article 3 du règlement intérieur annexé à la résolution 7/2, la session", 'article 3', 'règlement intérieur annexé à la résolution 7/2', null],
  ['es', 'el artículo 3 del reglamento contenido en el anexo de la resolución 7/2 del Consejo', 'article 3', 'reglamento contenido en el anexo de la resolución 7/2 del Consejo', 'Consejo'],
  ['es', 'el artículo 3 del reglamento anexo a la resolución 7/2 del Consejo, la Comisión', 'article 3', 'reglamento anexo a la resolución 7/2 del Consejo', 'Consejo'],
  ['ar', 'المادة ٣ من النظام الداخلي المرفق بقرار المجلس ٧/٢، تبدأ الدورة', 'article 3', 'النظام الداخلي المرفق بقرار المجلس ٧/٢', 'المجلس'],
  ['zh', '根据理事会第7/2号决议所附议事规则第3条', 'article 3', '理事会第7/2号决议所附议事规则', '理事会'],
  ['zh', '理事会第7/2号决议附件所载议事规则第3条', 'article 3', '理事会第7/2号决议附件所载议事规则', '理事会'],
];

describe('rules named by the resolution they are annexed to', () => {
  it.each(CASES)('%s: %s', (language, text, reference, instrument, issuer) => {
    const found = mandatesOf(text, language);
    expect(found.find((m) => m.kind === 'provision')).toMatchObject({ reference, instrument });
    expect(found.find((m) => m.kind === 'resolution')).toMatchObject({ reference: '7/2', issuer, symbol: null });
  });
});

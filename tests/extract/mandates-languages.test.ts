// Mandates in the six languages, with the symbols they imply where that is certain.
import { describe, expect, it } from 'vitest';
import { extractMandates } from '../../src/extract/mandates.js';
import type { Language } from '../../src/schema.js';
import { contextFor, sliceOf } from '../helpers.js';

type Case = [Language, string, 'decision' | 'resolution' | 'provision', string, string | null, string | null];

// [language, text, kind, reference, implied symbol, issuer as printed]
const CASES: Case[] = [
  ['en', 'pursuant to General Assembly resolution 55/25 of 15 November 2000', 'resolution', '55/25', 'A/RES/55/25', 'General Assembly'],
  ['en', 'Economic and Social Council resolution 2010/15', 'resolution', '2010/15', 'E/RES/2010/15', 'Economic and Social Council'],
  ['en', 'in line with Security Council resolution 1325 (2000)', 'resolution', '1325 (2000)', 'S/RES/1325 (2000)', 'Security Council'],
  ['en', 'General Assembly resolution 2837 (XXVI)', 'resolution', '2837 (XXVI)', null, 'General Assembly'],
  ['en', 'by its decision 4/4, the Conference', 'decision', '4/4', null, null],
  ['fr', "conformément à la résolution 55/25 de l'Assemblée générale", 'resolution', '55/25', 'A/RES/55/25', 'Assemblée générale'],
  ['fr', 'la résolution 2010/15 du Conseil économique et social', 'resolution', '2010/15', 'E/RES/2010/15', 'Conseil économique et social'],
  ['fr', 'la résolution 1325 (2000) du Conseil de sécurité', 'resolution', '1325 (2000)', 'S/RES/1325 (2000)', 'Conseil de sécurité'],
  ['fr', 'dans sa décision 4/4, la Conférence', 'decision', '4/4', null, null],
  ['es', 'la resolución 55/25 de la Asamblea General', 'resolution', '55/25', 'A/RES/55/25', 'Asamblea General'],
  ['es', 'la resolución 2010/15 del Consejo Económico y Social', 'resolution', '2010/15', 'E/RES/2010/15', 'Consejo Económico y Social'],
  ['es', 'en su decisión 4/4, la Conferencia', 'decision', '4/4', null, null],
  ['ru', 'в соответствии с резолюцией 55/25 Генеральной Ассамблеи', 'resolution', '55/25', 'A/RES/55/25', 'Генеральной Ассамблеи'],
  ['ru', 'резолюция 1325 (2000) Совета Безопасности', 'resolution', '1325 (2000)', 'S/RES/1325 (2000)', 'Совета Безопасности'],
  ['ru', 'в своем решении 4/4 Конференция', 'decision', '4/4', null, null],
  ['zh', '大会第55/25号决议', 'resolution', '55/25', 'A/RES/55/25', '大会'],
  ['zh', '经济及社会理事会第2010/15号决议', 'resolution', '2010/15', 'E/RES/2010/15', '经济及社会理事会'],
  ['zh', '安全理事会第1325（2000）号决议', 'resolution', '1325 (2000)', 'S/RES/1325 (2000)', '安全理事会'],
  ['zh', '根据第4/4号决定', 'decision', '4/4', null, null],
  ['ar', 'عملاً بقرار الجمعية العامة ٥٥/٢٥', 'resolution', '55/25', 'A/RES/55/25', 'الجمعية العامة'],
  ['ar', 'قرار المجلس الاقتصادي والاجتماعي ٢٠١٠/١٥', 'resolution', '2010/15', 'E/RES/2010/15', 'المجلس الاقتصادي والاجتماعي'],
  ['ar', 'قرار مجلس الأمن ١٣٢٥ (٢٠٠٠)', 'resolution', '1325 (2000)', 'S/RES/1325 (2000)', 'مجلس الأمن'],
  ['ar', 'وفقاً للمقرر ٤/٤', 'decision', '4/4', null, null],
  ['en', 'article 32, paragraph 3, of the Convention', 'provision', 'article 32(3)', null, null],
  ['fr', "le paragraphe 3 de l'article 32 de la Convention", 'provision', 'article 32(3)', null, null],
  ['es', 'el párrafo 3 del artículo 32 de la Convención', 'provision', 'article 32(3)', null, null],
  ['ru', 'пунктом 3 статьи 32 Конвенции', 'provision', 'article 32(3)', null, null],
  ['zh', '《公约》第32条第3款', 'provision', 'article 32(3)', null, null],
  ['ar', 'الفقرة ٣ من المادة ٣٢ من الاتفاقية', 'provision', 'article 32(3)', null, null],
];

describe('mandates in six languages', () => {
  it.each(CASES)('%s: %s', (language, text, kind, reference, symbol, issuer) => {
    const ctx = contextFor(text, language);
    const found = extractMandates(ctx);
    expect(found).toHaveLength(1);
    const [m] = found;
    expect({ kind: m!.kind, reference: m!.reference, symbol: m!.symbol }).toEqual({ kind, reference, symbol });
    if (issuer !== null) expect(m!.issuer && sliceOf(ctx, m!.issuer)).toBe(issuer);
  });
});

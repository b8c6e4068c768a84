// Random and mutated text never throws and always yields schema-valid output (bluebell-style).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../src/index.js';
import { agendaDocumentSchema } from '../src/schema.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures/ar/CTOC_COP_WG.4_2010_1.txt'), 'utf8');

// Pieces agendas are made of, so that random text reaches deep into the parser.
const pieces = [
  '\n', '\n\n', '\t', ' ', '- ', '-', '(', ')', '**', '/', '.', '،', '؛', ':',
  '١', '٢', '٤/٤', '١٣/٠٠-١٠/٠٠', '10/00-13/00', '2010', '٢٠١٠', '27', 'Distr.: General', 'Original: English',
  '10 December 2009', 'كانون الثاني/يناير', 'الأربعاء،', 'يوم', 'من', 'إلى', 'يومي', 'و',
  'جدول الأعمال المؤقت وشروحه', 'الشروح', 'الوثائق', 'المرفق', 'تنظيم الأعمال المقترح', '(أ)', '(ب)', '(تابع)',
  'المقرر', 'مقرره', 'قرار الجمعية العامة', 'الفقرة ٣ من المادة ٣٢ من', 'المعنون "', 'الذي اعتمدته',
  'الساعة العاشرة صباحاً', 'CTOC/COP/WG.4/2010/2', 'A/RES/55/25', 'Provisional agenda', 'Annotations', 'Annex',
  '1.', '(a)', 'resolution 55/25', 'article 5, paragraph 2, of the', '\u200f', '\u0640', '\ufefb', '\ufeff', '\r\n',
];

const agendaLike = fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((parts) => parts.join(''));

function check(text: string): void {
  const document = parseAgenda(text);
  const result = agendaDocumentSchema.safeParse(document);
  expect(result.success).toBe(true);
  // Every span points inside the source.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  JSON.stringify(document, (key, value) => {
    if ((key === 'span' || key === 'annotationSpan') && value) {
      expect(value.end).toBeLessThanOrEqual(source.length);
      expect(value.start).toBeLessThanOrEqual(value.end);
    }
    return value;
  });
}

describe('fuzz', () => {
  it('random Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), check), { numRuns: 200 });
  });

  it('text made of agenda pieces', () => {
    fc.assert(fc.property(agendaLike, check), { numRuns: 300 });
  });

  it('the seed with random lines deleted, duplicated or swapped', () => {
    const lines = seed.split('\n');
    const mutated = fc
      .array(fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1), fc.constantFrom('drop', 'dup', 'swap')), {
        maxLength: 20,
      })
      .map((edits) => {
        const copy = [...lines];
        for (const [a, b, op] of edits) {
          if (op === 'drop') copy.splice(a % copy.length, 1);
          else if (op === 'dup') copy.splice(a % copy.length, 0, copy[b % copy.length]!);
          else [copy[a % copy.length], copy[b % copy.length]] = [copy[b % copy.length]!, copy[a % copy.length]!];
        }
        return copy.join('\n');
      });
    fc.assert(fc.property(mutated, check), { numRuns: 150 });
  });

  it('a text that is not an agenda gets kind "other", no items and NOT_AN_AGENDA', () => {
    const document = parseAgenda('Dear Sir,\n\n1. I have the honour to refer to the letter of 3 May 2010.\n2. Yours sincerely.');
    expect(document.document.kind).toBe('other');
    expect(document.items).toEqual([]);
    expect(document.diagnostics.map((d) => d.code)).toContain('NOT_AN_AGENDA');
  });
});

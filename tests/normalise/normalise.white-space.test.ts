import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/normalise/normalise.js';

// text-fields.ts collapses white space with classes that name only these four characters.
describe('normalised white space', () => {
  it('is only space, tab, line feed and vertical tab, in text and display', () => {
    const others: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const norm = normalise(`a${String.fromCharCode(code)}b`);
      for (const ch of norm.text + norm.display) if (/\s/.test(ch) && !' \t\n\v'.includes(ch)) others.push(code.toString(16));
    }
    expect(others).toEqual([]);
  });
});

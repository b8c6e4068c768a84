import { describe, expect, it } from 'vitest';
import { classify, SPECIAL_CHARACTER } from '../../src/normalise/normalise.js';

describe('SPECIAL_CHARACTER', () => {
  it('matches exactly the code units that normalisation changes', () => {
    const single = new RegExp(SPECIAL_CHARACTER.source);
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if ((classify(code) !== 0) !== single.test(String.fromCharCode(code))) disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});

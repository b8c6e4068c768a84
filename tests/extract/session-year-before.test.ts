// "2024 first session": a board that meets several times a year (UN-Habitat's Executive Board)
// names a session by its year, then its order in that year. The session is the whole phrase and
// has no number (its ordinal counts the year's sessions, not the body's), as "First regular
// session 2024" has none. It was "first session", number 1. Our own text in that form.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';

const agenda = (sessionLine: string) =>
  `United Nations\tHSP/EB.2031/1\n\tDistr.: General\n\t2 February 2031\n\tOriginal: English\n\n` +
  `Executive Board of the United Nations Human Settlements Programme\n${sessionLine}\nNairobi, 25-27 March 2031\n\n` +
  `Provisional agenda\n\n1. Opening of the session.\n2. Other matters.\n`;

describe('a session named by its year before its ordinal', () => {
  it.each([
    ['2031 first session', '2031 first session', null],
    ['2031 second session', '2031 second session', null],
    // As before: an ordinal session without a year is numbered; one named by its kind and year is not.
    ['Fifth session', 'Fifth session', 5],
    ['First regular session 2031', 'First regular session 2031', null],
  ] as const)('%s', (line, session, number) => {
    const text = agenda(line);
    const meeting = parseAgenda(text, { lang: 'en' }).meeting;
    expect(meeting.session).toBe(session);
    expect(meeting.sessionNumber).toBe(number);
    expect(meeting.body).toBe('Executive Board of the United Nations Human Settlements Programme');
    expect(meeting.venue).toBe('Nairobi');
    const span = meeting.spans!.session!;
    expect(text.slice(span.start, span.end)).toBe(session);
  });
});

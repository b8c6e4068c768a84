import { describe, expect, it } from 'vitest';
import { mandatesOf as mandates } from '../helpers.js';

describe('Arabic decisions', () => {
  it.each([
    ['وفقاً للمقرر ٤/٤، المعنون', 'للمقرر ٤/٤'],
    ['وقد سلم المؤتمر في المقرر ٤/٤ بأن', 'المقرر ٤/٤'],
    ['كما قرر المؤتمر في مقرر ٤/٤ أن', 'مقرر ٤/٤'],
    ['وفقاً لمقرِّر المؤتمر ٤/٤ لتمكين', 'لمقرِّر المؤتمر ٤/٤'],
    ['قرر المؤتمر، في مقرِّره ٤/٤، أن', 'مقرِّره ٤/٤'],
    ['دعا مؤتمر الأطراف، في مقرره 4/4، الدول', 'مقرره 4/4'],
  ])('%s → decision 4/4 at "%s"', (text, evidence) => {
    const [m] = mandates(text);
    expect(m).toMatchObject({ kind: 'decision', reference: '4/4', occurrences: [evidence] });
  });

  it('takes the issuer from its fullest citation and the title after المعنون', () => {
    const [m] = mandates(
      'أعدّ وفقاً للمقرر ٤/٤، المعنون "الاتجار بالبشر"، الذي اعتمدته مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، في دورته الرابعة. وأعدَّ وفقاً لمقرِّر المؤتمر ٤/٤ لتمكين.',
    );
    expect(m).toMatchObject({
      issuer: 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
      title: 'الاتجار بالبشر',
      occurrences: ['للمقرر ٤/٤', 'لمقرِّر المؤتمر ٤/٤'],
    });
  });

  it('counts "المقرر ذاته" as an occurrence of the decision cited last', () => {
    const [m] = mandates('وقرر المؤتمر في المقرر ٤/٤ أيضاً. وقرر المؤتمر في المقرر ذاته أن يجتمع.');
    expect(m!.occurrences).toEqual(['المقرر ٤/٤', 'المقرر ذاته']);
  });

  it('implies the symbol of a General Assembly resolution', () => {
    const [m] = mandates('عملاً بقرار الجمعية العامة ٥٥/٢٥ المؤرخ');
    expect(m).toMatchObject({ kind: 'resolution', reference: '55/25', symbol: 'A/RES/55/25', issuer: 'الجمعية العامة' });
  });
});

describe('Arabic provisions', () => {
  it('reads paragraph and article with their instruments', () => {
    const found = mandates(
      'وفقاً للفقرة ٣ من المادة ٣٢ من اتفاقية الجريمة المنظمة والفقرة ٢ من المادة ٢ من النظام الداخلي للمؤتمر، يرأسه',
    );
    expect(found).toEqual([
      {
        kind: 'provision',
        reference: 'article 32(3)',
        symbol: null,
        issuer: null,
        instrument: 'اتفاقية الجريمة المنظمة',
        title: null,
        occurrences: ['للفقرة ٣ من المادة ٣٢ من اتفاقية الجريمة المنظمة'],
      },
      {
        kind: 'provision',
        reference: 'article 2(2)',
        symbol: null,
        issuer: null,
        instrument: 'النظام الداخلي للمؤتمر',
        title: null,
        occurrences: ['والفقرة ٢ من المادة ٢ من النظام الداخلي للمؤتمر'],
      },
    ]);
  });
});

describe('English mandates', () => {
  it.each([
    ['in its resolution 55/25 of 15 November 2000', 'resolution', '55/25', null],
    ['General Assembly resolution 55/25', 'resolution', '55/25', 'A/RES/55/25'],
    ['Economic and Social Council resolution 2010/15', 'resolution', '2010/15', 'E/RES/2010/15'],
    ['Security Council resolution 1325 (2000)', 'resolution', '1325 (2000)', 'S/RES/1325 (2000)'],
    ['General Assembly resolution 2837 (XXVI)', 'resolution', '2837 (XXVI)', null],
    ['in its decision 4/4, entitled "Trafficking in human beings"', 'decision', '4/4', null],
  ])('%s', (text, kind, reference, symbol) => {
    const [m] = mandates(text, 'en');
    expect(m).toMatchObject({ kind, reference, symbol });
  });

  it('reads "article 32, paragraph 3, of the Convention"', () => {
    const [m] = mandates('in accordance with article 32, paragraph 3, of the Convention and rule 2', 'en');
    expect(m).toMatchObject({ kind: 'provision', reference: 'article 32(3)', instrument: 'the Convention' });
  });
});

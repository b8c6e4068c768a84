// Chinese provisions: an article listed after another with only a conjunction or an enumeration
// comma between them (《公约》第6条和第7条, 第6条、第7条和第8条) is of the same instrument; and
// the 及 of a body's name (经济及社会理事会) is no end of the instrument's name before it; a name
// outside 《》 ends with its head (locale `instrumentEndings`: 议事规则, 公约…), so the clause
// before an article ("委员会将审议第9条") is no instrument.
import { describe, expect, it } from 'vitest';
import { mandatesOf } from '../helpers.js';

const provisions = (text: string) =>
  mandatesOf(text, 'zh')
    .filter((m) => m.kind === 'provision')
    .map((m) => [m.reference, m.instrument]);

describe('Chinese provisions of one list share the instrument', () => {
  it.each([
    ['根据《议定书》第3条和第9条，缔约方提交报告。', [['article 3', '《议定书》'], ['article 9', '《议定书》']]],
    ['根据《议定书》第3条、第4条和第9条，缔约方提交报告。', [['article 3', '《议定书》'], ['article 4', '《议定书》'], ['article 9', '《议定书》']]],
    ['根据《议定书》第3条第1款和第9条第2款，缔约方提交报告。', [['article 3(1)', '《议定书》'], ['article 9(2)', '《议定书》']]],
    // Another instrument named before the second article is its own.
    ['根据《议定书》第3条，以及议事规则第9条，缔约方提交报告。', [['article 3', '《议定书》'], ['article 9', '议事规则']]],
    // Far apart, the second names none.
    ['根据《议定书》第3条，缔约方提交报告。委员会将审议第9条。', [['article 3', '《议定书》'], ['article 9', null]]],
  ])('%s', (text, expected) => {
    expect(provisions(text)).toEqual(expected);
  });

  it.each([
    ['根据经济及社会理事会各职司委员会议事规则第12条，委员会将选举主席团成员。', [['article 12', '经济及社会理事会各职司委员会议事规则']]],
    ['经济及社会理事会议事规则第12条规定了选举。', [['article 12', '经济及社会理事会议事规则']]],
    ['根据《公约》及议事规则第12条，委员会将选举。', [['article 12', '议事规则']]],
  ])('a body’s 及 in the instrument: %s', (text, expected) => {
    expect(provisions(text)).toEqual(expected);
  });
});

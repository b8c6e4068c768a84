// Chinese: words as UN Chinese documents print them (../shared/UN-FORMS.md). The masthead block
// stays in English. Dates are year-month-day with 年 月 日 and ranges with 至
// ("2008年10月8日至17日"), the weekday follows the date ("2010年1月27日星期三"); times put 上午/下午
// before the hour ("上午10时至下午1时"); sub-items are "(a)" or full-width "（a）"; mandates put
// the number between 第 and 号 BEFORE the keyword ("第4/4号决定", "第55/25号决议") and provisions
// read "第32条第3款" (article 32, paragraph 3). Chinese writes no spaces between words: patterns
// that join words with "\s+" need code support (see the report).
import type { Locale } from './types.js';

/** The digits a number past a hundred is printed with digit by digit: 第一二八届 (128th). */
const HAN_DIGITS = '〇一二三四五六七八九';

/**
 * The table with its ordinals past a hundred: 第一百一十五届 (115th), 一十 for the teens after
 * the hundred, 零 before a unit (第一百零五届), and 第一百届 itself; and the sessions from 100 to
 * 199 printed digit by digit, as treaty bodies number theirs (人权事务委员会第一二八届会议, 第一〇一届).
 */
function withHundreds(table: Record<string, number>): Record<string, number> {
  const hundreds: Record<string, number> = {};
  for (let value = 100; value < 200; value++) hundreds[`第一${HAN_DIGITS[Math.floor(value / 10) % 10]}${HAN_DIGITS[value % 10]}届`] = value;
  for (const [word, value] of Object.entries(table)) {
    if (!word.startsWith('第') || value >= 100) continue;
    const numeral = word.slice(1);
    const counter = numeral.slice(-1);
    if (value === 1) hundreds[`第一百${counter}`] = 100;
    hundreds[`第一百${value < 10 ? '零' : value < 20 ? '一' : ''}${numeral}`] = 100 + value;
  }
  return { ...table, ...hundreds };
}

/**
 * The Security Council's masthead counts its years as its sessions (第七十九年, "Seventy-ninth
 * year", S/Agenda/…): each ordinal with the session's counter 届 also with the year's 年.
 */
function withYears(table: Record<string, number>): Record<string, number> {
  const years: Record<string, number> = {};
  for (const [word, value] of Object.entries(table)) if (word.endsWith('届')) years[`${word.slice(0, -1)}年`] = value;
  return { ...table, ...years };
}

/** 第一届 … 第九十九届: the ordinals below a hundred, as printed. */
const ORDINALS_TO_99: Record<string, number> = {
  '第一届': 1,
  '第二届': 2,
  '第三届': 3,
  '第四届': 4,
  '第五届': 5,
  '第六届': 6,
  '第七届': 7,
  '第八届': 8,
  '第九届': 9,
  '第十届': 10,
  '第十一届': 11,
  '第十二届': 12,
  '第十三届': 13,
  '第十四届': 14,
  '第十五届': 15,
  '第十六届': 16,
  '第十七届': 17,
  '第十八届': 18,
  '第十九届': 19,
  '第二十届': 20,
  '第二十一届': 21,
  '第二十二届': 22,
  '第二十三届': 23,
  '第二十四届': 24,
  '第二十五届': 25,
  '第二十六届': 26,
  '第二十七届': 27,
  '第二十八届': 28,
  '第二十九届': 29,
  '第三十届': 30,
  '第三十一届': 31,
  '第三十二届': 32,
  '第三十三届': 33,
  '第三十四届': 34,
  '第三十五届': 35,
  '第三十六届': 36,
  '第三十七届': 37,
  '第三十八届': 38,
  '第三十九届': 39,
  '第四十届': 40,
  '第四十一届': 41,
  '第四十二届': 42,
  '第四十三届': 43,
  '第四十四届': 44,
  '第四十五届': 45,
  '第四十六届': 46,
  '第四十七届': 47,
  '第四十八届': 48,
  '第四十九届': 49,
  '第五十届': 50,
  '第五十一届': 51,
  '第五十二届': 52,
  '第五十三届': 53,
  '第五十四届': 54,
  '第五十五届': 55,
  '第五十六届': 56,
  '第五十七届': 57,
  '第五十八届': 58,
  '第五十九届': 59,
  '第六十届': 60,
  '第六十一届': 61,
  '第六十二届': 62,
  '第六十三届': 63,
  '第六十四届': 64,
  '第六十五届': 65,
  '第六十六届': 66,
  '第六十七届': 67,
  '第六十八届': 68,
  '第六十九届': 69,
  '第七十届': 70,
  '第七十一届': 71,
  '第七十二届': 72,
  '第七十三届': 73,
  '第七十四届': 74,
  '第七十五届': 75,
  '第七十六届': 76,
  '第七十七届': 77,
  '第七十八届': 78,
  '第七十九届': 79,
  '第八十届': 80,
  '第八十一届': 81,
  '第八十二届': 82,
  '第八十三届': 83,
  '第八十四届': 84,
  '第八十五届': 85,
  '第八十六届': 86,
  '第八十七届': 87,
  '第八十八届': 88,
  '第八十九届': 89,
  '第九十届': 90,
  '第九十一届': 91,
  '第九十二届': 92,
  '第九十三届': 93,
  '第九十四届': 94,
  '第九十五届': 95,
  '第九十六届': 96,
  '第九十七届': 97,
  '第九十八届': 98,
  '第九十九届': 99,
  '第一次': 1,
  '第二次': 2,
  '第三次': 3,
  '第四次': 4,
  '第五次': 5,
  '第六次': 6,
  '第七次': 7,
  '第八次': 8,
  '第九次': 9,
  '第十次': 10,
  '第十一次': 11,
  '第十二次': 12,
  '第十三次': 13,
  '第十四次': 14,
  '第十五次': 15,
  '第十六次': 16,
  '第十七次': 17,
  '第十八次': 18,
  '第十九次': 19,
  '第二十次': 20,
  '第二十一次': 21,
  '第二十二次': 22,
  '第二十三次': 23,
  '第二十四次': 24,
  '第二十五次': 25,
  '第二十六次': 26,
  '第二十七次': 27,
  '第二十八次': 28,
  '第二十九次': 29,
  '第三十次': 30,
  '第三十一次': 31,
  '第三十二次': 32,
  '第三十三次': 33,
  '第三十四次': 34,
  '第三十五次': 35,
  '第三十六次': 36,
  '第三十七次': 37,
  '第三十八次': 38,
  '第三十九次': 39,
  '第四十次': 40,
  '第四十一次': 41,
  '第四十二次': 42,
  '第四十三次': 43,
  '第四十四次': 44,
  '第四十五次': 45,
  '第四十六次': 46,
  '第四十七次': 47,
  '第四十八次': 48,
  '第四十九次': 49,
  '第五十次': 50,
  '第五十一次': 51,
  '第五十二次': 52,
  '第五十三次': 53,
  '第五十四次': 54,
  '第五十五次': 55,
  '第五十六次': 56,
  '第五十七次': 57,
  '第五十八次': 58,
  '第五十九次': 59,
  '第六十次': 60,
  '第六十一次': 61,
  '第六十二次': 62,
  '第六十三次': 63,
  '第六十四次': 64,
  '第六十五次': 65,
  '第六十六次': 66,
  '第六十七次': 67,
  '第六十八次': 68,
  '第六十九次': 69,
  '第七十次': 70,
  '第七十一次': 71,
  '第七十二次': 72,
  '第七十三次': 73,
  '第七十四次': 74,
  '第七十五次': 75,
  '第七十六次': 76,
  '第七十七次': 77,
  '第七十八次': 78,
  '第七十九次': 79,
  '第八十次': 80,
  '第八十一次': 81,
  '第八十二次': 82,
  '第八十三次': 83,
  '第八十四次': 84,
  '第八十五次': 85,
  '第八十六次': 86,
  '第八十七次': 87,
  '第八十八次': 88,
  '第八十九次': 89,
  '第九十次': 90,
  '第九十一次': 91,
  '第九十二次': 92,
  '第九十三次': 93,
  '第九十四次': 94,
  '第九十五次': 95,
  '第九十六次': 96,
  '第九十七次': 97,
  '第九十八次': 98,
  '第九十九次': 99,
};
let ordinalsWithHundreds: Record<string, number> | undefined;

export const zh: Locale = {
  code: 'zh',
  spaceless: true,
  arabicMorphology: false,
  // Dates use numeric months (1月 … 12月) read by the year-month-day pattern; the names are the
  // written-out forms.
  months: [
    ['一月'],
    ['二月'],
    ['三月'],
    ['四月'],
    ['五月'],
    ['六月'],
    ['七月'],
    ['八月'],
    ['九月'],
    ['十月'],
    ['十一月'],
    ['十二月'],
  ],
  weekdays: [
    ['星期日', '星期天', '周日'],
    ['星期一', '周一'],
    ['星期二', '周二'],
    ['星期三', '周三'],
    ['星期四', '周四'],
    ['星期五', '周五'],
    ['星期六', '周六'],
  ],
  dayPrefix: ['于'],
  rangeFrom: ['从', '自'],
  rangeTo: ['至', '到'],
  pairPrefix: [],
  pairAnd: ['和', '及'],
  headings: {
    annotatedTitle: ['临时议程和说明', '临时议程说明', '附加说明的临时议程', '临时议程及说明', '附加说明的议程', '临时议程、说明', '议程说明', '附加说明的议程草案', '附加说明的临时议程草案'],
    // 议程草案 (draft agenda) is not yet adopted: a provisional one; 订正临时议程 is a Rev.1's title.
    provisionalTitle: ['临时议程', '议程草案', '订正临时议程'],
    agendaTitle: ['议程'],
    annotations: ['说明', '议程说明'],
    documentation: ['文件', '工作文件', '参考文件'],
    annex: ['附件', '附件一', '附件二', '附件三'],
    // "会议工作安排": the meeting's organization of work.
    // Treaty meetings (BWC/MSP) head their timetable "暂定工作方案".
    organizationOfWork: ['拟议工作安排', '会议工作安排', '拟议会议工作安排', '工作安排', '拟议时间表', '暂定时间表', '暂定工作方案'],
    itemAnnotation: ['说明'],
    // "Under this item, …": a paragraph about the whole item, not its last sub-item.
    wholeItem: ['在本项目下', '在该项目下', '在这一项目下', '在此项目下', '根据本项目'],
    // "联合部分", "开发署部分", "规范性部分".
    segment: { last: ['部分'] },
    // "2036年3月3日…常驻联合国代表给安全理事会主席的信(S/2036/120)": the date opens the line, the
    // kind of document ends it; "秘书长关于…的报告(S/…)".
    documentLine: { first: ['秘书长关于', '安全理事会主席的说明'], last: ['的信', '的同文信', '的报告', '的说明'] },
  },
  continued: ['续'],
  subItemLetters: 'abcdefghijklmnopqrstuvwxyz'.split(''),
  // "(一) 一般性辩论；" / "(二) 圆桌讨论。": sub-items numbered 一 to 二十, read as (a) to (t).
  subItemNumerals: [...'一二三四五六七八九十'.split(''), ...'一二三四五六七八九'.split('').map((unit) => `十${unit}`), '二十'],
  // "临时议程项目2(a)", "项目1. 会议开幕" — the number follows the word without a space.
  itemWord: ['项目', '议程项目'],
  titleWords: { prefixNeeds: ['第', '届'], notFollowedBy: ['的'] },
  mandates: {
    decision: ['决定'],
    resolution: ['决议'],
    // 第32条 (article 32), 第3款 (paragraph 3), 第(a)项 (subparagraph); rules of procedure are
    // cited by 条 too ("议事规则第2条").
    article: ['条'],
    paragraph: ['款'],
    // 第17条第2款(a)项 (article 17(2)(a)), also 第(a)项.
    subparagraph: ['项'],
    rule: ['规则'],
    sameAs: ['同一决议', '该决议', '上述决议', '同一决定', '该决定', '上述决定'],
    of: ['的'],
    // Treaties' Chinese texts number articles in Chinese numerals: 第六条 (6), 第二十一条 (21), 第一百零五条 (105).
    numerals: { digits: { 零: 0, 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }, ten: '十', hundred: '百' },
    // Going back from a provision, its instrument's name ends at a conjunction, "under" or "of":
    // 根据缔约方会议议事规则第2条 is the rules of procedure.
    instrumentStops: ['和', '与', '及', '、', '根据', '依照', '按照', '依据', '按', '款', '条', '的'],
    // 缔约方会议议事规则第2条, 议事规则草案第27条: a name outside 《》 ends with its head.
    instrumentEndings: ['规则', '规则草案', '细则', '章程', '规约', '宪章', '公约', '议定书', '协定', '条约', '条例', '准则'],
    clauseStarts: ['在', '由', '经', '和', '与', '及', '并', '于', '据', '按', '依', '照', '的', '了', '是'],
    adoptedBy: ['通过的'],
    entitled: ['题为'],
    numberBefore: ['第'],
    numberAfter: ['号'],
    // "理事会第2003/31号决议": a Council numbering by year is the Economic and Social Council.
    shortNames: [{ name: '理事会', numbering: 'year/number', series: 'E' }],
  },
  bodies: [
    { name: '大会', resolutionSeries: 'A' },
    { name: '经济及社会理事会', resolutionSeries: 'E' },
    { name: '经社理事会', resolutionSeries: 'E' },
    { name: '安全理事会', resolutionSeries: 'S' },
    { name: '安理会', resolutionSeries: 'S' },
    { name: '联合国打击跨国有组织犯罪公约缔约方会议' },
    { name: '联合国反腐败公约缔约国会议' },
    { name: '缔约方会议' },
    { name: '缔约国会议' },
    { name: '缔约方大会' },
    { name: '委员会' },
    { name: '人权理事会', resolutionSeries: 'A/HRC' },
    // Executive boards of the funds and programmes (儿基会, 开发署/人口基金/项目署, 粮食署).
    { name: '执行局' },
    { name: '理事会' },
  ],
  // "第五届会议": ordinal and session word follow one another without a space.
  // 常会: a regular session, named with its year ("2025年第一届常会"); "2025年年度会议" (annual session).
  // Special sessions: "第二十届特别会议" (A/S-20/…), "第十届紧急特别会议" (A/ES-10/…, emergency special session).
  sessionWord: ['紧急特别会议', '特别会议', '会议', '届会', '常会'],
  sessionKinds: ['常会', '年度', '实质性'],
  // The Security Council's masthead: "Seventy-ninth year" / "10412th meeting" (S/Agenda/…).
  councilMasthead: { year: ['年'], meeting: ['次会议'], meetingNumberBefore: ['第'] },
  // Built when first read: the table past a hundred doubles the entries, and every run of the
  // command loads every language while most documents are not Chinese.
  get ordinals(): Record<string, number> {
    return (ordinalsWithHundreds ??= withHundreds(withYears(ORDINALS_TO_99)));
  },
  time: {
    hours: {},
    hourWord: [],
    morning: [],
    afternoon: [],
    halfPast: ['半'],
    quarterPast: ['一刻'],
  },
  dates: {
    order: 'ymd',
    ymdMarkers: ['年', '月', '日'],
    // "每年1月1日": every year's 1 January.
    eachYear: ['每年'],
  },
  clock: {
    // "上午10时至下午1时", "下午3时30分", "中午12时".
    hourSuffixes: ['时', '点'],
    minuteSuffixes: ['分'],
    morningBefore: ['上午', '早上'],
    afternoonBefore: ['下午', '中午', '晚上'],
    rangeTo: ['至', '到'],
    rangeFrom: ['从', '自'],
    // "…下午3时至6时，但10月6日星期一除外".
    exceptAfter: ['除外'],
    // A timetable row headed "上午" or "下午" alone, without its hours.
    halfDayMorning: ['上午'],
    halfDayAfternoon: ['下午'],
  },
  languageNames: {
    阿拉伯文: 'ar',
    中文: 'zh',
    英文: 'en',
    法文: 'fr',
    俄文: 'ru',
    西班牙文: 'es',
  },
  stopwords: ['的', '和', '在', '与', '及', '对', '为', '了', '将', '其'],
};

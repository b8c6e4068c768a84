// Header forms of real agendas found in the seventh round of probing: sessions past a hundred,
// sessions named by their year and kind, and mastheads printed in odd ways.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

const TITLES: Record<Language, string> = {
  en: 'Provisional agenda',
  fr: 'Ordre du jour provisoire',
  es: 'Programa provisional',
  ru: 'Предварительная повестка дня',
  ar: 'جدول الأعمال المؤقت',
  zh: '临时议程',
};

/** A small agenda with a body, the given meeting line and a title in the language. */
function agenda(lang: Language, meetingLine: string, body = 'Committee'): string {
  return `${body}\n${meetingLine}\n\n${TITLES[lang]}\n\n1. A\n2. B\n`;
}

describe('sessions numbered past a hundred', () => {
  it.each([
    ['en', 'One hundred and fifteenth session', 115],
    ['en', 'One Hundred and Twenty-Fifth session', 125],
    ['en', 'One hundredth session', 100],
    ['fr', 'Cent quinzième session', 115],
    ['fr', 'Cent vingt et unième session', 121],
    ['fr', 'Cent unième session', 101],
    ['fr', 'Centième session', 100],
    ['es', 'Centésimo decimoquinto período de sesiones', 115],
    ['es', 'Centésima vigésima quinta reunión', 125],
    ['es', 'Centésimo período de sesiones', 100],
    ['ru', 'Сто сорок третья сессия', 143],
    ['ru', 'Сто первая сессия', 101],
    ['ru', 'Сотая сессия', 100],
    ['ar', 'الدورة الخامسة عشرة بعد المائة', 115],
    ['ar', 'الدورة الحادية والعشرون بعد المائة', 121],
    ['ar', 'الدورة المائة', 100],
    ['zh', '第一百一十五届会议', 115],
    ['zh', '第一百零五届会议', 105],
    ['zh', '第一百届会议', 100],
    ['zh', '第一百九十九届会议', 199],
  ] as const)('%s: "%s" is session %d', (lang, line, value) => {
    const document = parseAgenda(agenda(lang, line), { lang });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual([line, value]);
  });

  it('reads a Chinese ordinal past a hundred after the body on its line', () => {
    const document = parseAgenda(agenda('zh', '委员会第一百一十五届会议', '消除种族歧视委员会'), { lang: 'zh' });
    expect([document.meeting.session, document.meeting.sessionNumber]).toEqual(['第一百一十五届会议', 115]);
  });
});

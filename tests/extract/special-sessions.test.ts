// The General Assembly's special and emergency special sessions (A/S-…, A/ES-…) print the kind
// of session with the session word: "Twenty-third special session", "Eleventh emergency special
// session", "Vingt-troisième session extraordinaire" (the kind after the word), "الدورة
// الاستثنائية الطارئة الحادية عشرة" (the kind between the word and its ordinal), "第十一届紧急特别
// 会议" (spaceless). The session is the whole phrase as printed and its number the ordinal's.
// Our own sentences in that form, six languages.
import { describe, expect, it } from 'vitest';
import { parseAgenda } from '../../src/index.js';
import type { Language } from '../../src/schema.js';

interface SessionForm {
  organisation: string;
  body: string;
  issued: string;
  title: string;
  items: [string, string];
}

const FORMS: Record<Language, SessionForm> = {
  en: { organisation: 'United Nations', body: 'General Assembly', issued: '9 May 2033', title: 'Provisional agenda', items: ['1. Opening of the session.', '2. Minute of silent prayer or meditation.'] },
  fr: { organisation: 'Nations Unies', body: 'Assemblée générale', issued: '9 mai 2033', title: 'Ordre du jour provisoire', items: ['1. Ouverture de la session.', '2. Minute de silence.'] },
  es: { organisation: 'Naciones Unidas', body: 'Asamblea General', issued: '9 de mayo de 2033', title: 'Programa provisional', items: ['1. Apertura del período de sesiones.', '2. Minuto de silencio.'] },
  ru: { organisation: 'Организация Объединенных Наций', body: 'Генеральная Ассамблея', issued: '9 мая 2033 года', title: 'Предварительная повестка дня', items: ['1. Открытие сессии.', '2. Минута молчания.'] },
  ar: { organisation: 'الأمم المتحدة', body: 'الجمعية العامة', issued: '9 أيار/مايو 2033', title: 'جدول الأعمال المؤقت', items: ['1 - افتتاح الدورة.', '2 - دقيقة صمت.'] },
  zh: { organisation: '联合国', body: '大会', issued: '2033年5月9日', title: '临时议程', items: ['1. 会议开幕。', '2. 默祷或默念一分钟。'] },
};

// [language, session line as printed, its number]
const SESSIONS: [Language, string, number][] = [
  ['en', 'Twenty-third special session', 23],
  ['en', 'Eleventh emergency special session', 11],
  ['fr', 'Vingt-troisième session extraordinaire', 23],
  ['fr', 'Onzième session extraordinaire d’urgence', 11],
  ['fr', "Onzième session extraordinaire d'urgence", 11],
  ['es', 'Vigésimo tercer período extraordinario de sesiones', 23],
  ['es', 'Undécimo período extraordinario de sesiones de emergencia', 11],
  ['ru', 'Двадцать третья специальная сессия', 23],
  ['ru', 'Одиннадцатая чрезвычайная специальная сессия', 11],
  ['ar', 'الدورة الاستثنائية الثالثة والعشرون', 23],
  ['ar', 'الدورة الاستثنائية الطارئة الحادية عشرة', 11],
  ['zh', '第二十三届特别会议', 23],
  ['zh', '第十一届紧急特别会议', 11],
];

function agenda(form: SessionForm, session: string): string {
  return [
    `${form.organisation}                                        A/ES-11/1`,
    `${form.body}                                        Distr.: General`,
    `                                                    ${form.issued}`,
    '',
    session,
    '',
    form.title,
    '',
    ...form.items,
    '',
  ].join('\n');
}

describe('special and emergency special sessions: the kind printed with the session word', () => {
  it.each(SESSIONS)('%s: %s', (language, session, number) => {
    const text = agenda(FORMS[language], session);
    const result = parseAgenda(text);
    expect(result.language).toBe(language);
    expect(result.meeting.session).toBe(session);
    expect(result.meeting.sessionNumber).toBe(number);
    const span = result.meeting.spans?.session;
    expect(span && text.slice(span.start, span.end)).toBe(session);
    expect(result.items.map((item) => item.number)).toEqual(['1', '2']);
  });
});

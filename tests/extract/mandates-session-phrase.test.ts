// The phrase after which a body's name has ended (`clauseStops` of two words or more: "à sa",
// "lors de sa", "durante su", "на своей", "في دورتها", "at its") ends an instrument's name too:
// "…de l'article 8 de la Convention à sa dixième session" names "Convention". A single
// preposition of the list ("on") is no such phrase: it may go on with a title.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/schema.js';
import { mandatesOf } from '../helpers.js';

const instrumentOf = (text: string, language: Language) => mandatesOf(text, language).find((m) => m.kind === 'provision')?.instrument ?? null;

const CASES: [Language, string, string][] = [
  ['fr', "Le Comité examinera l'application de l'article 5 de la Convention à sa douzième session.", 'Convention'],
  ['fr', "Le Comité a examiné, au titre de l'article 5 du Protocole lors de sa douzième session, les rapports.", 'Protocole'],
  ['es', 'El Comité examinará la aplicación del artículo 5 de la Convención durante su duodécimo período de sesiones.', 'Convención'],
  ['ru', 'Комитет рассмотрит осуществление статьи 5 Конвенции на своей двенадцатой сессии.', 'Конвенции'],
  ['ar', 'ستنظر اللجنة في تنفيذ المادة 5 من الاتفاقية في دورتها الثانية عشرة.', 'الاتفاقية'],
  ['en', 'The Committee will consider article 5 of the Treaty on the Prohibition of Sea Mines at its twelfth session.', 'the Treaty on the Prohibition of Sea Mines'],
];

describe('a session phrase after an instrument’s name ends it', () => {
  it.each(CASES)('%s: %s', (language, text, instrument) => {
    expect(instrumentOf(text, language)).toBe(instrument);
  });
});

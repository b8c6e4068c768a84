// The language tables by code. A language without a table is read with the English one.
import type { Language } from '../schema.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ru } from './ru.js';
import { zh } from './zh.js';
import type { Locale } from './types.js';

export const LOCALES: Partial<Record<Language, Locale>> = { ar, en, es, fr, ru, zh };

export function localeFor(language: Language | null): Locale {
  return (language && LOCALES[language]) || en;
}

export type { Locale } from './types.js';

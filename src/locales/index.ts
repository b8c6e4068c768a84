// The language tables by code. A language without a table yet is read with the English one.
import type { Language } from '../schema.js';
import { ar } from './ar.js';
import { en } from './en.js';
import type { Locale } from './types.js';

export const LOCALES: Partial<Record<Language, Locale>> = { ar, en };

export function localeFor(language: Language | null): Locale {
  return (language && LOCALES[language]) || en;
}

export type { Locale } from './types.js';

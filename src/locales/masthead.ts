// Masthead words in all six languages: the block is printed in English in Arabic, Russian and
// Chinese documents, in French and Spanish in theirs (../shared/UN-FORMS.md, "Mastheads").
import type { Language } from '../schema.js';

export const DISTRIBUTION_WORDS: Readonly<Record<string, 'general' | 'limited' | 'restricted'>> = {
  general: 'general',
  generale: 'general',
  limited: 'limited',
  limitee: 'limited',
  limitada: 'limited',
  restricted: 'restricted',
  restreinte: 'restricted',
  restringida: 'restricted',
};

/** "Original: English", "Original : anglais", "Original: inglés" — the language names. */
export const ORIGINAL_LANGUAGE_NAMES: Readonly<Record<string, Language>> = {
  english: 'en',
  anglais: 'en',
  ingles: 'en',
  french: 'fr',
  francais: 'fr',
  frances: 'fr',
  spanish: 'es',
  espagnol: 'es',
  espanol: 'es',
  russian: 'ru',
  russe: 'ru',
  ruso: 'ru',
  chinese: 'zh',
  chinois: 'zh',
  chino: 'zh',
  arabic: 'ar',
  arabe: 'ar',
  'الانكليزيه': 'en',
  'الانجليزيه': 'en',
  'الفرنسيه': 'fr',
  'الاسبانيه': 'es',
  'الروسيه': 'ru',
  'الصينيه': 'zh',
  'العربيه': 'ar',
};

/** Lines of the masthead that carry nothing the output keeps. */
export const MASTHEAD_NOISE = [
  'united nations',
  'nations unies',
  'naciones unidas',
  'организация объединенных наций',
  '联合国',
  'الامم المتحده',
];

/**
 * Words that make a line the name of a body of its own ("Working Group on…", "…Review Group"),
 * so that it is not read as the wrapped end of the name above it. Folded forms.
 */
export const BODY_HEADS = new Set([
  'group', 'committee', 'commission', 'conference', 'council', 'meeting', 'assembly', 'board', 'forum', 'panel',
  'subcommittee', 'subcommission', 'bureau', 'session', 'subgroup',
  'souscomite', 'subcomite', 'подкомитет', 'подкомиссия', 'подгруппа',
  'groupe', 'comite', 'conference', 'conseil', 'reunion', 'assemblee', 'bureau',
  'grupo', 'comision', 'conferencia', 'consejo', 'reunion', 'asamblea', 'junta', 'foro',
  'группа', 'комитет', 'комиссия', 'конференция', 'совет', 'совещание', 'ассамблея', 'сессия',
  // Arabic, with and without the article: فريق، لجنة، مؤتمر، مجلس، هيئة، اجتماع، جمعية، منتدى، دورة، مكتب.
  'فريق', 'الفريق', 'لجنه', 'اللجنه', 'موتمر', 'الموتمر', 'مجلس', 'المجلس', 'هييه', 'الهييه',
  'اجتماع', 'الاجتماع', 'جمعيه', 'الجمعيه', 'منتدي', 'المنتدي', 'دوره', 'الدوره', 'مكتب', 'المكتب',
]);

/** Chinese names end with their head noun (…工作组, …缔约方会议): a line so ending is whole. */
export const HAN_BODY_HEADS = ['会议', '工作组', '委员会', '理事会', '大会', '小组', '论坛', '专家组', '小组委员会', '届会'];

/**
 * Principal organs, printed in the masthead beside "Distr." to name the document's series
 * (folded forms, six languages).
 */
export const PRINCIPAL_ORGANS = new Set([
  'general assembly', 'economic and social council', 'security council', 'trusteeship council', 'secretariat',
  'assemblee generale', 'conseil economique et social', 'conseil de securite', 'conseil de tutelle', 'secretariat',
  'asamblea general', 'consejo economico y social', 'consejo de seguridad', 'consejo de administracion fiduciaria',
  'генеральная ассамблея', 'экономическии и социальныи совет', 'совет безопасности',
  '大会', '经济及社会理事会', '安全理事会',
  'الجمعيه العامه', 'المجلس الاقتصادي والاجتماعي', 'مجلس الامن',
]);

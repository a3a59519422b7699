import type { TranslationArgs, Translator } from '../../i18n/translator.js';

/** The console's words in one staff member's language. */
export type ConsoleText = (id: string, args?: TranslationArgs) => string;

/** Languages the console is written in, each with its own name for the language picker. */
export const consoleLanguages = ['en', 'lv', 'ru', 'uk'] as const;

export function consoleText(translator: Translator, language: string): ConsoleText {
  return (id, args) => translator.t(language, id, args);
}

/**
 * The language a visitor without a session reads the sign-in pages in: the
 * first of their browser's languages the console speaks.
 */
export function languageOfBrowser(acceptLanguage: string | undefined): string {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().split('-')[0];
    const known = consoleLanguages.find((language) => language === tag);
    if (known) return known;
  }
  return 'en';
}

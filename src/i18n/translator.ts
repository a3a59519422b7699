import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

export const fallbackLanguage = 'en';

export type TranslationArgs = Record<string, FluentVariable>;

/** Turns a message id into text in a person's language, falling back to English. */
export interface Translator {
  t(language: string, id: string, args?: TranslationArgs): string;
  /** Languages with a catalog of their own. */
  readonly languages: readonly string[];
  /** Whether `language` has a catalog; other languages are served in English. */
  has(language: string): boolean;
}

const localesDir = fileURLToPath(new URL('./locales/', import.meta.url));

/**
 * Loads every catalog once: `locales/<language>.ftl` for what clients and
 * mentors read in their messengers, and `locales/<language>.<part>.ftl` for
 * the parts of the console. Throws on a catalog that does not parse, or on
 * a message id given twice.
 */
export function createTranslator(): Translator {
  const bundles = new Map<string, FluentBundle>();
  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.ftl')).sort()) {
    const language = file.split('.')[0] ?? file;
    // Isolation marks around placeables would show up as stray characters in chat apps.
    const bundle = bundles.get(language) ?? new FluentBundle(language, { useIsolating: false });
    const errors = bundle.addResource(new FluentResource(readFileSync(`${localesDir}${file}`, 'utf8')));
    if (errors.length > 0) throw new Error(`locales/${file}: ${errors.map((e) => e.message).join('; ')}`);
    bundles.set(language, bundle);
  }
  const fallback = bundles.get(fallbackLanguage);
  if (!fallback) throw new Error(`locales/${fallbackLanguage}.ftl is missing`);

  return {
    languages: [...bundles.keys()],
    has: (language) => bundles.has(language),
    t(language, id, args) {
      const bundle = bundles.get(language)?.hasMessage(id) ? bundles.get(language) : fallback;
      const pattern = bundle?.getMessage(id)?.value;
      if (!bundle || !pattern) throw new Error(`no message ${id} in any catalog`);
      return bundle.formatPattern(pattern, args);
    },
  };
}

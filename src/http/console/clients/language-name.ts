/**
 * A client's language in the reader's own language ("Latvian", "латышский"):
 * clients may speak any language, the catalogs name only the console's own.
 */
export function languageName(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A language in the reader's own language ("Arabic", "арабский"): clients may
 * speak any language, the catalogs name only the ones the service speaks. A
 * code Intl cannot name is shown as it is.
 */
export function languageName(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

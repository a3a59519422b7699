/** A language's name in itself ("latviešu"), as a picker shows it; the code when the runtime knows no name. */
export function languageInItself(code: string): string {
  return languageIn(code, code);
}

/** A language's name in the reader's language, as a record shows it. */
export function languageIn(reader: string, code: string): string {
  try {
    const name = new Intl.DisplayNames([reader, 'en'], { type: 'language', fallback: 'code' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(reader) + name.slice(1);
  } catch {
    return code;
  }
}

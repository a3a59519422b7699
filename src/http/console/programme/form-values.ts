/** What an empty form field means to the API: nothing given. */
export const blankToNull = (value: string | undefined): string | null => (value === undefined || value.trim() === '' ? null : value.trim());

export const blankToUndefined = (value: string | undefined): string | undefined => blankToNull(value) ?? undefined;

/** A check box posts its value when ticked and nothing when not. */
export const isTicked = (value: string | undefined): boolean => value === 'yes';

/** "lv, RU ru" as typed is ['lv', 'ru']: the codes in the order given, once each; nothing typed is none given. */
export const languageList = (value: string | undefined): string[] | undefined => {
  const codes = [...new Set((value ?? '').toLowerCase().split(/[\s,;]+/).filter(Boolean))];
  return codes.length > 0 ? codes : undefined;
};

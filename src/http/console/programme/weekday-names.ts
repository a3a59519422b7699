import { weekdays, type Weekday } from '../../../core/fields.js';

/** Each weekday's name in a language, Monday first: 1 January 2024 was a Monday. */
export function weekdayNames(language: string, style: 'long' | 'short' = 'long'): Array<{ day: Weekday; name: string }> {
  const format = new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' });
  return weekdays.map((day, index) => ({ day, name: format.format(new Date(Date.UTC(2024, 0, 1 + index))) }));
}

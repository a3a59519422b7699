import { isValidPhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js';
import { z } from 'zod';

/** Field rules shared by every edge that accepts mentoring data. */

/** The canonical IANA name for a zone name, or null when it is not one (offsets like +02:00 are not). */
export function canonicalTimeZone(name: string): string | null {
  if (!/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export const timeZoneField = z
  .string()
  .refine((name) => canonicalTimeZone(name) !== null, {
    message: 'must be an IANA time zone name such as Europe/Riga',
  })
  .transform((name) => canonicalTimeZone(name) ?? name);

export const languageField = z
  .string()
  .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 language code such as en, lv, ru or uk');

export const checkinTimeField = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a local time in HH:MM form, 00:00 to 23:59');

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

export const checkinDaysField = z
  .array(z.enum(weekdays))
  .min(1, 'must name at least one weekday')
  .refine((days) => new Set(days).size === days.length, { message: 'must not repeat a weekday' });

export const phoneField = z
  .string()
  .refine((value) => /^\+[1-9]\d{6,14}$/.test(value) && isValidPhoneNumber(value), {
    message: 'must be a valid phone number in E.164 form such as +37120000000',
  })
  .transform((value) => parsePhoneNumberWithError(value).number);

export const localDateField = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date in YYYY-MM-DD form')
  .refine((value) => isCalendarDate(value), { message: 'must be a real calendar date' });

function isCalendarDate(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

/** ISO weekday number (Monday = 1) for a weekday name, as stored in the database. */
export function weekdayNumber(day: Weekday): number {
  return weekdays.indexOf(day) + 1;
}

export function weekdayName(isoNumber: number): Weekday {
  const day = weekdays[isoNumber - 1];
  if (!day) throw new RangeError(`not an ISO weekday: ${isoNumber}`);
  return day;
}

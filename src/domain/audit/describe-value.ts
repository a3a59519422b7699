import { weekdays } from '../../core/fields.js';
import { languageName } from '../../i18n/language-name.js';
import type { AuditChange } from './audit-trail.js';
import type { AuditWords } from './audit-words.js';

/** The catalog's name of each field an audited change records, for the sentences that name them. */
const fieldMessages: Record<string, string> = {
  name: 'audit-field-name',
  phone: 'audit-field-phone',
  language: 'audit-field-language',
  languages: 'audit-field-languages',
  timezone: 'audit-field-timezone',
  checkinTime: 'audit-field-checkin-time',
  checkinDays: 'audit-field-checkin-days',
  checkinsPausedUntil: 'audit-field-checkins-paused-until',
  weeklySummaryDay: 'audit-field-weekly-summary-day',
  status: 'audit-field-status',
  country: 'audit-field-country',
  programme: 'audit-field-programme',
  consentGiven: 'audit-field-consent',
  mentorId: 'audit-field-mentor',
  interpreterId: 'audit-field-interpreter',
  role: 'audit-field-role',
  active: 'audit-field-active',
  title: 'audit-field-title',
  details: 'audit-field-details',
  dueDate: 'audit-field-due-date',
};

/** A field's name; a staff member's `mentorId` is the mentor record they work as, not a mentor they have. */
export function fieldName(field: string, subjectType: string, words: AuditWords): string {
  const message = subjectType === 'staff' && field === 'mentorId' ? 'audit-field-mentor-record' : fieldMessages[field];
  return message ? words.t(message) : field;
}

export const fieldList = (fields: readonly string[], subjectType: string, words: AuditWords): string =>
  new Intl.ListFormat(words.language, { type: 'conjunction' }).format(fields.map((field) => fieldName(field, subjectType, words)));


const isWeekday = (value: unknown): value is string => typeof value === 'string' && (weekdays as readonly string[]).includes(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Values whose words are the catalog's, by field, and for `role` by whose role it is. */
const wordsOf: Record<string, (value: string, subjectType: string) => string | undefined> = {
  status: (value) => (['active', 'paused', 'ended'].includes(value) ? `client-status-${value}` : undefined),
  role: (value, subjectType) => (subjectType === 'staff' ? `staff-role-${value}` : `mentor-role-${value}`),
};

/** One value of a change as the reader reads it: a name for a mentor, a day's name, a date, yes or no. */
export function describeValue(change: AuditChange, side: 'from' | 'to', subjectType: string, words: AuditWords): string {
  const value = change[side];
  const { t } = words;
  if (change.field === 'mentorId') {
    if (value === null) return t(subjectType === 'staff' ? 'audit-value-none' : 'audit-value-no-mentor');
    return (side === 'from' ? change.fromName : change.toName) ?? t('audit-gone-mentor');
  }
  if (change.field === 'interpreterId') {
    if (value === null) return t('audit-value-no-interpreter');
    return (side === 'from' ? change.fromName : change.toName) ?? t('audit-gone-staff');
  }
  if (value === null || value === undefined || value === '') return t('audit-value-none');
  if (typeof value === 'boolean') {
    if (change.field === 'active') return t(value ? 'audit-value-active' : 'audit-value-inactive');
    return t(value ? 'audit-value-yes' : 'audit-value-no');
  }
  if (change.field === 'language' && typeof value === 'string') return languageName(value, words.language);
  if (Array.isArray(value)) {
    const items = value.map((item) =>
      change.field === 'languages' && typeof item === 'string' ? languageName(item, words.language) : isWeekday(item) ? t(`client-page-day-${item}`) : String(item),
    );
    return items.length === 0 ? t('audit-value-none') : new Intl.ListFormat(words.language, { type: 'conjunction' }).format(items);
  }
  if (isWeekday(value)) return t(`client-page-day-${value}`);
  if (isDate(value)) return words.date(value);
  const message = typeof value === 'string' ? wordsOf[change.field]?.(value, subjectType) : undefined;
  if (message) return t(message);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

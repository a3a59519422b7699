/** Times and numbers as one staff member reads them: their language, their zone. */
export interface Formats {
  /** "1 Dec 2026, 14:05". */
  dateTime(at: Date): string;
  /** "14:05" today, "1 Dec, 14:05" on another day. */
  when(at: Date): string;
  /** A calendar date 'YYYY-MM-DD' as "1 Dec 2026". */
  date(date: string): string;
  /** How long ago, as "3 hours ago". */
  ago(at: Date): string;
  /** A span in minutes as "2 h 5 min". */
  minutes(minutes: number): string;
  number(value: number): string;
  percent(share: number): string;
}

const safeZone = (timezone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return timezone;
  } catch {
    return 'UTC';
  }
};

export function formatsFor(language: string, timezone: string, now: Date): Formats {
  const timeZone = safeZone(timezone);
  const full = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone });
  const dayMonthTime = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone });
  const dayKey = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });
  const calendar = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const numbers = new Intl.NumberFormat(language);
  const percents = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const today = dayKey.format(now);
  return {
    dateTime: (at) => full.format(at),
    when: (at) => (dayKey.format(at) === today ? time.format(at) : dayMonthTime.format(at)),
    // Noon UTC in UTC: the calendar day cannot shift, wherever the service runs.
    date: (date) => calendar.format(new Date(`${date}T12:00:00Z`)),
    ago(at) {
      const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
      const abs = Math.abs(seconds);
      if (abs < 60) return relative.format(0, 'minute');
      if (abs < 3600) return relative.format(Math.round(seconds / 60), 'minute');
      if (abs < 86_400) return relative.format(Math.round(seconds / 3600), 'hour');
      return relative.format(Math.round(seconds / 86_400), 'day');
    },
    minutes(minutes) {
      const whole = Math.round(minutes);
      const hours = Math.floor(whole / 60);
      const rest = whole % 60;
      const unit = (value: number, name: 'hour' | 'minute') => new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'narrow' }).format(value);
      if (hours === 0) return unit(rest, 'minute');
      return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
    },
    number: (value) => numbers.format(value),
    percent: (share) => percents.format(share),
  };
}

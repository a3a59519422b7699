/** A calendar date ('YYYY-MM-DD') as a person reads it in their language, e.g. "Wednesday, 25 November". */
export function formatLocalDate(language: string, date: string): string {
  // Noon UTC with the UTC zone: the weekday and day cannot shift, wherever the service runs.
  const instant = new Date(`${date}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(instant);
  } catch {
    return date;
  }
}

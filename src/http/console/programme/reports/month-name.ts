/** A report month ('YYYY-MM') as the reader says it, such as "Feb 2026". */
export function monthName(language: string): (month: string) => string {
  const format = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return (month) => {
    const [year, number] = month.split('-').map(Number) as [number, number];
    return format.format(new Date(Date.UTC(year, number - 1, 15)));
  };
}

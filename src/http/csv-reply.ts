import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

export type CsvValue = string | number | boolean | Date | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first)
 * gets a leading apostrophe, so a client's name like `=HYPERLINK(...)` stays text. Numbers are
 * written as numbers: a negative figure is data, not a formula.
 */
export function spreadsheetSafe(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function cell(value: CsvValue): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return value.toISOString();
  return spreadsheetSafe(value);
}

/**
 * Answers a CSV download (UTF-8, header row, RFC 4180 quoting with CRLF line ends), writing rows as
 * they come, so an async source such as a database cursor is never held in memory whole; the
 * source is closed when the download ends, however it ends.
 */
export function sendCsv<Row>(
  reply: FastifyReply,
  filename: string,
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): FastifyReply {
  const csv = stringify({ header: true, columns: columns.map((column) => column.header), record_delimiter: 'windows' });
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) yield columns.map((column) => cell(column.value(row)));
    })(),
  );
  records.on('error', (error) => csv.destroy(error));
  records.pipe(csv);
  // A reader who goes away mid-download destroys the CSV stream but not its source, which would
  // wait for demand that never comes (a database cursor holding its pooled connection). Destroying
  // the records ends the generator, whose loop closes the source. After a whole download, nothing.
  reply.raw.once('close', () => records.destroy());
  void reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store');
  return reply.send(csv);
}

import { parse } from 'csv-parse/sync';
import { columnsOfHeader } from './client-import-header.js';
import { importLimits, type FileProblem, type ImportColumn, type ImportFile, type ImportRow } from './client-import-file.js';

const problem = (code: string, message: string) => ({ problem: { code, message } });

/**
 * The column separator, from the header line: column names hold none of
 * these, so whichever appears there is it. Spreadsheets in much of Europe
 * save "CSV" with semicolons, and some offer tabs.
 */
function delimiterOf(text: string): string {
  const headerLine = text.slice(0, text.search(/[\r\n]|$/));
  return [',', ';', '\t'].find((candidate) => headerLine.includes(candidate)) ?? ',';
}

const csvProblems: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a quote inside a quoted cell is not doubled',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a quoted cell has text after its closing quote',
  CSV_MAX_RECORD_SIZE: `a cell is longer than ${importLimits.maxCellChars} characters`,
};

function csvProblem(error: unknown): { problem: FileProblem } {
  const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
  const what = (typeof code === 'string' && csvProblems[code]) || 'it cannot be read as CSV';
  return problem('IMPORT_NOT_CSV', `the file is not valid CSV: ${what}${typeof lines === 'number' ? ` (line ${lines})` : ''}`);
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Thrown from inside the parse to end it at the first problem of the file. */
class Stop extends Error {
  constructor(readonly problem: FileProblem) {
    super(problem.message);
  }
}

const tooMany = (limit: string): FileProblem => ({
  code: 'IMPORT_TOO_MANY_ROWS',
  message: `the file has more than ${limit}; at most ${importLimits.maxRows} clients can be enrolled from one file`,
});

/**
 * Reads a file of clients: UTF-8 (a byte-order mark allowed), CSV with CRLF
 * or LF line ends, a header of known columns, and rows of as many cells.
 * Rows that are wholly blank keep their number, so row n is the n-th under
 * the header as a spreadsheet counts it, but they are not clients. Runs in a
 * worker thread (see client-import-reader.ts): it trusts nothing of the file.
 */
export function readImportFile(bytes: Uint8Array): { file: ImportFile } | { problem: FileProblem } {
  if (bytes.byteLength === 0) return problem('IMPORT_EMPTY', 'the file is empty');
  if (bytes.byteLength > importLimits.maxBytes) return problem('IMPORT_TOO_LARGE', `the file is larger than ${importLimits.maxBytes / 1024 / 1024} MB`);
  let text: string;
  try {
    // fatal: a file in a legacy code page is refused rather than read with replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return problem('IMPORT_NOT_UTF8', 'the file is not UTF-8 text: save it from the spreadsheet as "CSV UTF-8"');
  }
  if (text.includes('\0')) return problem('IMPORT_NOT_TEXT', 'the file holds NUL characters, so it is not a CSV text file');
  if (text.trim() === '') return problem('IMPORT_EMPTY', 'the file is empty');

  let columns: ImportColumn[] | undefined;
  const rows: ImportRow[] = [];
  let row = 0;
  // Each record is judged as the parser makes it, and the first problem stops the parse: a file
  // of a million short lines costs the work of the first few thousand, not seconds and memory.
  const take = (record: string[]): null => {
    if (columns === undefined) {
      const resolved = columnsOfHeader(record);
      if ('problem' in resolved) throw new Stop(resolved.problem);
      columns = resolved.columns;
      return null;
    }
    row += 1;
    if (row > importLimits.maxRecords) throw new Stop(tooMany(`${importLimits.maxRecords} rows`));
    if (isBlank(record)) return null;
    if (record.length !== columns.length) {
      throw new Stop({ code: 'IMPORT_ROW_CELLS', message: `row ${row} has ${record.length} cell${record.length === 1 ? '' : 's'} where the header has ${columns.length}` });
    }
    const header = columns;
    rows.push({ row, cells: Object.fromEntries(header.map((column, at) => [column, record[at] ?? ''])) });
    if (rows.length > importLimits.maxRows) throw new Stop(tooMany(`${importLimits.maxRows} clients`));
    return null;
  };
  try {
    parse(text, {
      delimiter: delimiterOf(text),
      // All three, so a file edited in two programs, with line ends of both, still reads row by row.
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      max_record_size: importLimits.maxCellChars,
      on_record: take,
    });
  } catch (error) {
    return error instanceof Stop ? { problem: error.problem } : csvProblem(error);
  }
  if (columns === undefined) return problem('IMPORT_EMPTY', 'the file is empty');
  if (rows.length === 0) return problem('IMPORT_NO_ROWS', 'the file has a header but no clients under it');
  return { file: { columns, rows } };
}

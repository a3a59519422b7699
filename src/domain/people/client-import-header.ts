import { importColumns, type FileProblem, type ImportColumn } from './client-import-file.js';

export const requiredColumns = ['name', 'language', 'timezone', 'checkinTime'] as const satisfies readonly ImportColumn[];

/** The header a blank template offers: mentors by email, which a coordinator knows, rather than by record id. */
export const templateColumns = importColumns.filter((column) => column !== 'mentorId');

const byLowerCase = new Map<string, ImportColumn>(importColumns.map((column) => [column.toLowerCase(), column]));

/**
 * The columns a header names, or what is wrong with it. Names are matched
 * without regard to case or surrounding spaces, since spreadsheets change
 * both; each column may appear once, and mentors are named one way only.
 */
export function columnsOfHeader(header: readonly string[]): { columns: ImportColumn[] } | { problem: FileProblem } {
  if (!header.some((cell) => byLowerCase.has(cell.trim().toLowerCase()))) {
    return { problem: { code: 'IMPORT_NO_HEADER', message: `the first line must be the header, naming the columns: ${importColumns.join(', ')}` } };
  }
  const columns: ImportColumn[] = [];
  for (const [index, cell] of header.entries()) {
    const given = cell.trim();
    if (given === '') return { problem: { code: 'IMPORT_UNNAMED_COLUMN', message: `column ${index + 1} of the header has no name` } };
    const column = byLowerCase.get(given.toLowerCase());
    if (column === undefined) {
      return {
        problem: {
          code: 'IMPORT_UNKNOWN_COLUMN',
          message: `the header names an unknown column "${given.slice(0, 100)}"; the columns are ${importColumns.join(', ')}`,
        },
      };
    }
    if (columns.includes(column)) return { problem: { code: 'IMPORT_DUPLICATE_COLUMN', message: `the header names the column ${column} twice` } };
    columns.push(column);
  }
  const missing = requiredColumns.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    const noun = missing.length > 1 ? 'columns' : 'column';
    return { problem: { code: 'IMPORT_MISSING_COLUMN', message: `the header lacks the required ${noun} ${missing.join(', ')}` } };
  }
  if (columns.includes('mentorEmail') === columns.includes('mentorId')) {
    return { problem: { code: 'IMPORT_MENTOR_COLUMN', message: 'the header must name mentors in exactly one column: mentorEmail or mentorId' } };
  }
  return { columns };
}

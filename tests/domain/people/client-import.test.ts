import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/errors.js';
import { importClients } from '../../../src/domain/people/client-import-commit.js';
import { readImportFile } from '../../../src/domain/people/client-import-read.js';
import { createClientImportReader } from '../../../src/domain/people/client-import-reader.js';
import { findClientImport } from '../../../src/domain/people/client-import-result.js';
import { clientBody } from '../../../src/http/schemas.js';
import { clientRow, csvFile, header, importNow, importPeople, recordCounts } from '../../support/client-import-fixture.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const { db } = database;
const rules = { clientSchema: clientBody };
let people: Awaited<ReturnType<typeof importPeople>>;

beforeAll(async () => {
  people = await importPeople(db);
});

const read = (text: string | Buffer) => readImportFile(typeof text === 'string' ? Buffer.from(text) : text);

function fileOf(text: string | Buffer) {
  const result = read(text);
  if ('problem' in result) throw new Error(result.problem.message);
  return result.file;
}

describe('reading a file of clients', () => {
  it('keeps quoted commas, quotes and line breaks inside cells, and a name that looks like a formula as the text it is', () => {
    const file = fileOf('name,language,timezone,checkinTime,mentorId\r\n"=HYPERLINK(""x"")","u\nk","Europe/Riga",09:30,\r\n');
    expect(file).toEqual({
      columns: ['name', 'language', 'timezone', 'checkinTime', 'mentorId'],
      rows: [{ row: 1, cells: { name: '=HYPERLINK("x")', language: 'u\nk', timezone: 'Europe/Riga', checkinTime: '09:30', mentorId: '' } }],
    });
  });

  it('takes tabs or semicolons as the separator, and line ends of several programs in one file', () => {
    const tabs = fileOf('name\tlanguage\ttimezone\tcheckinTime\tmentorEmail\nA\tuk\tEurope/Riga\t09:30\ta@example.org\rB\tlv\tEurope/Riga\t10:00\t\r\n');
    expect(tabs.rows.map(({ row, cells }) => [row, cells.name, cells.mentorEmail])).toEqual([[1, 'A', 'a@example.org'], [2, 'B', '']]);
    const semicolons = fileOf('name;language;timezone;checkinTime;mentorEmail\n"Kalniņa; Marta";lv;Europe/Riga;09:30;\n');
    expect(semicolons.rows[0]?.cells.name).toBe('Kalniņa; Marta');
  });

  it('numbers rows as a spreadsheet does, blank rows counted but left out', () => {
    const file = fileOf(csvFile([header, [], clientRow('A'), Array<string>(10).fill(''), ['   '], clientRow('B'), [], []]));
    expect(file.rows.map(({ row, cells }) => [row, cells.name])).toEqual([[2, 'A'], [5, 'B']]);
  });

  it('stops at the first problem of a long file, naming it', () => {
    const blankLines = `${header.join(',')}\n${'\n'.repeat(20_000)}`;
    expect(read(blankLines)).toEqual({ problem: { code: 'IMPORT_TOO_MANY_ROWS', message: expect.stringMatching(/more than 10000 rows/) } });
    const narrow = `${header.join(',')}\n${'x\n'.repeat(500_000)}`;
    expect(read(narrow)).toEqual({ problem: { code: 'IMPORT_ROW_CELLS', message: 'row 1 has 1 cell where the header has 10' } });
    expect(read(Buffer.alloc(2 * 1024 * 1024 + 1, 'a'))).toEqual({ problem: { code: 'IMPORT_TOO_LARGE', message: 'the file is larger than 2 MB' } });
  });
});

describe('the reader in its worker', () => {
  it('reads a file off the main thread', async () => {
    const reader = createClientImportReader();
    try {
      const file = await reader.read(csvFile([header, clientRow('Olena')]));
      expect(file.rows).toHaveLength(1);
      await expect(reader.read(Buffer.from('not,a,header\n'))).rejects.toMatchObject({ code: 'IMPORT_NO_HEADER', field: 'file' });
    } finally {
      await reader.close();
    }
  });

  it('refuses a file whose worker runs out of time as a problem of the file', async () => {
    const hasty = createClientImportReader({ timeoutMs: 1 });
    try {
      const refused = await hasty.read(csvFile([header, clientRow('Olena')])).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ValidationError);
      expect(refused).toMatchObject({ code: 'IMPORT_UNREADABLE', field: 'file' });
    } finally {
      await hasty.close();
    }
  });
});

describe('enrolling a file', () => {
  it('rolls back every row when a phone number is taken between the check and the insert, naming that row', async () => {
    const file = fileOf(csvFile([header, clientRow('Olena', { phone: '+37120000011' }), clientRow('Andrii', { phone: '+37120000012' })]).toString());
    const before = await recordCounts(db);
    let release = () => {};
    let inserted = () => {};
    const insertedNow = new Promise<void>((resolve) => (inserted = resolve));
    // Another enrolment holds the number, not yet committed: the import's check cannot see it, its insert waits on it.
    const other = db.transaction().execute(async (trx) => {
      await trx.insertInto('clients').values({ name: 'Someone else', language: 'en', timezone: 'Europe/Riga', checkin_time: '09:00', phone: '+37120000012' }).execute();
      inserted();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await insertedNow;
    const importing = importClients(db, file, { rules, actor: 'admin', now: importNow });
    await waitForLockWait();
    release();
    await other;
    const outcome = await importing;
    expect(outcome).toEqual({ committed: false, report: { rows: 2, valid: 1, errors: [{ row: 2, field: 'phone', message: 'another client already has this phone number' }] } });
    expect(await recordCounts(db)).toEqual({ ...before, clients: before.clients + 1 });
    expect(await db.selectFrom('clients').select('name').where('name', '=', 'Olena').execute()).toEqual([]);
  });

  it('keeps the import in the audit log, from which its clients are found again in the file\'s order', async () => {
    const file = fileOf(csvFile([header, clientRow('Zane', { mentorEmail: 'pavel@example.org' }), clientRow('Aivars', { mentorEmail: '' })]).toString());
    const outcome = await importClients(db, file, { rules, actor: 'staff:someone', now: importNow });
    if (!outcome.committed) throw new Error(JSON.stringify(outcome.report));
    const found = await findClientImport(db, outcome.importId);
    expect(found).toEqual({
      id: outcome.importId,
      actor: 'staff:someone',
      at: expect.any(Date),
      rows: 2,
      clients: [
        { id: outcome.created[0]?.id, name: 'Zane', mentorName: people.pavel.name },
        { id: outcome.created[1]?.id, name: 'Aivars', mentorName: null },
      ],
    });
    expect(await findClientImport(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });
});

/** Until a statement of this database waits on a row lock: the import's insert, behind the other enrolment. */
async function waitForLockWait(): Promise<void> {
  for (let attempt = 0; attempt < 500; attempt += 1) {
    const { rows } = await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(db);
    if (Number(rows[0]?.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the import never waited on the other enrolment');
}

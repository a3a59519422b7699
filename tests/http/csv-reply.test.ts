import Fastify from 'fastify';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sendCsv, spreadsheetSafe, type CsvColumn } from '../../src/http/csv-reply.js';

interface Person {
  name: string;
  visits: number;
  since: Date | null;
}

const columns: CsvColumn<Person>[] = [
  { header: 'name', value: (row) => row.name },
  { header: 'visits', value: (row) => row.visits },
  { header: 'since', value: (row) => row.since },
];

async function* slowly(people: Person[]): AsyncGenerator<Person> {
  for (const person of people) {
    await new Promise((resolve) => setImmediate(resolve));
    yield person;
  }
}

describe('sendCsv', () => {
  it('streams a header row and RFC 4180 rows, with formula-like text kept as text', async () => {
    const app = Fastify();
    const people: Person[] = [
      { name: 'Anna "Ann" Bērziņa, Rīga', visits: 3, since: new Date('2026-01-02T03:04:05Z') },
      { name: '=HYPERLINK("http://x.example")', visits: -2, since: null },
      { name: 'two\nlines', visits: 0, since: null },
      { name: '@SUM(A1)', visits: 1, since: null },
      { name: '+1', visits: 1, since: null },
      { name: '\tindented', visits: 1, since: null },
    ];
    app.get('/people.csv', (_request, reply) => sendCsv(reply, 'people.csv', columns, slowly(people)));
    const response = await app.inject({ url: '/people.csv' });
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="people.csv"');
    expect(response.body.startsWith('name,visits,since\r\n')).toBe(true);
    expect(parse(response.body)).toEqual([
      ['name', 'visits', 'since'],
      ['Anna "Ann" Bērziņa, Rīga', '3', '2026-01-02T03:04:05.000Z'],
      [`'=HYPERLINK("http://x.example")`, '-2', ''],
      ['two\nlines', '0', ''],
      [`'@SUM(A1)`, '1', ''],
      [`'+1`, '1', ''],
      [`'\tindented`, '1', ''],
    ]);
    await app.close();
  });

  it('leaves ordinary text alone and guards every formula start', () => {
    expect(spreadsheetSafe('Rīga')).toBe('Rīga');
    expect(['=1', '+1', '-1', '@a', '\ta', '\ra'].map(spreadsheetSafe)).toEqual(["'=1", "'+1", "'-1", "'@a", "'\ta", "'\ra"]);
  });
});

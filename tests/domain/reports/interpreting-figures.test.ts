import { describe, expect, it } from 'vitest';
import { createKeyedDigest } from '../../../src/core/keyed-digest.js';
import { eraseClient } from '../../../src/domain/privacy/erasure.js';
import { evaluationReport } from '../../../src/domain/reports/evaluation-report.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';
import { seedInterpreting, type InterpretingHistory } from './interpreting-history.js';
import { seedReportHistory, type ReportHistory } from './report-history.js';

const database = useTestDatabase();
const options = { timeZone: 'Europe/Riga', minGroup: 2 };
const period = { from: '2026-01-01', to: '2026-04-30' };
const erasureDeps = { translator: createTranslator(), digest: createKeyedDigest('interpreting-test-key-0123456789abcdef'), agencyTimezone: options.timeZone };

let history: ReportHistory;
let interpreting: InterpretingHistory;

const interpreted = (months: number[]) => months.map((messagesInterpreted, index) => ({ month: `2026-0${index + 1}`, messagesInterpreted }));

describe('the evaluation report’s interpreting, counted by hand over a known history', () => {
  it('counts the messages interpreted and the clients with an interpreter, per month and in the period', async () => {
    history = await seedReportHistory(database.db);
    interpreting = await seedInterpreting(database.db, history);
    const report = await evaluationReport(database.db, period, options);
    expect(report.months.map((month) => [month.month, month.messagesInterpreted, month.clientsWithInterpreter])).toEqual([
      // Amal's message and Anna's answer; Amal and Bashir had Karim (Samir's interpreter left at midnight).
      ['2026-01', 2, 2],
      // Amal's message again, Bashir's, Daria's (corrected the same day) and Boris's answer, and
      // the message to Farid that both translated; all four had an interpreter.
      ['2026-02', 5, 4],
      // Farid's interpreter left at 00:00 on 1 March; Bashir's in February.
      ['2026-03', 0, 2],
      ['2026-04', 1, 2],
    ]);
    // Amal's first message, translated in January and February, is one message in the period.
    expect(report.totals).toMatchObject({ messagesInterpreted: 7, clientsWithInterpreter: 4 });
    expect(report.interpreters).toEqual([
      { interpreterId: interpreting.interpreters.karim, name: 'Karim Haddad', messagesInterpreted: 5, months: interpreted([2, 3, 0, 1]) },
      { interpreterId: interpreting.interpreters.lina, name: 'Lina Bērziņa', messagesInterpreted: 0, months: interpreted([0, 0, 0, 0]) },
      { interpreterId: interpreting.interpreters.olena, name: 'Olena Shevchenko', messagesInterpreted: 3, months: interpreted([0, 3, 0, 0]) },
    ]);
    // Arabic has Amal and Bashir; Ukrainian (Daria) and Persian (Farid) have one each and merge.
    expect(report.clientsWithInterpreterByLanguage).toEqual([
      { language: 'ar', clients: 2 },
      { language: 'other', clients: 2 },
    ]);
  });

  it('counts only the period’s own days, in the agency’s calendar', async () => {
    const report = await evaluationReport(database.db, { from: '2026-01-15', to: '2026-02-01' }, options);
    // 1 February in Riga: Amal's message again and Bashir's, both still 31 January in UTC; Farid's
    // and Daria's interpreters began that day.
    expect(report.months.map((month) => [month.month, month.messagesInterpreted, month.clientsWithInterpreter])).toEqual([
      ['2026-01', 0, 2],
      ['2026-02', 2, 4],
    ]);
    expect(report.totals).toMatchObject({ messagesInterpreted: 2, clientsWithInterpreter: 4 });
    expect(report.interpreters.map((row) => [row.name, row.messagesInterpreted])).toEqual([
      ['Karim Haddad', 2],
      ['Lina Bērziņa', 0],
      ['Olena Shevchenko', 0],
    ]);
    const december = await evaluationReport(database.db, { from: '2025-12-01', to: '2025-12-31' }, options);
    // Samir's interpreter, no longer working, is listed for the month they translated in.
    expect(december.interpreters.map((row) => [row.name, row.messagesInterpreted])).toEqual([
      ['Karim Haddad', 0],
      ['Lina Bērziņa', 0],
      ['Olena Shevchenko', 0],
      ['Past Interpreter', 1],
    ]);
    expect(december.totals).toMatchObject({ messagesInterpreted: 1, clientsWithInterpreter: 2 });
  });

  it('merges languages of fewer clients than the threshold into "other", as the profile does', async () => {
    const named = await evaluationReport(database.db, period, { ...options, minGroup: 1 });
    expect(named.clientsWithInterpreterByLanguage).toEqual([
      { language: 'ar', clients: 2 },
      { language: 'fa', clients: 1 },
      { language: 'uk', clients: 1 },
    ]);
    const merged = await evaluationReport(database.db, period, { ...options, minGroup: 3 });
    expect(merged.clientsWithInterpreterByLanguage).toEqual([{ language: 'other', clients: 4 }]);
  });

  it('reads the same for a past period after clients interpreted for are erased, and keeps nothing of theirs', async () => {
    const before = await evaluationReport(database.db, period, options);
    const may = { from: '2026-05-01', to: '2026-05-31' };
    const june = { from: '2026-06-01', to: '2026-06-30' };
    expect((await evaluationReport(database.db, june, options)).totals.clientsWithInterpreter).toBe(2);
    const now = new Date('2026-05-20T10:00:00Z');
    // Amal still has Karim when erased; Bashir's interpreter had left.
    for (const clientId of [history.clients.amal, history.clients.bashir]) {
      await eraseClient(database.db, erasureDeps, clientId, { actor: 'admin', reason: 'asked', now });
    }
    expect(await database.db.selectFrom('translations').select('message_id').where('message_id', 'in', Object.values(interpreting.messages)).execute()).toEqual([]);

    expect(await evaluationReport(database.db, period, options)).toEqual(before);
    // Amal counts in May, up to her erasure, and no longer after it.
    expect((await evaluationReport(database.db, may, options)).months[0]).toMatchObject({ clientsWithInterpreter: 2, messagesInterpreted: 1 });
    expect((await evaluationReport(database.db, june, options)).totals.clientsWithInterpreter).toBe(1);

    const kept = {
      translations: await database.db.selectFrom('report_translations').selectAll().execute(),
      spans: await database.db.selectFrom('report_interpreter_spans').selectAll().execute(),
    };
    expect(kept.spans.map((span) => [span.first_day, span.last_day]).sort()).toEqual([
      ['2025-12-10', '2026-05-20'],
      ['2026-01-05', '2026-02-20'],
    ]);
    expect(kept.translations.map((row) => [row.day, row.interpreter_id]).sort()).toEqual(
      [
        ['2026-01-03', interpreting.interpreters.karim],
        ['2026-01-03', interpreting.interpreters.karim],
        ['2026-02-01', interpreting.interpreters.karim],
        ['2026-02-01', interpreting.interpreters.karim],
        ['2026-04-20', interpreting.interpreters.karim],
        ['2026-05-01', interpreting.interpreters.karim],
      ].sort(),
    );
    // Amal's first message, translated twice, has one stand-in; no message or client id is kept.
    expect(new Set(kept.translations.map((row) => row.message)).size).toBe(5);
    const text = JSON.stringify(kept);
    for (const id of [history.clients.amal, history.clients.bashir, ...Object.values(interpreting.messages)]) expect(text).not.toContain(id);
  });
});

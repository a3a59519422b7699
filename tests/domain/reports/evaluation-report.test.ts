import { describe, expect, it } from 'vitest';
import { archiveClientFacts } from '../../../src/domain/reports/report-archive.js';
import { evaluationReport } from '../../../src/domain/reports/evaluation-report.js';
import { useTestDatabase } from '../../support/test-database.js';
import { seedReportHistory, type ReportHistory } from './report-history.js';

const database = useTestDatabase();
const options = { timeZone: 'Europe/Riga', minGroup: 2 };
const period = { from: '2026-01-01', to: '2026-04-30' };
const noInterpreting = { messagesInterpreted: 0, clientsWithInterpreter: 0 };
const zero = { newClients: 0, endedClients: 0, messagesFromClients: 0, messagesToClients: 0, checkinsAsked: 0, checkinsAnswered: 0, tasksAgreed: 0, tasksApproved: 0, ...noInterpreting };

let history: ReportHistory;

describe('the evaluation report, counted by hand over a known history', () => {
  it('has every figure a person counting the rows would get', async () => {
    history = await seedReportHistory(database.db);
    const report = await evaluationReport(database.db, period, options);
    expect(report.period).toEqual(period);
    expect(report.months).toEqual([
      // Amal wrote and answered, Bashir answered; Samir was only asked; Bashir and Eden are new.
      { month: '2026-01', clientsServed: 2, newClients: 2, endedClients: 0, messagesFromClients: 3, messagesToClients: 2, checkinsAsked: 3, checkinsAnswered: 2, averageMood: 3, tasksAgreed: 1, tasksApproved: 0, ...noInterpreting },
      // Bashir's message at 00:30 Riga on 1 February, Daria, and Farid written to; Daria and Farid are new.
      { month: '2026-02', clientsServed: 3, newClients: 2, endedClients: 0, messagesFromClients: 2, messagesToClients: 2, checkinsAsked: 2, checkinsAnswered: 1, averageMood: 5, tasksAgreed: 1, tasksApproved: 1, ...noInterpreting },
      { month: '2026-03', clientsServed: 0, ...zero, averageMood: null },
      { month: '2026-04', clientsServed: 1, ...zero, endedClients: 1, messagesFromClients: 1, averageMood: null },
    ]);
    expect(report.totals).toEqual({
      clientsServed: 4,
      newClients: 4,
      endedClients: 1,
      countries: 3,
      averageServedPerMonth: 1.5,
      messagesFromClients: 6,
      messagesToClients: 4,
      checkinsAsked: 5,
      checkinsAnswered: 3,
      tasksAgreed: 2,
      tasksApproved: 1,
      ...noInterpreting,
    });
    expect(report.profile).toEqual({
      // Syria counted once however it was typed; Ukraine and Afghanistan (one each) merge.
      byCountry: [
        { value: 'Syria', clients: 2 },
        { value: 'other', clients: 2 },
      ],
      byLanguage: [
        { value: 'ar', clients: 2 },
        { value: 'other', clients: 2 },
      ],
      // Vocational has one client: "other" of one would point at them, so Resettlement joins it.
      byProgramme: [{ value: 'other', clients: 4 }],
      byChannel: [
        { value: 'telegram', clients: 2 },
        { value: 'whatsapp', clients: 2 },
      ],
    });
    expect(report.mentors).toEqual([
      // Waits of 30 and 60 minutes; Amal's April message is still waiting and counts for nobody.
      { mentorId: history.mentors.anna, name: 'Anna Ozola', role: 'social_worker', clientsServed: 2, messagesToClients: 2, medianFirstReplyMinutes: 45, tasksAgreed: 1, tasksApproved: 1 },
      { mentorId: history.mentors.boris, name: 'Boris Kalniņš', role: 'psychologist', clientsServed: 2, messagesToClients: 2, medianFirstReplyMinutes: 20, tasksAgreed: 1, tasksApproved: 0 },
      { mentorId: history.mentors.zane, name: 'Zane Liepa', role: 'teacher', clientsServed: 0, messagesToClients: 0, medianFirstReplyMinutes: null, tasksAgreed: 0, tasksApproved: 0 },
    ]);
    // An agency without interpreters (interpreting-figures.test.ts counts theirs).
    expect(report.interpreters).toEqual([]);
    expect(report.clientsWithInterpreterByLanguage).toEqual([]);
  });

  it('lists every month a period overlaps and counts only its own days', async () => {
    const report = await evaluationReport(database.db, { from: '2026-01-15', to: '2026-03-02' }, options);
    expect(report.months.map((month) => month.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(report.months[0]).toEqual({ month: '2026-01', clientsServed: 0, ...zero, averageMood: null });
    expect(report.totals.clientsServed).toBe(3);
  });

  it('merges groups under the threshold into "other" and counts countries without merging', async () => {
    const report = await evaluationReport(database.db, period, { ...options, minGroup: 5 });
    expect(report.profile.byCountry).toEqual([{ value: 'other', clients: 4 }]);
    expect(report.totals.countries).toBe(3);
    const named = await evaluationReport(database.db, period, { ...options, minGroup: 1 });
    expect(named.profile.byCountry).toEqual([
      { value: 'Syria', clients: 2 },
      { value: 'Afghanistan', clients: 1 },
      { value: 'Ukraine', clients: 1 },
    ]);
  });

  it('reads the same for a past period after a client is erased', async () => {
    const before = await evaluationReport(database.db, period, options);
    await database.db.transaction().execute(async (trx) => {
      await archiveClientFacts(trx, history.clients.bashir, options.timeZone, new Date('2026-05-20T10:00:00Z'));
      await trx.deleteFrom('clients').where('id', '=', history.clients.bashir).execute();
    });
    expect(await database.db.selectFrom('clients').where('id', '=', history.clients.bashir).select('id').execute()).toEqual([]);
    const after = await evaluationReport(database.db, period, options);
    expect(after).toEqual(before);
    const subjects = await database.db.selectFrom('report_subjects').selectAll().execute();
    expect(subjects).toHaveLength(1);
    expect(subjects[0]).toMatchObject({ country: 'syria', language: 'ar', programme: 'Resettlement', channel: 'whatsapp' });
    expect(JSON.stringify(subjects)).not.toContain(history.clients.bashir);
  });

  it('refuses a period that runs backwards or lasts five years or more', async () => {
    await expect(evaluationReport(database.db, { from: '2026-02-01', to: '2026-01-31' }, options)).rejects.toMatchObject({ code: 'INVALID_PERIOD', details: { field: 'to' } });
    await expect(evaluationReport(database.db, { from: '2021-01-01', to: '2026-01-01' }, options)).rejects.toMatchObject({ code: 'INVALID_PERIOD' });
    const longest = await evaluationReport(database.db, { from: '2021-01-01', to: '2025-12-31' }, options);
    expect(longest.months).toHaveLength(60);
  });
});

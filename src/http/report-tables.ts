import type { EvaluationReport, ReportMentor, ReportMonth } from '../domain/reports/evaluation-report.js';
import type { ReportInterpreter } from '../domain/reports/interpreting-figures.js';
import type { Group } from '../domain/reports/small-groups.js';
import type { CsvColumn } from './csv-reply.js';

/** The evaluation report's tables as CSV: the API and the console download the same files. */
export interface ReportTable<Row> {
  name: 'months' | 'profile' | 'mentors' | 'interpreters';
  /** The columns of this report: a table with a column per month has as many as the period has months. */
  columns(report: EvaluationReport): readonly CsvColumn<Row>[];
  rows(report: EvaluationReport): Row[];
}

const twoDecimals = (value: number | null) => (value === null ? null : value.toFixed(2));

const months: ReportTable<ReportMonth> = {
  name: 'months',
  columns: () => [
    { header: 'month', value: (row) => row.month },
    { header: 'clientsServed', value: (row) => row.clientsServed },
    { header: 'newClients', value: (row) => row.newClients },
    { header: 'endedClients', value: (row) => row.endedClients },
    { header: 'messagesFromClients', value: (row) => row.messagesFromClients },
    { header: 'messagesToClients', value: (row) => row.messagesToClients },
    { header: 'checkinsAsked', value: (row) => row.checkinsAsked },
    { header: 'checkinsAnswered', value: (row) => row.checkinsAnswered },
    { header: 'averageMood', value: (row) => twoDecimals(row.averageMood) },
    { header: 'tasksAgreed', value: (row) => row.tasksAgreed },
    { header: 'tasksApproved', value: (row) => row.tasksApproved },
    { header: 'messagesInterpreted', value: (row) => row.messagesInterpreted },
    { header: 'clientsWithInterpreter', value: (row) => row.clientsWithInterpreter },
  ],
  rows: (report) => report.months,
};

type ProfileRow = Group & { dimension: string };

const profile: ReportTable<ProfileRow> = {
  name: 'profile',
  columns: () => [
    { header: 'dimension', value: (row) => row.dimension },
    { header: 'value', value: (row) => row.value },
    { header: 'clients', value: (row) => row.clients },
  ],
  rows: (report) => [
    ...report.profile.byCountry.map((group) => ({ dimension: 'country', ...group })),
    ...report.profile.byLanguage.map((group) => ({ dimension: 'language', ...group })),
    ...report.profile.byProgramme.map((group) => ({ dimension: 'programme', ...group })),
    ...report.profile.byChannel.map((group) => ({ dimension: 'channel', ...group })),
    ...report.clientsWithInterpreterByLanguage.map((group) => ({ dimension: 'languageWithInterpreter', value: group.language, clients: group.clients })),
  ],
};

const mentors: ReportTable<ReportMentor> = {
  name: 'mentors',
  columns: () => [
    { header: 'mentorId', value: (row) => row.mentorId },
    { header: 'name', value: (row) => row.name },
    { header: 'role', value: (row) => row.role },
    { header: 'clientsServed', value: (row) => row.clientsServed },
    { header: 'messagesToClients', value: (row) => row.messagesToClients },
    { header: 'medianFirstReplyMinutes', value: (row) => twoDecimals(row.medianFirstReplyMinutes) },
    { header: 'tasksAgreed', value: (row) => row.tasksAgreed },
    { header: 'tasksApproved', value: (row) => row.tasksApproved },
  ],
  rows: (report) => report.mentors,
};

const interpreters: ReportTable<ReportInterpreter> = {
  name: 'interpreters',
  columns: (report) => [
    { header: 'interpreterId', value: (row) => row.interpreterId },
    { header: 'name', value: (row) => row.name },
    { header: 'messagesInterpreted', value: (row) => row.messagesInterpreted },
    // A message interpreted in two months counts in each, so the months may add up to more.
    ...report.months.map(({ month }) => ({ header: month, value: (row: ReportInterpreter) => row.months.find((own) => own.month === month)?.messagesInterpreted })),
  ],
  rows: (report) => report.interpreters,
};

export const reportTables = { months, profile, mentors, interpreters } as const;
export type ReportTableName = keyof typeof reportTables;

export function reportFileName(table: ReportTableName, report: EvaluationReport): string {
  return `evaluation-${table}-${report.period.from}-to-${report.period.to}.csv`;
}

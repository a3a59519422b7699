import { sql, type Kysely } from 'kysely';
import { recordAudit, type AuditChanges } from '../core/audit.js';
import type { Channel, Database } from '../db/database.js';
import { createClient, updateClientRecord } from '../domain/people/clients.js';
import { createMentor } from '../domain/people/mentors.js';
import { createStaff } from '../domain/staff/staff.js';
import { demoTimeZone, historyDays, programmes, type AgencyPlan, type ClientPlan } from './agency-plan.js';
import { blockedError } from './checkin-history.js';
import { addDays, localDate } from './local-time.js';
import { atMinutes, mentorStart } from './story.js';

/** The agency's people as stored: ids by the plan's keys (`coordinator` or a mentor key for staff). */
export interface SeededPeople {
  staff: Map<string, string>;
  mentors: Map<string, string>;
  clients: Map<string, string>;
  threads: Map<string, string>;
  /** Each client's and each mentor's channel account, by their key. */
  accounts: Map<string, { id: string; channel: Channel; chatId: string }>;
}

export interface PeopleOptions {
  now: Date;
  password: string;
  publicUrl: string;
}

/** The agency was set up this many days before the seeding, before its first client joined. */
const agencyDaysAgo = historyDays + 130;

/** Rows and the instants they were really made at, as a set the database can join. */
const madeAt = (rows: { id: string; at: Date }[]) =>
  sql`unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.at.toISOString())}::timestamptz[]) as x(id, at)`;

/** Dates records made at the moment of seeding back to when they were made, with the audit entries of their making. */
async function backdate(db: Kysely<Database>, table: 'mentors' | 'clients' | 'staff', rows: { id: string; at: Date }[]): Promise<void> {
  if (table !== 'staff') {
    await sql`update ${sql.table(table)} t set created_at = x.at, updated_at = x.at from ${madeAt(rows)} where t.id = x.id`.execute(db);
  }
  if (table === 'clients') await sql`update threads t set created_at = x.at from ${madeAt(rows)} where t.client_id = x.id`.execute(db);
  const action = { mentors: 'mentor.created', clients: 'client.created', staff: 'staff.created' }[table];
  await sql`update audit_log a set created_at = x.at from ${madeAt(rows)} where a.entity_id = x.id and a.action = ${action}`.execute(db);
}

async function writeStaffAndMentors(db: Kysely<Database>, plan: AgencyPlan, options: PeopleOptions, today: string) {
  const staff = new Map<string, string>();
  const mentors = new Map<string, string>();
  const accounts: SeededPeople['accounts'] = new Map();
  const setUp = atMinutes(addDays(today, -agencyDaysAgo), 9 * 60);
  const context = (actor: string, at: Date) => ({ now: at, publicUrl: options.publicUrl, actor });
  const common = { password: options.password, language: 'en', timezone: demoTimeZone };
  const coordinator = await createStaff(db, { ...plan.coordinator, role: 'coordinator', ...common }, context('admin', setUp));
  staff.set('coordinator', coordinator.staff.id);
  const byCoordinator = `staff:${coordinator.staff.id}`;
  const created: { id: string; at: Date }[] = [];
  const staffCreated = [{ id: coordinator.staff.id, at: setUp }];
  for (const [index, mentor] of plan.mentors.entries()) {
    const at = new Date(setUp.getTime() + (index + 1) * 10 * 60_000);
    const record = await createMentor(db, { name: mentor.name, role: mentor.role, languages: mentor.languages, timezone: demoTimeZone }, byCoordinator);
    created.push({ id: record.id, at });
    mentors.set(mentor.key, record.id);
    const account = await createStaff(db, { name: mentor.name, email: mentor.email, role: 'mentor', mentorId: record.id, ...common }, context(byCoordinator, at));
    staff.set(mentor.key, account.staff.id);
    staffCreated.push({ id: account.staff.id, at });
    const bound = new Date(at.getTime() + 60 * 60_000);
    const row = await db
      .insertInto('channel_accounts')
      .values({ channel: 'telegram', external_id: mentor.telegram.externalId, chat_id: mentor.telegram.chatId, mentor_id: record.id, created_at: bound, updated_at: bound })
      .returning('id')
      .executeTakeFirstOrThrow();
    accounts.set(mentor.key, { id: row.id, channel: 'telegram', chatId: mentor.telegram.chatId });
  }
  await backdate(db, 'mentors', created);
  await backdate(db, 'staff', staffCreated);
  return { staff, mentors, accounts };
}

/**
 * What happened to a client's record after intake, each with the audit
 * entry a change in the console leaves: a holiday, a new mentor, a pause,
 * an ending.
 */
async function changeOverTime(db: Kysely<Database>, client: ClientPlan, id: string, people: Omit<SeededPeople, 'threads'>, today: string): Promise<void> {
  const coordinator = `staff:${people.staff.get('coordinator') ?? ''}`;
  const [first, second] = client.mentors;
  if (first && second) {
    const at = mentorStart(today, second.sinceDaysAgo);
    const fromMentorId = people.mentors.get(first.mentor) ?? null;
    const toMentorId = people.mentors.get(second.mentor) ?? '';
    await db.updateTable('assignments').set({ ended_at: at }).where('client_id', '=', id).where('ended_at', 'is', null).execute();
    await db.insertInto('assignments').values({ client_id: id, mentor_id: toMentorId, started_at: at }).execute();
    await audit(db, coordinator, id, { mentorId: { from: fromMentorId, to: toMentorId } }, at);
  }
  if (client.holiday) {
    const at = atMinutes(addDays(today, -client.holiday.fromDaysAgo - 1), 16 * 60);
    const mentor = client.mentors.at(-1)?.mentor;
    const paused = await updateClientRecord(db, id, { checkinsPausedUntil: addDays(today, client.holiday.untilDaysAhead) }, at);
    const checkinsPausedUntil = { from: paused.before.checkins_paused_until, to: paused.after.checkins_paused_until };
    await audit(db, `staff:${(mentor && people.staff.get(mentor)) ?? ''}`, id, { checkinsPausedUntil }, at);
  }
  if (client.status !== 'active' && client.statusDaysAgo !== null) {
    const at = atMinutes(addDays(today, -client.statusDaysAgo), 10 * 60 + 20);
    const changed = await updateClientRecord(db, id, { status: client.status }, at);
    await audit(db, coordinator, id, { status: { from: changed.before.status, to: changed.after.status } }, at);
  }
}

/** The audit entry a change of a client in the console leaves, at the time it was made. */
async function audit(db: Kysely<Database>, actor: string, clientId: string, changes: AuditChanges, at: Date): Promise<void> {
  await recordAudit(db, { actor, action: 'client.updated', entityType: 'client', entityId: clientId, clientId, details: { fields: Object.keys(changes) }, changes, at });
}

/**
 * The coordinator, the mentors (each with a staff account and a Telegram
 * chat with the bot) and the clients, through the same domain functions the
 * console and the API use, then dated back to when each was made.
 */
export async function writePeople(db: Kysely<Database>, plan: AgencyPlan, options: PeopleOptions): Promise<SeededPeople> {
  const today = localDate(options.now, demoTimeZone);
  const { staff, mentors, accounts } = await writeStaffAndMentors(db, plan, options, today);
  const clients = new Map<string, string>();
  const joined: { id: string; at: Date }[] = [];
  for (const client of plan.clients) {
    const at = mentorStart(today, client.joinedDaysAgo);
    const firstMentor = client.mentors[0]?.mentor;
    const mentorId = firstMentor ? (mentors.get(firstMentor) ?? null) : null;
    const actor = `staff:${(firstMentor && staff.get(firstMentor)) ?? staff.get('coordinator') ?? ''}`;
    const record = await createClient(
      db,
      {
        name: client.name,
        mentorId,
        language: client.language,
        timezone: demoTimeZone,
        checkinTime: client.checkinTime,
        checkinDays: client.checkinDays,
        weeklySummaryDay: client.weeklySummaryDay,
        consentGiven: true,
        country: client.country,
        programme: programmes[client.programme],
      },
      actor,
      at,
    );
    clients.set(client.key, record.id);
    joined.push({ id: record.id, at });
    const bound = new Date(at.getTime() + 25 * 60_000);
    const blockedAt = client.blockedDaysAgo === null ? null : atMinutes(addDays(today, -client.blockedDaysAgo), Number(client.checkinTime.slice(0, 2)) * 60);
    const row = await db
      .insertInto('channel_accounts')
      .values({
        channel: client.account.channel,
        external_id: client.account.externalId,
        chat_id: client.account.chatId,
        client_id: record.id,
        status: blockedAt ? 'unreachable' : 'active',
        unreachable_reason: blockedAt ? blockedError : null,
        created_at: bound,
        updated_at: blockedAt ?? bound,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    accounts.set(client.key, { id: row.id, channel: client.account.channel, chatId: client.account.chatId });
  }
  await backdate(db, 'clients', joined);
  const people = { staff, mentors, clients, accounts };
  for (const client of plan.clients) await changeOverTime(db, client, clients.get(client.key) ?? '', people, today);
  const threads = await db.selectFrom('threads').select(['id', 'client_id']).execute();
  const threadOf = new Map(threads.map((thread) => [thread.client_id, thread.id]));
  return { ...people, threads: new Map(plan.clients.map((client) => [client.key, threadOf.get(clients.get(client.key) ?? '') ?? ''])) };
}

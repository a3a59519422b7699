import type { Kysely } from 'kysely';
import type { Weekday } from '../../core/fields.js';
import type { AccountStatus, Channel, ClientStatus, Database } from '../../db/database.js';
import { listAssignments } from '../assignments/assignment-history.js';
import { listAccounts } from '../people/account-access.js';
import { getClient, type ConsentMethod } from '../people/clients.js';

/** Who the client is to the service, as `client.json` holds it. */
export interface ExportedClient {
  profile: {
    id: string;
    name: string;
    phone: string | null;
    language: string;
    timezone: string;
    country: string | null;
    programme: string | null;
    status: ClientStatus;
    createdAt: Date;
    updatedAt: Date;
    endedAt: Date | null;
  };
  consent: { given: boolean; recordedAt: Date | null; method: ConsentMethod | null };
  checkinSettings: {
    time: string;
    days: Weekday[];
    weeklySummaryDay: Weekday;
    pausedUntil: string | null;
    /** Set while the client has stopped the daily question themselves. */
    stoppedAt: Date | null;
  };
  /** Their mentors, first first; the one without `endedAt` is theirs now. */
  assignments: Array<{ mentorName: string; startedAt: Date; endedAt: Date | null }>;
  /** Which messengers reached them and when: never the platform's ids or chats. */
  channelAccounts: Array<{ channel: Channel; status: AccountStatus; createdAt: Date; revokedAt: Date | null }>;
}

export async function exportedClient(db: Kysely<Database>, clientId: string): Promise<ExportedClient> {
  const client = await getClient(db, clientId);
  const [extra, assignments, accounts] = await Promise.all([
    db.selectFrom('clients').select(['checkins_stopped_at', 'ended_at']).where('id', '=', clientId).executeTakeFirstOrThrow(),
    listAssignments(db, clientId),
    listAccounts(db, { clientId }),
  ]);
  const mentorIds = [...new Set(assignments.map((a) => a.mentorId))];
  const mentors = mentorIds.length === 0 ? [] : await db.selectFrom('mentors').select(['id', 'name']).where('id', 'in', mentorIds).execute();
  const mentorName = new Map(mentors.map((m) => [m.id, m.name]));
  return {
    profile: {
      id: client.id,
      name: client.name,
      phone: client.phone,
      language: client.language,
      timezone: client.timezone,
      country: client.country,
      programme: client.programme,
      status: client.status,
      createdAt: client.createdAt,
      updatedAt: client.updatedAt,
      endedAt: extra.ended_at,
    },
    consent: { given: client.consentGiven, recordedAt: client.consentAt, method: client.consentMethod },
    checkinSettings: {
      time: client.checkinTime,
      days: client.checkinDays,
      weeklySummaryDay: client.weeklySummaryDay,
      pausedUntil: client.checkinsPausedUntil,
      stoppedAt: extra.checkins_stopped_at,
    },
    assignments: assignments
      .map((a) => ({ mentorName: mentorName.get(a.mentorId) ?? '', startedAt: a.startedAt, endedAt: a.endedAt }))
      .reverse(),
    channelAccounts: accounts.map((a) => ({ channel: a.channel, status: a.status, createdAt: a.createdAt, revokedAt: a.revokedAt })),
  };
}

import { listAssignments } from '../../../domain/assignments/assignment-history.js';
import { clientRow, type ClientRow } from '../../../domain/caseload/client-directory.js';
import { listCaseNotes, type CaseNote } from '../../../domain/caseload/console-notes.js';
import { moodHistory } from '../../../domain/checkins/mood-history.js';
import { interpretersFor, listInterpreterAssignments, type InterpreterAssignment } from '../../../domain/interpreting/interpreter-assignment.js';
import { viaModeOn } from '../../../domain/interpreting/via-interpreter.js';
import { listAccounts, whatsappWindowMs, type AccountRecord } from '../../../domain/people/account-access.js';
import { getClient, type Client } from '../../../domain/people/clients.js';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { listInvites, type InviteRecord } from '../../../domain/people/invites.js';
import { findMentor, listMentors } from '../../../domain/people/mentors.js';
import type { Staff } from '../../../domain/staff/staff-record.js';
import { listTasks, type Task } from '../../../domain/tasks/tasks.js';
import { clientTimeline, timelineWatermark, type TimelineItem } from '../../../domain/threads/timeline.js';
import type { HttpDeps } from '../../http-deps.js';

/** How many of the latest events the page shows; older ones are in the thread's history. */
export const timelineLength = 200;
const moodDays = 90;

export interface ClientPageData {
  context: ClientContext;
  client: Client;
  row: ClientRow;
  timeline: TimelineItem[];
  /** Where the timeline's updates start: the latest change it shows. */
  liveSince: Date;
  moods: Array<{ date: string; mood: number | null }>;
  tasks: Task[];
  notes: CaseNote[];
  assignments: Array<{ mentorName: string; startedAt: Date; endedAt: Date | null }>;
  accounts: ShownAccount[];
  /** Invites that can still be used. */
  openInvites: InviteRecord[];
  /** The mentors a coordinator can move the client to; null for a mentor, who cannot. */
  mentorChoices: Array<{ id: string; name: string }> | null;
  /** Whether the staff member works as the client's mentor: they write as the mentor. */
  ownClient: boolean;
  /** Whether what the client's mentor writes goes through the interpreter unless they say otherwise (their /via mode). */
  viaMode: boolean;
  /** For a coordinator: who interpreted for the client, and whom they can be given. */
  interpreting: { assignments: InterpreterAssignment[]; choices: Array<{ id: string; name: string }> } | null;
}

/** An account as the page shows it: WhatsApp's 24-hour window with it, where the transport keeps one. */
export type ShownAccount = AccountRecord & { window: { open: boolean; until: Date } | null };

/** The Cloud API's 24-hour window of a WhatsApp account, once its person has written. */
function whatsappWindow(account: AccountRecord, now: Date): ShownAccount['window'] {
  if (account.channel !== 'whatsapp' || account.lastInboundAt === null) return null;
  const until = new Date(account.lastInboundAt.getTime() + whatsappWindowMs);
  return { open: until > now, until };
}

/** Everything a client's page shows, read for a staff member who may see the client. */
export async function loadClientPage(deps: Pick<HttpDeps, 'db' | 'clock'>, staff: Staff, context: ClientContext): Promise<ClientPageData> {
  const { db } = deps;
  const now = deps.clock();
  const coordinator = staff.role === 'coordinator';
  const mentor = context.mentor ?? context.inactiveMentor;
  const ownClient = staff.mentorId !== null && mentor?.id === staff.mentorId;
  const [client, row, timeline, moods, tasks, notes, assignments, accounts, invites, mentors, interpreting, viaMode] = await Promise.all([
    getClient(db, context.id),
    clientRow(db, context.id, now),
    clientTimeline(db, context.id, { limit: timelineLength, withNotes: true }),
    moodHistory(db, context.id, { now, days: moodDays }),
    listTasks(db, context.id),
    listCaseNotes(db, context.id),
    listAssignments(db, context.id),
    listAccounts(db, { clientId: context.id }),
    listInvites(db, { clientId: context.id }, now),
    coordinator ? listMentors(db, { active: true, limit: 200 }) : undefined,
    coordinator ? Promise.all([listInterpreterAssignments(db, context.id), interpretersFor(db, context.language)]) : undefined,
    ownClient && staff.mentorId !== null && context.interpreter ? viaModeOn(db, staff.mentorId) : false,
  ]);
  if (!row) throw new Error(`client ${context.id} has no row`);
  const names = new Map<string, string>();
  for (const mentorId of new Set(assignments.map((a) => a.mentorId))) names.set(mentorId, (await findMentor(db, mentorId))?.name ?? '');
  return {
    context,
    client,
    row,
    timeline,
    liveSince: timelineWatermark(timeline, new Date(0)),
    moods,
    tasks,
    notes,
    assignments: assignments.map((a) => ({ mentorName: names.get(a.mentorId) ?? '', startedAt: a.startedAt, endedAt: a.endedAt })),
    accounts: accounts.map((account) => ({ ...account, window: whatsappWindow(account, now) })),
    openInvites: invites.filter((invite) => invite.status === 'open'),
    mentorChoices: mentors ? mentors.items.map((m) => ({ id: m.id, name: m.name })) : null,
    ownClient,
    viaMode,
    interpreting: interpreting ? { assignments: interpreting[0], choices: interpreting[1] } : null,
  };
}

import type { Kysely } from 'kysely';
import type { Database, PendingAction } from '../db/database.js';
import { setPendingAction, type MentorAccount } from './accounts.js';
import { uuidSource } from './choice-ids.js';
import type { ConversationDeps } from './conversation-deps.js';
import { ConflictError } from './errors.js';
import { mentorCaseload } from './mentor-clients.js';
import { enqueueDeliveries, type Choice } from './outbound.js';
import { assignedClient, isAssigned, loadClientContext, type MentorContext } from './people.js';
import { textTo } from './relay.js';
import { approveTask, cancelTask, createTask, requestRedo } from './tasks.js';

type TaskDraft = Extract<PendingAction, { type: 'task' }>;

const maxTitleLength = 200;
const mentorTaskChoice = new RegExp(`^(?:task:(approve|redo|cancel):(${uuidSource})|taskfor:(${uuidSource})|taskdue:(today|tomorrow|none)|taskws:none)$`);

function sayTo(db: Kysely<Database>, deps: ConversationDeps, account: MentorAccount, mentor: MentorContext) {
  return (id: string, args?: Record<string, string>, extra?: Parameters<typeof textTo>[2]) =>
    enqueueDeliveries(db, [textTo(account, deps.translator.t(mentor.language, id, args), extra)]);
}

/** 'YYYY-MM-DD' of the day `offsetDays` after today in a time zone: today read in the zone, then calendar days added. */
function localDate(now: Date, timeZone: string, offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + offsetDays)).toISOString().slice(0, 10);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A due date as a mentor types it: 2026-11-25, 25.11.2026, 25.11 or 25/11.
 * Without a year it is the next such day from today.
 */
export function parseDueDate(text: string, today: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const dotted = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?$/.exec(text.trim());
  let [year, month, day] = [0, 0, 0];
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dotted) {
    [day, month] = [Number(dotted[1]), Number(dotted[2])];
    year = dotted[3] ? Number(dotted[3]) : Number(today.slice(0, 4));
  } else return null;
  if (!isCalendarDate(year, month, day)) return null;
  let date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (dotted && !dotted[3] && date < today && isCalendarDate(year + 1, month, day)) date = `${year + 1}${date.slice(4)}`;
  return date < today ? null : date;
}

/** The mentor's /task: for the client it is about, or first the choice of a client. */
export async function startTask(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  clientId: string | undefined,
  title: string,
): Promise<void> {
  const say = sayTo(db, deps, account, mentor);
  if (!clientId) {
    const caseload = await mentorCaseload(db, mentor.id, deps.clock());
    if (caseload.length === 0) return say('clients-none');
    const choices: Choice[][] = caseload.map((c) => [{ data: `taskfor:${c.clientId}`, label: c.name }]);
    return say('task-choose-client', undefined, { choices });
  }
  const client = await loadClientContext(db, clientId);
  if (!client) return;
  if (title) return continueTask(db, deps, account, mentor, { type: 'task', clientId, step: 'title' }, title, undefined);
  await setPendingAction(db, account.id, { type: 'task', clientId, step: 'title' });
  return say('task-ask-title', { name: client.name });
}

/** The next answer while a mentor is setting a task: its title, its due date, then a worksheet. */
export async function continueTask(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  draft: TaskDraft,
  text: string | null,
  worksheet: { mediaId: string } | undefined,
): Promise<void> {
  const say = sayTo(db, deps, account, mentor);
  const client = await assignedClient(db, mentor.id, draft.clientId);
  if (!client) {
    await setPendingAction(db, account.id, null);
    return say('not-your-client');
  }
  const dueChoices: Choice[][] = [
    [
      { data: 'taskdue:today', label: deps.translator.t(mentor.language, 'task-due-today') },
      { data: 'taskdue:tomorrow', label: deps.translator.t(mentor.language, 'task-due-tomorrow') },
    ],
    [{ data: 'taskdue:none', label: deps.translator.t(mentor.language, 'task-due-none') }],
  ];
  switch (draft.step) {
    case 'title': {
      const title = text?.trim().slice(0, maxTitleLength);
      if (!title) return say('task-ask-title', { name: client.name });
      await setPendingAction(db, account.id, { type: 'task', clientId: client.id, step: 'due', title });
      return say('task-ask-due', { title }, { choices: dueChoices });
    }
    case 'due': {
      const timezone = await clientTimezone(db, client.id);
      const dueDate = text === null ? null : parseDueDate(text, localDate(deps.clock(), timezone));
      if (dueDate === null) return say('task-due-invalid', undefined, { choices: dueChoices });
      return askForWorksheet(db, deps, account, mentor, { ...draft, step: 'worksheet', dueDate });
    }
    case 'worksheet':
      if (!worksheet) return askForWorksheet(db, deps, account, mentor, draft);
      return finishTask(db, deps, account, mentor, draft, worksheet.mediaId);
  }
}

async function finishTask(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  draft: Extract<TaskDraft, { step: 'worksheet' }>,
  worksheetMediaId: string | null,
): Promise<void> {
  await setPendingAction(db, account.id, null);
  const client = await assignedClient(db, mentor.id, draft.clientId);
  if (!client) return sayTo(db, deps, account, mentor)('not-your-client');
  await createTask(
    db,
    deps.translator,
    { clientId: client.id, title: draft.title, dueDate: draft.dueDate, worksheetMediaId, mentorId: mentor.id },
    `mentor:${mentor.id}`,
  );
  await sayTo(db, deps, account, mentor)('task-created', { name: client.name, title: draft.title }, { aboutClientId: client.id });
}

async function askForWorksheet(db: Kysely<Database>, deps: ConversationDeps, account: MentorAccount, mentor: MentorContext, draft: TaskDraft) {
  await setPendingAction(db, account.id, draft);
  await sayTo(db, deps, account, mentor)('task-ask-worksheet', undefined, {
    choices: [[{ data: 'taskws:none', label: deps.translator.t(mentor.language, 'task-no-worksheet') }]],
  });
}

async function clientTimezone(db: Kysely<Database>, clientId: string): Promise<string> {
  const row = await db.selectFrom('clients').select('timezone').where('id', '=', clientId).executeTakeFirstOrThrow();
  return row.timezone;
}

/** The mentor's buttons about tasks. Returns false for any other choice. */
export async function handleMentorTaskChoice(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  data: string,
): Promise<boolean> {
  const match = mentorTaskChoice.exec(data);
  if (!match) return false;
  const [, review, taskId, forClient, due] = match;
  const say = sayTo(db, deps, account, mentor);
  const pending = account.pending_action;

  if (forClient !== undefined) {
    await startTask(db, deps, account, mentor, (await isAssigned(db, mentor.id, forClient)) ? forClient : undefined, '');
    return true;
  }
  if (due !== undefined || data === 'taskws:none') {
    const step = due !== undefined ? 'due' : 'worksheet';
    if (pending?.type !== 'task' || pending.step !== step) {
      await say('task-nothing-waiting');
      return true;
    }
    if (pending.step === 'due' && due !== undefined) {
      const timezone = await clientTimezone(db, pending.clientId);
      const dueDate = due === 'none' ? null : localDate(deps.clock(), timezone, due === 'tomorrow' ? 1 : 0);
      await askForWorksheet(db, deps, account, mentor, { ...pending, step: 'worksheet', dueDate });
    } else if (pending.step === 'worksheet') {
      await finishTask(db, deps, account, mentor, pending, null);
    }
    return true;
  }

  const task = await db.selectFrom('tasks').select(['id', 'client_id', 'title', 'status']).where('id', '=', taskId ?? '').executeTakeFirst();
  if (!task || !(await isAssigned(db, mentor.id, task.client_id))) {
    await say('not-your-client');
    return true;
  }
  const client = await loadClientContext(db, task.client_id);
  if (review === 'cancel') {
    if (task.status !== 'assigned' && task.status !== 'submitted') {
      await say('task-not-open-mentor', { title: task.title });
      return true;
    }
    await cancelTask(db, deps.translator, task.id, `mentor:${mentor.id}`, deps.clock());
    await say('task-cancelled-mentor', { title: task.title }, { aboutClientId: task.client_id });
    return true;
  }
  if (task.status !== 'submitted' || !client) {
    await say('task-not-reviewable', { title: task.title }, { aboutClientId: task.client_id });
    return true;
  }
  if (review === 'approve') {
    await approveTask(db, deps.translator, task.id, `mentor:${mentor.id}`, deps.clock());
    return true;
  }
  await setPendingAction(db, account.id, { type: 'redo', taskId: task.id });
  await say('task-redo-prompt', { name: client.name, title: task.title }, { aboutClientId: task.client_id });
  return true;
}

/** The mentor's comment on what to redo, sent to the client. */
export async function saveRedoComment(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  taskId: string,
  comment: string,
): Promise<void> {
  const say = sayTo(db, deps, account, mentor);
  await setPendingAction(db, account.id, null);
  const task = await db.selectFrom('tasks').select(['client_id', 'title']).where('id', '=', taskId).executeTakeFirst();
  if (!task || !(await isAssigned(db, mentor.id, task.client_id))) return say('not-your-client');
  try {
    await requestRedo(db, deps.translator, taskId, comment, `mentor:${mentor.id}`, deps.clock());
  } catch (error) {
    // Approved or cancelled while the mentor was writing.
    if (!(error instanceof ConflictError)) throw error;
    return say('task-not-reviewable', { title: task.title });
  }
}

/** The mentor's /tasks: the client's open tasks, each with a button to take it off their list. */
export async function listMentorTasks(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: MentorAccount,
  mentor: MentorContext,
  clientId: string,
): Promise<void> {
  const say = sayTo(db, deps, account, mentor);
  const client = await loadClientContext(db, clientId);
  if (!client) return;
  const t = (id: string, args?: Record<string, string>) => deps.translator.t(mentor.language, id, args);
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'title', 'due_date', 'status'])
    .where('client_id', '=', clientId)
    .where('status', 'in', ['assigned', 'submitted'])
    .orderBy('created_at')
    .execute();
  if (tasks.length === 0) return say('mentor-tasks-none', { name: client.name }, { aboutClientId: clientId });
  const lines = tasks.map((task) =>
    t('mentor-tasks-row', { title: task.title, due: task.due_date ?? '–', status: t(`task-status-${task.status}`) }),
  );
  const choices: Choice[][] = tasks.map((task) => [{ data: `task:cancel:${task.id}`, label: `✖ ${task.title.slice(0, 40)}` }]);
  await enqueueDeliveries(db, [
    textTo(account, [t('mentor-tasks-header', { name: client.name }), ...lines].join('\n'), { choices, aboutClientId: clientId }),
  ]);
}

import { ConflictError } from '../../core/errors.js';
import type { PendingAction } from '../../db/database.js';
import { textTo } from '../../outbox/enqueue.js';
import type { Choice } from '../../outbox/payload.js';
import { mentorCaseload } from '../caseload/caseload.js';
import { setPendingAction } from '../people/accounts.js';
import { assignedClient, isAssigned, loadClientContext, type MentorContext } from '../people/contexts.js';
import type { Turn } from '../turn/turn.js';
import { localDate, parseDueDate } from './due-dates.js';
import { noWorksheetChoice, taskDueChoice, taskForChoice, taskReviewChoice } from './task-choices.js';
import { approveTask, cancelTask, createTask, requestRedo } from './tasks.js';

type TaskDraft = Extract<PendingAction, { type: 'task' }>;
type MentorTurn = Turn<MentorContext>;

const maxTitleLength = 200;

/** The mentor's /task: for the client it is about, or first the choice of a client. */
export async function startTask(turn: MentorTurn, clientId: string | undefined, title: string): Promise<void> {
  if (!clientId) {
    const caseload = await mentorCaseload(turn.db, turn.person.id, turn.now);
    if (caseload.length === 0) return turn.say('clients-none');
    const choices: Choice[][] = caseload.map((c) => [taskForChoice.option({ clientId: c.clientId }, c.name)]);
    return turn.say('task-choose-client', undefined, { choices });
  }
  const client = await loadClientContext(turn.db, clientId);
  if (!client) return;
  if (title) return continueTask(turn, { type: 'task', clientId, step: 'title' }, title, undefined);
  await setPendingAction(turn.db, turn.account.id, { type: 'task', clientId, step: 'title' });
  turn.say('task-ask-title', { name: client.name });
}

/** The next answer while a mentor is setting a task: its title, its due date, then a worksheet. */
export async function continueTask(
  turn: MentorTurn,
  draft: TaskDraft,
  text: string | null,
  worksheet: { mediaId: string } | undefined,
): Promise<void> {
  const client = await assignedClient(turn.db, turn.person.id, draft.clientId);
  if (!client) {
    await setPendingAction(turn.db, turn.account.id, null);
    return turn.say('not-your-client');
  }
  const dueChoices: Choice[][] = [
    [taskDueChoice.option({ when: 'today' }, turn.t('task-due-today')), taskDueChoice.option({ when: 'tomorrow' }, turn.t('task-due-tomorrow'))],
    [taskDueChoice.option({ when: 'none' }, turn.t('task-due-none'))],
  ];
  switch (draft.step) {
    case 'title': {
      const title = text?.trim().slice(0, maxTitleLength);
      if (!title) return turn.say('task-ask-title', { name: client.name });
      await setPendingAction(turn.db, turn.account.id, { type: 'task', clientId: client.id, step: 'due', title });
      return turn.say('task-ask-due', { title }, { choices: dueChoices });
    }
    case 'due': {
      const dueDate = text === null ? null : parseDueDate(text, localDate(turn.now, client.timezone));
      if (dueDate === null) return turn.say('task-due-invalid', undefined, { choices: dueChoices });
      return askForWorksheet(turn, { ...draft, step: 'worksheet', dueDate });
    }
    case 'worksheet':
      if (!worksheet) return askForWorksheet(turn, draft);
      return finishTask(turn, draft, worksheet.mediaId);
  }
}

async function finishTask(turn: MentorTurn, draft: Extract<TaskDraft, { step: 'worksheet' }>, worksheetMediaId: string | null): Promise<void> {
  await setPendingAction(turn.db, turn.account.id, null);
  const mentor = turn.person;
  const client = await assignedClient(turn.db, mentor.id, draft.clientId);
  if (!client) return turn.say('not-your-client');
  await createTask(
    turn,
    { clientId: client.id, title: draft.title, dueDate: draft.dueDate, worksheetMediaId, mentorId: mentor.id },
    `mentor:${mentor.id}`,
  );
  turn.say('task-created', { name: client.name, title: draft.title }, { aboutClientId: client.id });
}

async function askForWorksheet(turn: MentorTurn, draft: TaskDraft): Promise<void> {
  await setPendingAction(turn.db, turn.account.id, draft);
  turn.say('task-ask-worksheet', undefined, { choices: [[noWorksheetChoice.option({ answer: 'none' }, turn.t('task-no-worksheet'))]] });
}

/** The mentor's buttons about tasks. Returns false for any other choice. */
export async function handleMentorTaskChoice(turn: MentorTurn, data: string): Promise<boolean> {
  const { db, person: mentor } = turn;
  const pending = turn.account.pending_action;

  const forClient = taskForChoice.match(data);
  if (forClient) {
    await startTask(turn, (await isAssigned(db, mentor.id, forClient.clientId)) ? forClient.clientId : undefined, '');
    return true;
  }
  const due = taskDueChoice.match(data);
  const noWorksheet = noWorksheetChoice.match(data);
  if (due || noWorksheet) {
    const step = due ? 'due' : 'worksheet';
    if (pending?.type !== 'task' || pending.step !== step) {
      turn.say('task-nothing-waiting');
      return true;
    }
    if (pending.step === 'due' && due) {
      const client = await loadClientContext(db, pending.clientId);
      const timezone = client?.timezone ?? 'UTC';
      const dueDate = due.when === 'none' ? null : localDate(turn.now, timezone, due.when === 'tomorrow' ? 1 : 0);
      await askForWorksheet(turn, { ...pending, step: 'worksheet', dueDate });
    } else if (pending.step === 'worksheet') {
      await finishTask(turn, pending, null);
    }
    return true;
  }

  const review = taskReviewChoice.match(data);
  if (!review) return false;
  const task = await db.selectFrom('tasks').select(['id', 'client_id', 'title', 'status']).where('id', '=', review.taskId).executeTakeFirst();
  if (!task || !(await isAssigned(db, mentor.id, task.client_id))) {
    turn.say('not-your-client');
    return true;
  }
  const client = await loadClientContext(db, task.client_id);
  if (review.action === 'cancel') {
    if (task.status !== 'assigned' && task.status !== 'submitted') {
      turn.say('task-not-open-mentor', { title: task.title });
      return true;
    }
    await cancelTask(turn, task.id, `mentor:${mentor.id}`);
    turn.say('task-cancelled-mentor', { title: task.title }, { aboutClientId: task.client_id });
    return true;
  }
  if (task.status !== 'submitted' || !client) {
    turn.say('task-not-reviewable', { title: task.title }, { aboutClientId: task.client_id });
    return true;
  }
  if (review.action === 'approve') {
    await approveTask(turn, task.id, `mentor:${mentor.id}`);
    return true;
  }
  await setPendingAction(db, turn.account.id, { type: 'redo', taskId: task.id });
  turn.say('task-redo-prompt', { name: client.name, title: task.title }, { aboutClientId: task.client_id });
  return true;
}

/** The mentor's comment on what to redo, sent to the client. */
export async function saveRedoComment(turn: MentorTurn, taskId: string, comment: string): Promise<void> {
  const { db, person: mentor } = turn;
  await setPendingAction(db, turn.account.id, null);
  const task = await db.selectFrom('tasks').select(['client_id', 'title']).where('id', '=', taskId).executeTakeFirst();
  if (!task || !(await isAssigned(db, mentor.id, task.client_id))) return turn.say('not-your-client');
  try {
    await requestRedo(turn, taskId, comment, `mentor:${mentor.id}`);
  } catch (error) {
    // Approved or cancelled while the mentor was writing.
    if (!(error instanceof ConflictError)) throw error;
    turn.say('task-not-reviewable', { title: task.title });
  }
}

/** The mentor's /tasks: the client's open tasks, each with a button to take it off their list. */
export async function listMentorTasks(turn: MentorTurn, clientId: string): Promise<void> {
  const client = await loadClientContext(turn.db, clientId);
  if (!client) return;
  const { t } = turn;
  const tasks = await turn.db
    .selectFrom('tasks')
    .select(['id', 'title', 'due_date', 'status'])
    .where('client_id', '=', clientId)
    .where('status', 'in', ['assigned', 'submitted'])
    .orderBy('created_at')
    .execute();
  if (tasks.length === 0) return turn.say('mentor-tasks-none', { name: client.name }, { aboutClientId: clientId });
  const lines = tasks.map((task) => t('mentor-tasks-row', { title: task.title, due: task.due_date ?? '–', status: t(`task-status-${task.status}`) }));
  const choices: Choice[][] = tasks.map((task) => [taskReviewChoice.option({ action: 'cancel', taskId: task.id }, `✖ ${task.title.slice(0, 40)}`)]);
  turn.send(textTo(turn.account, [t('mentor-tasks-header', { name: client.name }), ...lines].join('\n'), { choices, aboutClientId: clientId }));
}

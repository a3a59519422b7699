import type { MentorPlan } from './agency-plan.js';
import type { Actor, HistoryTask } from './history.js';
import { addDays } from './local-time.js';
import { inflect, programmeTopics, type Phrasebook, type TaskIdea } from './phrasebook.js';
import { phrasebookFor } from './phrasebooks.js';
import type { PhotoSpec } from './photos.js';
import { atMinutes, type Story } from './story.js';

const minute = 60_000;
const hour = 60 * minute;
/** Praise phrases for a task approved (task-praise-1 … task-praise-5 in the catalogs). */
const praisePhrases = 5;
/** Local time a task due today is brought to mind, by default (TASK_REMINDER_TIME). */
const dueReminderMinutes = 9 * 60;

type Outcome = 'open' | 'awaiting-review' | 'approved' | 'approved-without-photo' | 'redone' | 'cancelled' | 'overdue';

/** A due date as the bot writes it in a task (i18n/format-date.ts): "Wednesday, 25 November". */
function spokenDate(language: string, date: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** What a task's photo shows, in the client's words where it has words. */
function evidencePhoto(story: Story, idea: TaskIdea, book: Phrasebook, variant: number): PhotoSpec {
  const words: Partial<Record<PhotoSpec['subject'], string>> = { done: book.done, cv: 'CV', page: 'Latviešu valoda' };
  return { subject: idea.subject, hue: story.random.int(0, 359), variant, word: words[idea.subject] ?? null };
}

function decideOutcome(story: Story, createdDate: string, dueDate: string | null): Outcome {
  const { random } = story;
  const age = story.daysAgo(createdDate);
  if (age <= 2) return random.pick(['open', 'open', 'open', 'awaiting-review', 'awaiting-review', 'approved']);
  const roll = random.next();
  if (roll < 0.62) return 'approved';
  if (roll < 0.7) return 'approved-without-photo';
  if (roll < 0.76) return 'redone';
  if (roll < 0.84) return 'cancelled';
  if (roll < 0.87 && dueDate !== null && story.daysAgo(dueDate) >= 1 && story.daysAgo(dueDate) <= 10) return 'overdue';
  return 'approved';
}

/** How the mentor acted: in the bot, or in the console as their staff account. */
function actorOf(story: Story, mentor: MentorPlan): Actor {
  return story.random.chance(0.7) ? { mentor: mentor.key } : { staff: mentor.key };
}

/**
 * One task from being set to its end: sent to the client with its worksheet,
 * shown done with a photo (or without), approved with praise, sent back to
 * redo, cancelled, or still open, overdue or waiting for the mentor's look.
 */
interface TaskStart {
  idea: TaskIdea;
  mentor: MentorPlan;
  createdAt: Date;
  dueDate: string | null;
  outcome: Outcome;
  /** Tasks of the client's approved before this one, so praise phrases take turns. */
  approvedBefore: number;
}

function writeTask(story: Story, book: Phrasebook, { idea, mentor, createdAt, dueDate, outcome, approvedBefore }: TaskStart): HistoryTask {
  const { random, world, client, now } = story;
  const { history, catalog } = world;
  const t = (id: string, args: Record<string, string>) => catalog.t(client.language, id, args);
  const ref = story.ref('task');
  const audit = (action: (typeof history.audit)[number]['action'], at: Date) =>
    history.audit.push({ action, actor: actorOf(story, mentor), task: ref, client: client.key, at });

  const worksheet = idea.subject === 'worksheet' ? story.photo({ subject: 'worksheet', hue: random.int(0, 359), variant: 0, word: null }) : null;
  const label = t('from-mentor', { mentor: mentor.name });
  const lines = [label, t('task-assigned', { title: idea.title }), idea.details, dueDate ? t('task-due', { date: spokenDate(client.language, dueDate) }) : null, t('task-how-to-show', {})];
  story.noticeFromMentor(
    createdAt,
    mentor,
    lines.filter((line): line is string => line !== null).join('\n'),
    worksheet ? [{ kind: 'photo', mediaId: worksheet, caption: t('task-worksheet', { title: idea.title }) }] : [],
  );
  audit('task.create', createdAt);

  const task: HistoryTask = {
    ref,
    client: client.key,
    mentor: mentor.key,
    title: idea.title,
    details: idea.details,
    dueDate,
    worksheet,
    status: 'assigned',
    mentorComment: null,
    createdAt,
    updatedAt: createdAt,
    submittedAt: null,
    approvedAt: null,
    dueRemindedAt: null,
  };
  history.tasks.push(task);

  const latest = new Date(now.getTime() - 45 * minute);
  const deadline = dueDate ? atMinutes(dueDate, 20 * 60) : new Date(createdAt.getTime() + 3 * 24 * hour);
  const submit = (after: Date, withPhoto: boolean, variant: number, by = deadline): Date | null => {
    const end = Math.min(by.getTime(), latest.getTime());
    const start = after.getTime() + 3 * hour;
    if (end <= start) return null;
    const at = story.later(new Date(start + random.next() * (end - start)), 0);
    if (at > latest) return null;
    if (withPhoto) {
      const photo = story.photo(evidencePhoto(story, idea, book, variant));
      const caption = random.chance(0.7) ? random.pick(book.captions) : null;
      const message = story.clientWrites(at, caption === null ? null : inflect(caption, client.gender), photo, { evidence: true });
      history.evidence.push({ task: ref, photo, message: message.ref, caption: message.text, at });
    }
    story.toClient(new Date(at.getTime() + 500), { kind: 'text', text: t('task-received', { title: idea.title }) }, null);
    Object.assign(task, { status: 'submitted', submittedAt: at, updatedAt: at });
    return at;
  };
  const approve = (after: Date): void => {
    const at = story.later(after, random.int(60, 20 * 60));
    if (at > latest) return;
    const phrase = (approvedBefore % praisePhrases) + 1;
    story.noticeFromMentor(at, mentor, [label, t(`task-praise-${phrase}`, { title: idea.title })].join('\n'));
    audit('task.approve', at);
    Object.assign(task, { status: 'approved', approvedAt: at, updatedAt: at });
  };

  if (outcome === 'cancelled') {
    const at = story.later(createdAt, random.int(24 * 60, 4 * 24 * 60));
    if (at < latest) {
      story.noticeFromMentor(at, mentor, [label, t('task-cancelled', { title: idea.title })].join('\n'));
      audit('task.cancel', at);
      Object.assign(task, { status: 'cancelled', updatedAt: at });
    }
  } else if (outcome === 'redone') {
    const first = submit(createdAt, true, 1);
    const redoAt = first && story.later(first, random.int(60, 300));
    if (redoAt && redoAt < latest) {
      const comment = random.pick(book.redoComments);
      story.noticeFromMentor(redoAt, mentor, [label, t('task-redo', { title: idea.title }), comment].join('\n'));
      audit('task.redo', redoAt);
      Object.assign(task, { status: 'assigned', mentorComment: comment, submittedAt: null, updatedAt: redoAt });
      const second = submit(redoAt, true, 3, new Date(redoAt.getTime() + 3 * 24 * hour));
      if (second) approve(second);
    }
  } else if (outcome !== 'open' && outcome !== 'overdue') {
    const shown = submit(createdAt, outcome !== 'approved-without-photo', random.int(1, 3));
    if (shown && outcome !== 'awaiting-review') approve(shown);
  }

  if (dueDate) {
    const reminder = new Date(atMinutes(dueDate, dueReminderMinutes).getTime() + random.int(5, 50) * 1000);
    const stillOpen = task.submittedAt === null ? task.status === 'assigned' : task.submittedAt > reminder;
    if (reminder <= now && stillOpen) {
      task.dueRemindedAt = reminder;
      story.toClient(reminder, { kind: 'text', text: t('task-due-reminder', { title: idea.title }) }, null, 'bulk');
    }
  }
  return task;
}

/**
 * Tasks every week or two from a client's mentor, on what their programme
 * is about. The last one of someone going quiet is overdue.
 */
export function writeTasks(story: Story): void {
  const { client, random, now } = story;
  if (client.mentors.length === 0) return;
  const book = phrasebookFor(client.language);
  const topics = programmeTopics[client.programme];
  const ideas = random.shuffle(book.tasks.filter((idea) => topics.includes(idea.topic)));
  const starts: { date: string; at: Date; mentor: MentorPlan }[] = [];
  for (let index = random.int(2, 6); index < story.days.length; index += random.int(9, 18)) {
    const date = story.days[index];
    if (!date || !story.talks(date)) continue;
    const at = atMinutes(date, random.int(10 * 60, 16 * 60 + 30));
    const mentor = story.mentorAt(at);
    if (mentor && at < new Date(now.getTime() - hour)) starts.push({ date, at, mentor });
  }
  const behind = client.quietDays > 0;
  const lastOld = starts.findLastIndex((start) => story.daysAgo(start.date) >= 3);
  let approvedBefore = 0;
  starts.forEach((start, index) => {
    const idea = ideas[index % ideas.length];
    if (!idea) return;
    const planned = random.chance(0.85) ? addDays(start.date, random.int(2, 6)) : null;
    const outcome = behind && index === lastOld ? 'overdue' : decideOutcome(story, start.date, planned);
    const dueDate = outcome === 'overdue' && (planned === null || planned >= story.today) ? addDays(start.date, 2) : planned;
    const task = writeTask(story, book, { idea, mentor: start.mentor, createdAt: start.at, dueDate, outcome, approvedBefore });
    if (task.status === 'approved') approvedBefore += 1;
  });
}

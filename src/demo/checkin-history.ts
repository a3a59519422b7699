import { lowMoodThreshold } from '../domain/checkins/answers.js';
import { moodQuestion } from '../domain/checkins/mood-question.js';
import { historyDays, type MoodCourse } from './agency-plan.js';
import { followUp } from './follow-up.js';
import type { HistoryCheckin } from './history.js';
import { addDays } from './local-time.js';
import { atMinutes, type Story } from './story.js';

const second = 1000;
const minute = 60 * second;
/** As long as a question waits before its reminder, by default (CHECKIN_REMINDER_AFTER). */
const reminderAfterMs = 3 * 60 * minute;
/** Missed questions in a row that alert the mentor, by default (CHECKIN_MISSED_ALERT). */
const missedInARowAlert = 2;
/** The crisis happened this many days before today. */
export const crisisDaysAgo = 4;
/** Why a prompt to someone who blocked the bot failed, as Telegram says it. */
export const blockedError = 'Forbidden: bot was blocked by the user';

/** The mood a course has reached at `progress` (0 ninety days ago, 1 today), before the day's ups and downs. */
function courseMood(course: MoodCourse, progress: number, phase: number): number {
  const wave = (cycles: number) => Math.sin(2 * Math.PI * (progress * cycles + phase));
  switch (course) {
    case 'steady':
      return 4 + 0.3 * wave(2);
    case 'improving':
      return 2.9 + 1.4 * progress;
    case 'declining':
      return 4.2 - 1.9 * progress ** 2;
    case 'struggling':
      return 3.1 + 0.4 * wave(2);
    case 'uneven':
      return 3.6 + 0.8 * wave(3);
  }
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The daily question as the scheduler asked it and the client answered:
 * asked at their time on their days, answered within minutes (now and then
 * only after the reminder three hours later), or missed; today's only if
 * its time has come. The checkins rows are laid out first, so a declining
 * client's last answer can be made a low one before anything is said of it.
 */
function planCheckins(story: Story): HistoryCheckin[] {
  const { client, random, now } = story;
  const phase = random.next();
  const rows: HistoryCheckin[] = [];
  for (const date of story.days) {
    if (!story.isAsked(date)) continue;
    const promptedAt = new Date(atMinutes(date, minutesOf(client.checkinTime)).getTime() + random.int(1, 40) * second);
    if (promptedAt > now) continue;
    const ago = story.daysAgo(date);
    const crisisDay = client.crisis && ago === crisisDaysAgo;
    const answers = ago >= client.quietDays && ago !== client.blockedDaysAgo && (crisisDay || random.chance(client.answerRate));
    const delayMinutes = random.chance(0.12) ? 185 + random.int(0, 150) : Math.min(170, 1 + Math.round(-Math.log(1 - random.next()) * 22));
    const answerAt = new Date(promptedAt.getTime() + delayMinutes * minute + random.int(0, 59) * second);
    const answeredAt = answers && answerAt <= now ? answerAt : null;
    const reminderAt = new Date(promptedAt.getTime() + reminderAfterMs + random.int(1, 50) * second);
    const remindedAt = reminderAt <= now && (answeredAt === null || answeredAt > reminderAt) ? reminderAt : null;
    const progress = 1 - ago / (historyDays - 1);
    const mood = crisisDay ? 1 : Math.min(5, Math.max(1, Math.round(courseMood(client.mood, progress, phase) + random.normal() * 0.6)));
    const typed = client.account.channel === 'whatsapp' || random.chance(0.15);
    rows.push({
      ref: story.ref('checkin'),
      client: client.key,
      localDate: date,
      promptedAt,
      remindedAt,
      answeredAt,
      mood: answeredAt ? mood : null,
      source: answeredAt ? (typed ? 'text' : 'button') : 'schedule',
    });
  }
  if (client.mood === 'declining') {
    const last = rows.findLast((row) => row.answeredAt !== null);
    if (last?.mood != null) last.mood = Math.min(last.mood, lowMoodThreshold);
  }
  return rows;
}

/**
 * Check-ins with everything they left: the questions and reminders sent,
 * the mood told to the mentor (a line in the thread and a message in their
 * chat), alerts on low moods and on two questions missed in a row.
 */
export function writeCheckins(story: Story): void {
  const { client, world, random } = story;
  const { history, catalog, now } = world;
  const rows = planCheckins(story);
  const lastLow = rows.findLast((row) => row.mood !== null && row.mood <= lowMoodThreshold);
  let missed = 0;
  for (const row of rows) {
    history.checkins.push(row);
    const prompt = moodQuestion(catalog, client.language, client.name);
    const asked = story.toClient(row.promptedAt, { kind: 'text', text: prompt.text, choices: prompt.choices }, null, 'bulk');
    if (story.daysAgo(row.localDate) === client.blockedDaysAgo) {
      Object.assign(asked, { status: 'failed', lastError: blockedError, sentAt: null, updatedAt: new Date(row.promptedAt.getTime() + 2000), externalId: null });
    }
    if (row.remindedAt) {
      const reminder = moodQuestion(catalog, client.language, client.name, 'checkin-reminder');
      story.toClient(row.remindedAt, { kind: 'text', text: reminder.text, choices: reminder.choices }, null, 'bulk');
    }
    if (row.answeredAt && row.mood !== null) {
      const mentor = story.mentorAt(row.answeredAt);
      const low = row.mood <= lowMoodThreshold;
      const noted = new Date(row.answeredAt.getTime() + 150);
      const line = mentor
        ? story.systemLine(noted, catalog.t(mentor.languages[0] ?? 'en', 'client-checked-in', { client: client.name, mood: row.mood }))
        : null;
      if (low) {
        const alert = { kind: 'low_mood' as const, mentor, checkin: row.ref, message: line?.ref ?? null, at: noted };
        history.alerts.push(followUp(story, alert, { keepOpen: client.mood === 'declining' && row === lastLow }));
      } else if (mentor && line) {
        story.toMentor(noted, mentor, { kind: 'text', text: line.text ?? '' }, line.ref);
      }
    }
    if (row.localDate >= story.today) continue;
    missed = row.answeredAt ? 0 : missed + 1;
    if (missed === missedInARowAlert) {
      // The scheduler finds the streak at its first tick after the day has ended.
      const at = new Date(atMinutes(addDays(row.localDate, 1), 0).getTime() + random.int(40, 170) * second);
      const alert = { kind: 'missed_checkins' as const, mentor: story.mentorAt(at), checkin: row.ref, message: null, at };
      const recent = now.getTime() - at.getTime() < 3 * 86_400_000;
      history.alerts.push(followUp(story, alert, { keepOpen: client.quietDays > 0 && recent }));
    }
  }
}

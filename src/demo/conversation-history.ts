import { crisisDaysAgo } from './checkin-history.js';
import { crisisFollowUp } from './follow-up.js';
import { addDays } from './local-time.js';
import { inflect, programmeTopics, type Exchange, type Phrasebook } from './phrasebook.js';
import { phrasebookFor } from './phrasebooks.js';
import { atMinutes, type Story } from './story.js';

const minute = 60_000;
const hour = 60 * minute;
/** Praise phrases the bot offers a mentor (praise-1 … praise-5 in the catalogs). */
const praisePhrases = 5;

/** A mentor answers from their bot mostly, from the console sometimes. */
const place = (story: Story) => (story.random.chance(0.75) ? 'bot' : 'console');

/** One exchange, each line a while after the one before; it stops where it would run past `until`. */
function talk(story: Story, exchange: Exchange, start: Date, until: Date): void {
  let at = start;
  for (const [index, line] of exchange.lines.entries()) {
    if (index > 0) at = story.later(at, line.by === 'mentor' ? story.random.int(4, 150) : story.random.int(2, 80));
    const mentor = story.mentorAt(at);
    if (at > until || !mentor) return;
    if (line.by === 'client') story.clientWrites(at, inflect(line.text, story.client.gender));
    else story.mentorWrites(at, mentor, line.text, place(story));
  }
}

/** A photo the client wanted to show, and the mentor's praise for it. */
function sharePhoto(story: Story, book: Phrasebook, at: Date): void {
  const { random, client } = story;
  const shared = random.pick(book.sharedPhotos);
  const photo = story.photo({ subject: shared.subject, hue: random.int(0, 359), variant: random.int(0, 3), word: null });
  story.clientWrites(at, inflect(shared.caption, client.gender), photo);
  const answeredAt = story.later(at, random.int(10, 120));
  const mentor = story.mentorAt(answeredAt);
  if (mentor && answeredAt < story.now) {
    story.mentorWrites(answeredAt, mentor, story.world.catalog.t(client.language, `praise-${random.int(1, praisePhrases)}`), 'bot');
  }
}

/** The evening a client wrote words of crisis: the alert, the mentor's call at once, and the next day. */
function crisis(story: Story, book: Phrasebook, date: string): void {
  const { history } = story.world;
  const at = atMinutes(date, 21 * 60 + 40);
  const mentor = story.mentorAt(at);
  if (!mentor) return;
  const message = story.clientWrites(at, book.crisis.client);
  const acknowledgedAt = new Date(at.getTime() + 3 * minute);
  story.mentorWrites(new Date(at.getTime() + 4 * minute), mentor, book.crisis.mentor, 'bot');
  const nextDay = addDays(date, 1);
  let followUpAt = atMinutes(nextDay, 9 * 60 + 50);
  for (const line of book.crisis.nextDay) {
    if (line.by === 'client') story.clientWrites(followUpAt, inflect(line.text, story.client.gender));
    else story.mentorWrites(followUpAt, mentor, line.text, 'bot');
    followUpAt = new Date(followUpAt.getTime() + 25 * minute);
  }
  const resolvedAt = atMinutes(nextDay, 12 * 60 + 30);
  history.alerts.push(crisisFollowUp(story, { kind: 'crisis_words', mentor, checkin: null, message: message.ref, at: new Date(at.getTime() + 200) }, acknowledgedAt, resolvedAt));
}

/** A newcomer without a mentor: their first question, the coordinator's welcome. */
function newcomer(story: Story, book: Phrasebook): void {
  const [first] = story.days;
  if (!first) return;
  const at = atMinutes(first, 11 * 60 + story.random.int(0, 90));
  story.clientWrites(at, story.random.pick(book.openQuestions));
  story.staffWrites(story.later(at, story.random.int(30, 120)), book.staffWelcome);
}

/** Mentors write to someone who has gone quiet: the day after the silence began, and again later. */
function nudge(story: Story, book: Phrasebook): void {
  const { client, random } = story;
  for (const ago of [client.quietDays - 2, client.quietDays - 4].filter((days) => days >= 0)) {
    const at = atMinutes(addDays(story.today, -ago), 11 * 60 + random.int(0, 60));
    const mentor = story.mentorAt(at);
    if (mentor && at < story.now) story.mentorWrites(at, mentor, random.pick(book.nudges), place(story));
  }
}

/**
 * Messages both ways over the client's days: short exchanges every few days
 * on what their programme is about, photos now and then, a crisis for the
 * one who had one, nudges for those gone quiet.
 */
export function writeConversation(story: Story): void {
  const { client, random, now } = story;
  const book = phrasebookFor(client.language);
  if (client.mentors.length === 0) return newcomer(story, book);
  const topics = programmeTopics[client.programme];
  const exchanges = random.shuffle(book.exchanges.filter((exchange) => topics.includes(exchange.topic)));
  // Ordinary talk ends a while before the moment of seeding, so the last word of those not waiting can be answered.
  const until = new Date(now.getTime() - 2 * hour);
  const dailyChance = client.mood === 'struggling' || client.mood === 'declining' ? 0.36 : 0.27;
  let next = 0;
  for (const date of story.days) {
    if (!story.talks(date)) continue;
    if (client.crisis && story.daysAgo(date) === crisisDaysAgo) {
      crisis(story, book, date);
      continue;
    }
    if (!random.chance(dailyChance)) continue;
    const start = atMinutes(date, random.int(9 * 60, 19 * 60 + 30));
    if (start > until) continue;
    if (random.chance(0.05)) sharePhoto(story, book, start);
    else {
      const exchange = exchanges[next++ % exchanges.length];
      if (exchange) talk(story, exchange, start, until);
    }
  }
  nudge(story, book);
}

/** When a question still waiting was asked: in the last day or so, while people are awake, after `earliest`. */
function askedAt(story: Story, earliest: number): Date {
  const { random, now } = story;
  const latest = now.getTime() - 5 * minute;
  for (let tries = 0; tries < 20; tries++) {
    const at = new Date(now.getTime() - random.int(90, 26 * 60) * minute);
    const clock = story.clockOf(at);
    if (at.getTime() >= earliest && clock >= 8 * 60 && clock <= 22 * 60) return at;
  }
  return new Date(Math.min(latest, Math.max(earliest, now.getTime() - 90 * minute)));
}

/**
 * How the thread ends: a client who is waiting asks a last question nobody
 * has answered yet; anyone else's last word has had a mentor's answer.
 */
export function endConversation(story: Story): void {
  const { client, random, now } = story;
  const book = phrasebookFor(client.language);
  const own = story.messages.filter((message) => message.author !== 'system');
  const last = own.reduce<(typeof own)[number] | undefined>((latest, message) => (!latest || message.at > latest.at ? message : latest), undefined);
  const waiting = client.waiting || client.mentors.length === 0;
  if (waiting && client.status !== 'ended') {
    const earliest = (last?.at.getTime() ?? 0) + 40 * minute;
    story.clientWrites(askedAt(story, earliest), random.pick(book.openQuestions));
    return;
  }
  if (last?.author !== 'client') return;
  const mentor = story.mentorAt(last.at);
  if (!mentor) return;
  const at = new Date(Math.min(story.later(last.at, random.int(5, 90)).getTime(), now.getTime() - minute));
  story.mentorWrites(at, mentor, random.pick(book.acknowledgements), place(story));
}

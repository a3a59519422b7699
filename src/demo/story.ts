import { weekdayNumber } from '../core/fields.js';
import type { Channel } from '../db/database.js';
import { payloadsFor } from '../domain/threads/relay.js';
import { demoTimeZone, historyDays, type ClientPlan, type MentorPlan, type StaffPlan } from './agency-plan.js';
import type { Catalog, DemoHistory, HistoryDelivery, HistoryMessage, Payload } from './history.js';
import { addDays, clockTime, isoWeekday, localDate, minutesOfDay, zonedInstant } from './local-time.js';
import type { PhotoSpec } from './photos.js';
import type { Random } from './random.js';

/** What every client's story shares: the moment of seeding, the catalogs, the agency's people and the history being written. */
export interface StoryWorld {
  now: Date;
  today: string;
  catalog: Catalog;
  mentors: Map<string, MentorPlan>;
  coordinator: StaffPlan;
  history: DemoHistory;
  /** Numbers the platforms' message ids and the history's own refs. */
  counters: Map<string, number>;
}

const minute = 60_000;
const hour = 60 * minute;

/** The instant of a local date and a number of minutes after its midnight. */
export function atMinutes(date: string, minutes: number): Date {
  return zonedInstant(date, clockTime(Math.floor(minutes)), demoTimeZone);
}

/** When a mentor took a client over: 10:00 of that day (the day they joined, for the first). */
export function mentorStart(today: string, sinceDaysAgo: number): Date {
  return atMinutes(addDays(today, -sinceDaysAgo), 10 * 60);
}

function next(world: StoryWorld, name: string): number {
  const value = (world.counters.get(name) ?? 0) + 1;
  world.counters.set(name, value);
  return value;
}

/** One client's history in the making: their calendar, their mentors over time, and the records their days leave. */
export class Story {
  readonly days: string[];
  /** The client's own messages, as they are written. */
  readonly messages: HistoryMessage[] = [];
  private readonly firstDay: string;
  private readonly mentorSince: { mentor: MentorPlan | null; since: Date }[];

  constructor(
    readonly world: StoryWorld,
    readonly client: ClientPlan,
    readonly random: Random,
  ) {
    const joined = addDays(world.today, -client.joinedDaysAgo);
    const earliest = addDays(world.today, -(historyDays - 1));
    // The first question comes the day after the intake meeting.
    this.firstDay = addDays(joined, 1) > earliest ? addDays(joined, 1) : earliest;
    this.days = [];
    for (let day = this.firstDay; day <= world.today; day = addDays(day, 1)) this.days.push(day);
    this.mentorSince = client.mentors.map((entry) => ({ mentor: world.mentors.get(entry.mentor) ?? null, since: mentorStart(world.today, entry.sinceDaysAgo) }));
  }

  get now(): Date {
    return this.world.now;
  }

  get today(): string {
    return this.world.today;
  }

  daysAgo(date: string): number {
    return Math.round((Date.parse(`${this.today}T12:00:00Z`) - Date.parse(`${date}T12:00:00Z`)) / 86_400_000);
  }

  /** Still in the programme and reachable that day: before an ending, a pause or a blocked bot. */
  inProgramme(date: string): boolean {
    const ago = this.daysAgo(date);
    if (this.client.statusDaysAgo !== null && ago <= this.client.statusDaysAgo) return false;
    return this.client.blockedDaysAgo === null || ago >= this.client.blockedDaysAgo;
  }

  /** Whether the daily question went out that day. */
  isAsked(date: string): boolean {
    if (!this.client.checkinDays.map(weekdayNumber).includes(isoWeekday(date))) return false;
    if (this.client.holiday && this.daysAgo(date) <= this.client.holiday.fromDaysAgo) return false;
    return this.inProgramme(date);
  }

  /** Whether they talk that day: in the programme, and not in the silence of their last days. */
  talks(date: string): boolean {
    return this.inProgramme(date) && this.daysAgo(date) >= this.client.quietDays && date >= this.firstDay;
  }

  /** Their mentor at an instant, or null while they have none. */
  mentorAt(at: Date): MentorPlan | null {
    let current: MentorPlan | null = null;
    for (const entry of this.mentorSince) if (entry.since <= at) current = entry.mentor;
    return current;
  }

  localDateOf(at: Date): string {
    return localDate(at, demoTimeZone);
  }

  /** Local minutes after midnight at an instant. */
  clockOf(at: Date): number {
    return minutesOfDay(at, demoTimeZone);
  }

  /**
   * When someone answers `delayMinutes` after `at`, during waking hours:
   * a reply that would come after 21:30 comes the next morning.
   */
  later(at: Date, delayMinutes: number): Date {
    const answer = new Date(at.getTime() + delayMinutes * minute);
    const clock = this.clockOf(answer);
    if (clock <= 21 * 60 + 30 && clock >= 7 * 60 + 30) return answer;
    const morning = clock > 21 * 60 + 30 ? addDays(this.localDateOf(answer), 1) : this.localDateOf(answer);
    return atMinutes(morning, 8 * 60 + 15 + this.random.int(0, 100));
  }

  ref(kind: string): string {
    return `${kind}${next(this.world, `ref:${kind}`)}`;
  }

  photo(spec: PhotoSpec): string {
    const key = this.ref('photo');
    this.world.history.photos.set(key, spec);
    return key;
  }

  private telegramMessageId(chatId: string): number {
    return next(this.world, `telegram:${chatId}`);
  }

  private whatsappMessageId(fromMe: boolean, chatId: string): string {
    const hex = Array.from({ length: 20 }, () => '0123456789ABCDEF'[this.random.int(0, 15)]).join('');
    return `${fromMe}_${chatId}_${hex}`;
  }

  private message(fields: Omit<HistoryMessage, 'ref' | 'client'>): HistoryMessage {
    const message = { ref: this.ref('message'), client: this.client.key, ...fields };
    this.world.history.messages.push(message);
    this.messages.push(message);
    return message;
  }

  /** A delivery as the outbox leaves it once sent: Telegram says sent; WhatsApp's receipts say delivered, then read. */
  deliver(fields: Pick<HistoryDelivery, 'recipient' | 'aboutClient' | 'message' | 'payload' | 'priority' | 'at'>, channel: Channel, chatId: string): HistoryDelivery {
    const sentAt = new Date(fields.at.getTime() + this.random.int(400, 4000));
    const read = sentAt.getTime() < this.now.getTime() - hour && this.random.chance(0.85);
    const receipt = new Date(Math.min(sentAt.getTime() + this.random.int(2, 1800) * 1000, this.now.getTime()));
    const delivery: HistoryDelivery = {
      ...fields,
      status: channel === 'telegram' ? 'sent' : read ? 'read' : 'delivered',
      attempts: 1,
      lastError: null,
      sentAt,
      updatedAt: channel === 'telegram' ? sentAt : receipt,
      externalId: channel === 'telegram' ? String(this.telegramMessageId(chatId)) : this.whatsappMessageId(true, chatId),
    };
    this.world.history.deliveries.push(delivery);
    return delivery;
  }

  toClient(at: Date, payload: Payload, message: string | null, priority: HistoryDelivery['priority'] = 'conversation'): HistoryDelivery {
    const { account } = this.client;
    return this.deliver({ recipient: { client: this.client.key }, aboutClient: null, message, payload, priority, at }, account.channel, account.chatId);
  }

  toMentor(at: Date, mentor: MentorPlan, payload: Payload, message: string | null): HistoryDelivery {
    return this.deliver(
      { recipient: { mentor: mentor.key }, aboutClient: this.client.key, message, payload, priority: 'conversation', at },
      'telegram',
      mentor.telegram.chatId,
    );
  }

  /**
   * The client writes; the service passes it on to their mentor, labelled
   * with their name and channel, unless it is a task's evidence (the mentor
   * is told of the task instead).
   */
  clientWrites(at: Date, text: string | null, photo: string | null = null, options: { evidence?: boolean } = {}): HistoryMessage {
    const { account, name } = this.client;
    const externalId =
      account.channel === 'telegram' ? `${account.chatId}:${this.telegramMessageId(account.chatId)}` : this.whatsappMessageId(false, account.chatId);
    const message = this.message({
      at,
      direction: 'inbound',
      author: 'client',
      mentor: null,
      staff: null,
      kind: photo ? 'photo' : 'text',
      text,
      photo,
      channel: account.channel,
      externalId,
    });
    const mentor = this.mentorAt(at);
    if (mentor && !options.evidence) {
      const { catalog } = this.world;
      const language = mentor.languages[0] ?? 'en';
      const label = catalog.t(language, 'client-said', { client: name, channel: catalog.t(language, `channel-${account.channel}`) });
      for (const payload of payloadsFor({ kind: photo ? 'photo' : 'text', text, mediaId: photo }, label)) {
        this.toMentor(new Date(at.getTime() + 300), mentor, payload, message.ref);
      }
    }
    return message;
  }

  /** The mentor writes to the client, in their bot or in the console; the client gets it labelled with the mentor's name. */
  mentorWrites(at: Date, mentor: MentorPlan, text: string, place: 'bot' | 'console'): HistoryMessage {
    const message = this.message({
      at,
      direction: 'outbound',
      author: 'mentor',
      mentor: mentor.key,
      staff: null,
      kind: 'text',
      text,
      photo: null,
      channel: place === 'bot' ? 'telegram' : null,
      externalId: place === 'bot' ? `${mentor.telegram.chatId}:${this.telegramMessageId(mentor.telegram.chatId)}` : null,
    });
    const label = this.world.catalog.t(this.client.language, 'from-mentor', { mentor: mentor.name });
    for (const payload of payloadsFor({ kind: 'text', text }, label)) this.toClient(new Date(at.getTime() + 300), payload, message.ref);
    return message;
  }

  /** The coordinator writes from the console. */
  staffWrites(at: Date, text: string): HistoryMessage {
    const message = this.message({
      at,
      direction: 'outbound',
      author: 'staff',
      mentor: null,
      staff: 'coordinator',
      kind: 'text',
      text,
      photo: null,
      channel: null,
      externalId: null,
    });
    const label = this.world.catalog.t(this.client.language, 'from-staff', { mentor: this.world.coordinator.name });
    for (const payload of payloadsFor({ kind: 'text', text }, label)) this.toClient(new Date(at.getTime() + 300), payload, message.ref);
    return message;
  }

  /** A notice the service writes to the client in the mentor's name (a task set, praised, sent back). */
  noticeFromMentor(at: Date, mentor: MentorPlan, text: string, extra: Payload[] = []): HistoryMessage {
    const message = this.message({
      at,
      direction: 'outbound',
      author: 'mentor',
      mentor: mentor.key,
      staff: null,
      kind: 'text',
      text,
      photo: null,
      channel: null,
      externalId: null,
    });
    for (const payload of [{ kind: 'text' as const, text }, ...extra]) this.toClient(new Date(at.getTime() + 300), payload, message.ref);
    return message;
  }

  /** A line the service keeps in the thread for the mentor, such as a check-in's mood. */
  systemLine(at: Date, text: string): HistoryMessage {
    return this.message({ at, direction: 'inbound', author: 'system', mentor: null, staff: null, kind: 'system', text, photo: null, channel: null, externalId: null });
  }
}

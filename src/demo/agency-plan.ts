import type { Weekday } from '../core/fields.js';
import type { Channel, ClientStatus, MentorRole } from '../db/database.js';
import { asciiName, createNamer, type Gender, type Origin } from './names.js';
import type { Random } from './random.js';

/** Every demo person lives and is asked in Riga's time. */
export const demoTimeZone = 'Europe/Riga';
/** Days of history before today. */
export const historyDays = 90;
/** A domain reserved for examples (RFC 2606): no mail to a demo account can reach anyone. */
const emailDomain = 'agency.example';

/** The programmes of the two organisations Mentorline is modelled on (see the README). */
export const programmes = {
  rehabilitation: 'Vocational rehabilitation',
  employment: 'Supported employment',
  asylum: "Asylum seekers' support",
  integration: 'Refugee integration',
} as const;
export type Programme = keyof typeof programmes;

/** How a client's mood goes over the 90 days. */
export type MoodCourse = 'steady' | 'improving' | 'declining' | 'struggling' | 'uneven';

export interface ChannelIdentity {
  channel: Channel;
  externalId: string;
  chatId: string;
}

export interface MentorPlan {
  key: string;
  name: string;
  email: string;
  role: MentorRole;
  /** The first is the language the mentor reads the bot in. */
  languages: string[];
  telegram: ChannelIdentity;
}

export interface StaffPlan {
  name: string;
  email: string;
}

export interface ClientPlan {
  key: string;
  name: string;
  gender: Gender;
  country: string;
  language: string;
  programme: Programme;
  account: ChannelIdentity;
  /** Local 'HH:MM'. */
  checkinTime: string;
  checkinDays: Weekday[];
  weeklySummaryDay: Weekday;
  joinedDaysAgo: number;
  /** Who mentored them, oldest first, each from the day (days ago) they took over; empty for nobody yet. */
  mentors: { mentor: string; sinceDaysAgo: number }[];
  status: ClientStatus;
  /** When they were paused or ended, in days ago. */
  statusDaysAgo: number | null;
  /** Prompts held for a while (a holiday): from that many days ago until that many days ahead. */
  holiday: { fromDaysAgo: number; untilDaysAhead: number } | null;
  mood: MoodCourse;
  /** How often they answer on an ordinary day. */
  answerRate: number;
  /** Days, today included, they have not answered lately. */
  quietDays: number;
  /** Their last word is a question nobody has answered yet. */
  waiting: boolean;
  /** They blocked the bot that many days ago: their account is unreachable since. */
  blockedDaysAgo: number | null;
  /** They once wrote words of crisis. */
  crisis: boolean;
}

export interface AgencyPlan {
  coordinator: StaffPlan;
  mentors: MentorPlan[];
  clients: ClientPlan[];
}

/**
 * Telegram's ids have at most 52 significant bits; ids from 2^52 up are
 * still exact as JavaScript numbers, and nobody on Telegram can have one.
 */
const firstImpossibleTelegramId = 2 ** 52;

export function telegramIdentity(n: number): ChannelIdentity {
  const id = String(firstImpossibleTelegramId + n);
  return { channel: 'telegram', externalId: id, chatId: id };
}

/**
 * +999 is a country code the ITU has not assigned, so no WhatsApp user has
 * such a number, and the service never takes one for a real sender's id
 * (that is a valid phone number or a `…@lid`).
 */
export function whatsappIdentity(n: number): ChannelIdentity {
  const digits = `999${String(n).padStart(8, '0')}`;
  return { channel: 'whatsapp', externalId: `+${digits}`, chatId: `${digits}@c.us` };
}

const mentorPeople = [
  { key: 'anna', name: 'Anna Bērziņa', role: 'social_worker', languages: ['lv', 'en', 'ru'] },
  { key: 'janis', name: 'Jānis Ozols', role: 'psychologist', languages: ['lv', 'ru'] },
  { key: 'liga', name: 'Līga Vītola', role: 'teacher', languages: ['lv', 'ru'] },
  { key: 'maris', name: 'Māris Kalniņš', role: 'career_specialist', languages: ['lv', 'en', 'ru'] },
  { key: 'inese', name: 'Inese Krūmiņa', role: 'social_worker', languages: ['lv', 'uk', 'ru', 'en'] },
] as const satisfies readonly { key: string; name: string; role: MentorRole; languages: readonly string[] }[];

interface Cohort {
  programme: Programme;
  origin: Origin;
  country: string;
  language: string;
  count: number;
  /** Mentors who speak the language and work in the programme, taking clients in turn. */
  mentors: readonly (typeof mentorPeople)[number]['key'][];
  /** How many of them write on WhatsApp rather than Telegram. */
  whatsappShare: number;
}

/**
 * Who the agency serves: Latvian students with disabilities or mental-health
 * problems in vocational rehabilitation and supported employment (on
 * WhatsApp mostly, as in SIVA's programme), and asylum seekers and refugees
 * from many countries, each in a language the product speaks.
 */
const cohorts: Cohort[] = [
  { programme: 'rehabilitation', origin: 'latvian', country: 'Latvia', language: 'lv', count: 13, mentors: ['janis', 'liga'], whatsappShare: 0.7 },
  { programme: 'rehabilitation', origin: 'latvian-russian', country: 'Latvia', language: 'ru', count: 5, mentors: ['liga', 'janis'], whatsappShare: 0.6 },
  { programme: 'rehabilitation', origin: 'ukrainian', country: 'Ukraine', language: 'uk', count: 2, mentors: ['inese'], whatsappShare: 0.3 },
  { programme: 'employment', origin: 'latvian', country: 'Latvia', language: 'lv', count: 6, mentors: ['maris'], whatsappShare: 0.6 },
  { programme: 'employment', origin: 'latvian-russian', country: 'Latvia', language: 'ru', count: 3, mentors: ['maris'], whatsappShare: 0.5 },
  { programme: 'employment', origin: 'ukrainian', country: 'Ukraine', language: 'uk', count: 2, mentors: ['inese'], whatsappShare: 0.3 },
  { programme: 'asylum', origin: 'syrian', country: 'Syria', language: 'en', count: 4, mentors: ['anna'], whatsappShare: 0.6 },
  { programme: 'asylum', origin: 'afghan', country: 'Afghanistan', language: 'en', count: 3, mentors: ['anna'], whatsappShare: 0.6 },
  { programme: 'asylum', origin: 'iraqi', country: 'Iraq', language: 'en', count: 2, mentors: ['anna'], whatsappShare: 0.5 },
  { programme: 'asylum', origin: 'eritrean', country: 'Eritrea', language: 'en', count: 2, mentors: ['anna'], whatsappShare: 0.5 },
  { programme: 'asylum', origin: 'somali', country: 'Somalia', language: 'en', count: 1, mentors: ['anna'], whatsappShare: 1 },
  { programme: 'asylum', origin: 'tajik', country: 'Tajikistan', language: 'ru', count: 1, mentors: ['inese'], whatsappShare: 0 },
  { programme: 'asylum', origin: 'georgian', country: 'Georgia', language: 'ru', count: 1, mentors: ['anna'], whatsappShare: 1 },
  { programme: 'asylum', origin: 'russian', country: 'Russia', language: 'ru', count: 1, mentors: ['inese'], whatsappShare: 0 },
  { programme: 'asylum', origin: 'belarusian', country: 'Belarus', language: 'ru', count: 1, mentors: ['inese'], whatsappShare: 0 },
  { programme: 'integration', origin: 'ukrainian', country: 'Ukraine', language: 'uk', count: 8, mentors: ['inese'], whatsappShare: 0.3 },
  { programme: 'integration', origin: 'syrian', country: 'Syria', language: 'en', count: 2, mentors: ['maris'], whatsappShare: 0.5 },
  { programme: 'integration', origin: 'afghan', country: 'Afghanistan', language: 'en', count: 1, mentors: ['anna'], whatsappShare: 0 },
  { programme: 'integration', origin: 'belarusian', country: 'Belarus', language: 'ru', count: 1, mentors: ['inese'], whatsappShare: 1 },
  { programme: 'integration', origin: 'eritrean', country: 'Eritrea', language: 'en', count: 1, mentors: ['maris'], whatsappShare: 0 },
];

/** Check-in times people chose, mornings the most: between 08:00 and 20:00. */
const checkinTimes = ['08:00', '08:30', '09:00', '09:00', '09:30', '10:00', '10:00', '10:30', '11:00', '12:00', '13:00', '14:00', '15:30', '17:00', '18:00', '19:00', '19:30', '20:00'];
const everyDay: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const schoolDays: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const moodCourses: MoodCourse[] = ['steady', 'steady', 'steady', 'improving', 'improving', 'uneven', 'uneven', 'declining', 'struggling'];

/** The demo agency, the same for the same random stream: its staff, mentors and some 60 clients with their stories' outlines. */
export function planAgency(random: Random): AgencyPlan {
  const nameOf = createNamer(random.fork('names'));
  const mentors: MentorPlan[] = mentorPeople.map((person, index) => ({
    key: person.key,
    name: person.name,
    email: `${asciiName(person.name)}@${emailDomain}`,
    role: person.role,
    languages: [...person.languages],
    telegram: telegramIdentity(index + 1),
  }));
  const coordinatorName = 'Dace Jansone';
  const coordinator = { name: coordinatorName, email: `${asciiName(coordinatorName)}@${emailDomain}` };

  const traits = random.fork('traits');
  let telegramCount = 0;
  let whatsappCount = 0;
  const clients: ClientPlan[] = cohorts.flatMap((cohort) =>
    Array.from({ length: cohort.count }, (_, index): ClientPlan => {
      const gender: Gender = traits.chance(0.5) ? 'female' : 'male';
      const onWhatsApp = traits.chance(cohort.whatsappShare);
      const mentor = cohort.mentors[index % cohort.mentors.length] ?? 'anna';
      const joinedDaysAgo = historyDays + traits.int(5, 120);
      return {
        key: `${cohort.programme}-${cohort.origin}-${index + 1}`,
        name: nameOf(cohort.origin, gender),
        gender,
        country: cohort.country,
        language: cohort.language,
        programme: cohort.programme,
        account: onWhatsApp ? whatsappIdentity(++whatsappCount) : telegramIdentity(100 + ++telegramCount),
        checkinTime: traits.pick(checkinTimes),
        checkinDays: cohort.programme === 'rehabilitation' && traits.chance(0.4) ? schoolDays : everyDay,
        weeklySummaryDay: traits.chance(0.8) ? 'sun' : 'fri',
        joinedDaysAgo,
        mentors: [{ mentor, sinceDaysAgo: joinedDaysAgo }],
        status: 'active',
        statusDaysAgo: null,
        holiday: null,
        mood: traits.pick(moodCourses),
        answerRate: 0.82 + traits.next() * 0.15,
        quietDays: 0,
        waiting: false,
        blockedDaysAgo: null,
        crisis: false,
      };
    }),
  );
  giveStories(clients, traits);
  return { coordinator, mentors, clients };
}

/**
 * The turns some clients' stories take, each given to different people so
 * the console has one of everything: newcomers waiting for a mentor, a
 * reassignment, pauses, endings, people going quiet, unanswered questions.
 */
function giveStories(clients: ClientPlan[], random: Random): void {
  const unused = random.shuffle(clients);
  const take = (count: number, fits: (client: ClientPlan) => boolean): ClientPlan[] => {
    const taken: ClientPlan[] = [];
    for (const client of [...unused]) {
      if (taken.length === count) break;
      if (!fits(client)) continue;
      taken.push(client);
      unused.splice(unused.indexOf(client), 1);
    }
    return taken;
  };

  for (const [index, client] of take(3, (c) => c.programme === 'asylum' && c.language === 'en').entries()) {
    client.joinedDaysAgo = [6, 11, 18][index] ?? 6;
    client.mentors = [];
  }
  for (const [index, client] of take(2, (c) => c.programme === 'asylum' || c.programme === 'integration').entries()) {
    client.joinedDaysAgo = [27, 44][index] ?? 27;
    client.mentors = [{ mentor: client.mentors[0]?.mentor ?? 'anna', sinceDaysAgo: client.joinedDaysAgo }];
  }
  for (const client of take(1, (c) => c.programme === 'rehabilitation' && c.language === 'lv' && c.mentors[0]?.mentor === 'janis')) {
    client.mentors = [
      { mentor: 'janis', sinceDaysAgo: client.joinedDaysAgo },
      { mentor: 'liga', sinceDaysAgo: 35 },
    ];
  }
  for (const [index, client] of take(2, () => true).entries()) {
    client.status = 'ended';
    client.statusDaysAgo = [12, 31][index] ?? 12;
  }
  for (const [index, client] of take(2, () => true).entries()) {
    client.status = 'paused';
    client.statusDaysAgo = [6, 15][index] ?? 6;
  }
  for (const client of take(1, () => true)) client.holiday = { fromDaysAgo: 3, untilDaysAhead: 4 };
  for (const client of take(1, (c) => c.account.channel === 'telegram')) client.blockedDaysAgo = 9;
  for (const [index, client] of take(4, () => true).entries()) client.quietDays = [3, 4, 5, 6][index] ?? 3;
  for (const client of take(1, (c) => c.language === 'lv' && c.programme === 'rehabilitation')) {
    client.crisis = true;
    client.mood = 'struggling';
  }
  for (const client of take(2, () => true)) client.mood = 'declining';
  for (const client of take(9, () => true)) client.waiting = true;
}

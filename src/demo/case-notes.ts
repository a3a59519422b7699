import { crisisDaysAgo } from './checkin-history.js';
import { addDays } from './local-time.js';
import type { Topic } from './phrasebook.js';
import { programmeTopics } from './phrasebook.js';
import { atMinutes, mentorStart, type Story } from './story.js';

/**
 * Notes staff keep on a case, in English so anyone at the agency can read
 * the file; `{first}` is the client's first name.
 */
const noteIdeas: { topic: Topic; text: string }[] = [
  { topic: 'any', text: 'Phone call: motivation good. {first} keeps to the daily routine we agreed on.' },
  { topic: 'any', text: 'Agreed on a daily walk as a small goal. Review in two weeks.' },
  { topic: 'any', text: 'Low mood this week; sleeps badly. Offered a session with the psychologist.' },
  { topic: 'any', text: 'Good week. Proud of the task photos; we talked about a longer-term goal.' },
  { topic: 'any', text: 'Talked about meals and the daily routine. Will try a fixed time to get up.' },
  { topic: 'study', text: 'Study progress: worksheets done on time; needs support with maths.' },
  { topic: 'study', text: 'Met the teacher of the course: {first} attends, but tires quickly in long lessons.' },
  { topic: 'work', text: 'CV updated together; applied for two jobs (warehouse, café).' },
  { topic: 'work', text: 'Accompanied {first} to the State Employment Agency; registered as a job seeker.' },
  { topic: 'migration', text: 'Met at Mucenieki with an interpreter. Explained the asylum procedure and the next steps.' },
  { topic: 'migration', text: 'Housing: helped with the rental contract and the application for the housing benefit.' },
  { topic: 'migration', text: 'Latvian course: attends three times a week, good progress.' },
  { topic: 'migration', text: 'Worried about family back home; no news for a week. Listened, gave the Red Cross tracing contact.' },
];

/** What the coordinator writes when a case starts without a mentor, moves, pauses or ends. */
const coordinatorNotes = {
  intake: ['Intake at Mucenieki. Arrived from {country} recently; speaks some English. Needs a mentor who speaks English.'],
  handover: ['Handed over to {mentor}: more support with studies needed. The previous mentor stays available for a joint meeting.'],
  paused: [
    'Paused: in hospital for planned treatment, back in about three weeks.',
    'Paused at their request: visiting family abroad for a few weeks; will write when back.',
  ],
  ended: [
    'Programme ended: goals reached, {first} starts a job next month. Closing meeting held.',
    'Programme ended: {first} has moved to another city; handed over to the social service there.',
  ],
} as const;

const firstName = (name: string) => name.split(' ')[0] ?? name;

/** The mentor's notes every few weeks, and the coordinator's where the case took a turn. */
export function writeNotes(story: Story): void {
  const { client, random, world } = story;
  const { history } = world;
  const fill = (text: string, values: Record<string, string> = {}) =>
    text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? (key === 'first' ? firstName(client.name) : key === 'country' ? client.country : key));
  const ideas = random.shuffle(noteIdeas.filter((idea) => programmeTopics[client.programme].includes(idea.topic)));
  let next = 0;
  for (let index = random.int(3, 8); index < story.days.length; index += random.int(14, 26)) {
    const date = story.days[index];
    const at = date && atMinutes(date, random.int(15 * 60, 17 * 60 + 30));
    const mentor = at && story.talks(date) ? story.mentorAt(at) : null;
    const idea = ideas[next++ % ideas.length];
    if (at && mentor && idea && at < story.now) history.notes.push({ client: client.key, author: { mentor: mentor.key }, text: fill(idea.text), at });
  }
  const coordinator = { staff: 'coordinator' };
  const [firstDay] = story.days;
  if (client.mentors.length === 0 && firstDay) {
    history.notes.push({ client: client.key, author: coordinator, text: fill(random.pick(coordinatorNotes.intake)), at: atMinutes(firstDay, 9 * 60 + 30) });
  }
  const [, handedOver] = client.mentors;
  const successor = handedOver && world.mentors.get(handedOver.mentor);
  if (handedOver && successor) {
    const at = new Date(mentorStart(story.today, handedOver.sinceDaysAgo).getTime() - 20 * 60_000);
    history.notes.push({ client: client.key, author: coordinator, text: fill(random.pick(coordinatorNotes.handover), { mentor: successor.name }), at });
  }
  if (client.statusDaysAgo !== null && (client.status === 'paused' || client.status === 'ended')) {
    const at = atMinutes(addDays(story.today, -client.statusDaysAgo), 10 * 60 + 30);
    history.notes.push({ client: client.key, author: coordinator, text: fill(random.pick(coordinatorNotes[client.status])), at });
  }
  if (client.crisis) {
    const date = addDays(story.today, -crisisDaysAgo + 1);
    const at = atMinutes(date, 12 * 60 + 40);
    const mentor = story.mentorAt(at);
    if (mentor) {
      const text = fill('Crisis words last night: called {first} at once; safe, at home with family. GP informed, psychologist appointment on Thursday. Daily contact this week.');
      history.notes.push({ client: client.key, author: { mentor: mentor.key }, text, at });
    }
  }
}

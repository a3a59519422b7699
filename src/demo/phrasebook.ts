import type { Programme } from './agency-plan.js';
import type { Gender } from './names.js';
import type { PhotoSubject } from './photos.js';

/** What a conversation is about: anyone's day, studies, work, or settling in a new country. */
export type Topic = 'any' | 'study' | 'work' | 'migration';

export interface Line {
  by: 'client' | 'mentor';
  /** A client's words may differ by their gender: `[male|female]`, as in "I was [tired|tired]". */
  text: string;
}

export interface Exchange {
  topic: Topic;
  lines: Line[];
}

export interface TaskIdea {
  topic: Topic;
  title: string;
  details: string | null;
  /** What the photo of it done shows. */
  subject: PhotoSubject;
}

/**
 * What people write to each other in one language: clients and mentors,
 * never the service (its words come from the bots' catalogs).
 */
export interface Phrasebook {
  exchanges: Exchange[];
  /** A client's question, left for the mentor to answer. */
  openQuestions: string[];
  /** What a client writes under a photo of a task done. */
  captions: string[];
  /** Photos a client shares because they want to, not for a task. */
  sharedPhotos: { subject: PhotoSubject; caption: string }[];
  tasks: TaskIdea[];
  /** A mentor's short answer that closes an exchange. */
  acknowledgements: string[];
  /** The coordinator's first answer to a newcomer who has no mentor yet. */
  staffWelcome: string;
  /** A mentor writing to a client not heard from for days. */
  nudges: string[];
  /** What a mentor asks to be done differently when a task comes back. */
  redoComments: string[];
  /** A client's words of crisis, the mentor's answer at once, and the next day's talk. */
  crisis: { client: string; mentor: string; nextDay: Line[] };
  /** The word on a picture of something done. */
  done: string;
}

/** The topics a programme's conversations are about. */
export const programmeTopics: Record<Programme, readonly Topic[]> = {
  rehabilitation: ['any', 'study'],
  employment: ['any', 'work'],
  asylum: ['any', 'migration'],
  integration: ['any', 'migration', 'work'],
};

/** A client's words in their grammatical gender: `[male|female]` becomes one of the two. */
export function inflect(text: string, gender: Gender): string {
  return text.replace(/\[([^|\]]*)\|([^\]]*)\]/g, (_, male: string, female: string) => (gender === 'female' ? female : male));
}

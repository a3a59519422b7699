import type { MentorContext } from '../people/contexts.js';
import type { Turn } from '../turn/turn.js';
import { mentorSignInLink } from './sign-in.js';

/**
 * A mentor's `/web`: a one-time link, valid ten minutes, that signs them in
 * to the console without a password. It goes only to the chat that asked,
 * which is the mentor's own bound account.
 */
export async function sendConsoleLink(turn: Turn<MentorContext>, publicUrl: string): Promise<void> {
  const link = await mentorSignInLink(turn.db, turn.person.id, { now: turn.now, publicUrl });
  if (!link) return turn.say('web-sign-in-refused');
  turn.say('web-sign-in-link', { link });
}

import type { ClientContext, MentorContext } from '../people/contexts.js';
import type { Turn } from '../turn/turn.js';
import { askForConsent } from './consent.js';

/** Welcomes a client who has just bound their account, and asks for consent when it is not on record. */
export function welcomeClient(turn: Turn<ClientContext>): void {
  const client = turn.person;
  if (client.mentor) turn.say('client-welcome', { name: client.name, mentor: client.mentor.name });
  else turn.say('client-welcome-no-mentor', { name: client.name });
  if (!client.consentGiven) askForConsent(turn);
}

/** Greets a mentor who has just bound their account and gives them their own command menu. */
export function welcomeMentor(turn: Turn<MentorContext>): void {
  const { account, person: mentor } = turn;
  turn.send({ channel: account.channel, chatId: account.chat_id, accountId: account.id, payload: { kind: 'menu', role: 'mentor', language: mentor.language } });
  turn.say('mentor-welcome', { name: mentor.name });
}

import { languageName } from '../../i18n/language-name.js';
import { issueLink } from '../staff/staff-links.js';
import { interpretedClientIds } from '../interpreting/interpreters.js';
import { translateMessage, type TranslationOutcome } from '../interpreting/translations.js';
import type { InterpreterContext } from '../people/contexts.js';
import type { InboundEvent, InboundMessageEvent } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import type { MentorRouting } from './mentor-router.js';

type InterpreterTurn = Turn<InterpreterContext>;

/** What the interpreter is told of each outcome of a translation they sent. */
const outcomeReplies: Record<TranslationOutcome, string> = {
  'to-mentor': 'translation-sent-mentor',
  kept: 'translation-kept',
  'to-client': 'translation-sent-client',
  'already-sent': 'translation-already-sent',
  'not-translatable': 'translation-reply-to-message',
  'not-yours': 'interpreter-not-your-client',
};

/** Greets an interpreter who has just bound their account, with their own command menu. */
export function welcomeInterpreter(turn: InterpreterTurn): void {
  const { account, person } = turn;
  turn.send({ channel: account.channel, chatId: account.chat_id, accountId: account.id, payload: { kind: 'menu', role: 'interpreter', language: person.language } });
  turn.say('interpreter-welcome', { name: person.name });
}

/**
 * Everything a bound interpreter sends. An interpreter reaches a client only
 * by answering a copy of one of their messages with its translation, and only
 * while they interpret for that client: there is no button, command or plain
 * message that writes to a client, so nothing they send can reach anyone else's.
 */
export async function handleInterpreterEvent(turn: InterpreterTurn, event: InboundEvent, routing: MentorRouting): Promise<void> {
  if (event.type === 'command') return handleInterpreterCommand(turn, event, routing);
  if (event.type === 'message') return takeTranslation(turn, event);
  // Interpreters are offered no buttons: a choice is forged or from another role's past, and does nothing.
  if (event.type === 'choice') turn.say('interpreter-help');
}

async function handleInterpreterCommand(turn: InterpreterTurn, event: Extract<InboundEvent, { type: 'command' }>, routing: MentorRouting): Promise<void> {
  switch (event.command) {
    case 'start':
      return turn.say('interpreter-welcome', { name: turn.person.name });
    case 'clients':
      return listInterpretedClients(turn);
    case 'web': {
      const link = await issueLink(turn.db, { purpose: 'sign-in', staffId: turn.person.id, now: turn.now, publicUrl: routing.publicUrl });
      return turn.say('web-sign-in-link', { link });
    }
    default:
      return turn.say('interpreter-help');
  }
}

/** The clients the interpreter interprets for now, by name and language, and nothing else of them. */
async function listInterpretedClients(turn: InterpreterTurn): Promise<void> {
  const ids = await interpretedClientIds(turn.db, turn.person.id);
  if (ids.length === 0) return turn.say('interpreter-no-clients');
  const clients = await turn.db.selectFrom('clients').select(['name', 'language']).where('id', 'in', ids).orderBy('name').execute();
  const lines = clients.map((client) => `• ${client.name} (${languageName(client.language, turn.person.language)})`);
  turn.say('interpreter-clients', { list: lines.join('\n') });
}

/** A message from an interpreter is a translation of the copy it answers, or nothing. */
async function takeTranslation(turn: InterpreterTurn, event: InboundMessageEvent): Promise<void> {
  if (event.replyToExternalId === undefined) return turn.say('translation-reply-to-message');
  if (event.kind !== 'text' || !event.text?.trim()) return turn.say('translation-text-only');
  const { account } = turn;
  const copy = await turn.db
    .selectFrom('deliveries')
    .select('message_id')
    .where('channel', '=', account.channel)
    .where('recipient_chat_id', '=', account.chat_id)
    .where('account_id', '=', account.id)
    .where('external_id', '=', event.replyToExternalId)
    .executeTakeFirst();
  if (!copy?.message_id) return turn.say('translation-reply-to-message');
  const outcome = await translateMessage(turn, turn.person, copy.message_id, event.text.trim());
  turn.say(outcomeReplies[outcome]);
}

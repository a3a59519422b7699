import { loadClientContext, type ClientContext, type MentorContext } from '../people/contexts.js';
import type { InboundMessageEvent } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import { sendOriginal, toggleViaMode, viaModeOn, writeForTranslation } from './via-interpreter.js';

type MentorTurn = Turn<MentorContext>;
type InterpretedClient = ClientContext & { interpreter: NonNullable<ClientContext['interpreter']> };

const hasInterpreter = (client: ClientContext): client is InterpretedClient => client.interpreter !== null;

/**
 * A mentor's text for a client goes through the interpreter when the
 * mentor's /via mode is on and the client has one; files, locations and
 * the like always go as they are. Returns whether it went that way.
 */
export async function relayViaInterpreter(turn: MentorTurn, client: ClientContext, event: InboundMessageEvent): Promise<boolean> {
  if (event.kind !== 'text' || !event.text || !hasInterpreter(client)) return false;
  if (!(await viaModeOn(turn.db, turn.person.id))) return false;
  await writeViaAndTell(turn, client, event.text, { channel: turn.account.channel, externalId: event.externalMessageId });
  return true;
}

async function writeViaAndTell(turn: MentorTurn, client: InterpretedClient, text: string, platform?: { channel: 'telegram' | 'whatsapp'; externalId: string }): Promise<void> {
  const stored = await writeForTranslation(turn, client, { kind: 'mentor', mentorId: turn.person.id, name: turn.person.name }, text, platform);
  if (stored) turn.say('via-waiting', { interpreter: client.interpreter.name, client: client.name }, { aboutClientId: client.id });
}

/**
 * `/via`: without words, turns the mode over; with words, sends just those
 * through the interpreter of the client the mentor is writing to.
 */
export async function viaCommand(turn: MentorTurn, clientId: string | undefined, words: string): Promise<void> {
  if (words === '') {
    const on = await toggleViaMode(turn.db, turn.person.id, turn.now);
    return turn.say(on ? 'via-mode-on' : 'via-mode-off');
  }
  if (!clientId) return turn.say('choose-client-first');
  const client = await loadClientContext(turn.db, clientId);
  if (!client) return;
  if (!hasInterpreter(client)) return turn.say('via-no-interpreter', { client: client.name }, { aboutClientId: client.id });
  await writeViaAndTell(turn, client, words);
}

/** The "send the original" button under a message that waited too long for its translation. */
export async function sendOriginalFromChat(turn: MentorTurn, messageId: string): Promise<void> {
  const outcome = await sendOriginal(turn, messageId, (client) => client.mentor?.id === turn.person.id);
  if (outcome === 'not-found') return turn.say('not-your-client');
  turn.say(outcome === 'sent' ? 'original-sent' : 'translation-already-went');
}

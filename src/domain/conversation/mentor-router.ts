import { chooseClient, listClients, openClientChoice } from '../caseload/client-list.js';
import { showHistory } from '../caseload/history-command.js';
import { saveNote, startNote } from '../caseload/notes.js';
import { offerPraise, praiseChoice, sendPraise } from '../caseload/praise.js';
import { targetClient } from '../caseload/target-client.js';
import { askAgainChoice, askNow } from '../checkins/prompt-now.js';
import { setPendingAction } from '../people/accounts.js';
import { loadClientContext, type MentorContext } from '../people/contexts.js';
import { acknowledgeAlertChoice, acknowledgeFromChat } from '../safety/alerts.js';
import { sendConsoleLink } from '../staff/console-link.js';
import { continueTask, handleMentorTaskChoice, listMentorTasks, saveRedoComment, startTask } from '../tasks/task-wizard.js';
import { storeMentorMessage } from '../threads/mentor-messages.js';
import { relayViaInterpreter, sendOriginalFromChat, viaCommand } from '../interpreting/mentor-via.js';
import { sendOriginalChoice } from '../interpreting/waiting-translations.js';
import type { InboundEvent, InboundMessageEvent, TakenMedia } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';

type MentorTurn = Turn<MentorContext>;

/** Where the console is, for the links the bot hands out. */
export interface MentorRouting {
  publicUrl: string;
}

/** Everything a bound mentor sends. */
export async function handleMentorEvent(turn: MentorTurn, event: InboundEvent, media: TakenMedia | undefined, routing: MentorRouting): Promise<void> {
  if (event.type === 'choice') return handleMentorChoice(turn, event);
  if (event.type === 'command') return handleMentorCommand(turn, event, routing);
  if (event.type === 'edit') return;

  const pending = turn.account.pending_action;
  if (pending?.type === 'note' && event.kind === 'text' && event.text) return saveNote(turn, pending.clientId, event.text);
  if (pending?.type === 'redo' && event.kind === 'text' && event.text) return saveRedoComment(turn, pending.taskId, event.text);
  if (pending?.type === 'task') {
    const worksheet = media?.mediaId && (event.kind === 'photo' || event.kind === 'document') ? { mediaId: media.mediaId } : undefined;
    return continueTask(turn, pending, event.text, worksheet);
  }
  return relayMentorMessage(turn, event, media);
}

async function handleMentorChoice(turn: MentorTurn, event: Extract<InboundEvent, { type: 'choice' }>): Promise<void> {
  const client = openClientChoice.match(event.data);
  if (client) return chooseClient(turn, client.clientId);
  // A forged phrase number is answered as a praise without a client, as it always was.
  if (event.data.split(':')[0] === praiseChoice.name) return sendPraise(turn, event, praiseChoice.match(event.data)?.phrase);
  const again = askAgainChoice.match(event.data);
  if (again) return askNow(turn, again.clientId, true);
  if (await handleMentorTaskChoice(turn, event.data)) return;
  const alert = acknowledgeAlertChoice.match(event.data);
  if (alert) return acknowledgeFromChat(turn, alert.alertId);
  const original = sendOriginalChoice.match(event.data);
  if (original) return sendOriginalFromChat(turn, original.messageId);
  turn.say('mentor-help');
}

async function handleMentorCommand(turn: MentorTurn, event: Extract<InboundEvent, { type: 'command' }>, routing: MentorRouting): Promise<void> {
  // A command leaves any half-answered question behind, so a later message is not read as its answer.
  if (turn.account.pending_action) await setPendingAction(turn.db, turn.account.id, null);
  switch (event.command) {
    case 'clients':
    case 'client':
      return listClients(turn);
    case 'history':
      return showHistory(turn, event);
    case 'note': {
      const clientId = await targetClient(turn, event);
      if (!clientId) return turn.say('choose-client-first');
      return startNote(turn, clientId, event.args.trim());
    }
    case 'praise':
      return offerPraise(turn, event);
    case 'checkin': {
      const clientId = await targetClient(turn, event);
      if (!clientId) return turn.say('choose-client-first');
      return askNow(turn, clientId, false);
    }
    case 'task':
      return startTask(turn, await targetClient(turn, event), event.args.trim());
    case 'tasks': {
      const clientId = await targetClient(turn, event);
      if (!clientId) return turn.say('choose-client-first');
      return listMentorTasks(turn, clientId);
    }
    case 'via':
      return viaCommand(turn, await targetClient(turn, event), event.args.trim());
    case 'web':
      return sendConsoleLink(turn, routing.publicUrl);
    case 'start':
      return turn.say('mentor-welcome', { name: turn.person.name });
    default:
      return turn.say('mentor-help');
  }
}

/** A plain message from a mentor goes to the client it is about, or first to their interpreter in /via mode. */
async function relayMentorMessage(turn: MentorTurn, event: InboundMessageEvent, media: TakenMedia | undefined): Promise<void> {
  const clientId = await targetClient(turn, event);
  if (!clientId) return turn.say('choose-client-first');
  const client = await loadClientContext(turn.db, clientId);
  if (!client) return;
  if (await relayViaInterpreter(turn, client, event)) return;
  await storeMentorMessage(turn, client, event, media);
}

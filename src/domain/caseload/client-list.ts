import { textTo } from '../../outbox/enqueue.js';
import { assignedClientOrRefuse, type MentorContext } from '../people/contexts.js';
import { defineChoice, recordId } from '../turn/choices.js';
import type { Turn } from '../turn/turn.js';
import { mentorCaseload } from './caseload.js';

/** A client's button in the mentor's /clients: makes them the current client. */
export const openClientChoice = defineChoice('client', { clientId: recordId });

/** The mentor's /clients: every current client with what needs attention, each a button. */
export async function listClients(turn: Turn<MentorContext>): Promise<void> {
  const { t } = turn;
  const caseload = await mentorCaseload(turn.db, turn.person.id, turn.now);
  if (caseload.length === 0) return turn.say('clients-none');
  const rows = caseload.map((c) =>
    t('clients-row', {
      name: c.name,
      unread: c.unread,
      mood: c.lastMood === null ? t('mood-unknown') : `${c.lastMood}/5`,
      missed: c.missedDays,
      tasks: c.openTasks,
      overdue: c.overdueTasks,
    }),
  );
  const choices = caseload.map((c) => [openClientChoice.option({ clientId: c.clientId }, c.unread > 0 ? `${c.name} (${c.unread})` : c.name)]);
  turn.send(textTo(turn.account, [t('clients-header'), ...rows].join('\n'), { choices }));
}

/** The mentor picked a client: they are the current client, pinned at the top of the chat. */
export async function chooseClient(turn: Turn<MentorContext>, clientId: string): Promise<void> {
  const client = await assignedClientOrRefuse(turn, clientId);
  if (!client) return;
  await turn.db.updateTable('channel_accounts').set({ current_client_id: clientId, pending_action: null }).where('id', '=', turn.account.id).execute();
  turn.say('current-client', { name: client.name }, { aboutClientId: clientId, pin: true });
}

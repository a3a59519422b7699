import { textTo } from '../../outbox/enqueue.js';
import { loadClientContext, type MentorContext } from '../people/contexts.js';
import { recentHistoryLines } from '../threads/history.js';
import { markThreadSeen } from '../threads/thread-store.js';
import type { Turn } from '../turn/turn.js';
import { targetClient, type MentorEventPlace } from './target-client.js';

const historyLength = 10;

/** The mentor's /history: the client's last messages, which counts as reading them. */
export async function showHistory(turn: Turn<MentorContext>, place: MentorEventPlace): Promise<void> {
  const clientId = await targetClient(turn, place);
  if (!clientId) return turn.say('choose-client-first');
  const client = await loadClientContext(turn.db, clientId);
  if (!client) return;
  const lines = await recentHistoryLines(turn.db, turn.translator, clientId, turn.person, historyLength);
  await markThreadSeen(turn.db, clientId);
  turn.send(
    textTo(
      turn.account,
      lines.length === 0 ? turn.t('history-empty', { name: client.name }) : [turn.t('history-header', { name: client.name }), ...lines].join('\n'),
      { aboutClientId: clientId },
    ),
  );
}

import { hasOpenPrompt, recordMood, sendMoodQuestion } from '../checkins/answers.js';
import { moodChoice } from '../checkins/mood-question.js';
import { parseMood } from '../checkins/mood-words.js';
import type { ClientContext } from '../people/contexts.js';
import { answerForget, askToForget, forgetChoice } from '../privacy/erasure-requests.js';
import { raiseAlert } from '../safety/alerts.js';
import { answerCrisisWords, type SafetySettings } from '../safety/crisis-reply.js';
import { handleTaskChoice, listClientTasks, releaseHeldPhoto, takeAsEvidence } from '../tasks/task-evidence.js';
import { storeClientEdit, storeClientMessage } from '../threads/client-messages.js';
import type { InboundEvent, TakenMedia } from '../turn/inbound-event.js';
import { noticeDue } from '../turn/notice-windows.js';
import type { Turn } from '../turn/turn.js';
import { markChoicesAnswered, resolveTypedChoice } from '../turn/typed-answers.js';
import { askForConsent, consentChoice, recordConsent } from './consent.js';
import type { ConversationDeps } from './conversation-deps.js';
import { languageChoice, offerLanguages, setLanguage } from './languages.js';

/** The kinds of option a client may answer with a word rather than its number or label. */
export const clientTypedKinds = [consentChoice, moodChoice, forgetChoice] as const;

/** Everything a bound client sends. */
export async function handleClientEvent(
  turn: Turn<ClientContext>,
  deps: Pick<ConversationDeps, 'safety' | 'coordinators'>,
  inbound: InboundEvent,
  media: TakenMedia | undefined,
): Promise<void> {
  const { db, account, person: client } = turn;
  const { safety } = deps;
  const typed =
    inbound.type === 'message' && inbound.kind === 'text' && inbound.text
      ? await resolveTypedChoice(db, account, inbound.text, { now: turn.now, kinds: clientTypedKinds })
      : null;
  // Asking for one's data to be erased needs neither consent nor an active programme.
  if (inbound.type === 'command' && inbound.command === 'forget') return askToForget(turn);
  const forget = forgetChoice.match(inbound.type === 'choice' ? inbound.data : (typed ?? ''));
  if (forget) {
    await markChoicesAnswered(db, account.id);
    return answerForget(turn, forget.answer === 'yes');
  }
  if (client.status === 'ended') return handleEndedClientEvent(turn, safety, inbound, media);
  const event: InboundEvent = typed !== null ? { type: 'choice', eventId: inbound.eventId, from: inbound.from, data: typed, typed: true } : inbound;

  if (event.type === 'choice') {
    await markChoicesAnswered(db, account.id);
    const mood = moodChoice.match(event.data);
    if (mood) {
      if (!client.consentGiven) return askForConsent(turn, 'consent-still-needed');
      return recordMood(turn, mood.mood, event.typed ? 'text' : 'button');
    }
    const consent = consentChoice.match(event.data);
    if (consent) return recordConsent(turn, consent.answer === 'yes');
    const language = languageChoice.match(event.data);
    if (language && (await setLanguage(turn, language.language))) return;
    if (!client.consentGiven) return askForConsent(turn, 'consent-still-needed');
    if (await handleTaskChoice(turn, event.data)) return;
    // Anything else is stale or forged: a client can choose nothing else.
    return turn.say('client-help');
  }

  if (event.type === 'command') {
    switch (event.command) {
      case 'start':
        if (!client.consentGiven) return askForConsent(turn);
        await db.updateTable('clients').set({ checkins_stopped_at: null }).where('id', '=', client.id).execute();
        return turn.say('checkins-resumed');
      case 'stop':
        await db.updateTable('clients').set({ checkins_stopped_at: turn.now }).where('id', '=', client.id).execute();
        return turn.say('checkins-paused');
      case 'mood':
        if (!client.consentGiven) return askForConsent(turn, 'consent-still-needed');
        return sendMoodQuestion(turn);
      case 'tasks':
        if (!client.consentGiven) return askForConsent(turn, 'consent-still-needed');
        return listClientTasks(turn);
      case 'language':
        return offerLanguages(turn);
      default:
        // /help, and any mentor command a client types: the client help, never mentor data.
        return turn.say('client-help');
    }
  }

  const inCrisis = answerCrisisWords(turn, safety, event);
  if (!client.consentGiven) return askForConsent(turn, 'consent-still-needed');

  if (event.type === 'edit') {
    const edited = await storeClientEdit(turn, event.externalMessageId, event.text);
    if (inCrisis && edited) await raiseAlert(turn, { client, kind: 'crisis_words', messageId: edited });
    return;
  }

  await releaseHeldPhoto(turn, account, client);
  const mood = event.kind === 'text' && event.text ? parseMood(event.text) : null;
  if (mood !== null && (await hasOpenPrompt(db, client.id, turn.now))) return recordMood(turn, mood, 'text');
  const evidence = await takeAsEvidence(turn, event, media);
  const stored = evidence ? { id: evidence.messageId, relayed: true } : await storeClientMessage(turn, event, media);
  if (inCrisis && stored?.id) await raiseAlert(turn, { client, kind: 'crisis_words', messageId: stored.id });
  if (stored && !stored.relayed && client.inactiveMentor) await tellCoordinatorsMentorInactive(turn, deps.coordinators);
}

/** How long the coordinators are told at most once that a client's messages wait for their inactive mentor. */
const inactiveMentorNoticeMs = 24 * 3600_000;

/** A client of an inactive mentor wrote: only a coordinator can move them to someone who reads it. */
async function tellCoordinatorsMentorInactive(turn: Turn<ClientContext>, coordinators: ConversationDeps['coordinators']): Promise<void> {
  const { person: client } = turn;
  if (!coordinators || !client.inactiveMentor) return;
  if (!(await noticeDue(turn.db, { kind: 'mentor-inactive', subject: client.id, now: turn.now, windowMs: inactiveMentorNoticeMs }))) return;
  const text = turn.translator.t(coordinators.language, 'coordinators-mentor-inactive', { client: client.name, mentor: client.inactiveMentor.name });
  turn.send({ channel: 'telegram', chatId: coordinators.chatId, accountId: null, payload: { kind: 'text', text } });
}

/** How long a client whose programme ended is reminded at most once that nothing goes on. */
const endedNoticeMs = 24 * 3600_000;

/**
 * A client whose programme has ended: what they write is kept in their
 * thread but passed to nobody, and words of crisis are still answered and
 * alerted, since that is about their safety, not the programme.
 */
async function handleEndedClientEvent(
  turn: Turn<ClientContext>,
  safety: SafetySettings,
  event: InboundEvent,
  media: TakenMedia | undefined,
): Promise<void> {
  const { person: client } = turn;
  const inCrisis = answerCrisisWords(turn, safety, event);
  const stored = event.type === 'message' ? await storeClientMessage(turn, event, media) : undefined;
  if (inCrisis) await raiseAlert(turn, { client, kind: 'crisis_words', ...(stored ? { messageId: stored.id } : {}) });
  if (await noticeDue(turn.db, { kind: 'client-ended', subject: client.id, now: turn.now, windowMs: endedNoticeMs })) turn.say('client-ended');
}

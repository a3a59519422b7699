import { hasOpenPrompt, recordMood, sendMoodQuestion } from '../checkins/answers.js';
import { moodChoice } from '../checkins/mood-question.js';
import { parseMood } from '../checkins/mood-words.js';
import type { ClientContext } from '../people/contexts.js';
import { raiseAlert } from '../safety/alerts.js';
import { answerCrisisWords, type SafetySettings } from '../safety/crisis-reply.js';
import { handleTaskChoice, listClientTasks, releaseHeldPhoto, takeAsEvidence } from '../tasks/task-evidence.js';
import { storeClientEdit, storeClientMessage } from '../threads/client-messages.js';
import type { InboundEvent } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';
import { markChoicesAnswered, resolveTypedChoice } from '../turn/typed-answers.js';
import { askForConsent, consentChoice, recordConsent } from './consent.js';
import { languageChoice, offerLanguages, setLanguage } from './languages.js';

/** The kinds of option a client may answer with a word rather than its number or label. */
export const clientTypedKinds = [consentChoice, moodChoice] as const;

/** Everything a bound client sends. */
export async function handleClientEvent(
  turn: Turn<ClientContext>,
  safety: SafetySettings,
  inbound: InboundEvent,
  media: { mediaId: string } | undefined,
): Promise<void> {
  const { db, account, person: client } = turn;
  const typed =
    inbound.type === 'message' && inbound.kind === 'text' && inbound.text
      ? await resolveTypedChoice(db, account, inbound.text, { now: turn.now, kinds: clientTypedKinds })
      : null;
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
  const stored = evidence ? evidence.messageId : await storeClientMessage(turn, event, media);
  if (inCrisis && stored) await raiseAlert(turn, { client, kind: 'crisis_words', messageId: stored });
}

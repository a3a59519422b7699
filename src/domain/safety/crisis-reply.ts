import type { ClientContext } from '../people/contexts.js';
import type { InboundEvent } from '../turn/inbound-event.js';
import type { Turn } from '../turn/turn.js';

export interface SafetySettings {
  /** Whether a client's words signal a risk of self-harm. */
  isCrisis: (text: string) => boolean;
  /** Where to get help at once, sent to a client whose words signal a crisis. */
  crisisContactsText: string;
}

/**
 * Answers words of crisis with where to get help at once, even before
 * consent: it passes nothing on. Returns whether the words were there.
 */
export function answerCrisisWords(turn: Turn<ClientContext>, safety: SafetySettings, event: InboundEvent): boolean {
  const text = event.type === 'message' || event.type === 'edit' ? event.text : null;
  if (text === null || !safety.isCrisis(text)) return false;
  turn.say('crisis-contacts', { contacts: safety.crisisContactsText });
  return true;
}

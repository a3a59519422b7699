import { numberedChoices, type Choice } from '../../outbox/payload.js';
import { withNumberedChoices } from '../whatsapp/whatsapp-sender.js';

/** The Cloud API's limits on interactive messages. */
const maxBodyChars = 1024;
const maxButtons = 3;
const maxButtonTitleChars = 20;
const maxListRows = 10;
const maxRowTitleChars = 24;

/**
 * A text with choices as the Cloud API can show them: two or three options as
 * reply buttons, up to ten as a list, anything larger as a numbered list in
 * the text (which a typed number still answers). `chooseLabel` opens the list.
 */
export type TextMessage =
  | { type: 'text'; text: { body: string; preview_url: false } }
  | { type: 'interactive'; interactive: Record<string, unknown> };

export function textMessage(text: string, choices: Choice[][] | undefined, chooseLabel: string): TextMessage {
  const options = numberedChoices(choices);
  const fitsBody = options.length > 0 && text.length <= maxBodyChars;
  if (fitsBody && options.length <= maxButtons && options.every((o) => o.label.length <= maxButtonTitleChars)) {
    return {
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text },
        action: { buttons: options.map((o) => ({ type: 'reply', reply: { id: o.data, title: o.label } })) },
      },
    };
  }
  if (fitsBody && options.length <= maxListRows && options.every((o) => o.label.length <= maxRowTitleChars)) {
    return {
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text },
        action: { button: chooseLabel.slice(0, maxButtonTitleChars), sections: [{ rows: options.map((o) => ({ id: o.data, title: o.label })) }] },
      },
    };
  }
  return { type: 'text', text: { body: withNumberedChoices(text, choices), preview_url: false } };
}

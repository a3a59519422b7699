import { z } from 'zod';
import { localDateField } from '../../../core/fields.js';
import { clientPatchBody, taskDetails, taskTitle } from '../../schemas.js';
import type { FormState } from '../ui/form.js';

/** The forms of a client's page that can come back with a problem, each shown again as it was sent. */
export interface ClientForms {
  reply?: FormState;
  task?: FormState;
  /** A task's "ask to redo", with the task it was about. */
  redo?: { taskId: string; state: FormState };
  /** A task whose button was pressed after it had moved on (answered or cancelled meanwhile). */
  taskAction?: { taskId: string };
  note?: FormState;
  profile?: FormState;
  checkins?: FormState;
  mentor?: FormState;
  interpreter?: FormState;
  access?: FormState;
  /** An interpreter's translation, with the message it was of. */
  translation?: { messageId: string; state: FormState };
}

/** Telegram's longest text; a longer one would go as several messages, which a reply should not. */
export const replyMaxLength = 4096;

export const replyForm = z.object({ text: z.string().trim().max(replyMaxLength, `must be at most ${replyMaxLength} characters`) });

/** The API's rules for a task, so the console and the API say the same. */
export const taskForm = z.object({
  title: taskTitle,
  details: taskDetails.transform((value) => value || null),
  dueDate: z.union([z.literal('').transform(() => null), localDateField]),
});

export const redoForm = z.object({ comment: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters') });

export const noteForm = z.object({ note: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters') });

export const profileForm = clientPatchBody.pick({ name: true, phone: true, country: true, programme: true, language: true, timezone: true, status: true });

export const checkinForm = clientPatchBody.pick({ checkinTime: true, checkinDays: true, weeklySummaryDay: true, checkinsPausedUntil: true });

export const mentorForm = z.object({ mentorId: z.union([z.literal('').transform(() => null), z.uuid({ message: 'must be a mentor id (UUID)' })]) });

/** The interpreter chosen for a client; none chosen is no interpreter. */
export const interpreterForm = z.object({ interpreterId: z.union([z.literal('').transform(() => null), z.uuid({ message: 'must be an interpreter id (UUID)' })]) });

/** A translation goes on as one message, as a reply does. */
export const translationMaxLength = replyMaxLength;

export const translationForm = z.object({ translation: z.string().trim().max(translationMaxLength, `must be at most ${translationMaxLength} characters`) });

/** An optional text field of a form: left empty, it clears the value. */
export const orNull = (value: string | undefined): string | null | undefined => (value === undefined ? undefined : value.trim() === '' ? null : value.trim());

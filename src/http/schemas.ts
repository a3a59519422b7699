import { Readable } from 'node:stream';
import { z } from 'zod';
import { clientStatuses, deliveryStatuses, mentorRoles, messageKinds } from '../db/database.js';
import {
  checkinDaysField,
  checkinTimeField,
  languageField,
  localDateField,
  phoneField,
  timeZoneField,
  weekdays,
} from '../core/fields.js';
import { maxPageSize } from '../core/pagination.js';
import { consoleLanguages } from './console/console-text.js';

export const idParams = z.object({ id: z.uuid({ message: 'must be a UUID' }) });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(maxPageSize).optional(),
  cursor: z.string().min(1).optional(),
});

/** The body of every error answer, as `ErrorBody` in `error-handler.ts`. */
export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().describe('A stable code such as `CLIENT_NOT_FOUND` or `VALIDATION_FAILED`.'),
      message: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** A 200 answered as CSV: documented as such, and never serialised from this schema, as the body is streamed. */
export const csvResponse = (description: string) =>
  z.string().meta({ description, content: { 'text/csv': { schema: { type: 'string' } } } });

/**
 * A 200 answered with bytes of one of `mediaTypes`, from a buffer or a stream, which Fastify
 * sends as they are: documented as such, and never serialised from this schema.
 */
export const binaryResponse = (description: string, mediaTypes: readonly string[]) =>
  z.custom<Uint8Array | Readable>((value) => value instanceof Uint8Array || value instanceof Readable).meta({
    description,
    content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  });

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

const name = z.string().trim().min(1, 'must not be empty').max(200);
const optionalText = z.string().trim().max(200).nullable().optional();

export const mentorBody = z.strictObject({
  name,
  role: z.enum(mentorRoles).optional(),
  languages: z.array(languageField).min(1).max(20).optional(),
  timezone: timeZoneField.optional(),
});

export const mentorPatchBody = mentorBody.partial().extend({ active: z.boolean().optional() });

export const mentorResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: z.enum(mentorRoles),
    languages: z.array(z.string()),
    timezone: z.string(),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Mentor' });

export const clientBody = z.strictObject({
  name,
  mentorId: z.uuid({ message: 'must be a mentor id (UUID)' }).nullable(),
  language: languageField,
  timezone: timeZoneField,
  checkinTime: checkinTimeField,
  checkinDays: checkinDaysField.optional(),
  checkinsPausedUntil: localDateField.nullable().optional(),
  weeklySummaryDay: z.enum(weekdays, { message: `must be one of ${weekdays.join(', ')}` }).optional(),
  phone: phoneField.nullable().optional(),
  consentGiven: z.boolean().optional(),
  country: optionalText,
  programme: optionalText,
});

export const clientPatchBody = clientBody.partial().extend({
  status: z.enum(clientStatuses).optional(),
  interpreterId: z.uuid({ message: 'must be an interpreter id (UUID)' }).nullable().optional(),
});

export const clientResponse = z
  .object({
    id: z.uuid(),
    name: z.string(),
    mentorId: z.uuid().nullable(),
    interpreterId: z.uuid().nullable(),
    language: z.string(),
    timezone: z.string(),
    checkinTime: z.string(),
    checkinDays: z.array(z.enum(weekdays)),
    checkinsPausedUntil: z.string().nullable(),
    weeklySummaryDay: z.enum(weekdays),
    status: z.enum(clientStatuses),
    phone: z.string().nullable(),
    country: z.string().nullable(),
    programme: z.string().nullable(),
    consentGiven: z.boolean(),
    consentAt: z.date().nullable(),
    consentMethod: z.enum(['in_person', 'bot']).nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Client' });

/** The body is optional: a POST without one (Fastify hands over null) takes the defaults. */
export const inviteBody = z
  .strictObject({ expiresInHours: z.number().int().min(1).max(24 * 90).optional() })
  .nullish();

export const inviteResponse = z
  .object({
    code: z.string(),
    expiresAt: z.date(),
    telegramLink: z.string().nullable(),
    whatsappText: z.string().nullable(),
  })
  .meta({ id: 'Invite' });

export const translationResponse = z
  .object({
    id: z.uuid(),
    language: z.string().meta({ description: 'The language of the translation.' }),
    text: z.string(),
    authorName: z.string().meta({ description: 'The interpreter who translated it.' }),
    createdAt: z.date(),
  })
  .meta({ id: 'Translation' });

export const messageResponse = z
  .object({
    id: z.uuid(),
    direction: z.enum(['inbound', 'outbound']),
    author: z.enum(['client', 'mentor', 'staff', 'system']),
    authorMentorId: z.uuid().nullable(),
    authorStaffId: z.uuid().nullable(),
    kind: z.enum(messageKinds),
    text: z.string().nullable(),
    mediaId: z.uuid().nullable(),
    location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
    replyToId: z.uuid().nullable(),
    channel: z.enum(['telegram', 'whatsapp']).nullable(),
    deliveryStatus: z.enum(deliveryStatuses).nullable(),
    editedAt: z.date().nullable(),
    createdAt: z.date(),
    translations: z.array(translationResponse),
    waitingForTranslationSince: z.date().nullable().meta({ description: 'For a message written through the interpreter: since when it waits for the translation, while it does.' }),
  })
  .meta({ id: 'Message' });


export const taskTitle = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const taskDetails = z.string().trim().max(2000, 'must be at most 2000 characters').nullable();

const staffName = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const assignableRoles = ['coordinator', 'mentor', 'interpreter'] as const;

const staffRole = z.enum(assignableRoles, { message: `must be one of ${assignableRoles.join(', ')}` });
const staffLanguage = z.enum(consoleLanguages, { message: `must be one of ${consoleLanguages.join(', ')}` });
const staffPassword = z.string().max(1000, 'must be at most 1000 characters');

/** The languages an interpreter translates. */
const staffLanguages = z.array(languageField).min(1, 'must list at least one language').max(20, 'must list at most 20 languages');

export const staffBody = z.strictObject({
  /** Only an interpreter may go without: they sign in through links from the bot. */
  email: z.email({ message: 'must be an email address' }).max(320).optional(),
  name: staffName,
  role: staffRole,
  mentorId: z.uuid({ message: 'must be a mentor id (UUID)' }).optional(),
  languages: staffLanguages.optional(),
  password: staffPassword.optional(),
  language: staffLanguage.optional(),
  timezone: timeZoneField.optional(),
});

/** What may change of a staff member; the API's body is these, at least one of them. */
export const staffChanges = z.strictObject({
  active: z.boolean().optional(),
  role: staffRole.optional(),
  mentorId: z.uuid({ message: 'must be a mentor id (UUID)' }).optional(),
  languages: staffLanguages.optional(),
  name: staffName.optional(),
  language: staffLanguage.optional(),
  timezone: timeZoneField.optional(),
  password: staffPassword.optional(),
});

export const staffPatchBody = staffChanges.refine((body) => Object.keys(body).length > 0, { message: 'must change at least one field' });

export const interpreterAssignmentResponse = z
  .object({ interpreterId: z.uuid(), interpreterName: z.string(), startedAt: z.date(), endedAt: z.date().nullable() })
  .meta({ id: 'InterpreterAssignment' });

export const staffResponse = z
  .object({
    id: z.uuid(),
    email: z.string().nullable(),
    name: z.string(),
    role: z.string(),
    mentorId: z.uuid().nullable(),
    languages: z.array(z.string()),
    language: z.string(),
    timezone: z.string(),
    active: z.boolean(),
    hasPassword: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Staff' });

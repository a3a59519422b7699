import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import { fieldsOf } from '../../form-body.js';
import type { FormState } from '../../ui/form.js';
import { blankToUndefined, languageList } from '../form-values.js';

/** The mentor form's fields: the API's mentor body, and the email of a console account. */
export const mentorFormFields = ['name', 'role', 'languages', 'timezone', 'email'] as const;

/** The optional console account of a new mentor. */
export const mentorAccountBody = z.strictObject({
  email: z.email({ message: 'must be an email address' }).max(320).optional(),
});

export function newMentorForm(staff: Staff): FormState {
  return { values: { role: 'social_worker', languages: staff.language, timezone: staff.timezone }, errors: {} };
}

/**
 * The posted form as typed, in the shape of the API's mentor body, and the
 * account's email; empty fields take the API's defaults.
 */
export function postedMentor(request: FastifyRequest): { values: FormState['values']; mentor: Record<string, unknown>; account: Record<string, unknown> } {
  const fields = fieldsOf(request);
  return {
    values: fields,
    mentor: {
      name: fields.name ?? '',
      role: blankToUndefined(fields.role),
      languages: languageList(fields.languages),
      timezone: blankToUndefined(fields.timezone),
    },
    account: { email: blankToUndefined(fields.email)?.toLowerCase() },
  };
}

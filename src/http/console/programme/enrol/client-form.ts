import type { FastifyRequest } from 'fastify';
import { weekdays } from '../../../../core/fields.js';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import { fieldsOf, valuesOf } from '../../form-body.js';
import type { FormState } from '../../ui/form.js';
import { blankToNull, isTicked } from '../form-values.js';

/** The client form's fields, in the API's names, so its refusals land next to them. */
export const clientFormFields = ['name', 'mentorId', 'language', 'timezone', 'checkinTime', 'checkinDays', 'phone', 'country', 'programme', 'consentGiven'] as const;

/** A new client form: every day ticked, nine in the morning, in the coordinator's zone and language. */
export function newClientForm(staff: Staff, mentorId: string | undefined): FormState {
  return {
    values: { language: staff.language, timezone: staff.timezone, checkinTime: '09:00', checkinDays: [...weekdays], mentorId },
    errors: {},
  };
}

/** People type phone numbers with spaces, dashes, dots and brackets; E.164 has none. */
const phoneAsTyped = (value: string | undefined) => blankToNull(value?.replace(/[\s().-]/g, ''));

/**
 * The posted form as typed (to show again) and in the shape of the API's
 * client body (to check with the same schema): days from check boxes, empty
 * fields as null, the consent box as a boolean.
 */
export function postedClient(request: FastifyRequest): { values: FormState['values']; body: Record<string, unknown> } {
  const fields = fieldsOf(request);
  const checkinDays = valuesOf(request, 'checkinDays');
  return {
    values: { ...fields, checkinDays },
    body: {
      name: fields.name ?? '',
      mentorId: blankToNull(fields.mentorId),
      language: fields.language ?? '',
      timezone: (fields.timezone ?? '').trim(),
      checkinTime: fields.checkinTime ?? '',
      checkinDays,
      phone: phoneAsTyped(fields.phone),
      country: blankToNull(fields.country),
      programme: blankToNull(fields.programme),
      consentGiven: isTicked(fields.consentGiven),
    },
  };
}

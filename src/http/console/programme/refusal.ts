import { DomainError, NotFoundError, ValidationError } from '../../../core/errors.js';
import type { FormState } from '../ui/form.js';

/**
 * A domain refusal about one field (a ValidationError, or a conflict that
 * names its field, such as a phone number taken) as the form shown again
 * with the message next to that field, or on the whole form when it names
 * none of the form's fields. Undefined for anything that is not a refusal
 * (a record not found is a page not found, not a message on a form).
 */
export function refusalOf(values: FormState['values'], error: unknown, fields: readonly string[]): FormState | undefined {
  if (!(error instanceof DomainError) || error instanceof NotFoundError) return undefined;
  const named = error instanceof ValidationError ? error.field : error.details?.field;
  const field = typeof named === 'string' && fields.includes(named) ? named : 'form';
  return { values, errors: { [field]: error.message } };
}

import { ConflictError, ValidationError } from '../../../core/errors.js';
import type { FormState } from '../ui/form.js';

/**
 * The domain's refusal of a form as a message on the field it names (a
 * phone number another client has, a mentor who does not exist), or on the
 * whole form; undefined for any other error, which is the error page's.
 */
export function refusalOf(error: unknown, values: FormState['values']): FormState | undefined {
  if (error instanceof ValidationError) return { values, errors: { [error.field]: error.message } };
  if (error instanceof ConflictError) {
    const field = typeof error.details?.field === 'string' ? error.details.field : 'form';
    return { values, errors: { [field]: error.message } };
  }
  return undefined;
}

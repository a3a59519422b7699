import type { FastifyRequest } from 'fastify';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import { staffBody, staffChanges } from '../../../schemas.js';
import { fieldsOf } from '../../form-body.js';
import type { FormState } from '../../ui/form.js';
import { blankToUndefined, isTicked, languageList } from '../form-values.js';

// The API's own checks, so the console says the same in the same words; its forms always send a language.
export const newStaffBody = staffBody.required({ language: true });

export const staffChangesBody = staffChanges
  .pick({ name: true, role: true, mentorId: true, languages: true, language: true, active: true })
  .required({ name: true, language: true, active: true });

export const newStaffFields = ['email', 'name', 'role', 'mentorId', 'languages', 'password', 'language', 'timezone'] as const;
export const staffChangeFields = ['name', 'role', 'mentorId', 'languages', 'language', 'active'] as const;

/** A new staff member: a mentor's account when coming from that mentor, else a coordinator; in the adder's language and zone. */
export function newStaffForm(adder: Staff, mentorId: string | undefined): FormState {
  return { values: { role: mentorId ? 'mentor' : 'coordinator', mentorId, language: adder.language, timezone: adder.timezone }, errors: {} };
}

export function staffChangesForm(staff: Staff): FormState {
  return {
    values: { name: staff.name, role: staff.role, mentorId: staff.mentorId ?? '', languages: staff.languages.join(', '), language: staff.language, active: staff.active ? 'yes' : undefined },
    errors: {},
  };
}

/** The mentor a form names counts for mentors only: for anyone else the choice is not theirs. */
const mentorFor = (role: string | undefined, chosen: string | undefined) => (role === 'mentor' ? blankToUndefined(chosen) : undefined);

/** So do the languages it lists for interpreters, who translate them: for an interpreter, none typed is none, which is refused. */
const languagesFor = (role: string | undefined, typed: string | undefined) => (role === 'interpreter' ? (languageList(typed) ?? []) : undefined);

/** The add form as typed (never the password, which is not shown again) and in the API's shape. */
export function postedNewStaff(request: FastifyRequest): { values: FormState['values']; body: Record<string, unknown> } {
  const { password, ...typed } = fieldsOf(request);
  return {
    values: typed,
    body: {
      // Only an interpreter may be left without: the domain says so of anyone else.
      email: blankToUndefined(typed.email)?.toLowerCase(),
      name: typed.name ?? '',
      role: typed.role ?? '',
      mentorId: mentorFor(typed.role, typed.mentorId),
      languages: languagesFor(typed.role, typed.languages),
      password: password === '' ? undefined : password,
      language: typed.language ?? '',
      timezone: blankToUndefined(typed.timezone),
    },
  };
}

/** The changes form as typed and in the API's shape; a role left as it was is no change, so an interpreter's name can be changed too. */
export function postedStaffChanges(request: FastifyRequest, current: Staff): { values: FormState['values']; body: Record<string, unknown> } {
  const fields = fieldsOf(request);
  return {
    values: fields,
    body: {
      name: fields.name ?? '',
      role: fields.role === current.role ? undefined : (fields.role ?? ''),
      mentorId: mentorFor(fields.role, fields.mentorId),
      languages: languagesFor(fields.role, fields.languages),
      language: fields.language ?? '',
      active: isTicked(fields.active),
    },
  };
}

import type { Mentor } from '../../../../domain/people/mentors.js';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import { consoleLanguages } from '../../console-text.js';
import { Field, Select, type FormState } from '../../ui/form.js';
import { usePage } from '../../ui/page-context.js';
import { assignableRoles } from '../../../schemas.js';

/** Mentors and who already signs in as each, for the mentor a staff account works as. */
export interface StaffChoices {
  mentors: Mentor[];
  staff: Staff[];
}

/** The roles the console hands out, and the person's own when it is another (an interpreter's). */
export function RoleSelect(props: { state: FormState; current?: Staff }) {
  const { t } = usePage();
  const roles: string[] = [...assignableRoles];
  if (props.current && !roles.includes(props.current.role)) roles.push(props.current.role);
  return <Select name="role" label={t('staff-page-role')} state={props.state} options={roles.map((role) => ({ value: role, label: t(`staff-role-${role}`) }))} />;
}

/** Active mentors, each marked when someone else already signs in as them; the one given stays a choice even if inactive. */
export function MentorSelect(props: { state: FormState; choices: StaffChoices; current?: Staff }) {
  const { t } = usePage();
  const takenBy = new Map(props.choices.staff.filter((member) => member.mentorId && member.id !== props.current?.id).map((member) => [member.mentorId, member]));
  const offered = props.choices.mentors.filter((mentor) => mentor.active || mentor.id === props.current?.mentorId);
  return (
    <Select
      name="mentorId"
      label={t('staff-page-mentor')}
      hint={t('staff-page-mentor-hint')}
      state={props.state}
      options={[
        { value: '', label: t('staff-page-no-mentor') },
        ...offered.map((mentor) => ({
          value: mentor.id,
          label: takenBy.has(mentor.id) ? t('staff-page-mentor-taken', { name: mentor.name }) : mentor.name,
        })),
      ]}
    />
  );
}

export function LanguageSelect(props: { state: FormState }) {
  const { t } = usePage();
  return (
    <Select
      name="language"
      label={t('field-language')}
      hint={t('staff-page-language-hint')}
      state={props.state}
      options={consoleLanguages.map((language) => ({ value: language, label: t(`language-${language}`) }))}
    />
  );
}

/** The languages an interpreter translates, as codes typed in a row; for anyone else the field is not read. */
export function TranslatedLanguagesField(props: { state: FormState }) {
  const { t } = usePage();
  return <Field name="languages" label={t('staff-page-languages')} hint={t('staff-page-languages-hint')} state={props.state} autocomplete="off" />;
}

import { minPasswordLength } from '../../../../domain/staff/passwords.js';
import type { Staff } from '../../../../domain/staff/staff-record.js';
import { Field, Form, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { FormSummary } from '../form-summary.js';
import { languageIn } from '../language-names.js';
import { TimeZoneList, timeZoneListId } from '../time-zone-list.js';
import { LanguageSelect, MentorSelect, RoleSelect, TranslatedLanguagesField, type StaffChoices } from './staff-fields.js';

/** Active people first, then by name. */
const byStanding = (a: Staff, b: Staff) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name);

function StaffTable(props: { choices: StaffChoices }) {
  const { t, language, staff: viewer } = usePage();
  const mentorName = new Map(props.choices.mentors.map((mentor) => [mentor.id, mentor.name]));
  return (
    <div class="table-wrap">
      <table class="cards staff">
        <thead>
          <tr>
            <th scope="col">{t('staff-page-name')}</th>
            <th scope="col">{t('field-email')}</th>
            <th scope="col">{t('staff-page-role')}</th>
            <th scope="col">{t('staff-page-mentor')}</th>
            <th scope="col">{t('field-language')}</th>
            <th scope="col">{t('staff-page-state')}</th>
            <th scope="col">{t('field-password')}</th>
          </tr>
        </thead>
        <tbody>
          {[...props.choices.staff].sort(byStanding).map((member) => (
            <tr key={member.id} class={member.active ? undefined : 'inactive'}>
              <td data-label={t('staff-page-name')}>
                <span class="who">
                  <a href={`/console/staff/${member.id}`}>{member.name}</a>
                  {member.id === viewer?.id ? <span class="tag">{t('staff-page-you')}</span> : null}
                </span>
              </td>
              <td data-label={t('field-email')} class="email">{member.email ?? <span class="muted">{t('staff-page-no-email')}</span>}</td>
              <td data-label={t('staff-page-role')}>
                {t(`staff-role-${member.role}`)}
                {member.role === 'interpreter' ? <span class="translates">{member.languages.map((code) => languageIn(language, code)).join(', ')}</span> : null}
              </td>
              <td data-label={t('staff-page-mentor')}>
                {member.mentorId ? <a href={`/console/mentors/${member.mentorId}`}>{mentorName.get(member.mentorId) ?? t('staff-page-mentor-record')}</a> : <span class="muted">–</span>}
              </td>
              <td data-label={t('field-language')}>{languageIn(language, member.language)}</td>
              <td data-label={t('staff-page-state')}>
                {member.active ? <span class="tag good">{t('staff-page-active')}</span> : <span class="tag bad">{t('staff-page-inactive')}</span>}
              </td>
              <td data-label={t('field-password')}>
                {member.hasPassword ? t('staff-page-password-set') : <span class="muted">{member.email === null ? '–' : t('staff-page-password-none')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Everyone who signs in to the console, and adding someone. */
export function StaffListView(props: { choices: StaffChoices; form: FormState }) {
  const { t } = usePage();
  const { form } = props;
  return (
    <Layout title={t('staff-page-title')}>
      <section class="panel" aria-labelledby="staff-heading">
        <div class="panel-head">
          <h2 id="staff-heading">{t('staff-page-people', { count: props.choices.staff.length })}</h2>
          <a class="button" href="#add-heading">{t('staff-page-add')}</a>
        </div>
        <StaffTable choices={props.choices} />
      </section>
      <section class="panel" aria-labelledby="add-heading">
        <h2 id="add-heading">{t('staff-page-add')}</h2>
        <Form action="/console/staff" class="stack" label={t('staff-page-add')}>
          <FormSummary state={form} />
          <div class="form-grid">
            <Field name="name" label={t('staff-page-name')} state={form} required maxLength={200} autocomplete="off" />
            <Field name="email" label={t('field-email')} hint={t('staff-page-email-hint')} state={form} type="email" autocomplete="off" />
            <RoleSelect state={form} />
            <MentorSelect state={form} choices={props.choices} />
            <TranslatedLanguagesField state={form} />
            <LanguageSelect state={form} />
            <Field name="timezone" label={t('field-timezone')} hint={t('staff-page-timezone-hint')} state={form} list={timeZoneListId} autocomplete="off" />
            <Field
              name="password"
              label={t('staff-page-password')}
              hint={t('staff-page-password-hint', { min: minPasswordLength })}
              state={form}
              type="password"
              autocomplete="new-password"
              minLength={minPasswordLength}
            />
          </div>
          <TimeZoneList />
          <p>
            <button type="submit" class="primary">{t('staff-page-add-submit')}</button>
          </p>
        </Form>
      </section>
    </Layout>
  );
}

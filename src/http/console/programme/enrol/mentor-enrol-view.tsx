import { mentorRoles } from '../../../../db/database.js';
import type { Mentor } from '../../../../domain/people/mentors.js';
import { InviteCard, type ShownInvite } from '../../invite-card.js';
import { Field, Form, Select, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { FormSummary } from '../form-summary.js';
import { languageIn } from '../language-names.js';
import { SetupLinkCard, type ShownSetupLink } from '../setup-link-card.js';
import { TimeZoneList, timeZoneListId } from '../time-zone-list.js';

export function MentorEnrolForm(props: { state: FormState }) {
  const { t } = usePage();
  const { state } = props;
  return (
    <Layout title={t('enrol-mentor-title')}>
      <p class="lead">{t('enrol-mentor-intro')}</p>
      <Form action="/console/enrol/mentor" class="stack enrol-form" label={t('enrol-mentor-title')}>
        <FormSummary state={state} />
        <div class="grid halves">
          <fieldset class="stack">
            <legend>{t('enrol-mentor-about')}</legend>
            <Field name="name" label={t('enrol-mentor-name')} state={state} required maxLength={200} autocomplete="off" />
            <Select name="role" label={t('enrol-mentor-role')} state={state} options={mentorRoles.map((role) => ({ value: role, label: t(`mentor-role-${role}`) }))} />
            <Field name="languages" label={t('enrol-mentor-languages')} hint={t('enrol-mentor-languages-hint')} state={state} autocomplete="off" />
            <Field name="timezone" label={t('field-timezone')} hint={t('enrol-timezone-hint')} state={state} list={timeZoneListId} autocomplete="off" />
            <TimeZoneList />
          </fieldset>
          <fieldset class="stack">
            <legend>{t('enrol-mentor-account')}</legend>
            <p class="hint">{t('enrol-mentor-account-hint')}</p>
            <Field name="email" label={t('field-email')} hint={t('enrol-mentor-email-hint')} state={state} type="email" autocomplete="off" />
          </fieldset>
        </div>
        <p>
          <button type="submit" class="primary">{t('enrol-mentor-submit')}</button>
        </p>
      </Form>
    </Layout>
  );
}

/** The mentor just enrolled, with what enrolling made: their invite, and their console account when one was asked for. */
export function MentorEnrolled(props: {
  mentor: Mentor;
  invite: ShownInvite | null;
  setupLink: ShownSetupLink | null;
  /** The account asked for, and why it could not be made, if it could not: the mentor is enrolled either way. */
  account: { email: string; refusal: string | null } | null;
}) {
  const { t, language } = usePage();
  const { mentor, invite, setupLink, account } = props;
  const accountState = !account ? t('enrol-mentor-account-bot') : account.refusal ? t('enrol-mentor-account-none') : t('enrol-mentor-account-made', { email: account.email });
  return (
    <Layout title={t('enrol-mentor-done-title', { name: mentor.name })}>
      {invite ? <p class="done" role="status">{t('enrol-mentor-done', { name: mentor.name })}</p> : null}
      {account?.refusal ? (
        <div class="problem-box" role="alert">
          <p class="problem">{t('enrol-mentor-account-refused', { email: account.email, reason: account.refusal })}</p>
          <p>
            <a href={`/console/staff?mentorId=${mentor.id}`}>{t('enrol-mentor-account-retry', { name: mentor.name })}</a>
          </p>
        </div>
      ) : null}
      <div class="grid two">
        {invite ? (
          <InviteCard invite={invite} name={mentor.name} />
        ) : (
          <section class="panel" aria-labelledby="invite-gone-heading">
            <h2 id="invite-gone-heading">{t('enrol-invite-gone-title')}</h2>
            <p>{t('enrol-invite-gone', { name: mentor.name })}</p>
            <Form action={`/console/mentors/${mentor.id}/invite`} label={t('enrol-invite-new')}>
              <button type="submit">{t('enrol-invite-new')}</button>
            </Form>
          </section>
        )}
        <div>
          {setupLink ? <SetupLinkCard link={setupLink} name={mentor.name} /> : null}
          <section class="panel" aria-labelledby="enrolled-heading">
            <h2 id="enrolled-heading">{t('enrol-mentor-summary')}</h2>
            <dl class="facts">
              <dt>{t('enrol-mentor-role')}</dt>
              <dd>{t(`mentor-role-${mentor.role}`)}</dd>
              <dt>{t('enrol-mentor-languages')}</dt>
              <dd>{mentor.languages.map((code) => languageIn(language, code)).join(', ')}</dd>
              <dt>{t('field-timezone')}</dt>
              <dd>{mentor.timezone}</dd>
              <dt>{t('enrol-mentor-account')}</dt>
              <dd>{accountState}</dd>
            </dl>
            <p class="actions">
              <a class="button primary" href={`/console/mentors/${mentor.id}`}>{t('enrol-mentor-open', { name: mentor.name })}</a>
              <a class="button" href="/console/enrol/mentor">{t('enrol-mentor-another')}</a>
            </p>
          </section>
        </div>
      </div>
    </Layout>
  );
}

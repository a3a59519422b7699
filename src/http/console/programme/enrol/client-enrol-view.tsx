import type { Client } from '../../../../domain/people/clients.js';
import type { ShownInvite } from '../../invite-card.js';
import { InviteCard } from '../../invite-card.js';
import { Field, Form, Select, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { FormSummary } from '../form-summary.js';
import { CheckBox, CheckBoxes } from '../check-box.js';
import { languageIn, languageInItself } from '../language-names.js';
import { TimeZoneList, timeZoneListId } from '../time-zone-list.js';
import { weekdayNames } from '../weekday-names.js';

/** What the client form offers to choose from. */
export interface ClientFormChoices {
  /** Active mentors, with how many clients each has now. */
  mentors: Array<{ id: string; name: string; caseload: number }>;
  /** Languages the bot speaks to clients in. */
  languages: readonly string[];
  /** Programmes already in use, offered while typing. */
  programmes: string[];
}

export function ClientEnrolForm(props: { state: FormState; choices: ClientFormChoices }) {
  const { t, language } = usePage();
  const { state, choices } = props;
  return (
    <Layout title={t('enrol-client-title')}>
      <p class="lead">{t('enrol-client-intro')}</p>
      <Form action="/console/enrol/client" class="stack enrol-form" label={t('enrol-client-title')}>
        <FormSummary state={state} />
        <div class="grid halves">
          <fieldset class="stack">
            <legend>{t('enrol-client-about')}</legend>
            <Field name="name" label={t('enrol-client-name')} state={state} required maxLength={200} autocomplete="off" />
            <Select
              name="language"
              label={t('enrol-client-language')}
              hint={t('enrol-client-language-hint')}
              state={state}
              options={choices.languages.map((code) => ({ value: code, label: languageInItself(code) }))}
            />
            <Field name="phone" label={t('enrol-client-phone')} hint={t('enrol-client-phone-hint')} state={state} type="tel" autocomplete="off" inputMode="tel" />
            <Field name="country" label={t('enrol-client-country')} state={state} maxLength={200} />
            <Field name="programme" label={t('enrol-client-programme')} hint={t('enrol-client-programme-hint')} state={state} maxLength={200} list="programmes" />
            <datalist id="programmes">
              {choices.programmes.map((programme) => (
                <option key={programme} value={programme} />
              ))}
            </datalist>
          </fieldset>
          <fieldset class="stack">
            <legend>{t('enrol-client-mentoring')}</legend>
            <Select
              name="mentorId"
              label={t('enrol-client-mentor')}
              hint={t('enrol-client-mentor-hint')}
              state={state}
              options={[
                { value: '', label: t('enrol-client-no-mentor') },
                ...choices.mentors.map((mentor) => ({ value: mentor.id, label: t('enrol-mentor-option', { name: mentor.name, count: mentor.caseload }) })),
              ]}
            />
            <Field name="checkinTime" label={t('enrol-client-checkin-time')} hint={t('enrol-client-checkin-time-hint')} state={state} type="time" required />
            <Field name="timezone" label={t('field-timezone')} hint={t('enrol-timezone-hint')} state={state} required list={timeZoneListId} autocomplete="off" />
            <TimeZoneList />
            <CheckBoxes
              name="checkinDays"
              legend={t('enrol-client-checkin-days')}
              state={state}
              options={weekdayNames(language).map(({ day, name }) => ({ value: day, label: name }))}
            />
          </fieldset>
        </div>
        <fieldset>
          <legend>{t('enrol-client-consent')}</legend>
          <CheckBox name="consentGiven" label={t('enrol-client-consent-given')} hint={t('enrol-client-consent-hint')} state={state} />
        </fieldset>
        <p>
          <button type="submit" class="primary">{t('enrol-client-submit')}</button>
        </p>
      </Form>
    </Layout>
  );
}

/** The client just enrolled and their invite, shown this once. */
export function ClientEnrolled(props: { client: Client; mentorName: string | null; invite: ShownInvite | null }) {
  const { t, language } = usePage();
  const { client, invite } = props;
  const days = weekdayNames(language, 'short').filter(({ day }) => client.checkinDays.includes(day));
  return (
    <Layout title={t('enrol-client-done-title', { name: client.name })}>
      {invite ? <p class="done" role="status">{t('enrol-client-done', { name: client.name })}</p> : null}
      <div class="grid two">
        {invite ? (
          <InviteCard invite={invite} name={client.name} />
        ) : (
          <section class="panel" aria-labelledby="invite-gone-heading">
            <h2 id="invite-gone-heading">{t('enrol-invite-gone-title')}</h2>
            <p>{t('enrol-invite-gone', { name: client.name })}</p>
            <Form action={`/console/enrol/client/${client.id}/invite`} label={t('enrol-invite-new')}>
              <button type="submit">{t('enrol-invite-new')}</button>
            </Form>
          </section>
        )}
        <section class="panel" aria-labelledby="enrolled-heading">
          <h2 id="enrolled-heading">{t('enrol-client-summary')}</h2>
          <dl class="facts">
            <dt>{t('enrol-client-mentor')}</dt>
            <dd>{props.mentorName ?? t('enrol-client-no-mentor')}</dd>
            <dt>{t('enrol-client-language')}</dt>
            <dd>{languageIn(language, client.language)}</dd>
            <dt>{t('enrol-client-checkin')}</dt>
            <dd>{t('enrol-client-checkin-at', { time: client.checkinTime, zone: client.timezone, days: days.map(({ name }) => name).join(', ') })}</dd>
            <dt>{t('enrol-client-consent')}</dt>
            <dd>{client.consentGiven ? t('enrol-client-consent-yes') : t('enrol-client-consent-no')}</dd>
          </dl>
          <p class="actions">
            <a class="button primary" href={`/console/clients/${client.id}`}>{t('enrol-client-open', { name: client.name })}</a>
            <a class="button" href="/console/enrol/client">{t('enrol-client-another')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

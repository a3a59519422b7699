import { Done } from '../ui/bits.js';
import type { ComponentChildren } from 'preact';
import { clientStatuses } from '../../../db/database.js';
import { weekdays } from '../../../core/fields.js';
import type { ClientRow } from '../../../domain/caseload/client-directory.js';
import type { Client } from '../../../domain/people/clients.js';
import { emptyForm, Field, Form, FormProblem, Select, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { doneIn } from './client-done.js';
import { ActionForm } from './action-form.js';
import type { ClientForms } from './client-forms.js';
import { clientPath } from './client-request.js';
import { languageName } from '../../../i18n/language-name.js';

function Fact(props: { label: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{props.label}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function ProfileForm(props: { client: Client; state: FormState | undefined; languages: readonly string[] }) {
  const { t, language } = usePage();
  const { client } = props;
  const state = props.state ?? emptyForm;
  const languages = props.languages.includes(client.language) ? props.languages : [client.language, ...props.languages];
  return (
    <details open={props.state !== undefined}>
      <summary>{t('client-page-profile-edit')}</summary>
      <Form action={clientPath(client.id, '/profile')} class="stack" label={t('client-page-profile-edit')}>
        <FormProblem state={state} />
        <Field name="name" label={t('client-page-field-name')} state={state} value={client.name} required maxLength={200} />
        <Field name="phone" label={t('client-page-field-phone')} hint={t('client-page-phone-hint')} state={state} value={client.phone ?? ''} type="tel" autocomplete="off" />
        <Select name="language" label={t('client-page-field-language')} state={state} value={client.language} options={languages.map((code) => ({ value: code, label: languageName(code, language) }))} />
        <Field name="timezone" label={t('client-page-field-timezone')} hint={t('timezone-hint')} state={state} value={client.timezone} required />
        <Field name="country" label={t('client-page-field-country')} state={state} value={client.country ?? ''} maxLength={200} />
        <Field name="programme" label={t('client-page-field-programme')} state={state} value={client.programme ?? ''} maxLength={200} />
        <Select
          name="status"
          label={t('client-page-field-status')}
          hint={t('client-page-status-hint')}
          state={state}
          value={client.status}
          options={clientStatuses.map((status) => ({ value: status, label: t(`client-status-${status}`) }))}
        />
        <div>
          <button type="submit" class="primary">{t('save')}</button>
        </div>
      </Form>
    </details>
  );
}

function CheckinForm(props: { client: Client; state: FormState | undefined }) {
  const { t } = usePage();
  const { client } = props;
  const state = props.state ?? emptyForm;
  const given = state.values.checkinDays;
  const chosen = props.state ? (Array.isArray(given) ? given : given ? [given] : []) : client.checkinDays;
  const daysError = state.errors.checkinDays;
  return (
    <details open={props.state !== undefined}>
      <summary>{t('client-page-checkins-edit')}</summary>
      <Form action={clientPath(client.id, '/checkins')} class="stack" label={t('client-page-checkins-edit')}>
        <FormProblem state={state} />
        <Field name="checkinTime" label={t('client-page-field-checkin-time')} hint={t('client-page-checkin-time-hint', { zone: client.timezone })} state={state} value={client.checkinTime} type="time" required />
        <fieldset class={daysError ? 'invalid' : undefined} aria-describedby={daysError ? 'checkin-days-error' : undefined}>
          <legend>{t('client-page-field-checkin-days')}</legend>
          {daysError ? (
            <p class="problem" id="checkin-days-error">
              {daysError}
            </p>
          ) : null}
          <div class="checks">
            {weekdays.map((day) => (
              <label key={day}>
                <input type="checkbox" name="checkinDays" value={day} checked={chosen.includes(day)} />
                {t(`client-page-day-${day}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <Select
          name="weeklySummaryDay"
          label={t('client-page-field-summary-day')}
          state={state}
          value={client.weeklySummaryDay}
          options={weekdays.map((day) => ({ value: day, label: t(`client-page-day-${day}`) }))}
        />
        <Field name="checkinsPausedUntil" label={t('client-page-field-paused-until')} hint={t('client-page-paused-until-hint')} state={state} value={client.checkinsPausedUntil ?? ''} type="date" />
        <div>
          <button type="submit" class="primary">{t('save')}</button>
        </div>
      </Form>
    </details>
  );
}

/** Who the client is, how and when they are asked how they are, and what they agreed to. */
export function ProfilePanel(props: { client: Client; row: ClientRow; forms: ClientForms; today: string; languages: readonly string[]; done: string | undefined }) {
  const { t, f, language, staff } = usePage();
  const { client, row } = props;
  const paused = client.checkinsPausedUntil !== null && client.checkinsPausedUntil >= props.today;
  return (
    <section id="profile" class="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('client-page-profile')}</h2>
      <Done done={props.done} known={doneIn.profile} />
      <dl class="facts">
        <Fact label={t('client-page-field-phone')}>{client.phone ?? <span class="muted">{t('client-page-none')}</span>}</Fact>
        <Fact label={t('client-page-field-language')}>{languageName(client.language, language)}</Fact>
        <Fact label={t('client-page-field-timezone')}>{client.timezone}</Fact>
        <Fact label={t('client-page-field-country')}>{client.country ?? <span class="muted">{t('client-page-none')}</span>}</Fact>
        <Fact label={t('client-page-field-programme')}>{client.programme ?? <span class="muted">{t('client-page-none')}</span>}</Fact>
        <Fact label={t('client-page-field-status')}>{t(`client-status-${client.status}`)}</Fact>
        <Fact label={t('client-page-enrolled')}>{f.dateTime(client.createdAt)}</Fact>
      </dl>
      <ProfileForm client={client} state={props.forms.profile} languages={props.languages} />

      <h3 id="checkins-heading">{t('client-page-checkins')}</h3>
      <dl class="facts">
        <Fact label={t('client-page-field-checkin-time')}>{client.checkinTime}</Fact>
        <Fact label={t('client-page-field-checkin-days')}>{client.checkinDays.map((day) => t(`client-page-day-${day}`)).join(', ')}</Fact>
        <Fact label={t('client-page-field-summary-day')}>{t(`client-page-day-${client.weeklySummaryDay}`)}</Fact>
      </dl>
      {paused && client.checkinsPausedUntil ? (
        <div class="notice">
          <p>{t('client-page-paused', { date: f.date(client.checkinsPausedUntil) })}</p>
          <ActionForm action={clientPath(client.id, '/checkins/resume')} label={t('client-page-resume')}>
            <button type="submit">{t('client-page-resume')}</button>
          </ActionForm>
        </div>
      ) : null}
      {row.checkinsStoppedAt ? <p class="notice">{t('client-page-stopped', { when: f.dateTime(row.checkinsStoppedAt) })}</p> : null}
      <CheckinForm client={client} state={props.forms.checkins} />

      <h3 id="consent-heading">{t('client-page-consent')}</h3>
      {client.consentGiven ? (
        <p>
          {client.consentAt
            ? t(client.consentMethod === 'bot' ? 'client-page-consent-bot' : 'client-page-consent-in-person', { when: f.dateTime(client.consentAt) })
            : t('client-page-consent-given')}
        </p>
      ) : (
        <>
          <p>{t('client-page-consent-not-yet', { name: client.name })}</p>
          <ActionForm action={clientPath(client.id, '/consent')} confirm={t('client-page-consent-confirm', { name: client.name })} label={t('client-page-consent-record')}>
            <button type="submit">{t('client-page-consent-record')}</button>
          </ActionForm>
        </>
      )}
      {staff?.role === 'coordinator' ? (
        <p>
          <a href={`/console/audit?clientId=${client.id}`}>{t('audit-client-link')}</a>
        </p>
      ) : null}
    </section>
  );
}

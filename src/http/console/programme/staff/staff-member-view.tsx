import type { Staff } from '../../../../domain/staff/staff-record.js';
import { InviteCard, type ShownInvite } from '../../invite-card.js';
import { Done } from '../../ui/bits.js';
import { Field, Form, type FormState } from '../../ui/form.js';
import { Layout } from '../../ui/layout.js';
import { usePage } from '../../ui/page-context.js';
import { FormSummary } from '../form-summary.js';
import { CheckBox } from '../check-box.js';
import { languageIn } from '../language-names.js';
import { SetupLinkCard, type ShownSetupLink } from '../setup-link-card.js';
import { InterpreterTelegram } from './interpreter-telegram.js';
import { LanguageSelect, MentorSelect, RoleSelect, TranslatedLanguagesField, type StaffChoices } from './staff-fields.js';

export const staffDone = ['staff-added', 'staff-added-link', 'staff-link-made', 'staff-saved', 'staff-deactivated', 'staff-reactivated', 'staff-added-interpreter', 'staff-invite-made'] as const;

/**
 * One staff member: who they are, changing their role, name, languages and
 * whether they may sign in, a new link to choose a password, and for an
 * interpreter, connecting their Telegram.
 */
export function StaffMemberView(props: {
  member: Staff;
  choices: StaffChoices;
  form: FormState;
  setupLink?: ShownSetupLink | undefined;
  /** An interpreter's: whether they are on Telegram, and the invite just made, if any. */
  telegram?: { joined: boolean; invite: ShownInvite | undefined } | undefined;
  done: string | undefined;
}) {
  const { t, f, language, staff: viewer } = usePage();
  const { member, form } = props;
  const mentor = props.choices.mentors.find((candidate) => candidate.id === member.mentorId);
  const isSelf = viewer?.id === member.id;
  return (
    <Layout title={member.name}>
      <Done done={props.done} known={staffDone} />
      {props.setupLink ? <SetupLinkCard link={props.setupLink} name={member.name} /> : null}
      {props.telegram?.invite ? <InviteCard invite={props.telegram.invite} name={member.name} /> : null}
      <div class="grid two">
        <section class="panel" aria-labelledby="change-heading">
          <h2 id="change-heading">{t('staff-page-change')}</h2>
          {isSelf ? <p class="hint">{t('staff-page-self-hint')}</p> : null}
          <Form action={`/console/staff/${member.id}`} class="stack" label={t('staff-page-change')}>
            <FormSummary state={form} />
            <Field name="name" label={t('staff-page-name')} state={form} required maxLength={200} autocomplete="off" />
            <RoleSelect state={form} current={member} />
            <MentorSelect state={form} choices={props.choices} current={member} />
            <TranslatedLanguagesField state={form} />
            <LanguageSelect state={form} />
            <CheckBox name="active" label={t('staff-page-may-sign-in')} hint={t('staff-page-active-hint', { name: member.name })} state={form} />
            <p>
              <button type="submit" class="primary">{t('save')}</button>
            </p>
          </Form>
        </section>
        <div>
          <section class="panel" aria-labelledby="record-heading">
            <h2 id="record-heading">{t('staff-page-record')}</h2>
            <dl class="facts">
              <dt>{t('field-email')}</dt>
              <dd class="email">{member.email ?? t('staff-page-no-email')}</dd>
              <dt>{t('staff-page-role')}</dt>
              <dd>{t(`staff-role-${member.role}`)}</dd>
              {member.role === 'interpreter' ? (
                <>
                  <dt>{t('staff-page-languages')}</dt>
                  <dd>{member.languages.map((code) => languageIn(language, code)).join(', ')}</dd>
                </>
              ) : (
                <>
                  <dt>{t('staff-page-mentor')}</dt>
                  <dd>{mentor ? <a href={`/console/mentors/${mentor.id}`}>{mentor.name}</a> : '–'}</dd>
                </>
              )}
              <dt>{t('field-language')}</dt>
              <dd>{languageIn(language, member.language)}</dd>
              <dt>{t('field-timezone')}</dt>
              <dd>{member.timezone}</dd>
              <dt>{t('staff-page-state')}</dt>
              <dd>{member.active ? <span class="tag good">{t('staff-page-active')}</span> : <span class="tag bad">{t('staff-page-inactive')}</span>}</dd>
              {member.email === null ? null : (
                <>
                  <dt>{t('field-password')}</dt>
                  <dd>{member.hasPassword ? t('staff-page-password-set') : t('staff-page-password-none')}</dd>
                </>
              )}
              <dt>{t('staff-page-since')}</dt>
              <dd>{f.dateTime(member.createdAt)}</dd>
            </dl>
          </section>
          {props.telegram ? <InterpreterTelegram member={member} joined={props.telegram.joined} /> : null}
          {/* Without an email there is no password to sign in with: such an interpreter signs in with a link from the bot. */}
          {member.email === null ? null : (
            <section class="panel" aria-labelledby="link-heading">
              <h2 id="link-heading">{t('staff-page-setup-link')}</h2>
              {member.active ? (
                <>
                  <p>{member.hasPassword ? t('staff-page-setup-link-reset', { name: member.name }) : t('staff-page-setup-link-first', { name: member.name })}</p>
                  <Form action={`/console/staff/${member.id}/setup-link`} label={t('staff-page-setup-link')}>
                    <button type="submit">{t('staff-page-setup-link-issue')}</button>
                  </Form>
                </>
              ) : (
                <p class="hint">{t('staff-page-setup-link-inactive', { name: member.name })}</p>
              )}
            </section>
          )}
        </div>
      </div>
      <p>
        <a href="/console/staff">{t('staff-page-back')}</a>
      </p>
    </Layout>
  );
}

import type { Staff } from '../../../../domain/staff/staff-record.js';
import { Form } from '../../ui/form.js';
import { usePage } from '../../ui/page-context.js';

/**
 * How an interpreter connects: they work in Telegram, bound by an invite as a
 * mentor is, and this makes one (shown once at the top of the page).
 */
export function InterpreterTelegram(props: { member: Staff; joined: boolean }) {
  const { t } = usePage();
  const { member } = props;
  return (
    <section class="panel" aria-labelledby="telegram-heading">
      <h2 id="telegram-heading">{t('staff-page-telegram')}</h2>
      <p>{props.joined ? t('staff-page-telegram-joined', { name: member.name }) : t('staff-page-telegram-how', { name: member.name })}</p>
      {member.active ? (
        <Form action={`/console/staff/${member.id}/invite`} label={t('staff-page-telegram-invite')}>
          <button type="submit" class={props.joined ? undefined : 'primary'}>{t('staff-page-telegram-invite')}</button>
        </Form>
      ) : (
        <p class="hint">{t('staff-page-telegram-inactive', { name: member.name })}</p>
      )}
    </section>
  );
}

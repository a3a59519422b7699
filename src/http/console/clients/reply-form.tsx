import type { ClientRow } from '../../../domain/caseload/client-directory.js';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { CheckBox } from '../programme/check-box.js';
import { emptyForm, Form, FormProblem, TextArea, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { replyMaxLength } from './client-forms.js';
import { clientPath } from './client-request.js';

/** Where a reply goes, in words: the client's chats, and the mentor's own Telegram chat for the copy. */
function whereItGoes(page: ReturnType<typeof usePage>, context: ClientContext, row: ClientRow, ownClient: boolean): string {
  const { t, language } = page;
  const chats = new Intl.ListFormat(language, { type: 'conjunction' }).format(row.channels.map((channel) => t(`channel-${channel}`)));
  if (!context.mentor) return t('client-page-reply-goes-no-mentor', { name: context.name, chats });
  return ownClient ? t('client-page-reply-goes-own', { name: context.name, chats }) : t('client-page-reply-goes-other', { name: context.name, chats, mentor: context.mentor.name });
}

/**
 * The reply box: words, a photo or a file, or both; sent as a mentor's
 * Telegram reply would be. For a client with an interpreter, words can go
 * through the interpreter first: ticked to begin with when it is the
 * mentor's /via mode.
 */
export function ReplyForm(props: { context: ClientContext; row: ClientRow; state: FormState | undefined; ownClient: boolean; viaMode: boolean }) {
  const page = usePage();
  const { t } = page;
  const { context, row } = props;
  const state = props.state ?? (props.viaMode ? { values: { viaInterpreter: 'yes' }, errors: {} } : emptyForm);
  const fileError = state.errors.file;
  return (
    <Form action={clientPath(context.id, '/messages')} multipart class="reply stack" label={t('client-page-reply-label', { name: context.name })}>
      {row.channels.length === 0 ? <p class="problem" role="note">{t('client-page-reply-no-chat', { name: context.name })}</p> : null}
      <FormProblem state={state} />
      <TextArea name="text" label={t('client-page-reply-text', { name: context.name })} state={state} rows={3} maxLength={replyMaxLength} />
      <div class={fileError ? 'field invalid' : 'field'}>
        <label for="field-file">{t('client-page-reply-file')}</label>
        {fileError ? (
          <p class="problem" id="field-file-error">
            {fileError}
          </p>
        ) : null}
        <input id="field-file" type="file" name="file" aria-invalid={fileError ? 'true' : undefined} aria-describedby={fileError ? 'field-file-error' : undefined} />
      </div>
      {context.interpreter ? (
        <CheckBox
          name="viaInterpreter"
          label={t('interpreting-reply-via', { name: context.interpreter.name })}
          hint={t('interpreting-reply-via-hint', { name: context.interpreter.name, client: context.name })}
          state={state}
        />
      ) : null}
      <div class="reply-send">
        <p class="hint">{row.channels.length > 0 ? whereItGoes(page, context, row, props.ownClient) : null}</p>
        <button type="submit" class="primary">
          {t('client-page-reply-send')}
        </button>
      </div>
    </Form>
  );
}

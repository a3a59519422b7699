import type { TimelineItem } from '../../../domain/threads/timeline.js';
import type { FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { ActionForm } from './action-form.js';
import { translationMaxLength } from './client-forms.js';
import { clientPath } from './client-request.js';
import { languageName } from '../../../i18n/language-name.js';

type MessageItem = Extract<TimelineItem, { type: 'message' }>;

/** A message's translations, right under it: into which language, by whom, when. */
export function Translations(props: { item: MessageItem }) {
  const { t, f, language } = usePage();
  if (props.item.translations.length === 0) return null;
  return (
    <ul class="translations">
      {props.item.translations.map((translation) => (
        <li key={translation.id}>
          <span class="meta">
            <span>{t('interpreting-translation-by', { language: languageName(translation.language, language), name: translation.authorName })}</span>
            <time datetime={translation.createdAt.toISOString()} title={f.dateTime(translation.createdAt)}>
              {f.when(translation.createdAt)}
            </time>
          </span>
          <p lang={translation.language} dir="auto">
            {translation.text}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * A message held for its translation: for whom and since when, and for
 * the staff who may write to the client, sending it as it was written.
 */
export function WaitingForTranslation(props: { item: MessageItem; clientId: string }) {
  const { t, f, staff } = usePage();
  const { waiting } = props.item;
  if (!waiting) return null;
  const interpreter = staff?.role === 'interpreter';
  return (
    <div class="waiting">
      <span class="tag warn">
        {t(interpreter ? 'interpreting-waiting-for-you' : 'interpreting-waiting', { name: waiting.interpreterName, since: f.when(waiting.since) })}
      </span>
      {interpreter ? null : (
        <ActionForm
          action={clientPath(props.clientId, `/messages/${props.item.id}/original`)}
          confirm={t('interpreting-send-original-confirm', { name: waiting.interpreterName })}
          label={t('interpreting-send-original')}
        >
          <button type="submit" class="small">{t('interpreting-send-original')}</button>
        </ActionForm>
      )}
    </div>
  );
}

/** What an interpreter translates: a client's message (for the mentor), or one held for its translation (for the client). */
export const takesTranslation = (item: MessageItem): boolean => item.author === 'client' || item.waiting !== null;

/** An interpreter's form under a message they translate; one translated before is translated again only on asking. */
export function TranslateForm(props: { item: MessageItem; clientId: string; state: FormState | undefined }) {
  const { t, staff } = usePage();
  const { item, state } = props;
  if (staff?.role !== 'interpreter' || !takesTranslation(item)) return null;
  const id = `translation-${item.id}`;
  const error = state?.errors.translation;
  const given = state?.values.translation;
  const form = (
    <ActionForm action={clientPath(props.clientId, `/messages/${item.id}/translation`)} class="stack translate" label={t('interpreting-translate-label')}>
      <div class={error ? 'field invalid' : 'field'}>
        <label for={id}>{t(item.waiting ? 'interpreting-translation-for-client' : 'interpreting-translation-for-mentor')}</label>
        {error ? (
          <p class="problem" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
        <textarea id={id} name="translation" rows={2} required maxLength={translationMaxLength} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
          {typeof given === 'string' ? given : ''}
        </textarea>
      </div>
      <div>
        <button type="submit" class="small">{t('interpreting-translate')}</button>
      </div>
    </ActionForm>
  );
  if (item.translations.length === 0) return form;
  return (
    <details class="translate-again" open={state !== undefined}>
      <summary>{t('interpreting-translate-again')}</summary>
      {form}
    </details>
  );
}

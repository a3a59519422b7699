import type { Task } from '../../../domain/tasks/tasks.js';
import { Done, Empty } from '../ui/bits.js';
import { emptyForm, Field, Form, FormProblem, TextArea, type FormState } from '../ui/form.js';
import { usePage } from '../ui/page-context.js';
import { doneIn } from './client-done.js';
import { ActionForm } from './action-form.js';
import type { ClientForms } from './client-forms.js';
import { clientPath } from './client-request.js';
import { Media } from './timeline-view.js';

function RedoForm(props: { clientId: string; task: Task; state: FormState | undefined }) {
  const { t } = usePage();
  const id = `redo-${props.task.id}`;
  const error = props.state?.errors.comment;
  const given = props.state?.values.comment;
  return (
    <details class="redo" open={props.state !== undefined}>
      <summary>{t('client-page-task-redo-open')}</summary>
      <ActionForm action={clientPath(props.clientId, `/tasks/${props.task.id}/redo`)} class="stack" label={t('client-page-task-redo-label', { title: props.task.title })}>
        <div class={error ? 'field invalid' : 'field'}>
          <label for={id}>{t('client-page-task-redo-comment')}</label>
          {error ? (
            <p class="problem" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
          <textarea id={id} name="comment" rows={2} required maxLength={2000} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined}>
            {typeof given === 'string' ? given : ''}
          </textarea>
        </div>
        <button type="submit">{t('client-page-task-redo-send')}</button>
      </ActionForm>
    </details>
  );
}

function OpenTask(props: { clientId: string; clientName: string; task: Task; forms: ClientForms; today: string }) {
  const { t, f } = usePage();
  const { task, forms } = props;
  const overdue = task.status === 'assigned' && task.dueDate !== null && task.dueDate < props.today;
  return (
    <li id={`task-${task.id}`} class={`task ${task.status}`}>
      <div class="task-head">
        <strong>{task.title}</strong>
        <span class={`tag state-${task.status}`}>{t(`task-state-${task.status}`)}</span>
        {task.dueDate ? <span class={overdue ? 'tag warn' : 'when'}>{overdue ? t('client-page-task-overdue', { date: f.date(task.dueDate) }) : t('due-on', { date: f.date(task.dueDate) })}</span> : null}
      </div>
      {task.details ? <p class="task-details">{task.details}</p> : null}
      {task.mentorComment && task.status === 'assigned' ? <p class="muted">{t('client-page-task-redo-asked', { comment: task.mentorComment })}</p> : null}
      {task.worksheetMediaId ? (
        <p>
          <a href={clientPath(props.clientId, `/media/${task.worksheetMediaId}`)}>{t('client-page-task-worksheet')}</a>
        </p>
      ) : null}
      {task.evidence.length > 0 ? (
        <ul class="evidence">
          {task.evidence.map((evidence) => (
            <li key={evidence.createdAt.toISOString()}>
              {evidence.mediaId ? (
                <Media clientId={props.clientId} mediaId={evidence.mediaId} mediaType={evidence.mediaType} alt={t('client-page-evidence-alt', { title: task.title })} />
              ) : null}
              <span class="when">{t('client-page-task-shown', { when: f.when(evidence.createdAt) })}</span>
              {evidence.caption ? <p>{evidence.caption}</p> : null}
            </li>
          ))}
        </ul>
      ) : task.status === 'submitted' ? (
        <p class="muted">{t('client-page-task-no-photo')}</p>
      ) : null}
      <div class="task-actions">
        {task.status === 'submitted' ? (
          <ActionForm action={clientPath(props.clientId, `/tasks/${task.id}/approve`)} label={t('client-page-task-approve-label', { title: task.title })}>
            <button type="submit" class="primary">{t('client-page-task-approve')}</button>
          </ActionForm>
        ) : null}
        <ActionForm
          action={clientPath(props.clientId, `/tasks/${task.id}/cancel`)}
          confirm={t('client-page-task-cancel-confirm', { title: task.title, name: props.clientName })}
          label={t('client-page-task-cancel-label', { title: task.title })}
        >
          <button type="submit" class="danger">{t('client-page-task-cancel')}</button>
        </ActionForm>
      </div>
      {task.status === 'submitted' ? <RedoForm clientId={props.clientId} task={task} state={forms.redo?.taskId === task.id ? forms.redo.state : undefined} /> : null}
    </li>
  );
}

function NewTaskForm(props: { clientId: string; clientName: string; state: FormState | undefined }) {
  const { t } = usePage();
  const state = props.state ?? emptyForm;
  return (
    <details class="new-task" open={props.state !== undefined}>
      <summary>{t('client-page-task-new')}</summary>
      <Form action={clientPath(props.clientId, '/tasks')} multipart class="stack" label={t('client-page-task-new')}>
        <FormProblem state={state} />
        <Field name="title" label={t('client-page-task-title')} state={state} required maxLength={200} />
        <TextArea name="details" label={t('client-page-task-details')} state={state} rows={2} maxLength={2000} />
        <Field name="dueDate" label={t('client-page-task-due')} hint={t('client-page-task-due-hint')} state={state} type="date" />
        <Field name="worksheet" label={t('client-page-task-worksheet-file')} hint={t('client-page-task-worksheet-hint')} state={state} type="file" />
        <p class="hint">{t('client-page-task-sent', { name: props.clientName })}</p>
        <button type="submit" class="primary">{t('client-page-task-create')}</button>
      </Form>
    </details>
  );
}

/** A client's tasks: those open first, with what the client showed and the mentor's answers to it. */
export function TasksPanel(props: { clientId: string; clientName: string; tasks: Task[]; forms: ClientForms; today: string; done: string | undefined }) {
  const { t, f } = usePage();
  const open = props.tasks.filter((task) => task.status === 'assigned' || task.status === 'submitted');
  const closed = props.tasks.filter((task) => task.status === 'approved' || task.status === 'cancelled');
  // Those shown done wait for the mentor: they come first.
  const waiting = [...open].sort((a, b) => Number(b.status === 'submitted') - Number(a.status === 'submitted'));
  const moved = props.tasks.find((task) => task.id === props.forms.taskAction?.taskId);
  return (
    <section id="tasks" class="panel" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">{t('client-page-tasks', { count: open.length })}</h2>
      <Done done={props.done} known={doneIn.tasks} />
      {moved ? (
        <p class="problem" role="alert">
          {t('client-page-task-moved-on', { title: moved.title })}
        </p>
      ) : null}
      {waiting.length === 0 ? (
        <Empty>{t('client-page-tasks-none')}</Empty>
      ) : (
        <ul class="task-list">
          {waiting.map((task) => (
            <OpenTask key={task.id} clientId={props.clientId} clientName={props.clientName} task={task} forms={props.forms} today={props.today} />
          ))}
        </ul>
      )}
      <NewTaskForm clientId={props.clientId} clientName={props.clientName} state={props.forms.task} />
      {closed.length > 0 ? (
        <details class="closed-tasks">
          <summary>{t('client-page-tasks-closed', { count: closed.length })}</summary>
          <ul class="rows">
            {closed.map((task) => (
              <li key={task.id} id={`task-${task.id}`}>
                <span>{task.title}</span>
                <span class={`tag state-${task.status}`}>{t(`task-state-${task.status}`)}</span>
                <span class="when">{f.when(task.updatedAt)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

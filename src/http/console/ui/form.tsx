import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { usePage } from './page-context.js';

/** What a form posted and what was wrong with it, to show the form again as it was sent. */
export interface FormState {
  values: Record<string, string | string[] | undefined>;
  /** Messages by field name; `form` for a problem with the whole form. */
  errors: Record<string, string>;
}

export const emptyForm: FormState = { values: {}, errors: {} };

/** A form that posts with the page's CSRF token. */
export function Form(props: { action: string; children: ComponentChildren; multipart?: boolean; class?: string; label?: string }) {
  const { csrfToken } = usePage();
  return (
    <form method="post" action={props.action} class={props.class} aria-label={props.label} enctype={props.multipart ? 'multipart/form-data' : undefined}>
      <input type="hidden" name="_csrf" value={csrfToken} />
      {props.children}
    </form>
  );
}

/** A message about the whole form, read out by screen readers when it appears. */
export function FormProblem(props: { state: FormState }) {
  const message = props.state.errors.form;
  return message ? <p class="problem" role="alert">{message}</p> : null;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'label' | 'value'>;

/** A labelled field with its hint and, after a failed post, its message. */
export function Field(props: { name: string; label: string; state: FormState; hint?: string; value?: string } & InputProps) {
  const { name, label, state, hint, value, ...input } = props;
  const error = state.errors[name];
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const given = state.values[name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint ? <p class="hint" id={`${id}-hint`}>{hint}</p> : null}
      {error ? <p class="problem" id={`${id}-error`}>{error}</p> : null}
      <input id={id} name={name} value={typeof given === 'string' ? given : value} aria-invalid={error ? 'true' : undefined} aria-describedby={described} {...input} />
    </div>
  );
}

/** A labelled choice of one. */
export function Select(props: { name: string; label: string; state: FormState; options: Array<{ value: string; label: string }>; value?: string; hint?: string; required?: boolean }) {
  const error = props.state.errors[props.name];
  const id = `field-${props.name}`;
  const given = props.state.values[props.name];
  const selected = typeof given === 'string' ? given : props.value;
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {error ? <p class="problem" id={`${id}-error`}>{error}</p> : null}
      <select id={id} name={props.name} required={props.required} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === selected}>{option.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text area. */
export function TextArea(props: { name: string; label: string; state: FormState; value?: string; rows?: number; required?: boolean; maxLength?: number; hint?: string }) {
  const error = props.state.errors[props.name];
  const id = `field-${props.name}`;
  const given = props.state.values[props.name];
  return (
    <div class={error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {error ? <p class="problem" id={`${id}-error`}>{error}</p> : null}
      <textarea id={id} name={props.name} rows={props.rows ?? 3} required={props.required} maxLength={props.maxLength} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : props.hint ? `${id}-hint` : undefined}>
        {typeof given === 'string' ? given : (props.value ?? '')}
      </textarea>
    </div>
  );
}

import type { FormState } from '../ui/form.js';

/** A labelled check box that posts `yes` when ticked, with its hint and, after a failed post, its message. */
export function CheckBox(props: { name: string; label: string; state: FormState; hint?: string }) {
  const { name, state } = props;
  const id = `field-${name}`;
  const error = state.errors[name];
  const described = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field check invalid' : 'field check'}>
      {error ? <p class="problem" id={`${id}-error`}>{error}</p> : null}
      <label for={id}>
        <input type="checkbox" id={id} name={name} value="yes" checked={state.values[name] === 'yes'} aria-describedby={described} />
        {props.label}
      </label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
    </div>
  );
}

/** Several check boxes posting one field (such as weekdays), in a fieldset with its message. */
export function CheckBoxes(props: { name: string; legend: string; state: FormState; options: Array<{ value: string; label: string }>; hint?: string }) {
  const { name, state } = props;
  const error = state.errors[name];
  const given = state.values[name];
  const ticked = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  const id = `field-${name}`;
  const described = [props.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset class={error ? 'invalid' : undefined} aria-describedby={described}>
      <legend>{props.legend}</legend>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      {error ? <p class="problem" id={`${id}-error`}>{error}</p> : null}
      <div class="checks">
        {props.options.map((option) => (
          <label key={option.value}>
            <input type="checkbox" name={name} value={option.value} checked={ticked.includes(option.value)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import type { ComponentChildren } from 'preact';
import { actorKinds } from '../../../../domain/audit/audit-actor.js';
import type { AuditChoices } from '../../../../domain/audit/audit-choices.js';
import { usePage } from '../../ui/page-context.js';
import { actionLabel, actorLabel } from './audit-labels.js';
import type { AuditPageQuery, AuditParam, AuditParams } from './audit-page-query.js';

/** The trail's address with one filter taken off (both client fields for the client), from the newest. */
export function auditHref(params: AuditParams, without?: AuditParam): string {
  const kept = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const dropped = name === 'cursor' || name === without || (without === 'client' && name === 'clientId');
    if (value && !dropped) kept.set(name, value);
  }
  const query = kept.toString();
  return query ? `/console/audit?${query}` : '/console/audit';
}

function Problem(props: { id: string; message: string | undefined }) {
  return props.message ? <p class="problem" id={`${props.id}-error`}>{props.message}</p> : null;
}

/** A labelled field of the filter, with its message when it was refused. */
function FilterField(props: { name: string; label: string; error: string | undefined; hint?: string; children: (described: string | undefined) => ComponentChildren }) {
  const id = `audit-${props.name}`;
  const described = [props.hint ? `${id}-hint` : null, props.error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div class={props.error ? 'field invalid' : 'field'}>
      <label for={id}>{props.label}</label>
      {props.hint ? <p class="hint" id={`${id}-hint`}>{props.hint}</p> : null}
      <Problem id={id} message={props.error} />
      {props.children(described)}
    </div>
  );
}

/**
 * The filters as a form that reads the trail again: the client by part of their name, who
 * (a kind of actor or one person), what (the actions the trail holds) and the days.
 */
export function AuditFilterForm(props: { query: AuditPageQuery; choices: AuditChoices }) {
  const { t } = usePage();
  const { params, errors } = props.query;
  const { choices } = props;
  // A value the lists do not offer (an action no longer in use, a client as actor) stays chosen, unless it was refused.
  const offeredActors = new Set<string>([...actorKinds, ...choices.staff.map((s) => `staff:${s.id}`), ...choices.mentors.map((m) => `mentor:${m.id}`)]);
  const otherActor = params.actor !== undefined && !errors.actor && !offeredActors.has(params.actor) ? params.actor : undefined;
  const otherAction = params.action !== undefined && !errors.action && params.action !== 'read.*' && !choices.actions.includes(params.action);
  const actions = otherAction && params.action ? [params.action, ...choices.actions] : choices.actions;
  const invalid = (name: string) => (errors[name] ? 'true' : undefined);
  return (
    <form method="get" action="/console/audit" class="filters" role="search" aria-label={t('audit-filter-label')}>
      {Object.keys(errors).length > 0 ? <p class="problem" role="alert">{t('audit-refused')}</p> : null}
      {params.clientId && !params.client ? <input type="hidden" name="clientId" value={params.clientId} /> : null}
      <FilterField name="client" label={t('audit-filter-client')} hint={t('audit-filter-client-hint')} error={errors.clientId}>
        {(described) => <input id="audit-client" type="search" name="client" value={params.client ?? ''} autocomplete="off" aria-invalid={invalid('clientId')} aria-describedby={described} />}
      </FilterField>
      <FilterField name="actor" label={t('audit-filter-actor')} error={errors.actor}>
        {(described) => (
          <select id="audit-actor" name="actor" aria-invalid={invalid('actor')} aria-describedby={described}>
            <option value="">{t('audit-filter-anyone')}</option>
            {otherActor ? <option value={otherActor} selected>{t('audit-filter-chosen')}</option> : null}
            <optgroup label={t('audit-filter-group-kinds')}>
              {actorKinds.map((kind) => (
                <option key={kind} value={kind} selected={params.actor === kind}>{actorLabel(kind, choices, t)}</option>
              ))}
            </optgroup>
            <optgroup label={t('audit-filter-group-staff')}>
              {choices.staff.map((person) => (
                <option key={person.id} value={`staff:${person.id}`} selected={params.actor === `staff:${person.id}`}>{person.name}</option>
              ))}
            </optgroup>
            <optgroup label={t('audit-filter-group-mentors')}>
              {choices.mentors.map((person) => (
                <option key={person.id} value={`mentor:${person.id}`} selected={params.actor === `mentor:${person.id}`}>{person.name}</option>
              ))}
            </optgroup>
          </select>
        )}
      </FilterField>
      <FilterField name="action" label={t('audit-filter-action')} error={errors.action}>
        {(described) => (
          <select id="audit-action" name="action" aria-invalid={invalid('action')} aria-describedby={described}>
            <option value="">{t('audit-filter-anything')}</option>
            <option value="read.*" selected={params.action === 'read.*'}>{actionLabel('read.*', t)}</option>
            {actions.map((action) => (
              <option key={action} value={action} selected={params.action === action}>{actionLabel(action, t)}</option>
            ))}
          </select>
        )}
      </FilterField>
      {(['from', 'to'] as const).map((name) => (
        <FilterField key={name} name={name} label={t(`audit-filter-${name}`)} error={errors[name]}>
          {(described) => <input id={`audit-${name}`} type="date" name={name} value={params[name] ?? ''} aria-invalid={invalid(name)} aria-describedby={described} />}
        </FilterField>
      ))}
      <button type="submit" class="primary">{t('audit-filter-submit')}</button>
    </form>
  );
}

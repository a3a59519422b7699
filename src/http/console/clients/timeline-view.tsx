import type { TimelineItem } from '../../../domain/threads/timeline.js';
import type { FormState } from '../ui/form.js';
import { Mood } from '../ui/mood.js';
import { usePage } from '../ui/page-context.js';
import type { ClientForms } from './client-forms.js';
import { clientPath } from './client-request.js';
import { TranslateForm, Translations, WaitingForTranslation } from './message-interpreting.js';

type Item<T extends TimelineItem['type']> = Extract<TimelineItem, { type: T }>;

/** Each entry's key, the same in the page and in its updates, so an entry that changed replaces itself. */
export function keyOf(item: TimelineItem): string {
  switch (item.type) {
    case 'message':
      return `message:${item.id}`;
    case 'checkin':
      return `checkin:${item.date}`;
    case 'task':
      return `task:${item.taskId}:${item.event}:${item.at.getTime()}`;
    case 'alert':
      return `alert:${item.id}`;
    case 'note':
      return `note:${item.id}`;
    case 'assignment':
      return `assignment:${item.event}:${item.at.getTime()}`;
  }
}

function When(props: { at: Date }) {
  const { f } = usePage();
  return (
    <time datetime={props.at.toISOString()} title={f.dateTime(props.at)}>
      {f.when(props.at)}
    </time>
  );
}

/** A file of the case, shown as it is best seen: a photo in place, a recording to play, anything else to download. */
export function Media(props: { clientId: string; mediaId: string; mediaType: string | null; alt: string }) {
  const { t } = usePage();
  const src = clientPath(props.clientId, `/media/${props.mediaId}`);
  const type = props.mediaType ?? '';
  if (type.startsWith('image/')) {
    return (
      <a href={src} class="media-link">
        <img src={src} alt={props.alt} loading="lazy" />
      </a>
    );
  }
  if (type.startsWith('audio/')) return <audio controls preload="none" src={src} aria-label={props.alt} />;
  if (type.startsWith('video/')) return <video controls preload="none" src={src} aria-label={props.alt} />;
  return (
    <a href={src} class="file" download>
      {t('client-page-file', { type: type || '?' })}
    </a>
  );
}

function MessageEntry(props: { item: Item<'message'>; clientId: string; clientName: string; translation: FormState | undefined }) {
  const { t } = usePage();
  const { item } = props;
  const inbound = item.direction === 'inbound';
  const who = inbound ? props.clientName : item.author === 'staff' ? t('client-page-by-staff', { name: item.authorName ?? '' }) : (item.authorName ?? '');
  const failed = item.deliveryStatus === 'dead' || item.deliveryStatus === 'failed';
  const alt = t(inbound ? `client-page-${item.kind === 'photo' ? 'photo' : 'file'}-from` : `client-page-${item.kind === 'photo' ? 'photo' : 'file'}-to`, { name: props.clientName });
  return (
    <li data-key={keyOf(item)} class={inbound ? 'inbound' : 'outbound'}>
      <span class="meta">
        <span class="author">{who}</span>
        {item.channel ? <span>{t(`channel-${item.channel}`)}</span> : null}
        <When at={item.at} />
      </span>
      {item.mediaId ? <Media clientId={props.clientId} mediaId={item.mediaId} mediaType={item.mediaType} alt={alt} /> : null}
      {item.location ? (
        <p>
          <a href={`https://www.openstreetmap.org/?mlat=${item.location.latitude}&mlon=${item.location.longitude}#map=16/${item.location.latitude}/${item.location.longitude}`} rel="noreferrer">
            {t('client-page-location')}
          </a>
        </p>
      ) : null}
      {item.mediaProblem ? <p class="media-problem">{t(`client-page-media-${item.mediaProblem}`)}</p> : null}
      {/* A client may write right to left (Arabic, Farsi): each text takes its own direction. */}
      {item.text ? <p dir="auto">{item.text}</p> : null}
      {item.kind === 'voice' && !item.mediaId && !item.mediaProblem ? <p class="muted">{t('client-page-voice')}</p> : null}
      <Translations item={item} />
      <WaitingForTranslation item={item} clientId={props.clientId} />
      {item.editedAt || (!inbound && item.deliveryStatus) ? (
        <span class="meta status">
          {item.editedAt ? <span>{t('client-page-edited')}</span> : null}
          {!inbound && item.deliveryStatus ? <span class={failed ? 'tag bad' : undefined}>{t(`delivery-status-${item.deliveryStatus}`)}</span> : null}
        </span>
      ) : null}
      <TranslateForm item={item} clientId={props.clientId} state={props.translation} />
    </li>
  );
}

function EventEntry(props: { item: Exclude<TimelineItem, Item<'message'>>; clientId: string; clientName: string }) {
  const { t, f } = usePage();
  const { item } = props;
  const key = keyOf(item);
  switch (item.type) {
    case 'checkin':
      return (
        <li data-key={key} class="event checkin">
          <When at={item.at} /> {item.answered ? t('client-page-checkin-answered') : t('client-page-checkin-asked')}{' '}
          {item.answered ? <Mood mood={item.mood} /> : null}
        </li>
      );
    case 'task':
      return (
        <li data-key={key} class={`event task ${item.event}`}>
          <When at={item.at} /> {t(`client-page-task-${item.event}`)} <a href={`#task-${item.taskId}`}>{item.title}</a>
          {item.mediaId ? (
            <span class="evidence">
              <Media clientId={props.clientId} mediaId={item.mediaId} mediaType={item.mediaType} alt={t(item.event === 'created' ? 'client-page-worksheet-alt' : 'client-page-evidence-alt', { title: item.title })} />
            </span>
          ) : null}
        </li>
      );
    case 'alert':
      return (
        <li data-key={key} class="event alert">
          <When at={item.at} /> <span class={`tag alert-${item.kind}`}>{t(`alert-kind-${item.kind}`)}</span>{' '}
          {item.resolvedAt
            ? t('client-page-alert-resolved', { when: f.when(item.resolvedAt) })
            : item.acknowledgedAt
              ? t('client-page-alert-acknowledged', { when: f.when(item.acknowledgedAt) })
              : t('client-page-alert-open')}
          {item.resolutionNote ? <p>{item.resolutionNote}</p> : null}
        </li>
      );
    case 'note':
      return (
        <li data-key={key} class="event case-note">
          <span class="meta">
            {t('client-page-note-by', { name: item.authorName ?? '' })} <When at={item.at} />
          </span>
          <p>{item.text}</p>
        </li>
      );
    case 'assignment':
      return (
        <li data-key={key} class="event assignment">
          <When at={item.at} /> {t(item.event === 'started' ? 'client-page-mentor-started' : 'client-page-mentor-ended', { name: item.mentorName })}
        </li>
      );
  }
}

/** An interpreter's translation that came back with a problem, shown again under its message. */
type TranslationForm = ClientForms['translation'];

/** One entry of the timeline, as the page shows it and as its updates send it. */
export function TimelineEntry(props: { item: TimelineItem; clientId: string; clientName: string; translation?: TranslationForm }) {
  const { item } = props;
  return item.type === 'message' ? (
    <MessageEntry item={item} clientId={props.clientId} clientName={props.clientName} translation={props.translation?.messageId === item.id ? props.translation.state : undefined} />
  ) : (
    <EventEntry item={item} clientId={props.clientId} clientName={props.clientName} />
  );
}

/** Entries for the timeline's updates: only the `<li>`s, which the page puts in place. */
export function TimelineEntries(props: { items: TimelineItem[]; clientId: string; clientName: string; translation?: TranslationForm }) {
  return (
    <>
      {props.items.map((item) => (
        <TimelineEntry key={keyOf(item)} item={item} clientId={props.clientId} clientName={props.clientName} translation={props.translation} />
      ))}
    </>
  );
}

/** The case as one thread, oldest first, keeping itself up to date every few seconds. */
export function Timeline(props: { items: TimelineItem[]; clientId: string; clientName: string; liveSince: Date; cut: boolean; translation?: TranslationForm }) {
  const { t } = usePage();
  return (
    <>
      {props.cut ? <p class="hint">{t('client-page-timeline-cut', { count: props.items.length })}</p> : null}
      <ol
        class="timeline"
        tabindex={0}
        aria-label={t('client-page-timeline-label', { name: props.clientName })}
        aria-live="polite"
        data-live-src={clientPath(props.clientId, '/timeline')}
        data-live-since={props.liveSince.toISOString()}
      >
        <TimelineEntries items={props.items} clientId={props.clientId} clientName={props.clientName} translation={props.translation} />
      </ol>
      {props.items.length === 0 ? <p class="empty">{t('client-page-timeline-empty')}</p> : null}
    </>
  );
}

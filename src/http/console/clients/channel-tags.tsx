import type { Channel } from '../../../db/database.js';
import { usePage } from '../ui/page-context.js';

/** The chats a client can be reached in, or a word that there is none yet. */
export function ChannelTags(props: { channels: readonly Channel[] }) {
  const { t } = usePage();
  if (props.channels.length === 0) return <span class="muted">{t('clients-no-channel')}</span>;
  return (
    <span class="channels">
      {props.channels.map((channel) => (
        <span key={channel} class={`tag channel-${channel}`}>
          {t(`channel-${channel}`)}
        </span>
      ))}
    </span>
  );
}

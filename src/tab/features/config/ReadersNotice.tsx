/** Says who will be able to read the data, and recommends a private channel where it matters. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { DataReaders } from '../../../graph/teams';
import { useMessages } from '../../i18n/messages';
import { configMessages } from './messages';

/** Props of ReadersNotice. */
export interface ReadersNoticeProps {
  readers?: DataReaders;
  failed: boolean;
}

/** Renders the readers section of the configuration page. */
export function ReadersNotice({ readers, failed }: ReadersNoticeProps) {
  const t = useMessages(configMessages);
  if (failed) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{t('readersFailed')}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!readers) return null;
  const inChannel = readers.scope === 'channel';
  // Guests are always outside the management team; other members may be, which only people know.
  const recommend = !inChannel;
  return (
    <section aria-labelledby="config-readers">
      <h2 id="config-readers">{t('readersTitle')}</h2>
      <p>
        {inChannel
          ? t('readersChannel')
          : t('readersTeam', { members: readers.members, guests: readers.guests })}
      </p>
      {recommend && (
        <MessageBar intent={readers.guests > 0 ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>{t('recommendPrivate')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

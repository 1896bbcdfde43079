/** Shown in place of a feature page that is not part of this build. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { defineMessages, useMessages } from '../i18n/messages';

const missingMessages = defineMessages(
  { missing: 'Dit onderdeel is nog niet beschikbaar in deze versie van Risicoradar.' },
  { missing: 'This part is not available in this version of Risicoradar yet.' },
);

/** A notice that the page is not available yet. */
export function MissingPage() {
  const t = useMessages(missingMessages);
  return (
    <MessageBar intent="info">
      <MessageBarBody>{t('missing')}</MessageBarBody>
    </MessageBar>
  );
}

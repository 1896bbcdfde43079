/** "Eigenaar vermelden in het kanaal": @mentions an action's owner in the channel, with its link. */
import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import { PersonChatRegular } from '@fluentui/react-icons';
import type { Action } from '../../../domain/model';
import { buildMentionMessage } from '../../../graph/channelMessage';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { useSession } from '../../shell/StoreContext';
import { itemLink } from './itemLink';
import { discussionMessages } from './messages';

/** Props of MentionOwnerButton. */
export interface MentionOwnerButtonProps {
  action: Action;
}

/** Posts one message that mentions the owner; hidden without an owner or without a channel. */
export function MentionOwnerButton({ action }: MentionOwnerButtonProps) {
  const t = useMessages(discussionMessages);
  const locale = useLocale();
  const session = useSession();
  const [state, setState] = useState<'idle' | 'posting' | 'posted' | { failure: unknown }>('idle');
  const teams = session.store.teams;
  if (!action.owner || !teams || !session.store.location.channelId) return null;
  const owner = action.owner;

  async function mention() {
    setState('posting');
    try {
      const link = itemLink(session, { kind: 'action', key: action.key }, action.title);
      await teams!.postMessage(
        buildMentionMessage(t('mentionText', { title: action.title }), owner, {
          label: t('actionLinkText'),
          url: link,
        }),
      );
      setState('posted');
    } catch (failure) {
      console.error('[discussion] mentioning the action owner failed', failure);
      setState({ failure });
    }
  }

  return (
    <>
      <Button
        size="small"
        icon={<PersonChatRegular />}
        disabledFocusable={state === 'posting'}
        onClick={() => void mention()}
      >
        {t('mentionOwner')}
      </Button>
      {state === 'posted' && <Text role="status">{t('posted')}</Text>}
      {typeof state === 'object' && (
        <Text role="alert">
          {t('postFailed')} {describeError(state.failure, locale)}
        </Text>
      )}
    </>
  );
}

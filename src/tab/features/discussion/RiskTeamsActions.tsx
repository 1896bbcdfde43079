/** The Teams buttons of one risk: "Link kopiëren", "Bespreken in kanaal" and "Gesprek openen". */
import { useContext, useState } from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChatRegular, OpenRegular } from '@fluentui/react-icons';
import type { Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { SessionContext } from '../../shell/StoreContext';
import { CopyLinkButton } from './CopyLinkButton';
import { DiscussDialog } from './DiscussDialog';
import { discussionMessages } from './messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Props of RiskTeamsActions. */
export interface RiskTeamsActionsProps {
  risk: Risk;
  /** Called with the risk after its thread URL was saved. */
  onSaved?: (risk: Risk) => void;
}

/**
 * Renders the buttons; posting needs a channel, which Outlook and the Microsoft 365 app lack.
 * Outside a signed-in session (a component test of an editor, say) it renders nothing.
 */
export function RiskTeamsActions({ risk, onSaved }: RiskTeamsActionsProps) {
  const t = useMessages(discussionMessages);
  const styles = useStyles();
  const session = useContext(SessionContext);
  const [current, setCurrent] = useState(risk);
  const [discussing, setDiscussing] = useState(false);
  if (!session) return null;
  const hasChannel = !!session.store.location.channelId && !!session.store.teams;

  return (
    <div className={styles.root}>
      <CopyLinkButton target={{ kind: 'risk', key: current.key }} title={current.title} />
      {hasChannel ? (
        <Button
          size="small"
          icon={<ChatRegular />}
          aria-label={t('discussLabel', { title: current.title })}
          onClick={() => setDiscussing(true)}
        >
          {t('discuss')}
        </Button>
      ) : (
        <Text size={200}>{t('noChannel')}</Text>
      )}
      {current.threadUrl && (
        <Button
          as="a"
          size="small"
          icon={<OpenRegular />}
          href={current.threadUrl}
          target="_blank"
          rel="noreferrer"
        >
          {t('openThread')}
        </Button>
      )}
      {discussing && (
        <DiscussDialog
          risk={current}
          onPosted={(saved) => {
            setCurrent(saved);
            onSaved?.(saved);
          }}
          onClose={() => setDiscussing(false)}
        />
      )}
    </div>
  );
}

/** The Teams buttons of one saved action: "Link kopiëren" and the owner's @mention in the channel. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useContext } from 'react';
import type { Action } from '../../../domain/model';
import { SessionContext } from '../../shell/StoreContext';
import { CopyLinkButton } from './CopyLinkButton';
import { MentionOwnerButton } from './MentionOwnerButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** Props of ActionTeamsActions. */
export interface ActionTeamsActionsProps {
  action: Action;
}

/** Renders nothing outside a signed-in session, so editors stay testable on their own. */
export function ActionTeamsActions({ action }: ActionTeamsActionsProps) {
  const styles = useStyles();
  const session = useContext(SessionContext);
  if (!session) return null;
  return (
    <div className={styles.root}>
      <CopyLinkButton target={{ kind: 'action', key: action.key }} title={action.title} />
      <MentionOwnerButton action={action} />
    </div>
  );
}

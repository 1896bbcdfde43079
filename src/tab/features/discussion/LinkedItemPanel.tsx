/** The panel above a page with the risk or action a deep link opened, or the reason the link failed. */
import { useEffect, useState } from 'react';
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { Action, Risk } from '../../../domain/model';
import type { DeepLinkReading, DeepLinkTarget } from '../../navigation/deepLinks';
import { useLocale, useMessages } from '../../i18n/messages';
import { shellMessages } from '../../shell/shellMessages';
import { useSession } from '../../shell/StoreContext';
import { domainLabel } from '../risks/domainLabel';
import { CopyLinkButton } from './CopyLinkButton';
import { discussionMessages } from './messages';
import { MentionOwnerButton } from './MentionOwnerButton';
import { RiskTeamsActions } from './RiskTeamsActions';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

type Found = { risk: Risk } | { action: Action } | 'missing' | 'loading';

function useLinkedItem(target: DeepLinkTarget): Found {
  const { store } = useSession();
  const [found, setFound] = useState<Found>('loading');
  useEffect(() => {
    let cancelled = false;
    setFound('loading');
    const load =
      target.kind === 'risk'
        ? store.risks.list().then((risks) => {
            const risk = risks.find((candidate) => candidate.key === target.key);
            return risk ? { risk } : 'missing';
          })
        : store.actions.list().then((actions) => {
            const action = actions.find((candidate) => candidate.key === target.key);
            return action ? { action } : 'missing';
          });
    load
      .then((result: Found) => !cancelled && setFound(result))
      .catch((error: unknown) => {
        console.error('[discussion] loading the linked item failed', error);
        if (!cancelled) setFound('missing');
      });
    return () => {
      cancelled = true;
    };
  }, [store, target.kind, target.key]);
  return found;
}

function Notice({ text }: { text: string }) {
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

function TargetPanel({ target }: { target: DeepLinkTarget }) {
  const t = useMessages(discussionMessages);
  const shell = useMessages(shellMessages);
  const locale = useLocale();
  const styles = useStyles();
  const found = useLinkedItem(target);

  if (found === 'loading') return <Spinner size="small" label={t('loading')} />;
  if (found === 'missing') return <Notice text={shell('linkNotFound')} />;
  return (
    <section className={styles.panel} aria-label={t('linkedTitle')}>
      {'risk' in found ? (
        <>
          <h2>{t('linkedRisk', { title: found.risk.title })}</h2>
          <Text>
            {domainLabel(found.risk.domain, locale)} ·{' '}
            {found.risk.riskOwner?.displayName ?? t('noOwner')}
          </Text>
          <RiskTeamsActions risk={found.risk} />
        </>
      ) : (
        <>
          <h2>{t('linkedAction', { title: found.action.title })}</h2>
          <Text>{found.action.owner?.displayName ?? t('noOwner')}</Text>
          <div>
            <CopyLinkButton
              target={{ kind: 'action', key: found.action.key }}
              title={found.action.title}
            />{' '}
            <MentionOwnerButton action={found.action} />
          </div>
        </>
      )}
    </section>
  );
}

/** Props of LinkedItemPanel. */
export interface LinkedItemPanelProps {
  reading: DeepLinkReading;
}

/** Renders nothing without a link, a notice for an invalid one, and the item otherwise. */
export function LinkedItemPanel({ reading }: LinkedItemPanelProps) {
  const shell = useMessages(shellMessages);
  if (reading.status === 'none') return null;
  if (reading.status === 'invalid') return <Notice text={shell('linkInvalid')} />;
  return (
    <TargetPanel key={`${reading.target.kind}-${reading.target.key}`} target={reading.target} />
  );
}

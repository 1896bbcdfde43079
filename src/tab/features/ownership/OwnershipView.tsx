/** The sluitend view: every open ownership point, grouped by record, each with a button to fix it. */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  findOwnershipIssues,
  ownershipComplete,
  type OwnedRecordKind,
  type OwnershipIssue,
} from '../../../domain/ownership';
import type { Action, Control, Person, Risk } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { useControlStyles } from '../controls/controlStyles';
import { issueText } from './issueText';
import { ownershipMessages } from './messages';

/** Props of OwnershipView. */
export interface OwnershipViewProps {
  risks: readonly Risk[];
  actions: readonly Action[];
  controls: readonly Control[];
  members: readonly Person[];
  /** Opens the record's editor. */
  onOpen: (kind: OwnedRecordKind, key: string) => void;
  /** Shows a record's title in the UI's language, such as a measure of question 16. */
  titleOf?: (issue: OwnershipIssue) => string;
}

const GROUPS = [
  { kind: 'risk', heading: 'groupRisks', open: 'openRisk' },
  { kind: 'action', heading: 'groupActions', open: 'openAction' },
  { kind: 'control', heading: 'groupControls', open: 'openControl' },
] as const;

/** Renders the open points, or the statement that ownership is complete. */
export function OwnershipView(props: OwnershipViewProps) {
  const { risks, actions, controls, members, onOpen, titleOf } = props;
  const t = useMessages(ownershipMessages);
  const styles = useControlStyles();
  const issues = useMemo(
    () => findOwnershipIssues({ risks, actions, controls, members }),
    [risks, actions, controls, members],
  );
  const complete = ownershipComplete(issues);

  return (
    <section className={styles.view} aria-labelledby="ownership-heading">
      <h2 id="ownership-heading" className={styles.heading}>
        {t('heading')}
      </h2>
      <Text block>{t('intro')}</Text>
      <div role="status">
        {complete ? (
          <MessageBar intent="success">
            <MessageBarBody>{t('complete')}</MessageBarBody>
          </MessageBar>
        ) : (
          <Text weight="semibold">{t('openCount', { count: issues.length })}</Text>
        )}
      </div>
      {GROUPS.map((group) => {
        const inGroup = issues.filter((issue) => issue.record === group.kind);
        if (inGroup.length === 0) return null;
        return (
          <section key={group.kind} aria-labelledby={`ownership-${group.kind}`}>
            <h3 id={`ownership-${group.kind}`}>{`${t(group.heading)} (${inGroup.length})`}</h3>
            <ul className={styles.list}>
              {inGroup.map((issue, index) => {
                const title = titleOf?.(issue) ?? issue.title;
                return (
                  <li key={`${issue.key}-${issue.kind}-${index}`} className={styles.item}>
                    <Text weight="semibold" className={styles.titleCell}>
                      {title}
                    </Text>
                    <Text>{issueText(issue, t)}</Text>
                    <Button
                      size="small"
                      aria-label={t('openLabel', { open: t(group.open), title })}
                      onClick={() => onOpen(issue.record, issue.key)}
                    >
                      {t(group.open)}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

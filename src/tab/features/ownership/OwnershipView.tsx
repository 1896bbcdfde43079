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

// One entry per record, so a record with two open points has one button that opens it.
function byRecord(issues: readonly OwnershipIssue[]): OwnershipIssue[][] {
  const groups = new Map<string, OwnershipIssue[]>();
  for (const issue of issues) groups.set(issue.key, [...(groups.get(issue.key) ?? []), issue]);
  return [...groups.values()];
}

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
        const records = byRecord(issues.filter((issue) => issue.record === group.kind));
        if (records.length === 0) return null;
        return (
          <section key={group.kind} aria-labelledby={`ownership-${group.kind}`}>
            <h3 id={`ownership-${group.kind}`}>{`${t(group.heading)} (${records.length})`}</h3>
            <ul className={styles.list}>
              {records.map((open) => {
                const title = titleOf?.(open[0]!) ?? open[0]!.title;
                return (
                  <li key={open[0]!.key} className={styles.item}>
                    <Text weight="semibold" className={styles.titleCell}>
                      {title}
                    </Text>
                    {open.map((issue, index) => (
                      <Text key={index}>{issueText(issue, t)}</Text>
                    ))}
                    <Button
                      size="small"
                      aria-label={t('openLabel', { open: t(group.open), title })}
                      onClick={() => onOpen(open[0]!.record, open[0]!.key)}
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

/** Shows both versions of a record after a 412 and lets the user choose which one stays. */
import {
  Button,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/messages';
import { riskMessages } from './messages';

const useStyles = makeStyles({
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  differs: { fontWeight: tokens.fontWeightSemibold },
});

/** One compared field: its label and its value in both versions, as display text. */
export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

/** Props of ConflictPanel. */
export interface ConflictPanelProps {
  /** The panel's title. Default: the risk register's "Iemand anders heeft dit risico intussen gewijzigd". */
  title?: string;
  /** The compared fields, empty while the stored version is still being read. */
  rows: readonly ConflictRow[];
  /** A problem to show instead of the choice, such as the record having been deleted. */
  problem?: string;
  busy: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
}

/**
 * Renders the body of the editor's dialog while a conflict is open. It replaces the form inside the
 * same dialog because a second, nested Fluent dialog came out aria-hidden in Chromium.
 */
export function ConflictPanel(props: ConflictPanelProps) {
  const { title, rows, problem, busy, onKeepTheirs, onOverwrite } = props;
  const t = useMessages(riskMessages);
  const styles = useStyles();
  const firstButton = useRef<HTMLButtonElement>(null);

  // The form that had focus is gone, so focus moves to the choice the user has to make.
  useEffect(() => {
    firstButton.current?.focus();
  }, []);

  return (
    <DialogBody>
      <DialogTitle>{title ?? t('conflictTitle')}</DialogTitle>
      {/* Focusable, because the comparison of every field can scroll and keyboard users must
          be able to scroll it. */}
      <DialogContent tabIndex={0} role="region" aria-label={t('conflictTableLabel')}>
        <Text block role="alert">
          {t('conflictIntro')}
        </Text>
        {problem && (
          <MessageBar intent="error">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {rows.length > 0 && (
          <Table aria-label={t('conflictTableLabel')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('conflictField')}</TableHeaderCell>
                <TableHeaderCell>{t('conflictMine')}</TableHeaderCell>
                <TableHeaderCell>{t('conflictTheirs')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => {
                const differs = row.mine !== row.theirs;
                return (
                  <TableRow key={row.label}>
                    <TableCell className={differs ? styles.differs : undefined}>
                      {differs ? `${row.label} (${t('conflictChanged')})` : row.label}
                    </TableCell>
                    <TableCell className={styles.value}>{row.mine}</TableCell>
                    <TableCell className={styles.value}>{row.theirs}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button
          ref={firstButton}
          appearance="primary"
          disabledFocusable={busy}
          onClick={onKeepTheirs}
        >
          {problem && rows.length === 0 ? t('close') : t('keepTheirs')}
        </Button>
        {rows.length > 0 && (
          <Button disabledFocusable={busy} onClick={onOverwrite}>
            {t('overwriteMine')}
          </Button>
        )}
      </DialogActions>
    </DialogBody>
  );
}

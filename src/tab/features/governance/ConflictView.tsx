/** Shows both versions of a governance record after a 412 and lets the user choose one. */
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
import type { EditConflict } from './editConflict';
import { governanceMessages } from './messages';

const useStyles = makeStyles({
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  differs: { fontWeight: tokens.fontWeightSemibold },
});

/** Props of {@link ConflictView}. */
export interface ConflictViewProps {
  /** The record's name, for the title. */
  name: string;
  conflict: EditConflict;
  busy: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
}

/**
 * Renders in place of the form inside the same dialog, as the risk editor does, because a nested
 * Fluent dialog came out aria-hidden in Chromium.
 */
export function ConflictView({
  name,
  conflict,
  busy,
  onKeepTheirs,
  onOverwrite,
}: ConflictViewProps) {
  const t = useMessages(governanceMessages);
  const styles = useStyles();
  const firstButton = useRef<HTMLButtonElement>(null);
  const { rows, problem } = conflict;

  // The form that had focus is gone, so focus moves to the choice the user has to make.
  useEffect(() => {
    firstButton.current?.focus();
  }, []);

  return (
    <DialogBody>
      <DialogTitle>{t('conflictTitle', { name })}</DialogTitle>
      <DialogContent>
        <Text block role="alert">
          {problem
            ? t(problem === 'gone' ? 'conflictGone' : 'conflictLoadFailed')
            : t('conflictIntro')}
        </Text>
        {rows.length > 0 && (
          <Table aria-label={t('conflictTable')} size="small">
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
        {problem === undefined && rows.length === 0 && (
          <MessageBar intent="error">
            <MessageBarBody>{t('conflictLoadFailed')}</MessageBarBody>
          </MessageBar>
        )}
      </DialogContent>
      <DialogActions>
        <Button
          ref={firstButton}
          appearance="primary"
          disabledFocusable={busy}
          onClick={onKeepTheirs}
        >
          {rows.length > 0 ? t('conflictKeepTheirs') : t('close')}
        </Button>
        {rows.length > 0 && (
          <Button disabledFocusable={busy} onClick={onOverwrite}>
            {t('conflictOverwrite')}
          </Button>
        )}
      </DialogActions>
    </DialogBody>
  );
}

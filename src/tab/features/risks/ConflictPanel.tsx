/** Shows both versions of a record after a 412 and lets the user choose which one stays. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
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

/** Props of ConflictDialog. */
export interface ConflictDialogProps {
  open: boolean;
  /** The dialog's title. Default: the risk register's "Iemand anders heeft dit risico intussen gewijzigd". */
  title?: string;
  /** The compared fields, empty while the stored version is still being read. */
  rows: readonly ConflictRow[];
  /** A problem to show instead of the choice, such as the record having been deleted. */
  problem?: string;
  busy: boolean;
  onKeepTheirs: () => void;
  onOverwrite: () => void;
}

/** Renders an alert dialog that marks differing rows "verschilt", so no colour is needed to see them. */
export function ConflictDialog(props: ConflictDialogProps) {
  const { open, title, rows, problem, busy, onKeepTheirs, onOverwrite } = props;
  const t = useMessages(riskMessages);
  const styles = useStyles();
  return (
    <Dialog open={open} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title ?? t('conflictTitle')}</DialogTitle>
          <DialogContent>
            <Text block>{t('conflictIntro')}</Text>
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
            <Button appearance="primary" disabled={busy} onClick={onKeepTheirs}>
              {problem && rows.length === 0 ? t('close') : t('keepTheirs')}
            </Button>
            {rows.length > 0 && (
              <Button disabled={busy} onClick={onOverwrite}>
                {t('overwriteMine')}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

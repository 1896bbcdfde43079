/** Asks before creating Planner tasks again that someone deleted in Planner. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
} from '@fluentui/react-components';
import type { Action } from '../../../domain/model';
import { useMessages } from '../../i18n/messages';
import { useActionPageStyles } from './actionStyles';
import { actionMessages } from './messages';
import { useRestoreFocus } from '../risks/useRestoreFocus';

/** Props of RecreateDialog. */
export interface RecreateDialogProps {
  /** The actions whose task was deleted in Planner. */
  actions: readonly Action[];
  onConfirm: () => void;
  onCancel: () => void;
}

/** Lists the affected actions. Only "Opnieuw aanmaken" recreates their tasks. */
export function RecreateDialog({ actions, onConfirm, onCancel }: RecreateDialogProps) {
  const t = useMessages(actionMessages);
  useRestoreFocus();
  const styles = useActionPageStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('recreateTitle')}</DialogTitle>
          <DialogContent>
            <Text block>{t('recreateIntro')}</Text>
            <ul className={styles.changes}>
              {actions.map((action) => (
                <li key={action.key} className={styles.titleCell}>
                  {action.title}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {t('recreateConfirm')}
            </Button>
            <Button onClick={onCancel}>{t('recreateCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

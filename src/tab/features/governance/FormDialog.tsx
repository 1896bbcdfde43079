/** A dialog with a form: a trigger button, the fields, and Save and Cancel. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { useGovernanceStyles } from './governanceStyles';
import { governanceMessages } from './messages';

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  /** Text of the trigger button and the dialog title. */
  title: string;
  /** Saves the form; a rejection keeps the dialog open and shows the error. */
  onSave: () => Promise<void>;
  /** False while a required field is empty; disables Save. */
  canSave: boolean;
  /** Called when the dialog opens, to reset the fields. */
  onOpen?: () => void;
  children: ReactNode;
}

/** Renders the trigger and, when open, the form in a modal dialog. */
export function FormDialog({ title, onSave, canSave, onOpen, children }: FormDialogProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const trigger = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // The trigger sits outside the Dialog, so focus is put back on it by hand when the dialog closes.
  useEffect(() => {
    if (wasOpen.current && !open) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave();
      setOpen(false);
    } catch (failure) {
      console.error('[governance] saving a record failed', failure);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const show = () => {
    onOpen?.();
    setError(undefined);
    setOpen(true);
  };

  return (
    <>
      <Button ref={trigger} onClick={show}>
        {title}
      </Button>
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          <form onSubmit={(event) => void submit(event)}>
            <DialogBody>
              <DialogTitle>{title}</DialogTitle>
              <DialogContent className={styles.form}>
                {children}
                {error !== undefined && (
                  <MessageBar intent="error" role="alert">
                    <MessageBarBody>
                      {t('saveFailed')} {describeError(error, locale)}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </DialogContent>
              <DialogActions>
                <DialogTrigger disableButtonEnhancement>
                  <Button>{t('cancel')}</Button>
                </DialogTrigger>
                <Button type="submit" appearance="primary" disabled={!canSave || busy}>
                  {t('save')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </>
  );
}

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
import { describeError, isConflict } from '../../shell/errors';
import { ConflictView } from './ConflictView';
import type { EditConflict } from './editConflict';
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
  /** Text of the trigger button. Default: `title`. */
  triggerText?: string;
  /** Accessible name of the trigger, when its text alone does not say which record it edits. */
  triggerLabel?: string;
  /** The record's name in the conflict's title. Default: `title`. */
  conflictName?: string;
  /** Reads the stored version after a 412 on save; without it a 412 shows as a failed save. */
  onConflict?: () => Promise<EditConflict>;
  /** Called after the user resolved a conflict either way, to reload the lists. */
  onResolved?: () => Promise<void>;
  children: ReactNode;
}

/** Renders the trigger and, when open, the form in a modal dialog. */
export function FormDialog(props: FormDialogProps) {
  const { title, onSave, canSave, onOpen, children } = props;
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState<EditConflict>();
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
      if (isConflict(failure) && props.onConflict) {
        setConflict(await props.onConflict());
        return;
      }
      console.error('[governance] saving a record failed', failure);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const show = () => {
    onOpen?.();
    setError(undefined);
    setConflict(undefined);
    setOpen(true);
  };

  const resolve = async (overwrite: boolean) => {
    setBusy(true);
    try {
      if (overwrite && conflict) await conflict.overwrite();
      setConflict(undefined);
      setOpen(false);
      await props.onResolved?.();
    } catch (failure) {
      console.error('[governance] overwriting a record failed', failure);
      setConflict(undefined);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        ref={trigger}
        size={props.triggerText ? 'small' : 'medium'}
        onClick={show}
        aria-label={props.triggerLabel}
      >
        {props.triggerText ?? title}
      </Button>
      <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
        <DialogSurface>
          {conflict ? (
            <ConflictView
              name={props.conflictName ?? title}
              conflict={conflict}
              busy={busy}
              onKeepTheirs={() => void resolve(false)}
              onOverwrite={() => void resolve(true)}
            />
          ) : (
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
          )}
        </DialogSurface>
      </Dialog>
    </>
  );
}

/** The dialog that adds or edits a control, with the title check before saving and conflicts after. */
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
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { Control, Person, Risk } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { ConflictPanel } from '../risks/ConflictPanel';
import { checkTitle } from '../risks/titleRules';
import { useRecordSave } from '../risks/useRecordSave';
import { useRestoreFocus } from '../risks/useRestoreFocus';
import { controlConflictRows } from './controlConflictRows';
import { ControlFormFields } from './ControlFormFields';
import { useControlStyles } from './controlStyles';
import { controlMessages } from './messages';

/** Props of ControlEditorDialog. */
export interface ControlEditorDialogProps {
  /** The control to edit, or a new draft. */
  initial: Control;
  repository: Repository<Control>;
  members: readonly Person[];
  risks: readonly Risk[];
  /** Called with the saved control, or with undefined when the user kept the stored version. */
  onDone: (saved: Control | undefined) => void;
  onCancel: () => void;
}

/** Starts a new own control with a fresh client key. */
export function newControlDraft(): Control {
  return { key: crypto.randomUUID(), title: '', description: '', domains: [], riskKeys: [] };
}

// An external party's name is dropped when the responsibility is not external, so a stale name
// does not count as a responsible party.
function cleaned(draft: Control): Control {
  if (draft.responsibility === 'external') return draft;
  return { ...draft, externalParty: undefined };
}

/** Edits a copy of the control, which is stored only when "Opslaan" passes the title check. */
export function ControlEditorDialog(props: ControlEditorDialogProps) {
  const { initial, repository, members, risks, onDone, onCancel } = props;
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const styles = useControlStyles();
  useRestoreFocus();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const saver = useRecordSave(repository, onDone);

  const problem = checkTitle(draft.title);
  const showProblem = problem?.kind === 'tooLong' || (attempted && problem);
  const titleError = !showProblem
    ? undefined
    : problem.kind === 'tooLong'
      ? t('titleTooLong', { length: problem.length, max: problem.max })
      : t('titleRequired');

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!problem) void saver.save(cleaned(draft));
  }

  const conflict = saver.conflict;
  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !saver.saving && onCancel()}>
      <DialogSurface>
        {conflict ? (
          <ConflictPanel
            title={t('conflictTitle')}
            rows={
              conflict.theirs
                ? controlConflictRows(t, locale, risks, conflict.mine, conflict.theirs)
                : []
            }
            busy={saver.saving}
            onKeepTheirs={saver.keepTheirs}
            onOverwrite={() => void saver.overwrite()}
          />
        ) : (
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{initial.id ? t('editorEditTitle') : t('editorNewTitle')}</DialogTitle>
              <DialogContent className={styles.form}>
                <ControlFormFields
                  draft={draft}
                  onChange={setDraft}
                  members={members}
                  risks={risks}
                  titleError={titleError}
                />
                {saver.failure !== undefined && (
                  <MessageBar intent="error">
                    <MessageBarBody>
                      {t('saveFailed')} {describeError(saver.failure, locale)}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </DialogContent>
              <DialogActions>
                <Button appearance="primary" type="submit" disabledFocusable={saver.saving}>
                  {saver.saving ? t('saving') : t('save')}
                </Button>
                <Button disabledFocusable={saver.saving} onClick={onCancel}>
                  {t('cancel')}
                </Button>
              </DialogActions>
            </DialogBody>
          </form>
        )}
      </DialogSurface>
    </Dialog>
  );
}

/** The dialog that adds or edits an action, with validation before saving and conflict handling after. */
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
import type { Action, Person, Risk } from '../../../domain/model';
import type { Repository } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { ConflictPanel } from '../risks/ConflictPanel';
import { riskMessages } from '../risks/messages';
import { checkTitle } from '../risks/titleRules';
import { useRecordSave } from '../risks/useRecordSave';
import { actionConflictRows } from './actionConflictRows';
import { validateAction } from './actionDraft';
import { ActionFormFields } from './ActionFormFields';
import { actionMessages } from './messages';
import { useRestoreFocus } from '../risks/useRestoreFocus';
import { ActionTeamsActions } from '../discussion/ActionTeamsActions';

/** Props of ActionEditorDialog. */
export interface ActionEditorDialogProps {
  /** The action to edit, or a new draft. */
  initial: Action;
  repository: Repository<Action>;
  members: readonly Person[];
  risks: readonly Risk[];
  /** Called with the saved action, or with undefined when the user kept the stored version. */
  onDone: (saved: Action | undefined) => void;
  onCancel: () => void;
}

/** Edits a copy of the action, which is stored only when "Opslaan" passes the checks. */
export function ActionEditorDialog(props: ActionEditorDialogProps) {
  const { initial, repository, members, risks, onDone, onCancel } = props;
  const t = useMessages(actionMessages);
  useRestoreFocus();
  const tRisk = useMessages(riskMessages);
  const locale = useLocale();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const saver = useRecordSave(repository, onDone);

  const checked = validateAction(draft);
  const titleNow = checkTitle(draft.title);
  // As in the risk editor, the length limit shows at once and the other problems after a save attempt.
  const problems = attempted
    ? checked
    : { title: titleNow?.kind === 'tooLong' ? titleNow : undefined };
  const blocked = checked.title !== undefined || checked.dueDate !== undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (!blocked) void saver.save(draft);
  }

  const conflict = saver.conflict;
  const conflictProblem =
    conflict?.problem === 'gone'
      ? tRisk('conflictGone')
      : conflict?.problem === 'loadFailed'
        ? tRisk('conflictLoadFailed')
        : undefined;

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !saver.saving && onCancel()}>
      <DialogSurface>
        {conflict ? (
          <ConflictPanel
            title={t('conflictTitle')}
            rows={
              conflict.theirs
                ? actionConflictRows(t, locale, risks, conflict.mine, conflict.theirs)
                : []
            }
            problem={conflictProblem}
            busy={saver.saving}
            onKeepTheirs={saver.keepTheirs}
            onOverwrite={() => void saver.overwrite()}
          />
        ) : (
          <form onSubmit={submit} noValidate>
            <DialogBody>
              <DialogTitle>{initial.id ? t('editorEditTitle') : t('editorNewTitle')}</DialogTitle>
              <DialogContent>
                <ActionFormFields
                  action={draft}
                  onChange={setDraft}
                  members={members}
                  risks={risks}
                  problems={problems}
                />
                {initial.id && <ActionTeamsActions action={initial} />}
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

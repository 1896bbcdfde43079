/** The dialog that edits the review periods and the names of the scale steps and levels. */
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
  Text,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanSettings } from '../../../../domain/model';
import { useLocale, useMessages } from '../../../i18n/messages';
import { describeError } from '../../../shell/errors';
import { settingsMessages } from './messages';
import { SettingsSections } from './SettingsSections';
import { draftFromSettings, settingsFromDraft, validateDraft } from './settingsDraft';
import { useDefaultLabels } from './useDefaultLabels';
import { useSettingsSave, type SaveState, type SettingsSaveOptions } from './useSettingsSave';

/** Props of RiskSettingsDialog. */
export interface RiskSettingsDialogProps extends SettingsSaveOptions {
  /** The settings as read, with the ETag the save sends. */
  settings?: PlanSettings;
  onDone: (outcome: Extract<SaveState, { kind: 'saved' }>) => void;
  onCancel: () => void;
}

/** Validates on save, saves with the ETag, and after a 412 shows the stored values again. */
export function RiskSettingsDialog({
  settings,
  onDone,
  onCancel,
  ...save
}: RiskSettingsDialogProps) {
  const t = useMessages(settingsMessages);
  const locale = useLocale();
  const defaults = useDefaultLabels();
  const [read, setRead] = useState(settings);
  const [draft, setDraft] = useState(() => draftFromSettings(settings, defaults));
  const [checked, setChecked] = useState(false);
  const { state, save: saveSettings } = useSettingsSave(save);
  const errors = checked ? validateDraft(draft) : {};
  const invalid = Object.keys(errors).length > 0;

  async function submit() {
    setChecked(true);
    if (Object.keys(validateDraft(draft)).length > 0) return;
    const outcome = await saveSettings(
      read,
      settingsFromDraft(read ?? { key: 'plan' }, draft, defaults),
    );
    if (outcome.kind === 'saved') onDone(outcome);
    if (outcome.kind === 'conflict') {
      setRead(outcome.current);
      setDraft(draftFromSettings(outcome.current, defaults));
    }
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('title')}</DialogTitle>
            <DialogContent>
              <Text block>{t('intro')}</Text>
              <SettingsSections
                draft={draft}
                defaults={defaults}
                errors={errors}
                onChange={setDraft}
              />
              <div aria-live="polite">
                {invalid && (
                  <MessageBar intent="error">
                    <MessageBarBody>{t('invalidSummary')}</MessageBarBody>
                  </MessageBar>
                )}
                {state.kind === 'conflict' && (
                  <MessageBar intent="warning">
                    <MessageBarBody>{t('conflict')}</MessageBarBody>
                  </MessageBar>
                )}
                {state.kind === 'failed' && (
                  <MessageBar intent="error">
                    <MessageBarBody>
                      {t('failed')} {describeError(state.error, locale)}
                    </MessageBarBody>
                  </MessageBar>
                )}
              </div>
            </DialogContent>
            <DialogActions>
              <Button
                type="submit"
                appearance="primary"
                disabledFocusable={state.kind === 'saving'}
              >
                {state.kind === 'saving' ? t('saving') : t('save')}
              </Button>
              <Button onClick={onCancel}>{t('cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

/** The Risico's page's "Instellingen risicoanalyse" button, its dialog and the outcome of a save. */
import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RisicoradarStore } from '../../../../graph/store';
import { useMessages } from '../../../i18n/messages';
import type { RiskContext } from '../useRiskContext';
import type { RiskRegister } from '../useRiskRegister';
import { settingsMessages } from './messages';
import { RiskSettingsDialog } from './RiskSettingsDialog';
import type { SaveState } from './useSettingsSave';

/** Props of RiskSettingsButton. */
export interface RiskSettingsButtonProps {
  store: RisicoradarStore;
  context: RiskContext;
  register: RiskRegister;
}

/** Opens the settings dialog; a save updates the page's settings and risks at once. */
export function RiskSettingsButton({ store, context, register }: RiskSettingsButtonProps) {
  const t = useMessages(settingsMessages);
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Extract<SaveState, { kind: 'saved' }>>();

  return (
    <>
      <Button
        icon={<SettingsRegular />}
        onClick={() => {
          setOutcome(undefined);
          setOpen(true);
        }}
      >
        {t('open')}
      </Button>
      {open && (
        <RiskSettingsDialog
          store={store}
          settings={context.settings}
          risks={register.risks}
          onSettingsSaved={context.putSettings}
          onRiskSaved={register.put}
          onCancel={() => setOpen(false)}
          onDone={(saved) => {
            setOpen(false);
            setOutcome(saved);
          }}
        />
      )}
      {outcome && (
        <MessageBar intent={outcome.notRescheduled > 0 ? 'warning' : 'success'}>
          <MessageBarBody>
            {t('saved')}
            {outcome.rescheduled > 0 && ` ${t('rescheduled', { count: outcome.rescheduled })}`}
            {outcome.notRescheduled > 0 &&
              ` ${t('rescheduleFailed', { count: outcome.notRescheduled })}`}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

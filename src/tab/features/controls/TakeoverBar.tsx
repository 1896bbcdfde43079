/** The button that takes the 20 measures over from the self-assessment, with what it will do. */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Round } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { controlMessages } from './messages';
import type { Takeover } from './useTakeover';

/** Props of TakeoverBar. */
export interface TakeoverBarProps {
  takeover: Takeover;
  round?: Round;
}

/** Offers the takeover while measures are missing, then an update while levels differ. */
export function TakeoverBar({ takeover, round }: TakeoverBarProps) {
  const t = useMessages(controlMessages);
  const locale = useLocale();
  const roundName = round?.name ?? '';
  const { missing, outdated, running } = takeover;

  return (
    <>
      {missing > 0 && <Text block>{t('takeOverIntro', { round: roundName })}</Text>}
      {missing === 0 && outdated > 0 && (
        <Text block>{t('updateIntro', { round: roundName, count: outdated })}</Text>
      )}
      {missing === 0 && outdated === 0 && <Text block>{t('inStep', { round: roundName })}</Text>}
      {(missing > 0 || outdated > 0) && (
        <div>
          <Button
            appearance="primary"
            disabledFocusable={running}
            onClick={() => void takeover.run()}
          >
            {running
              ? t('takingOver')
              : missing > 0
                ? t('takeOver')
                : t('updateLevels', { count: outdated })}
          </Button>
        </div>
      )}
      <div role="status">
        {takeover.result && !running && <Text>{t('takeOverDone', takeover.result)}</Text>}
      </div>
      {takeover.failure !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody>
            {t('takeOverFailed')} {describeError(takeover.failure, locale)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** The dialog that posts a risk to the channel, with the confidential fields left out by default. */
import { useState } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
} from '@fluentui/react-components';
import type { Risk } from '../../../domain/model';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { discussionMessages } from './messages';
import { useDiscussRisk } from './useDiscussRisk';

/** Props of DiscussDialog. */
export interface DiscussDialogProps {
  risk: Risk;
  onPosted(saved: Risk): void;
  onClose(): void;
}

/** Asks which confidential fields go along, then posts. */
export function DiscussDialog({ risk, onPosted, onClose }: DiscussDialogProps) {
  const t = useMessages(discussionMessages);
  const locale = useLocale();
  const [cause, setCause] = useState(false);
  const [description, setDescription] = useState(false);
  const discuss = useDiscussRisk(risk, onPosted);

  async function post() {
    if (await discuss.post({ cause, description })) onClose();
  }

  return (
    <Dialog open onOpenChange={(_, data) => !data.open && !discuss.posting && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('discussTitle')}</DialogTitle>
          <DialogContent>
            <p>{t('discussIntro')}</p>
            <Checkbox
              label={t('includeCause')}
              checked={cause}
              onChange={(_, data) => setCause(data.checked === true)}
            />
            <Checkbox
              label={t('includeDescription')}
              checked={description}
              onChange={(_, data) => setDescription(data.checked === true)}
            />
            {discuss.failure !== undefined && (
              <MessageBar intent="error" role="alert">
                <MessageBarBody>
                  {t('postFailed')} {describeError(discuss.failure, locale)}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              disabledFocusable={discuss.posting}
              onClick={() => void post()}
            >
              {discuss.posting ? t('posting') : t('post')}
            </Button>
            <Button disabledFocusable={discuss.posting} onClick={onClose}>
              {t('cancel')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

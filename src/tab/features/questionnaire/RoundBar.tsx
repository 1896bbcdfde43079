/** The active round with its reference date, a round switch, and a dialog to start a new round. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useLocale, useMessages } from '../../i18n/messages';
import { formatDate, toDateOnly } from '../../shell/dates';
import { describeError } from '../../shell/errors';
import { questionnaireMessages } from './messages';
import { isDateOnly, isRoundNameTaken } from './rounds';
import { useRounds } from './RoundContext';

const useRoundStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/** Renders the round switch and the new-round button. */
export function RoundBar() {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const styles = useRoundStyles();
  const { rounds, active, selectRound } = useRounds();
  const selectId = useId('round');

  return (
    <div className={styles.bar}>
      <Field label={t('round')}>
        <Select
          id={selectId}
          value={active?.key ?? ''}
          onChange={(_, data) => selectRound(data.value)}
        >
          {rounds.map((round) => (
            <option key={round.key} value={round.key}>
              {t('roundInfo', { name: round.name, date: formatDate(round.referenceDate, locale) })}
            </option>
          ))}
        </Select>
      </Field>
      <NewRoundDialog />
    </div>
  );
}

function NewRoundDialog() {
  const t = useMessages(questionnaireMessages);
  const locale = useLocale();
  const styles = useRoundStyles();
  const { rounds, startRound } = useRounds();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [date, setDate] = useState(toDateOnly);
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<unknown>();

  const nameProblem = name.trim() === '' ? 'missing' : isRoundNameTaken(rounds, name) && 'taken';
  const nameMessage = {
    missing: t('roundNameMissing'),
    taken: t('roundNameTaken', { name: name.trim() }),
  };
  const dateInvalid = submitted && !isDateOnly(date);

  const submit = async () => {
    setSubmitted(true);
    if (nameProblem || !isDateOnly(date)) return;
    try {
      await startRound(name, date);
      setOpen(false);
      setName('');
      setSubmitted(false);
    } catch (startError) {
      setError(startError);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button>{t('newRound')}</Button>
      </DialogTrigger>
      <DialogSurface>
        {/* noValidate: the page's own Dutch messages replace the browser's bubble. */}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{t('newRoundTitle')}</DialogTitle>
            <DialogContent className={styles.form}>
              <p>{t('newRoundIntro')}</p>
              <Field
                label={t('roundName')}
                required
                validationMessage={submitted && nameProblem ? nameMessage[nameProblem] : undefined}
              >
                <Input value={name} maxLength={255} onChange={(_, data) => setName(data.value)} />
              </Field>
              <Field
                label={t('referenceDate')}
                required
                validationMessage={dateInvalid ? t('referenceDateInvalid') : undefined}
              >
                <Input type="date" value={date} onChange={(_, data) => setDate(data.value)} />
              </Field>
              {error !== undefined && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{describeError(error, locale)}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t('cancel')}</Button>
              </DialogTrigger>
              <Button type="submit" appearance="primary">
                {t('create')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

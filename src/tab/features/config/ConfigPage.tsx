/** The configuration page (`#/config`): provisions the lists, shows who can read them, enables Save. */
import { useCallback } from 'react';
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import type { RisicoradarStore } from '../../../graph/store';
import { useLocale, useMessages } from '../../i18n/messages';
import { describeError } from '../../shell/errors';
import { configMessages } from './messages';
import { ReadersNotice } from './ReadersNotice';
import { registerTeamsSave } from './tabConfig';
import { useConfigure } from './useConfigure';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '44rem',
  },
});

/** Props of the configuration page. */
export interface ConfigPageProps {
  store: RisicoradarStore;
  /** True inside a Teams host, where Save stores the tab; false in local mode. */
  inTeams: boolean;
}

/** Renders the configuration page. */
export function ConfigPage({ store, inTeams }: ConfigPageProps) {
  const t = useMessages(configMessages);
  const locale = useLocale();
  const styles = useStyles();
  const onProvisioned = useCallback(
    () => (inTeams ? registerTeamsSave(window.location.origin) : Promise.resolve()),
    [inTeams],
  );
  const state = useConfigure(store, onProvisioned);
  const { progress, result } = state;

  return (
    <section className={styles.page}>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {!result && !state.error && (
        <Field
          label={t('provisioning')}
          hint={progress && t('provisionStep', { done: progress.done, total: progress.total })}
        >
          <ProgressBar
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            max={1}
            thickness="large"
          />
        </Field>
      )}
      {state.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('failed')} {describeError(state.error, locale)}{' '}
            <Button size="small" onClick={state.retry}>
              {t('retry')}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {result.createdLists.length > 0
              ? t('created', { lists: result.createdLists.join(', ') })
              : t('reused')}{' '}
            {inTeams ? t('readyTeams') : t('readyLocal')}
          </MessageBarBody>
        </MessageBar>
      )}
      <ReadersNotice readers={state.readers} failed={state.readersError !== undefined} />
      {result && !inTeams && (
        <div>
          <Button as="a" appearance="primary" href="#/risks">
            {t('openRegister')}
          </Button>
        </div>
      )}
    </section>
  );
}

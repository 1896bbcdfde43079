/** The import tab: choose what and which file, map the columns, check every row, then import. */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { useId } from 'react';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import type { GovernanceStore } from '../../../graph/store';
import { useGovernanceStyles } from './governanceStyles';
import { ImportPreview, ImportProblems } from './ImportParts';
import { governanceMessages } from './messages';
import { OptionSelect } from './TermSelect';
import { useImport, type ImportKind } from './useImport';
import type { GovernanceSnapshot } from './useGovernance';

/** Props of {@link ImportView}. */
export interface ImportViewProps {
  governance: GovernanceStore;
  snapshot: GovernanceSnapshot;
  onSaved: () => Promise<void>;
}

/** Renders the import steps one below the other, each once the step before is done. */
export function ImportView({ governance, snapshot, onSaved }: ImportViewProps) {
  const t = useMessages(governanceMessages);
  const locale = useLocale();
  const styles = useGovernanceStyles();
  const state = useImport(governance, snapshot, onSaved);
  const fileInputId = useId();
  const header = state.sheet?.[0] ?? [];
  const columnOptions = [
    { value: '', label: t('importNoColumn') },
    ...header.map((cell) => ({ value: cell, label: cell })),
  ];

  return (
    <section className={styles.section} aria-labelledby="governance-import">
      <h2 id="governance-import" className={styles.heading}>
        {t('tabImport')}
      </h2>
      <p className={styles.text}>{t('importIntro')}</p>
      <Field label={t('importWhat')}>
        <RadioGroup
          value={state.kind}
          onChange={(_, data) => state.setKind(data.value as ImportKind)}
          layout="horizontal"
        >
          <Radio value="assets" label={t('importAssets')} />
          <Radio value="contracts" label={t('importContracts')} />
        </RadioGroup>
      </Field>
      <Field label={{ children: t('importFile'), htmlFor: fileInputId }}>
        <input
          id={fileInputId}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void state.readFile(file);
          }}
        />
      </Field>
      {state.reading && <Spinner size="tiny" label={t('importReading')} />}
      {state.readError !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {t('importReadFailed', {
              detail: String((state.readError as Error).message ?? state.readError),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.sheet && (
        <>
          <h3 className={styles.subheading}>{t('importMapping')}</h3>
          {state.spec.fields.map((field) => (
            <OptionSelect
              key={field.name}
              label={pickText(field.label, locale)}
              required={field.required}
              value={state.mapping[field.name] ?? ''}
              options={columnOptions}
              onChange={(value) => state.setColumn(field.name, value)}
            />
          ))}
          <ImportPreview sheet={state.sheet} />
          <div className={styles.toolbar}>
            <Button onClick={state.validate} disabled={state.progress !== undefined}>
              {t('importCheck')}
            </Button>
          </div>
        </>
      )}
      {state.validation && !state.validation.ok && <ImportProblems validation={state.validation} />}
      {state.validation?.ok && (
        <div className={styles.section}>
          <p className={styles.text} role="status">
            {t('importReady', { count: state.validation.rows.length })}
          </p>
          <div className={styles.toolbar}>
            <Button appearance="primary" onClick={() => void state.write()}>
              {t('importStart', { count: state.validation.rows.length })}
            </Button>
          </div>
        </div>
      )}
      {state.progress && (
        <Field label={t('importProgress', state.progress)} validationState="none">
          <ProgressBar value={state.progress.done / Math.max(1, state.progress.total)} />
        </Field>
      )}
      {state.result && (
        <MessageBar intent={state.result.status === 'written' ? 'success' : 'error'} role="alert">
          <MessageBarBody>{pickText(state.result.message, locale)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

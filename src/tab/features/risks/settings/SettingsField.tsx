/** One setting: its input, the default as hint, and a button that puts the default back. */
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular } from '@fluentui/react-icons';
import { useMessages } from '../../../i18n/messages';
import { settingsMessages } from './messages';

const useFieldStyles = makeStyles({
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  field: { flexGrow: 1, minWidth: '12rem' },
  restore: { marginTop: tokens.spacingVerticalXXL },
});

/** Props of SettingsField. */
export interface SettingsFieldProps {
  label: string;
  value: string;
  /** The default in words, shown as the field's hint. */
  defaultText: string;
  /** The validation message, if the value is invalid. */
  error?: string;
  /** Numeric keyboard on touch devices for the review periods. */
  numeric?: boolean;
  onChange: (value: string) => void;
  onRestore: () => void;
}

/** Shows a labelled input with its default and a "Standaard herstellen" button. */
export function SettingsField(props: SettingsFieldProps) {
  const t = useMessages(settingsMessages);
  const styles = useFieldStyles();

  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={props.label}
        hint={props.defaultText}
        validationMessage={props.error}
        validationState={props.error ? 'error' : 'none'}
      >
        <Input
          value={props.value}
          inputMode={props.numeric ? 'numeric' : undefined}
          onChange={(_, data) => props.onChange(data.value)}
        />
      </Field>
      <Button
        className={styles.restore}
        appearance="subtle"
        icon={<ArrowResetRegular />}
        aria-label={t('restoreFor', { field: props.label })}
        onClick={props.onRestore}
      >
        {t('restore')}
      </Button>
    </div>
  );
}

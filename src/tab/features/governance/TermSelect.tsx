/** A labelled drop-down over a governance vocabulary or any list of options. */
import { Field, makeStyles, Select } from '@fluentui/react-components';

const useSelectStyles = makeStyles({ field: { maxWidth: '32rem' } });

/** One option of {@link OptionSelect}. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props of {@link OptionSelect}. */
export interface OptionSelectProps {
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  required?: boolean;
}

/** Renders a native select inside a Fluent field, which keyboard and screen readers know well. */
export function OptionSelect({ label, value, options, onChange, required }: OptionSelectProps) {
  const styles = useSelectStyles();
  return (
    <Field label={label} required={required} className={styles.field}>
      <Select value={value} onChange={(_, data) => onChange(data.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

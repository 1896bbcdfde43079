/** A labelled group of checkboxes that picks keys out of a list, for domains and covered risks. */
import { Checkbox, Text } from '@fluentui/react-components';
import { useControlStyles } from './controlStyles';

/** Props of KeyChecklist. */
export interface KeyChecklistProps {
  legend: string;
  options: readonly { key: string; label: string }[];
  selected: readonly string[];
  onChange: (keys: string[]) => void;
  /** Text shown when there is nothing to pick. */
  emptyText?: string;
}

/** Renders a fieldset of checkboxes; Tab moves between them and Space toggles one. */
export function KeyChecklist({
  legend,
  options,
  selected,
  onChange,
  emptyText,
}: KeyChecklistProps) {
  const styles = useControlStyles();
  const toggle = (key: string, checked: boolean) =>
    onChange(checked ? [...selected, key] : selected.filter((item) => item !== key));

  return (
    <fieldset className={styles.checklist}>
      <legend className={styles.legend}>{legend}</legend>
      {options.length === 0 && emptyText && <Text>{emptyText}</Text>}
      <div className={styles.checklistOptions}>
        {options.map((option) => (
          <Checkbox
            key={option.key}
            label={option.label}
            checked={selected.includes(option.key)}
            onChange={(_, data) => toggle(option.key, data.checked === true)}
          />
        ))}
      </div>
    </fieldset>
  );
}

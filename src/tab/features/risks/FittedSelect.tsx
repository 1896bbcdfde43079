/** Fluent's Select, kept inside its field even when an option is longer than the field is wide. */
import { mergeClasses, Select, type SelectProps } from '@fluentui/react-components';
import { useSelectStyles } from './riskStyles';

/** Renders a Select whose native element shrinks to the field and cuts long options with an ellipsis. */
export function FittedSelect({ className, ...props }: SelectProps) {
  const styles = useSelectStyles();
  return (
    <Select
      {...props}
      className={mergeClasses(styles.root, className)}
      select={{ className: styles.select }}
    />
  );
}

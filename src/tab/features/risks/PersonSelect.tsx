/** Picks one of the team's members, or nobody, with a native select inside a labelled field. */
import { Field } from '@fluentui/react-components';
import { FittedSelect } from './FittedSelect';
import type { Person } from '../../../domain/model';

/** Props of PersonSelect. */
export interface PersonSelectProps {
  label: string;
  /** Text of the empty choice, such as "Niemand". */
  noneLabel: string;
  members: readonly Person[];
  value?: Person;
  onChange: (person: Person | undefined) => void;
  /** Hint under the field, such as the reason the choice is not used. */
  hint?: string;
}

/** Lists the members by display name. A stored person who left the team stays selectable. */
export function PersonSelect({
  label,
  noneLabel,
  members,
  value,
  onChange,
  hint,
}: PersonSelectProps) {
  const departed = value && !members.some((member) => member.id === value.id);
  const options = departed ? [...members, value] : members;
  return (
    <Field label={label} hint={hint}>
      <FittedSelect
        value={value?.id ?? ''}
        onChange={(_, data) => onChange(options.find((member) => member.id === data.value))}
      >
        <option value="">{noneLabel}</option>
        {options.map((member) => (
          <option key={member.id} value={member.id}>
            {member.displayName}
          </option>
        ))}
      </FittedSelect>
    </Field>
  );
}

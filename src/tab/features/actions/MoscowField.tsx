/** The four MoSCoW classes as radio buttons, each with its meaning from the content. */
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { MoscowClass } from '../../../content/model';
import { moscowClasses } from '../../../content/moscow';
import { pickText, useLocale } from '../../i18n/messages';
import { useActionEditorStyles } from './actionStyles';

/** Props of MoscowField. */
export interface MoscowFieldProps {
  label: string;
  value: MoscowClass;
  onChange: (value: MoscowClass) => void;
}

/** Shows each class's label with its meaning inside the radio's label, so both are read aloud. */
export function MoscowField({ label, value, onChange }: MoscowFieldProps) {
  const locale = useLocale();
  const styles = useActionEditorStyles();
  return (
    <Field label={label} required>
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value as MoscowClass)}>
        {moscowClasses.map((definition) => (
          <Radio
            key={definition.id}
            value={definition.id}
            label={
              <>
                {pickText(definition.label, locale)}
                <Text size={200} className={styles.meaning}>
                  {pickText(definition.meaning, locale)}
                </Text>
              </>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** The five types of ICT function as checkboxes, each with the report's description. */
import { Checkbox, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { ictTypes } from '../../../content/ictTypes';
import type { IctType, IctTypeId } from '../../../content/model';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { typeMessages } from './messages';
import { ReportText } from './ReportText';
import { useTypePageStyles } from './typeStyles';

/** Props of TypePicker. */
export interface TypePickerProps {
  chosen: readonly IctTypeId[];
  onToggle: (id: IctTypeId, checked: boolean) => void;
}

function TypeOption({
  type,
  checked,
  onToggle,
}: { type: IctType } & {
  checked: boolean;
  onToggle: TypePickerProps['onToggle'];
}) {
  const t = useMessages(typeMessages);
  const locale = useLocale();
  const styles = useTypePageStyles();
  const descriptionId = useId();
  return (
    <div className={styles.typeOption}>
      <Checkbox
        checked={checked}
        onChange={(_, data) => onToggle(type.id, data.checked === true)}
        aria-describedby={descriptionId}
        label={
          <Text weight="semibold">
            {t('typeOption', { number: type.number, label: pickText(type.label, locale) })}
          </Text>
        }
      />
      <div id={descriptionId} className={styles.description}>
        <ReportText nl={type.description} en={type.descriptionEn} />
      </div>
    </div>
  );
}

/** Lets the bestuur tick every type it recognises itself in. */
export function TypePicker({ chosen, onToggle }: TypePickerProps) {
  const t = useMessages(typeMessages);
  const styles = useTypePageStyles();
  return (
    <fieldset className={styles.typeOptions}>
      <legend className={styles.legend}>
        <Text weight="semibold">{t('pickerLegend')}</Text>
      </legend>
      {ictTypes.map((type) => (
        <TypeOption
          key={type.id}
          type={type}
          checked={chosen.includes(type.id)}
          onToggle={onToggle}
        />
      ))}
    </fieldset>
  );
}

/** One checklist row: a step, or an either/or choice, with its done box and its action. */
import { Badge, Checkbox, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { moscowClasses } from '../../../content/moscow';
import type { MoscowClass } from '../../../content/model';
import type { ItemState, StepItem } from '../../../domain/typeProgress';
import { pickText, useLocale, useMessages } from '../../i18n/messages';
import { typeMessages } from './messages';
import { typeNames, variantTypeNames } from './records';
import { ReportText } from './ReportText';
import { StepAction, type StepNote } from './StepAction';
import { useTypePageStyles } from './typeStyles';

/** Props of StepRow. */
export interface StepRowProps {
  item: StepItem;
  state: ItemState;
  actionExists: boolean;
  busy: boolean;
  note?: StepNote;
  onChange: (change: Partial<ItemState>) => void;
  onMakeAction: () => void;
}

/** Returns the label of a MoSCoW class, such as "Must have". */
export function useMoscowLabel(): (id: MoscowClass) => string {
  const locale = useLocale();
  return (id) => {
    const definition = moscowClasses.find((candidate) => candidate.id === id);
    return definition ? pickText(definition.label, locale) : id;
  };
}

function ChoiceList({ item, state, onChange, labelId }: StepRowProps & { labelId: string }) {
  const t = useMessages(typeMessages);
  return (
    <>
      <Text id={labelId} size={200}>
        {t('choiceHint')}
      </Text>
      <RadioGroup
        aria-label={t('choiceLegend', {
          number: item.number ?? '',
          block: item.block.slice(1),
          types: typeNames(item),
        })}
        value={state.choice === undefined ? '' : String(state.choice)}
        onChange={(_, data) => onChange({ choice: Number(data.value) })}
      >
        {item.variants.map((variant, index) => (
          <Radio
            key={variant.step.id}
            value={String(index)}
            label={
              <>
                <ReportText
                  nl={variant.step.text}
                  en={variant.step.en}
                  details={variant.step.details}
                  detailsEn={variant.step.detailsEn}
                />
                {item.typeIds.length > 1 && (
                  <Text size={200} block>
                    {t('fromTypes', { types: variantTypeNames(variant) })}
                  </Text>
                )}
              </>
            }
          />
        ))}
      </RadioGroup>
    </>
  );
}

/** Renders a row; a choice needs an alternative before it can become an action. */
export function StepRow(props: StepRowProps) {
  const { item, state, actionExists, busy, note, onChange, onMakeAction } = props;
  const t = useMessages(typeMessages);
  const styles = useTypePageStyles();
  const moscowLabel = useMoscowLabel();
  const hintId = useId();
  const block = item.block.slice(1);
  const chosen = item.variants[state.choice ?? (item.kind === 'step' ? 0 : -1)];
  const suggested = (chosen ?? item.variants[0]!).step.suggestedMoscow;
  return (
    <li className={styles.step}>
      <div className={styles.stepHead}>
        <Checkbox
          checked={state.done}
          label={t('doneLabel')}
          aria-label={t('doneAria', { number: item.number ?? '', block, types: typeNames(item) })}
          onChange={(_, data) => onChange({ done: data.checked === true })}
        />
        <Text weight="semibold">{t('stepNumber', { number: item.number ?? '' })}</Text>
        <Badge appearance="tint" color="informative">
          {t('fromTypes', { types: typeNames(item) })}
        </Badge>
        <Badge appearance="outline" color="brand">
          {t('suggestedMoscow', { moscow: moscowLabel(suggested) })}
        </Badge>
      </div>
      {item.kind === 'choice' ? (
        <ChoiceList {...props} labelId={hintId} />
      ) : (
        <ReportText
          nl={item.variants[0]!.step.text}
          en={item.variants[0]!.step.en}
          details={item.variants[0]!.step.details}
          detailsEn={item.variants[0]!.step.detailsEn}
        />
      )}
      <StepAction
        label={t('makeActionAria', { number: item.number ?? '', block, types: typeNames(item) })}
        exists={actionExists}
        busy={busy}
        blockedReason={chosen ? undefined : t('chooseFirst')}
        note={note}
        onMake={onMakeAction}
      />
    </li>
  );
}

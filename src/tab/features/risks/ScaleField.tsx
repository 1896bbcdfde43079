/** A 1–5 scale as radio buttons, each with its Dutch label and a short meaning. */
import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { SCALE_STEPS, type ScaleStep } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { riskMessages, type RiskMessageKey } from './messages';
import { useRiskEditorStyles } from './riskStyles';
import { useScaleLabels } from './scaleLabels';

/** Props of ScaleField. */
export interface ScaleFieldProps {
  label: string;
  value: number;
  onChange: (step: ScaleStep) => void;
  /** Catalogue keys of a step's label and meaning. */
  keysOf: (step: ScaleStep) => { label: RiskMessageKey; meaning: RiskMessageKey };
  /** Which scale the steps belong to, for the bestuur's own step names. */
  scale: 'likelihood' | 'impact';
}

/** Shows the five steps, with the meaning inside each radio's label so screen readers read it too. */
export function ScaleField({ label, value, onChange, keysOf, scale }: ScaleFieldProps) {
  const t = useMessages(riskMessages);
  const labels = useScaleLabels();
  const styles = useRiskEditorStyles();
  return (
    <Field label={label} required>
      <RadioGroup
        value={String(value)}
        onChange={(_, data) => onChange(Number(data.value) as ScaleStep)}
      >
        {SCALE_STEPS.map((step) => {
          const keys = keysOf(step);
          return (
            <Radio
              key={step}
              value={String(step)}
              label={
                <>
                  {t('scaleOption', { step, label: labels[scale](step) })}
                  <Text size={200} className={styles.meaning}>
                    {t(keys.meaning)}
                  </Text>
                </>
              }
            />
          );
        })}
      </RadioGroup>
    </Field>
  );
}

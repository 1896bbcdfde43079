/** The live score of the risk being edited, with the matrix behind it on request. */
import { Button, Text } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { tryAssessRisk } from '../../../domain/riskScore';
import { useMessages } from '../../i18n/messages';
import { riskMessages } from './messages';
import { RiskMatrix } from './RiskMatrix';
import { useRiskEditorStyles } from './riskStyles';
import { useScaleLabels } from './scaleLabels';

/** Props of ScoreSummary. */
export interface ScoreSummaryProps {
  likelihood: number;
  impact: number;
}

/** Announces the score politely as it changes and lets the user open the matrix. */
export function ScoreSummary({ likelihood, impact }: ScoreSummaryProps) {
  const t = useMessages(riskMessages);
  const styles = useRiskEditorStyles();
  const labels = useScaleLabels();
  const [matrixOpen, setMatrixOpen] = useState(false);
  const matrixId = useId();
  const assessment = tryAssessRisk(likelihood, impact);
  return (
    <div>
      <div aria-live="polite">
        {assessment && (
          <Text className={styles.summary}>
            {t('scoreSummary', {
              likelihood,
              impact,
              score: assessment.score,
              level: labels.level(assessment.level),
            })}
          </Text>
        )}
      </div>
      <Button
        appearance="subtle"
        aria-expanded={matrixOpen}
        aria-controls={matrixId}
        onClick={() => setMatrixOpen((open) => !open)}
      >
        {matrixOpen ? t('hideMatrix') : t('showMatrix')}
      </Button>
      <div id={matrixId} hidden={!matrixOpen}>
        {matrixOpen && (
          <>
            <Text block>{t('matrixIntro')}</Text>
            <RiskMatrix likelihood={likelihood} impact={impact} />
          </>
        )}
      </div>
    </div>
  );
}
